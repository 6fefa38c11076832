"""The README stays true: the two commands, every CLI command, and the CI script."""

from __future__ import annotations

import re

from kg.cli import parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_two_commands_are_documented_and_exist() -> None:
    assert "make demo" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    sub = next(a for a in parser()._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"kg {name}" in README, f"kg {name} is not documented in README.md"


def test_every_command_has_an_example_line() -> None:
    sub = next(a for a in parser()._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert command.epilog and command.epilog.startswith(f"example: kg {name}")


def test_library_example_names_public_functions() -> None:
    import kg

    block = README.split("## The library", 1)[1].split("```", 2)[1]
    for name in re.findall(r"import (.+)", block)[0].split(", "):
        assert hasattr(kg, name.strip())
