"""The shipped translations: complete, placeholders intact, and the .qm built from the .ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.ui.i18n import LANGUAGES, TRANSLATIONS_DIR

TRANSLATED = [code for code in LANGUAGES if code != "en"]
# What must survive translation untouched: format fields, %Ln, HTML tags, ending "…".
_MARKS = re.compile(r"\{\w+\}|%L?n|</?\w+>")


def _messages(language: str) -> list[tuple[str, ET.Element, ET.Element]]:
    return [(name, source, translation)
            for name, source, _comment, translation in _messages_with_comments(language)]


def _messages_with_comments(language: str) -> list[tuple[str, ET.Element, str | None,
                                                          ET.Element]]:
    """(context, source, disambiguation, translation) of every message."""
    root = ET.parse(TRANSLATIONS_DIR / f"rapport_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.find("source"), message.findtext("comment"),
                          message.find("translation")))
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(language: str):
    messages = _messages(language)
    assert len(messages) > 50
    for _context, source, translation in messages:
        assert translation.get("type") is None, f"unfinished: {source.text!r}"
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            assert form, f"empty: {source.text!r}"
            assert sorted(_MARKS.findall(form)) == sorted(_MARKS.findall(source.text)), (
                f"{language}: placeholders differ in {form!r}"
            )


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_file_matches_the_source_file(language: str, qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / f"rapport_{language}.qm"))
    for context, source, comment, translation in _messages_with_comments(language):
        if translation.find("numerusform") is not None:
            continue
        # The same text in one context can mean two things, told apart by a comment.
        assert translator.translate(context, source.text, comment) == translation.text, (
            f"rapport_{language}.qm is out of date: run `make translations`"
        )


def test_english_plurals_are_shipped():
    messages = [m for m in _messages("en") if m[1].text == "%Ln contact(s)"]
    assert {m[0] for m in messages} == {"MainWindow", "ContactsSection"}
    for _context, _source, translation in messages:
        assert [f.text for f in translation.iter("numerusform")] == [
            "%Ln contact", "%Ln contacts"]
    for _context, source, translation in _messages("en"):
        assert translation.get("type") is None, f"English plural missing: {source.text}"


def test_every_shipped_language_has_its_files():
    names = {p.name for p in Path(TRANSLATIONS_DIR).iterdir()}
    for code in LANGUAGES:
        assert {f"rapport_{code}.ts", f"rapport_{code}.qm"} <= names


def test_every_marked_message_names_its_context_literally():
    """pyside6-lupdate reads only a context written out as a string: a message marked
    with QT_TRANSLATE_NOOP(SOME_NAME, ...) never reaches the .ts files and stays in
    English in every language."""
    app_dir = Path(__file__).resolve().parents[2] / "app"
    call = re.compile(r"QT_TRANSLATE_NOOP\(\s*([^\s\"'])")
    found = [
        f"{path.relative_to(app_dir)}:{text.count(chr(10), 0, m.start()) + 1}"
        for path in app_dir.rglob("*.py")
        for text in [path.read_text(encoding="utf-8")]
        for m in call.finditer(text)
        if not text[max(0, m.start() - 4):m.start()].endswith("def ")
        and "``" not in text[max(0, m.start() - 2):m.start()]
    ]
    assert found == []
