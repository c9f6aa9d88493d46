# eventcoder — all set-up is `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
GOLD   := $(wildcard $(SHARED)/eval/gold/*.jsonl)

.PHONY: demo test eval bench models nlp-eval lint clean

$(BIN)/eventcoder: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "eventcoder needs Python 3.11"' 
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

demo: $(BIN)/eventcoder
	@rm -f demo.duckdb
	$(BIN)/eventcoder ingest samples --db demo.duckdb
	$(BIN)/eventcoder events --db demo.duckdb

test: $(BIN)/eventcoder
	$(BIN)/pytest

eval: $(BIN)/eventcoder
	@test -n "$(GOLD)" || { echo "no gold sets under $(SHARED)/eval/gold"; exit 1; }
	@mkdir -p out/eval
	@for g in $(GOLD); do n=$$(basename $$g .jsonl); \
	  echo "== $$n"; \
	  $(BIN)/eventcoder extract $$g -o out/eval/$$n.pred.jsonl || exit 1; \
	  $(BIN)/python $(SHARED)/eval/score.py $$g out/eval/$$n.pred.jsonl || exit 1; \
	done

bench: $(BIN)/eventcoder
	$(BIN)/python benchmarks/run.py

models: $(BIN)/eventcoder
	bash training/train_all.sh

nlp-eval: $(BIN)/eventcoder
	$(BIN)/python training/nlp_eval.py

lint: $(BIN)/eventcoder
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) out demo.duckdb
