#!/usr/bin/env bash
# OctoPrint, for the print-queue tests: its own virtual environment (.venv-octoprint),
# because OctoPrint pins versions of tornado and others that clash with JupyterLab's.
# Installed once from PyPI; the tests find it there (or through MAKERKIT_OCTOPRINT).
set -u
python="${1:-python3}"
venv=".venv-octoprint"
want="octoprint==1.11.*"
stamp="$venv/.installed"
if [ -x "$venv/bin/octoprint" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi
echo "makerkit: installing OctoPrint into $venv (for the print-queue tests)"
if "$python" -m venv "$venv" >/dev/null \
   && "$venv/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 \
   && "$venv/bin/python" -m pip install --quiet "$want" >/dev/null 2>&1; then
  echo "$want" > "$stamp"
else
  echo "makerkit: could not install OctoPrint; the OctoPrint tests will be skipped (and fail under CI)"
fi
exit 0
