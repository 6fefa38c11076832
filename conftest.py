"""pytest's own doctest collector imports a module from its source file, so it cannot collect the
extraction modules where they run compiled (kg.native): their doctests run in tests/test_native.py,
against the compiled modules, instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.doctest import DoctestModule

from kg import native


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> object:
    collected = yield
    if native.active() and native.module_of(file_path) in native.COMPILED:
        return [c for c in collected if not isinstance(c, DoctestModule)]
    return collected
