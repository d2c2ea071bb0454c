import gc

import pytest

from enforcer.gctune import THRESHOLDS, tune_gc


@pytest.fixture
def restore_gc():
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def test_tune_gc_raises_thresholds_and_freezes(restore_gc, monkeypatch):
    monkeypatch.delenv("ENFORCER_GC", raising=False)
    gc.set_threshold(700, 10, 10)
    assert tune_gc() is True
    assert gc.get_threshold() == THRESHOLDS
    assert gc.get_freeze_count() > 0


def test_enforcer_gc_default_keeps_cpython_settings(restore_gc, monkeypatch):
    monkeypatch.setenv("ENFORCER_GC", "default")
    gc.set_threshold(700, 10, 10)
    assert tune_gc() is False
    assert gc.get_threshold() == (700, 10, 10)
