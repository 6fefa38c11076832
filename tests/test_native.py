"""The compiled extraction modules (kg.native): loaded only when current, the same output as the
plain ones, and their doctests holding for whichever is loaded."""

from __future__ import annotations

import ast
import doctest
import importlib
import io
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import native
from kg.extract import extract
from kg.resources import Resources
from kg.text import read_document

ROOT = Path(__file__).resolve().parent.parent

# The texts the dumps compare: the bundled sample, the test texts and every rule's example sentence.
_DUMP = """
import sys, tomllib
from pathlib import Path
from kg.extract import extract
from kg.resources import default_resources
from kg.text import read_document

def examples(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "example" and isinstance(item, str):
                yield item
            else:
                yield from examples(item)
    elif isinstance(value, list):
        for item in value:
            yield from examples(item)

res = default_resources()
paths = sorted(Path("data/samples").glob("*.txt")) + sorted(Path("tests/data/texts").glob("*.txt"))
docs = [read_document(str(p)) for p in paths]
for rules in sorted(Path("data/patterns").glob("*.toml")):
    docs += [read_document(f"{rules.stem}-{i}", text=t) for i, t in enumerate(examples(tomllib.loads(rules.read_text("utf-8"))))]
for doc in docs:
    x = extract(doc, res)
    sys.stdout.write(repr((doc.id, x.mentions, x.coreferences, x.relations, x.events)) + "\\n")
"""


def _require_compiled() -> None:
    if not native.active():
        if os.environ.get("KG_REQUIRE_NATIVE"):
            pytest.fail("KG_REQUIRE_NATIVE is set but the extraction runs as plain Python (make native)")
        pytest.skip("no compiled build of these sources (make native)")


def _dump(env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", _DUMP], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_compiled_modules_are_loaded_from_the_current_build() -> None:
    _require_compiled()
    for name in native.COMPILED:
        module = importlib.import_module(name)
        assert str(module.__file__).endswith(native.EXTENSION), name
        assert Path(str(module.__file__)).is_relative_to(native.build_root() / native.source_key())


def test_compiled_and_plain_modules_extract_the_same() -> None:
    _require_compiled()
    env = {k: v for k, v in os.environ.items() if k != "KG_PURE_PYTHON"} | {"PYTHONHASHSEED": "0"}
    compiled = _dump(env)
    plain = _dump(env | {"KG_PURE_PYTHON": "1"})
    assert compiled.count("\n") > 200 and compiled.count("Relation(") > 200
    assert compiled == plain


def test_pure_python_variable_keeps_the_plain_modules() -> None:
    code = "import kg.native as n, sys; import kg; print(n.active(), sys.modules['kg.segment'].__file__)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=os.environ | {"KG_PURE_PYTHON": "1"}, capture_output=True, text=True, check=True)
    assert done.stdout.split()[0] == "False"
    assert done.stdout.split()[1].endswith("kg/segment.py")


def test_a_build_of_other_sources_is_never_loaded(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    for name in (*native.COMPILED, *native.IMPORTED):
        target = sources / (name.replace(".", "/") + ".py")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / (name.replace(".", "/") + ".py"), target)
    key = native.source_key(sources)
    assert key == native.source_key(ROOT)
    edited = sources / "kg/extract/names.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert native.source_key(sources) != key
    imported = sources / "kg/model.py"  # a plain module the compiled ones import
    before = native.source_key(sources)
    imported.write_text(imported.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert native.source_key(sources) != before

    builds = tmp_path / "builds"
    stale = builds / native.source_key(sources)
    (stale / "kg/extract").mkdir(parents=True)
    (stale / native.COMPLETE).write_text("", encoding="utf-8")
    code = "import kg.native as n, sys; print(n.current_build(), n.active(), sys.modules['kg.extract.names'].__file__ if 'kg.extract.names' in sys.modules else '')"
    env = {k: v for k, v in os.environ.items() if k != "KG_PURE_PYTHON"} | {"KG_NATIVE_DIR": str(builds)}
    done = subprocess.run([sys.executable, "-c", code + "; import kg; print(sys.modules['kg.extract.names'].__file__)"], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split()[:2] == ["None", "False"]
    assert done.stdout.split()[-1].endswith("kg/extract/names.py")


def test_a_build_without_a_compiler_says_so_in_one_line(tmp_path: Path) -> None:
    env = os.environ | {"KG_NATIVE_DIR": str(tmp_path), "CC": str(tmp_path / "no-such-compiler")}
    env.pop("KG_REQUIRE_NATIVE", None)
    done = subprocess.run([sys.executable, "-m", "kg.native_build", "build"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr.count("\n") == 1 and "were not compiled" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == []
    required = subprocess.run([sys.executable, "-m", "kg.native_build", "build", "--require"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert required.returncode == 1
    assert required.stderr.count("\n") == 1 and "were not compiled" in required.stderr and "Traceback" not in required.stderr


_FUZZ_POOL = (
    "的了是在和与及中国德国人公司集团大学父亲母亲妻子儿子女儿“”「」\"'()（）：:，,。；;、！？ \n·-—0123456789"
    "年月日于由创立成立王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐鲁国公主皇后所写画作ABCxyz"
)


def test_random_text_keeps_every_span_inside_the_text(res: Resources) -> None:
    """Compiled code checks the annotated types at run time: text nobody wrote (fixed seed, 400
    documents of random characters, quotes and pauses) must still give mentions whose offsets
    hold their text, in relations too."""
    rng = random.Random(11)
    found = 0
    for i in range(400):
        text = "".join(rng.choice(_FUZZ_POOL) for _ in range(rng.randint(1, 120)))
        x = extract(read_document(f"r{i}", text=text), res)
        for m in (*x.mentions, *(r.subject for r in x.relations), *(r.object for r in x.relations)):
            assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
        found += len(x.mentions)
    assert found > 100


def _docstrings(tree: ast.Module) -> list[tuple[str, str, int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            text = ast.get_docstring(node, clean=False)
            if text and ">>>" in text:
                name = getattr(node, "name", "<module>")
                found.append((name, text, node.body[0].lineno if node.body else 0))
    return found


@pytest.mark.parametrize("name", native.COMPILED)
def test_doctests_hold_for_the_loaded_module(name: str) -> None:
    """pytest's doctest collector cannot import a compiled module from its source (conftest.py): the
    examples are read from the source and run against the module as loaded, compiled or not."""
    module = importlib.import_module(name)
    path = ROOT / (name.replace(".", "/") + ".py")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out = io.StringIO()
    examples = 0
    for where, text, line in _docstrings(ast.parse(path.read_text(encoding="utf-8"))):
        test = parser.get_doctest(text, dict(vars(module)), f"{name}.{where}", str(path), line)
        examples += len(test.examples)
        runner.run(test, out=out.write)
    results = runner.summarize(verbose=False)
    assert results.attempted == examples
    assert results.failed == 0, out.getvalue()
