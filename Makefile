# Rapport: `make run` starts the app, `make test` runs the whole suite.
# Both create .venv on first use and install the pinned versions from constraints.txt.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint typecheck demo translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	$(PY) -m compileall -q app main.py
	@touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

demo: $(STAMP)
	$(PY) main.py demo $(ARGS)

# Refresh the .ts files from the sources (tr() and QT_TRANSLATE_NOOP), then build the .qm
# files the app loads. Both are committed, so running the app needs neither step.
LANGS := en zh_CN ru uz
TS    := $(foreach l,$(LANGS),resources/translations/rapport_$(l).ts)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none app \
		-ts $(filter-out %_en.ts,$(TS))
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly app \
		-ts resources/translations/rapport_en.ts
	$(foreach t,$(TS),$(VENV)/bin/pyside6-lrelease -silent $(t) &&) true

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
