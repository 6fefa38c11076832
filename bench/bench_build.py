"""Corpus build at scale: a store of at least 1 million triples, then an incremental rebuild.

    python bench/bench_build.py [--mb 18] [--jobs 2]

Prints the full build's time, peak memory and triples per second into the Oxigraph store, and
the rebuild after changing 1% of the documents as a ratio of the full build (goal ≤ 5%).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import make_corpus  # noqa: E402

KG = [sys.executable, "-m", "kg"]


# runs one command and prints the peak resident memory (KiB) of it and its worker processes
_PEAK = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); " \
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def run(args: list[str]) -> tuple[float, int]:
    """Seconds and peak resident memory (MiB, the largest single process) of one kg command."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *KG, *args], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    return seconds, int(done.stdout.split()[-1]) // 1024


def count(store: Path) -> int:
    import pyoxigraph

    s = pyoxigraph.Store.read_only(str(store))
    try:
        return len(s)
    finally:
        del s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=18.0, help="corpus size (18 MB gives over 1M triples; the README figures)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small"
        make_corpus(small, args.mb / 3)
        small_time, small_peak = run(["build", str(small), "--store", str(Path(tmp) / "small-store"), "-j", str(args.jobs), "-q"])
        folder = Path(tmp) / "corpus"
        paths = make_corpus(folder, args.mb)
        store = Path(tmp) / "store"
        full, peak = run(["build", str(folder), "--store", str(store), "-j", str(args.jobs), "-q"])
        triples = count(store)
        unchanged, _ = run(["build", str(folder), "--store", str(store), "-j", str(args.jobs), "-q"])
        edited = paths[:: 100] if len(paths) >= 100 else paths[:1]  # 1% of the documents
        for p in edited:
            p.write_text(p.read_text(encoding="utf-8") + "\n张伟毕业于浙江大学。", encoding="utf-8")
        changed = len(edited)
        incremental, _ = run(["build", str(folder), "--store", str(store), "-j", str(args.jobs), "-q"])
        print(f"corpus: {len(paths)} documents, {args.mb} MB; store: {triples:,} triples")
        print(f"full build      {full:8.1f} s   peak memory {peak:,} MiB   {triples / full:10,.0f} triples/s")
        print(f"a third of it   {small_time:8.1f} s   peak memory {small_peak:,} MiB  (memory grows with the name index only)")
        print(f"unchanged       {unchanged:8.1f} s   ratio to full {unchanged / full:6.1%}")
        print(f"{changed} changed ({changed / len(paths):.0%}) {incremental:6.1f} s   ratio to full {incremental / full:6.1%}  (goal ≤ 5%)")


if __name__ == "__main__":
    main()
