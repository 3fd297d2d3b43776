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

# Everything to install makerkit, the hub and JupyterLab with no network (a USB stick for the
# mobile lab): wheels for Linux x86_64/aarch64, Windows and macOS, one constraints file, the
# workshops and a README for the librarian. PLATFORMS / PYTHONS narrow it down.
PLATFORMS ?= linux-x86_64 linux-aarch64 windows-amd64 macos-arm64 macos-x86_64
PYTHONS ?= 3.11 3.12 3.13
wheelhouse: $(STAMP)
	$(PY) scripts/wheelhouse.py -o dist/wheelhouse --platforms $(PLATFORMS) --pythons $(PYTHONS)

clean:
	rm -rf $(VENV) .venv-octoprint build *.egg-info
