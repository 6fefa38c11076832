# Two commands on a fresh machine: `make demo` and `make test`. Both create the venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := data/samples

.PHONY: demo test lint typecheck bench bench-quality clean venv native

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# The extraction's hot modules compiled with mypyc (kg/native.py): a no-op while the sources are
# unchanged; without a C compiler, one line says so and everything runs as plain Python.
native: $(STAMP)
	$(BIN)/python -m kg.native_build build

demo: native
	$(BIN)/kg build $(SAMPLE) -q -o out/graph.trig -o out/graph.ttl
	$(BIN)/kg viz out/graph.trig -o out/graph.html
	$(BIN)/kg stats out/graph.trig

test: native
	$(BIN)/ruff check kg tests bench conftest.py
	$(BIN)/mypy kg
	$(BIN)/python -m kg.rdf.gen_vocab --check
	$(BIN)/python -m pytest

bench: native
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_sparql.py
	$(BIN)/python bench/bench_server_load.py
	$(BIN)/python bench/bench_viz.py
	$(BIN)/python bench/bench_export.py

bench-quality: native
	$(BIN)/kg eval ../shared/eval/cluener_dev.jsonl --task ner --by type
	$(BIN)/kg eval ../shared/eval/duie_train_sample.jsonl --task re --by predicate

clean:
	rm -rf out build $(VENV)
