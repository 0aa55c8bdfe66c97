"""Mapping templates: saved and loaded as JSON, applied by header, hostile files refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.errors import ServiceError, ValidationError
from app.services.io import templates as t
from app.services.io.mapping import ColumnMapping, suggest_mapping
from app.services.io.table import ImportFileError
from app.services.io.templates import MappingTemplate, TemplateError

HEADERS = ("Имя", "Фамилия", "Телефон", "Телефон", "Размер обуви", "Отдел")


def _template(name: str = "Leads from the fair") -> MappingTemplate:
    mapping = ColumnMapping(("first_name", "last_name", "phone", "phone", "custom:Shoe size",
                             None), headers=HEADERS)
    return t.template_from_mapping(name, mapping, date_order="dmy")


def test_save_and_load_round_trip(tmp_path: Path):
    template = _template()
    path = t.save_template(tmp_path / "templates", template)
    assert path == tmp_path / "templates" / "Leads from the fair.json"
    assert t.load_template(path) == template
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == t.FORMAT and document["version"] == 1
    assert document["columns"][0] == {"header": "Имя", "field": "first_name"}
    assert document["columns"][5] == {"header": "Отдел", "field": None}
    assert "Имя" in path.read_text("utf-8")  # written as text, not \u escapes


def test_saving_again_replaces_and_lists_by_name(tmp_path: Path):
    t.save_template(tmp_path, _template("b"))
    t.save_template(tmp_path, _template("A"))
    t.save_template(tmp_path, _template("b"))
    (tmp_path / "notes.txt").write_text("not a template")
    found, errors = t.list_templates(tmp_path)
    assert [x.name for x in found] == ["A", "b"] and errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["A.json", "b.json", "notes.txt"]
    assert t.delete_template(tmp_path, "A") is True
    assert t.delete_template(tmp_path, "A") is False
    assert t.list_templates(tmp_path / "missing") == ([], [])


def test_apply_by_header_in_any_order():
    template = _template()
    mapping = t.apply_template(template, ["Отдел", "телефон", "Фамилия", "Имя", "Email",
                                          "Телефон", "Размер  обуви"])
    assert mapping.columns == (None, "phone", "last_name", "first_name", None, "phone",
                               "custom:Shoe size")
    assert mapping.headers[0] == "Отдел" and mapping.kind == "contacts"


def test_apply_keeps_a_single_field_to_one_column():
    template = MappingTemplate("x", (("City", "city"), ("Город", "city")))
    assert t.apply_template(template, ["City", "city", "CITY"]).columns == ("city", None, None)
    assert t.apply_template(template, []).columns == ()


def test_a_template_of_a_suggestion_round_trips(tmp_path: Path):
    headers = ["Given Name", "Family Name", "E-mail 1 - Value", "Group Membership"]
    mapping = suggest_mapping(headers)
    template = t.load_template(t.save_template(tmp_path, t.template_from_mapping("G", mapping)))
    assert t.apply_template(template, headers) == mapping
    assert t.apply_template(template, list(reversed(headers))).columns == tuple(
        reversed(mapping.columns))


@pytest.mark.parametrize(("name", "file"), [
    ("Google / 2025", "Google _ 2025.json"), ("  a\tb  ", "a b.json"),
    ('x:*?"<>|y', "x_______y.json"), ("...dots...", "dots.json"), ("CON", "_CON.json"),
    ("nul.txt", "_nul.txt.json"), ("Лиды с выставки", "Лиды с выставки.json"),
    ("客户" * 100, "客户" * 33 + ".json"), ("../../etc/passwd", "_.._etc_passwd.json"),
])
def test_file_names_are_sanitised(name, file, tmp_path: Path):
    assert t.file_name(name) == file
    assert t.template_path(tmp_path, name).parent == tmp_path


@pytest.mark.parametrize("name", ["", "   ", "...", " . "])
def test_a_name_is_needed(name):
    with pytest.raises(ValidationError):
        t.file_name(name)
    if not name.strip(" ."):
        with pytest.raises((ValidationError, ValueError)):
            t.template_from_mapping(name, ColumnMapping((None,), headers=("A",)))


def test_a_mapping_without_headers_cannot_be_a_template():
    with pytest.raises(ValueError):
        t.template_from_mapping("x", ColumnMapping(("email",)))


GOOD = {"format": t.FORMAT, "version": 1, "name": "x", "kind": "contacts", "date_order": None,
        "columns": [{"header": "Email", "field": "email"}]}


def _with(**changes: object) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


@pytest.mark.parametrize(("content", "template"), [
    (b"", t.TEMPLATE_NOT_JSON), (b"{", t.TEMPLATE_NOT_JSON), (b"\xff\xfe\x00", t.TEMPLATE_NOT_JSON),
    (b"[" * 100_000 + b"]" * 100_000, t.TEMPLATE_NOT_JSON),
    (b'{"version": 1' + b"9" * 5000 + b"}", t.TEMPLATE_NOT_JSON),
    (b"x" * (t.MAX_BYTES + 1), t.TEMPLATE_TOO_BIG),
    (b"null", t.TEMPLATE_INVALID), (b"[]", t.TEMPLATE_INVALID), (b'"text"', t.TEMPLATE_INVALID),
    (_with(format="something else"), t.TEMPLATE_INVALID),
    (_with(version="1"), t.TEMPLATE_INVALID), (_with(version=True), t.TEMPLATE_INVALID),
    (_with(version=0), t.TEMPLATE_INVALID), (_with(version=2), t.TEMPLATE_NEWER),
    (_with(name=None), t.TEMPLATE_INVALID), (_with(name=""), t.TEMPLATE_INVALID),
    (_with(name="x" * 101), t.TEMPLATE_INVALID), (_with(kind="deals"), t.TEMPLATE_INVALID),
    (_with(kind=["contacts"]), t.TEMPLATE_INVALID), (_with(date_order="ymd"), t.TEMPLATE_INVALID),
    (_with(date_order=1), t.TEMPLATE_INVALID), (_with(columns={}), t.TEMPLATE_INVALID),
    (_with(columns=[["Email", "email"]]), t.TEMPLATE_INVALID),
    (_with(columns=[{"header": 1, "field": "email"}]), t.TEMPLATE_INVALID),
    (_with(columns=[{"header": "E", "field": 1}]), t.TEMPLATE_INVALID),
    (_with(columns=[{"header": "E", "field": "colour"}]), t.TEMPLATE_INVALID),
    (_with(columns=[{"header": "E", "field": "name"}]), t.TEMPLATE_INVALID),
    (_with(columns=[{"header": "E", "field": "city"}] * 2), t.TEMPLATE_INVALID + "!"),
    (_with(columns=[{"header": "E" * 1001, "field": None}]), t.TEMPLATE_INVALID),
    (_with(columns=[{"header": "E", "field": None}] * (t.MAX_COLUMNS + 1)), t.TEMPLATE_INVALID),
])
def test_bad_templates_are_refused_with_one_sentence(content, template, tmp_path: Path):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    if template.endswith("!"):  # a field twice is allowed in the file: apply keeps the first
        assert t.apply_template(t.load_template(path), ["E", "E"]).columns == ("city", None)
        return
    with pytest.raises(TemplateError) as info:
        t.load_template(path)
    error = info.value
    assert error.template == template and error.context == "Import"
    assert isinstance(error, ImportFileError) and isinstance(error, ServiceError)
    assert "bad.json" in str(error) and "\n" not in str(error)
    assert path.read_bytes() == content  # nothing changed


def test_a_bom_and_unknown_extra_keys_are_fine(tmp_path: Path):
    path = tmp_path / "ok.json"
    path.write_bytes(b"\xef\xbb\xbf" + _with(comment="made by hand", date_order="mdy"))
    assert t.load_template(path).date_order == "mdy"


def test_missing_files_folders_and_pipes_are_not_read(tmp_path: Path):
    for path in (tmp_path / "missing.json", tmp_path):
        with pytest.raises(TemplateError) as info:
            t.load_template(path)
        assert info.value.template == t.TEMPLATE_UNREADABLE
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.json")
        with pytest.raises(TemplateError):
            t.load_template(tmp_path / "pipe.json")  # would block if opened


def test_a_broken_file_in_the_folder_is_reported_not_hidden(tmp_path: Path):
    t.save_template(tmp_path, _template("good"))
    (tmp_path / "broken.json").write_text("{")
    found, errors = t.list_templates(tmp_path)
    assert [x.name for x in found] == ["good"]
    assert [e.template for e in errors] == [t.TEMPLATE_NOT_JSON]


def test_a_failed_save_says_so_and_leaves_the_old_file(tmp_path: Path):
    folder = tmp_path / "file-not-folder"
    folder.write_text("x")
    with pytest.raises(TemplateError) as info:
        t.save_template(folder, _template())
    assert info.value.template == t.TEMPLATE_NOT_SAVED
    assert folder.read_text() == "x"


@pytest.mark.parametrize("bad", [
    {"name": ""}, {"kind": "deals"}, {"date_order": "ymd"}, {"columns": (("E", "colour"),)},
])
def test_template_objects_check_themselves(bad):
    fields = {"name": "x", "columns": (("E", "email"),), **bad}
    with pytest.raises(ValueError):
        MappingTemplate(**fields)  # type: ignore[arg-type]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
FIELD_NAMES = st.sampled_from(["email", "city", "custom:X", "name", None, 1, ""])
ALMOST = st.fixed_dictionaries({
    "format": st.sampled_from([t.FORMAT, "x"]), "version": st.sampled_from([1, 2, "1", True]),
    "name": st.one_of(st.text(max_size=120), st.none()),
    "kind": st.sampled_from(["contacts", "companies", "deals", 1]),
    "date_order": st.sampled_from([None, "dmy", "mdy", "ymd"]),
    "columns": st.lists(st.one_of(JSON, st.fixed_dictionaries(
        {"header": st.one_of(st.text(), st.integers()), "field": FIELD_NAMES})), max_size=5),
})


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=st.one_of(JSON, ALMOST))
def test_any_json_is_a_template_or_a_template_error(document, tmp_path: Path):
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(document), "utf-8")
    try:
        template = t.load_template(path)
    except TemplateError as error:
        assert str(error)
        return
    t.apply_template(template, [h for h, _key in template.columns])
