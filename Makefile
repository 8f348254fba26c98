# newsmine: every target that needs the environment creates it first.
VENV   := .venv
PY     := $(VENV)/bin/python
NM     := $(VENV)/bin/newsmine
STAMP  := $(VENV)/.installed
DB     ?= data/newsmine.db
GOLD   ?=
SHARED ?= ../shared
PORT   ?= 8001

.PHONY: install demo test test-fast eval train ablation agreement bench soak serve lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: install
	$(PY) -m newsmine.demo --db $(DB)

test: install
	$(PY) -m pytest -q

# the quick lane while editing: no crawl, browser or slow whole-corpus tests (CI runs `make test`)
test-fast: install
	$(PY) -m pytest -q -m "not slow" --ignore=tests/test_browser.py --ignore-glob='tests/test_crawl_*.py' \
	  --ignore=tests/test_cli_run.py

eval: install
	@if [ -n "$(GOLD)" ]; then $(NM) eval --baseline $(GOLD); else \
	  $(PY) -m newsmine.quality --shared $(SHARED); \
	  if [ -f corpus/demo/gold.jsonl ]; then echo "== extraction, corpus/demo/gold.jsonl"; \
	    $(PY) -m newsmine.extract_quality corpus/demo/gold.jsonl; fi; \
	  if [ -f $(SHARED)/pages/truth.jsonl ]; then echo "== extraction, real pages of $(SHARED)/pages"; \
	    $(PY) -m newsmine.real_pages $(SHARED)/pages; fi; \
	fi

# the learned obstacle filter, from the demo and studied corpus gold only (never dev, real-train, real-check, corpus-fresh, nor the newest unseen sets)
train: install
	$(PY) -m newsmine.train_obstacles --shared $(SHARED)

ablation: install
	$(PY) -m newsmine.quality --ablation --shared $(SHARED)

agreement: install
	$(PY) -m newsmine.agreement --newsmine --corpora $(SHARED)/corpora

bench: install
	$(PY) -m bench

# every stage on one database at once (Datasette, search, annotate --force, crawl + extract)
SOAK_SECONDS ?= 120
soak: install
	$(PY) -m bench.soak --seconds $(SOAK_SECONDS)

serve: install
	$(NM) serve --db $(DB) --port $(PORT)

lint: install
	$(VENV)/bin/ruff check src tests bench corpus

clean:
	rm -rf $(VENV) data/*.db data/*.db-*
