"""The extraction's modules compiled to C, loaded only where the build matches the sources.

The readers are plain Python, and stay the source of truth. ``make`` runs
``python -m kg.native_build build``, which compiles the modules in :data:`COMPILED` with mypyc
(shipped with mypy) into ``build/native/<key>/``; the key hashes those modules' sources, the
sources of the plain modules they import, and the Python ABI. Importing ``kg`` imports this
module first, and it puts a finder on ``sys.meta_path`` that loads those modules from the build
whose key matches the sources as they are now. An edit to any of them changes the key, so a
stale build is never loaded: the plain modules are, until the next build (all or none: the
compiled modules call each other directly, so one stale module would stale them all).
``KG_PURE_PYTHON=1`` keeps the plain modules.

Compiled, the same rules extract the same mentions and relations (``tests/test_native.py`` runs
both on the test texts and compares them byte for byte) about a third faster (``bench/bench_extract.py``
prints both). A deviation from "pure Python, nothing to build": the extraction's speed goal (2× jieba's
own tagging) was out of reach after the hot paths had been tuned in plain Python (a flat profile);
compiling the same typed code is the step that keeps the rules data and the code readable. Where
no C compiler is found, the build says so in one line and everything runs as plain Python.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

# The hot modules (cProfile on a mixed corpus: about three quarters of the extraction's time is
# spent in their own lines). kg.model stays plain: its values are pickled between processes.
COMPILED: tuple[str, ...] = (
    "kg.segment",
    "kg.text",
    "kg.extract.anchors",
    "kg.extract.coref",
    "kg.extract.events",
    "kg.extract.firm_names",
    "kg.extract.grammar",
    "kg.extract.kinship",
    "kg.extract.mentions",
    "kg.extract.named_bodies",
    "kg.extract.names",
    "kg.extract.places",
    "kg.extract.relations",
    "kg.extract.repeated_names",
    "kg.extract.short_names",
    "kg.extract.time",
    "kg.extract.token_index",
    "kg.extract.trade_names",
)

# The plain modules the compiled ones import (their values, types and constants): a change to one of
# them makes a new build too, so the compiled code never holds what an older version defined.
IMPORTED: tuple[str, ...] = ("kg.model", "kg.resources", "kg.errors")

ROOT = Path(__file__).resolve().parent.parent  # the directory that holds kg/
EXTENSION = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
COMPLETE = "complete"  # written last into a build: a directory without it is no build


def build_root() -> Path:
    """Where builds go: ``$KG_NATIVE_DIR``, else ``build/native`` beside ``kg/``."""
    return Path(os.environ.get("KG_NATIVE_DIR") or ROOT / "build" / "native")


def module_of(path: Path) -> str | None:
    """The name of the kg module whose source ``path`` is, if it is one."""
    try:
        relative = Path(path).resolve().relative_to(ROOT)
    except ValueError:
        return None
    return ".".join(relative.with_suffix("").parts) if relative.suffix == ".py" else None


def source_key(root: Path = ROOT) -> str:
    """A hash of the compiled modules' sources, those they import, and the Python that runs them."""
    digest = hashlib.blake2b(digest_size=10)
    digest.update(f"{sys.implementation.cache_tag} {EXTENSION}".encode())
    for name in (*COMPILED, *IMPORTED):
        digest.update(name.encode() + b"\0")
        digest.update((root / (name.replace(".", "/") + ".py")).read_bytes())
    return digest.hexdigest()


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the modules of one build (the compiled modules and mypyc's shared library)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.files: dict[str, Path] = {}
        for file in directory.rglob("*" + EXTENSION):
            relative = file.relative_to(directory).as_posix()[: -len(EXTENSION)]
            self.files[relative.replace("/", ".")] = file

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def current_build() -> Path | None:
    """The build of the sources as they are now, if there is one."""
    try:
        directory = build_root() / source_key()
    except OSError:  # a compiled module's source missing: an installed copy without sources
        return None
    return directory if (directory / COMPLETE).is_file() else None


def install() -> bool:
    """Load the compiled modules from now on, where a current build exists and no variable says
    otherwise; say whether they will be."""
    if os.environ.get("KG_PURE_PYTHON") or any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return active()
    directory = current_build()
    if directory is None:
        return False
    finder = CompiledFinder(directory)
    if not all(name in finder.files for name in COMPILED):
        return False
    sys.meta_path.insert(0, finder)
    return True


def active() -> bool:
    """Whether the extraction runs compiled (its modules loaded from a build)."""
    module = sys.modules.get("kg.extract.names")
    if module is not None:
        return str(getattr(module, "__file__", "")).endswith(EXTENSION)
    return any(isinstance(f, CompiledFinder) for f in sys.meta_path)


install()
