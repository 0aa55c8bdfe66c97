"""Background work helpers: a long job's collector freeze never outlives the job."""

from __future__ import annotations

import gc

import pytest

from app.ui.workers import long_job_gc


def test_a_long_job_freezes_what_was_alive_and_gives_it_back_even_on_error():
    gc.unfreeze()
    with long_job_gc():
        assert gc.get_freeze_count() > 0  # start-up objects skipped by full passes
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), long_job_gc():
        raise RuntimeError("the import failed")
    assert gc.get_freeze_count() == 0
