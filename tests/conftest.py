"""Shared fixtures: the loaded resources (once per session) and the demo sample."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.resources import Resources, default_resources

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "huggingface_cto_interview.txt"
TEXTS = Path(__file__).resolve().parent / "data" / "texts"


@pytest.fixture(scope="session")
def res() -> Resources:
    return default_resources()


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright; CI (KG_REQUIRE_BROWSER=1) fails instead of skipping."""
    required = os.environ.get("KG_REQUIRE_BROWSER") == "1"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            pytest.fail("KG_REQUIRE_BROWSER=1 but playwright is not installed")
        pytest.skip("playwright is not installed")
    if not Path(CHROMIUM).is_file():
        if required:
            pytest.fail(f"KG_REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip("no chromium (set KG_REQUIRE_BROWSER=1 to make this a failure)")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        yield b
        b.close()
