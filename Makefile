# makerkit: two set-up commands, `make lab` and `make test`; `make bench` measures.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: lab test bench lint install system octoprint clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

lab: $(STAMP)
	$(PY) -m makerkit.lab workshops

# The tests drive real programs: Chromium (JupyterLab in a browser), CuraEngine and
# PrusaSlicer. Installed with apt-get when missing and allowed (root); otherwise the
# tests that need them say so and are skipped.
system:
	@bash scripts/install-system.sh

# The print-queue tests start a real OctoPrint; it has its own environment (.venv-octoprint).
octoprint:
	@bash scripts/install-octoprint.sh $(PYTHON)

test: $(STAMP) system octoprint
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check makerkit tests benchmarks
	$(VENV)/bin/ruff format --check makerkit tests benchmarks

bench: $(STAMP) system octoprint
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) .venv-octoprint build *.egg-info
