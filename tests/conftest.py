"""Shared fixtures: the loaded resources (once per session) and the demo sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.resources import Resources, default_resources

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "huggingface_cto_interview.txt"
TEXTS = Path(__file__).resolve().parent / "data" / "texts"


@pytest.fixture(scope="session")
def res() -> Resources:
    return default_resources()
