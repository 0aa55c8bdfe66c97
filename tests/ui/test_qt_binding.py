"""The Qt binding itself: calls that return None, True or False keep their references.

PySide6 6.12.0 under Python 3.11 dropped one reference to None (and to True/False) on
each such call; after a few thousand calls the interpreter aborted ("none_dealloc"),
taking the user's window with it. pyproject.toml keeps that release out; this test
fails if a release with the same fault is ever pinned.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def test_void_and_bool_calls_keep_the_reference_counts(qapp):
    label, box = QLabel("x"), QCheckBox()
    for _ in range(100):  # warm up caches that may hold references once
        label.setText("y")
        box.isChecked()
    none, true, false = (sys.getrefcount(v) for v in (None, True, False))
    for _ in range(2000):
        label.setText("y")  # returns None
        box.isChecked()  # returns False
        box.setChecked(True)
        box.isChecked()  # returns True
        box.setChecked(False)
    assert abs(sys.getrefcount(None) - none) < 50
    assert abs(sys.getrefcount(True) - true) < 50
    assert abs(sys.getrefcount(False) - false) < 50
