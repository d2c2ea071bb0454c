# Every target installs what it needs; a fresh clone needs only Python 3.11, Java 17 and Maven.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RUN    := .run
SEED   ?= 7
DAYS   ?= 2
SCALE  ?= 1
# make demo: the rate (events/s) the simulator's traffic is produced at, how many days of it, an optional cap.
RATE      ?= 1000
DEMO_DAYS ?= 0.5
LIMIT     ?=

.PHONY: k8s-rules install test test-unit test-kafka demo demo-backtest backtest-demo bench bench-stream schema \
	rules-check broker-start broker-stop clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

## The README's test command: unit, golden, CLI and real-broker tests.
test: install
	$(BIN)/python -m pytest -q

test-unit: install
	$(BIN)/python -m pytest -q -m 'not kafka'

test-kafka: install
	$(BIN)/python -m pytest -q -m kafka

## The README's demo, live: broker, topics, worker, simulator traffic at $(RATE) events/s, decisions as they
## arrive, a summary; stops everything it started, also on Ctrl-C or failure (deploy/demo/run-demo).
demo: install
	PY=$(BIN)/python RATE=$(RATE) DAYS=$(DEMO_DAYS) LIMIT=$(LIMIT) SEED=$(SEED) SCALE=$(SCALE) OUT=$(RUN)/demo \
		deploy/demo/run-demo

## The offline demo: simulate traffic, backtest the default rules, print a readable summary.
demo-backtest: install
	@mkdir -p $(RUN)/demo-backtest
	$(BIN)/enforcer simulate --seed $(SEED) --days $(DAYS) --scale $(SCALE) --out $(RUN)/demo-backtest/events.jsonl.gz --labels $(RUN)/demo-backtest/labels.json
	$(BIN)/enforcer rules check rules
	$(BIN)/enforcer backtest --rules rules --events $(RUN)/demo-backtest/events.jsonl.gz --labels $(RUN)/demo-backtest/labels.json \
		--out $(RUN)/demo-backtest/decisions.jsonl --report-json $(RUN)/demo-backtest/report.json

backtest-demo: demo-backtest

schema: install
	$(BIN)/enforcer schema --out schemas

rules-check: install
	$(BIN)/enforcer rules check rules

bench: install
	$(BIN)/python bench/bench_core.py

## The worker on a real broker: throughput, latency at fixed rates, ratio to a bare consume loop (BENCHMARKS.md).
bench-stream: install
	$(BIN)/python bench/bench_stream.py

broker-start:
	deploy/kafka/broker start

broker-stop:
	deploy/kafka/broker stop

clean:
	rm -rf $(RUN) .pytest_cache

## Regenerate the Kubernetes rules ConfigMap after editing rules/*.yaml (a test checks they agree).
k8s-rules: install
	PYTHONPATH=. $(BIN)/python tests/unit/test_deploy_manifests.py --write-rules-configmap
