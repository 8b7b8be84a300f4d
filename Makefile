# The front door: `make run` and `make test` do their own set-up on a fresh machine.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= data/raw
OUT ?= data/out
GOLD ?= data/gold/seeds.jsonl
MODEL ?= auto
JOBS ?= 1

SOURCES := $(shell find pipeline -type f -not -path '*/__pycache__/*' 2>/dev/null)
RAW_FILES := $(shell find $(RAW) -type f 2>/dev/null)
# one file per table (the list comes from pipeline/stages.py once the package is installed)
TABLES = $(shell test -x $(BIN)/python && $(BIN)/python -c 'from pipeline.stages import output_tables; print(*output_tables())')
OUTPUTS = $(OUT)/manifest.json $(foreach t,$(TABLES),$(OUT)/$(t).csv)

.PHONY: help run test eval eval-dev bench model clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# Rebuilt when an article, the code or its data change; the tool itself only reprocesses what changed.
$(OUTPUTS) &: $(STAMP) $(RAW) $(RAW_FILES) $(SOURCES)
	$(BIN)/claims run --raw $(RAW) --out $(OUT) --model $(MODEL) --jobs $(JOBS)

run: $(OUTPUTS) ## Run the pipeline on data/raw and write the tables to data/out

test: $(STAMP) ## Run the tests
	$(BIN)/python -m pytest -q

eval: $(OUTPUTS) ## Score data/out against the gold annotations of data/raw
	$(BIN)/claims eval $(GOLD) --raw $(RAW) --out $(OUT) --no-run

DEV_SETS := $(patsubst data/%/gold.jsonl,%,$(wildcard data/dev*/gold.jsonl))

eval-dev: $(STAMP) ## Score the independently annotated sets data/dev*/ (scores per set)
	@for set in $(DEV_SETS); do \
		echo "== $$set"; \
		$(BIN)/claims eval data/$$set/gold.jsonl --raw data/$$set/raw --out $(OUT)/$$set --model $(MODEL) -q; \
	done

bench: $(STAMP) ## Measure speed: articles per second, cold run and no-op re-run
	$(BIN)/python -m pipeline.bench

model: $(STAMP) ## Try to install nl_core_news_sm (optional; the pipeline works without it)
	@echo "Trying: python -m spacy download nl_core_news_sm (log in $(VENV)/model-download.log)"
	@if $(BIN)/python -m spacy download nl_core_news_sm > $(VENV)/model-download.log 2>&1; then \
		echo "nl_core_news_sm installed: 'make run' now uses it as an extra signal (--model auto)."; \
	else \
		echo "nl_core_news_sm could not be installed: $$(tail -n 1 $(VENV)/model-download.log | cut -c1-160)"; \
		echo "It is downloaded from GitHub, not from the package index, so it needs internet access."; \
		echo "Nothing is lost: 'make run' uses the rule-based default pipeline (spacy.blank('nl'))."; \
	fi

clean: ## Delete the generated tables (data/out) and caches; keeps the virtualenv
	rm -rf $(OUT) .pytest_cache
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +
