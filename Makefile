# neuronpedia-ext developer commands. `make test` is what CI runs (.ci/run).
# Every target builds its own virtual environment from pinned versions when needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
TOOLS  := $(VENV)/.tools-installed
STAMP  := $(VENV)/.installed
SPEC   := openapi/neuronpedia.yaml
GEN    := generated/neuronpedia_api
NEURONPEDIA_SRC ?=
URL    ?=
ONLY   ?=
LAYER  ?=
SAMPLE ?=
JOBS   ?= 2
README ?=
CHAOS_ARGS ?=
BENCH_ARGS ?=

export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true

.PHONY: venv test lint typecheck pytest browser generate check-generated lint-spec demo emulator \
        record contract bench chaos upstream-diff mutate mutate-sample mutate-check clean

venv: $(STAMP)

# Pinned tools first (enough to regenerate), then this project in editable mode.
$(TOOLS): requirements/dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements/dev.txt
	touch $@

$(STAMP): $(TOOLS) pyproject.toml
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## The whole gate: spec lint, generated-code drift, ruff, mypy, pytest, drift summary, a sample of the mutation gate.
test: lint-spec check-generated lint typecheck pytest mutate-sample

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

pytest: venv browser
	$(BIN)/pytest

## Headless Chromium for the notebook-view tests (tests/views): Debian's package, installed when
## missing and possible (root + apt-get); otherwise those tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
	  || { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	         echo "installing chromium (apt-get) for the notebook-view tests"; \
	         (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
	           || echo "could not install chromium: the Chromium view tests will be skipped"; \
	       else echo "chromium is missing and cannot be installed here: the Chromium view tests will be skipped"; fi; }

## Regenerate generated/neuronpedia_api, _operations.py, _rules.py and _wire.py from the spec, from scratch, warnings fatal.
generate: $(TOOLS)
	rm -rf $(GEN)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
	  --config openapi/config.yml --meta none --output-path $(GEN) --fail-on-warning
	rm -rf $(GEN)/.ruff_cache
	$(BIN)/python scripts/gen_operation_table.py --spec $(SPEC) --out neuronpedia_ext/_operations.py
	$(BIN)/python scripts/gen_rules_table.py --spec $(SPEC) --out neuronpedia_ext/_rules.py
	$(BIN)/python scripts/gen_wire_table.py --spec $(SPEC) --out neuronpedia_ext/_wire.py
	$(BIN)/ruff format -q neuronpedia_ext/_operations.py neuronpedia_ext/_rules.py neuronpedia_ext/_wire.py

## Fail if generated/ differs in any way from a fresh generation.
check-generated: $(TOOLS)
	rm -rf .check-generated && mkdir -p .check-generated
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) \
	  --config openapi/config.yml --meta none --output-path .check-generated/neuronpedia_api \
	  --fail-on-warning > .check-generated/log.txt 2>&1 || (cat .check-generated/log.txt; exit 1)
	rm -rf .check-generated/neuronpedia_api/.ruff_cache
	$(BIN)/python scripts/gen_operation_table.py --spec $(SPEC) --out .check-generated/_operations.py
	$(BIN)/python scripts/gen_rules_table.py --spec $(SPEC) --out .check-generated/_rules.py
	$(BIN)/python scripts/gen_wire_table.py --spec $(SPEC) --out .check-generated/_wire.py
	$(BIN)/ruff format -q .check-generated/_operations.py .check-generated/_rules.py .check-generated/_wire.py
	diff -r -x __pycache__ -x .ruff_cache .check-generated/neuronpedia_api $(GEN) \
	  && diff .check-generated/_operations.py neuronpedia_ext/_operations.py \
	  && diff .check-generated/_rules.py neuronpedia_ext/_rules.py \
	  && diff .check-generated/_wire.py neuronpedia_ext/_wire.py \
	  || (echo "generated code is stale: run 'make generate' and commit the result"; exit 1)
	rm -rf .check-generated
	@echo "check-generated: generated/ matches the spec"

## openapi-spec-validator plus Redocly's linter (config: redocly.yaml).
lint-spec: venv node_modules/.installed
	$(BIN)/openapi-spec-validator $(SPEC)
	npx --no-install redocly lint neuronpedia --format=stylish

## Start the emulator, run the seed example through neuronpedia_ext, stop it.
## Its own small venv (runtime + emulator extra only, not the dev tools); pip's output goes to a log.
DEMO_VENV := .venv-demo
$(DEMO_VENV)/.installed: pyproject.toml
	@test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv $(DEMO_VENV)
	@echo "installing neuronpedia-ext[emulator] into $(DEMO_VENV) (log: $(DEMO_VENV)/install.log)"
	@$(DEMO_VENV)/bin/python -m pip install --disable-pip-version-check --no-compile -q -e ".[emulator]" \
	  > $(DEMO_VENV)/install.log 2>&1 || (tail -20 $(DEMO_VENV)/install.log; exit 1)
	@touch $@

demo: $(DEMO_VENV)/.installed
	@$(DEMO_VENV)/bin/python examples/demo.py

## Schemathesis contract suite with a per-operation table: the emulator, or `make contract URL=http://...`
## (read-only operations only; NEURONPEDIA_CONTRACT_ALLOW_WRITES=1 for writes; NEURONPEDIA_API_KEY for the key).
contract: venv
	URL="$(URL)" $(BIN)/python scripts/contract_run.py

## Re-record cassettes/replay/ against a fresh emulator, or against NEURONPEDIA_BASE_URL (+ NEURONPEDIA_API_KEY).
## The key reaches the script through the environment only (make exports command-line variables), so no
## recipe line shows it; the script never prints it and puts back every cassette it could not re-record.
record: venv
	$(BIN)/python scripts/contract_record.py
	env -u NEURONPEDIA_BASE_URL -u NEURONPEDIA_API_KEY $(BIN)/pytest tests/replay \
	  tests/contract/test_reference_conformance.py -q --record-mode=none --block-network

## Run the emulator in the foreground (Ctrl-C to stop).
emulator: venv
	$(BIN)/neuronpedia-ext emulator

## A fault campaign through the client against an emulator process (a measurement, never pass/fail):
## `make chaos`, or e.g. `make chaos CHAOS_ARGS="--reads 500 --writes 50 --seed 3"` (see --help).
chaos: venv
	$(BIN)/python scripts/chaos.py $(CHAOS_ARGS)

## The client's speed as ratios against floors and the official package (installed by venv, pinned in
## requirements/dev.txt), never pass/fail: 3 interleaved runs, the median per row (~6 min on 2 cores).
## BENCH_ARGS="--quick" (one short run, ~20 s), "--json bench.json", "--readme" (the README table), "--rows get,sse".
bench: venv
	$(BIN)/python benchmarks/bench_suite.py $(BENCH_ARGS)

## Report how upstream's @swagger annotations and our spec differ.
upstream-diff: venv
	@test -n "$(NEURONPEDIA_SRC)" || (echo "usage: make upstream-diff NEURONPEDIA_SRC=path/to/neuronpedia"; exit 2)
	$(BIN)/python scripts/upstream_diff.py --src "$(NEURONPEDIA_SRC)" --ours $(SPEC)

## The mutation gate: seed every defect in mutations/*.yaml in a scratch copy, run its tests, report
## killed / survived / stale / error. ONLY=id,id  LAYER=spec,emulator  SAMPLE=1  JOBS=2  README=1 (writes the table).
MUTATE_ARGS = --venv $(VENV) -j $(JOBS) $(if $(ONLY),--only $(ONLY)) $(if $(LAYER),--layer $(LAYER)) \
              $(if $(SAMPLE),--sample) $(if $(README),--readme)
mutate: venv
	$(BIN)/python scripts/mutate.py $(MUTATE_ARGS)

## The CI sample: the entries marked sample: true (make test's last step).
mutate-sample: venv
	$(BIN)/python scripts/mutate.py --venv $(VENV) -j $(JOBS) --sample

## Validate the catalogue only (ids, layers, every find text present exactly once); runs nothing.
mutate-check: venv
	$(BIN)/python scripts/mutate.py --check

clean:
	rm -rf $(VENV) .venv-demo node_modules .check-generated .pytest_cache .mypy_cache .ruff_cache
