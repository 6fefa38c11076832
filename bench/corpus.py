"""A synthetic benchmark corpus of varied Chinese text, made at run time (nothing is committed).

Sentences come from the texts on this machine: the demo sample, the test texts and, when
present, the development sets in ../shared/eval (read, never copied into the repository). They
are shuffled with a fixed seed into documents of 1–6 KB until the corpus reaches the size asked.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def sentences() -> list[str]:
    out: list[str] = []
    for path in [*sorted((ROOT / "data" / "samples").glob("*.txt")), *sorted((ROOT / "tests" / "data" / "texts").glob("*.txt"))]:
        out += [s for s in re.split(r"(?<=[。！？\n])", path.read_text(encoding="utf-8")) if s.strip()]
    for path in sorted(EVAL.glob("*.jsonl")) if EVAL.exists() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"] + "。")
    return out


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> list[Path]:
    """Write documents into folder until their text reaches ``megabytes`` (UTF-8); return them."""
    rng = random.Random(seed)
    pool = sentences()
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1024 * 1024)
    written, paths, n = 0, [], 0
    while written < target:
        size = rng.randint(1000, 6000)
        doc: list[str] = []
        length = 0
        while length < size:
            s = rng.choice(pool)
            doc.append(s)
            length += len(s)
        text = "".join(doc)
        path = folder / f"doc{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        written += len(text.encode("utf-8"))
        n += 1
    return paths
