"""Compiling the extraction's modules: ``python -m kg.native_build [build [--require] | status]``.

``make`` runs it before the demo and the tests; the loading side, and why there is a build at all,
is in :mod:`kg.native`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kg.native import COMPILED, COMPLETE, ROOT, build_root, current_build, source_key

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
target, lib, temp, *paths = sys.argv[1:]
setup(name="kg_native", ext_modules=mypycify(paths, opt_level="3", target_dir=target),
      script_args=["build_ext", "--build-lib", lib, "--build-temp", temp])
"""


def build(require: bool = False) -> Path | None:
    """Compile the modules unless a current build exists; return the build's directory, or None
    (with one line on stderr) where it cannot be made and ``require`` is false."""
    key = source_key()
    target = build_root() / key
    if (target / COMPLETE).is_file():
        return target
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        _not_compiled(f"no C compiler: {compiler}", require)
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    paths = [name.replace(".", "/") + ".py" for name in COMPILED]
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".building-") as tmp:
        work = Path(tmp)
        try:
            done = subprocess.run(
                [sys.executable, "-c", _SETUP, str(work / "c"), str(work / "lib"), str(work / "o"), *paths],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
        except OSError as e:
            done = subprocess.CompletedProcess([], 1, "", str(e))
        if done.returncode != 0:
            lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
            _not_compiled(lines[-1] if lines else f"exit status {done.returncode}", require)
            return None
        (work / "lib" / COMPLETE).write_text(key + "\n", encoding="utf-8")
        os.replace(work / "lib", target)  # whole or not at all
    for old in target.parent.iterdir():  # builds of earlier sources
        if old != target and not old.name.startswith(".") and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    return target


def _not_compiled(reason: str, require: bool) -> None:
    message = f"kg: the extraction's modules were not compiled ({reason}); they run as plain Python"
    if require:
        raise SystemExit(message)
    print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv) or ["build"]
    if args[:1] == ["build"]:
        require = "--require" in args[1:] or bool(os.environ.get("KG_REQUIRE_NATIVE"))
        try:
            built = build(require=require)
        except OSError as e:  # the build directory cannot be written (an installed, read-only copy)
            _not_compiled(f"{e.strerror or e}: {e.filename or build_root()}", require)
            return 0
        if built is not None:
            print(f"compiled extraction modules: {built}")
        return 0
    if args[:1] == ["status"]:
        directory = current_build()
        print(f"compiled extraction modules: {directory}" if directory else "compiled extraction modules: none for these sources")
        return 0
    print("usage: python -m kg.native_build build [--require] | status", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
