# intake: `make demo` shows the service working; `make test` runs everything CI runs.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck unit bench robustness accuracy wheel clean

$(STAMP): pyproject.toml scripts/bootstrap-venv.sh
	./scripts/bootstrap-venv.sh $(VENV) dev
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/intake demo --dir demo

test: $(STAMP)
	./scripts/ensure-dovecot.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q -m "not dovecot"

bench: $(STAMP)
	./scripts/ensure-dovecot.sh
	$(BIN)/python -m bench.forms_benchmark
	$(BIN)/python -m bench.poll_benchmark

CORPUS ?= ../shared/corpora
robustness: $(STAMP)
	$(BIN)/python -m bench.robustness $(CORPUS)

FORMS ?= tests/data/external/set_a tests/data/external/set_b tests/data/external/set_c tests/data/external/set_d tests/data/external/set_e
accuracy: $(STAMP)
	@for set in $(FORMS); do $(BIN)/python -m bench.form_accuracy $$set --quiet; done

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) build dist demo *.egg-info .mypy_cache .ruff_cache .pytest_cache
