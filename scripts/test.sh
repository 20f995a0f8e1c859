#!/usr/bin/env bash
# The project's test command (README): unit tests, then the notebooks with nbval (strict).
set -euo pipefail
cd "$(dirname "$0")/.."
# unit tests on every core (pytest-xdist); the notebooks run one after the other
python -m pytest -n auto "$@"
if compgen -G "notebooks/*.ipynb" > /dev/null; then
  python -m pytest -p nbval -o addopts="" --nbval notebooks/ "$@"
fi
