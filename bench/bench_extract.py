"""Extraction throughput against jieba's own POS tagging, measured in the same run.

    python bench/bench_extract.py [--mb 20] [--baseline-mb 1]

Prints characters per second for: jieba.posseg (the reference), jieba-rs tagging alone, and the
whole kg extraction (single process, both segmenters), plus the ratio of the whole extraction to
posseg, and the scaling of a parallel corpus build with 1 and 2 processes. Where the extraction's
modules are compiled (kg/native.py, ``make native``), the plain-Python extraction is timed too, in
a child process with ``KG_PURE_PYTHON=1``, in the same alternating rounds.

The ratio is measured on the same text: posseg and the extraction run on the same sample, in
alternating rounds, and each keeps its best round, so a change in the machine's load during the
run (it is shared) moves both alike. The extraction's rate on the whole corpus is printed too.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import make_corpus  # noqa: E402
from kg import native  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.resources import Resources, load_resources  # noqa: E402
from kg.text import read_document  # noqa: E402


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1000:10,.0f}k chars/s"


def extraction_seconds(sample: list[str], res: Resources) -> float:
    """The whole extraction's time on ``sample``, one document per text."""
    t0 = time.perf_counter()
    for i, t in enumerate(sample):
        extract(read_document(f"d{i}", text=t), res)
    return time.perf_counter() - t0


def plain_python_seconds(sample_file: Path) -> float:
    """The plain-Python extraction's time on the sample: this script in a child process with
    ``KG_PURE_PYTHON=1`` (``--plain-sample``), since a process loads its modules once."""
    env = os.environ | {"KG_PURE_PYTHON": "1"}
    done = subprocess.run([sys.executable, __file__, "--plain-sample", str(sample_file)], env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size for kg's extraction")
    ap.add_argument("--baseline-mb", type=float, default=1.0, help="sample size for jieba.posseg (slow)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds of posseg and kg on the sample")
    ap.add_argument("--plain-sample", type=Path, help=argparse.SUPPRESS)  # the child of plain_python_seconds
    args = ap.parse_args()
    if args.plain_sample:
        sample = json.loads(args.plain_sample.read_text(encoding="utf-8"))
        res = load_resources(segmenter="rjieba")
        extract(read_document("w", text=sample[0]), res)
        print(extraction_seconds(sample, res))
        return
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp) / "corpus", args.mb)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        total = sum(map(len, texts))
        sample, size = [], 0
        for t in texts:
            if size >= args.baseline_mb * 1024 * 1024 / 3:  # ~3 bytes per character
                break
            sample.append(t)
            size += len(t)
        import jieba
        import jieba.posseg
        import rjieba

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.posseg.POSTokenizer(jieba.Tokenizer())
        tok.lcut("预热")
        rs = rjieba.Jieba()
        t0 = time.perf_counter()
        for t in sample:
            rs.tag(t)
        rjieba_s = time.perf_counter() - t0
        res = {backend: load_resources(segmenter=backend) for backend in ("rjieba", "jieba")}
        sample_file = Path(tmp) / "sample.json"
        sample_file.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
        compiled = native.active()
        posseg = kg_sample = kg_plain = float("inf")
        for _ in range(args.rounds):  # alternating rounds on the same text, best of each
            t0 = time.perf_counter()
            for t in sample:
                tok.lcut(t)
            posseg = min(posseg, time.perf_counter() - t0)
            kg_sample = min(kg_sample, extraction_seconds(sample, res["rjieba"]))
            if compiled:
                kg_plain = min(kg_plain, plain_python_seconds(sample_file))
        kg_jieba = extraction_seconds(sample, res["jieba"])
        kg_corpus = extraction_seconds(texts, res["rjieba"])
        print(f"corpus: {len(texts)} documents, {total:,} characters ({args.mb} MB); sample {size:,} characters, {args.rounds} rounds")
        print(f"{'jieba.posseg (reference)':<44} {rate(size, posseg)}")
        print(f"{'jieba-rs tag alone':<44} {rate(size, rjieba_s)}")
        how = "compiled" if compiled else "plain Python"
        print(f"{'kg extract, segmenter rjieba, same sample':<44} {rate(size, kg_sample)}   ratio to posseg {posseg / kg_sample:5.2f}×  ({how})")
        if compiled:
            print(f"{'kg extract, plain Python, same sample':<44} {rate(size, kg_plain)}   ratio to posseg {posseg / kg_plain:5.2f}×")
        print(f"{'kg extract, segmenter jieba, same sample':<44} {rate(size, kg_jieba)}   ratio to posseg {posseg / kg_jieba:5.2f}×")
        print(f"{'kg extract, segmenter rjieba, whole corpus':<44} {rate(total, kg_corpus)}")
        from kg.corpus import build_corpus

        scaling = []
        for jobs in (1, 2):
            t0 = time.perf_counter()
            build_corpus([str(p) for p in paths[: max(8, len(paths) // 4)]], state=Path(tmp) / f"state{jobs}", jobs=jobs)
            scaling.append((jobs, time.perf_counter() - t0))
        base = scaling[0][1]
        for jobs, seconds in scaling:
            print(f"corpus build, {jobs} process(es) (quarter corpus, cache cold): {seconds:6.1f} s  speed-up {base / seconds:4.2f}×")


if __name__ == "__main__":
    main()
