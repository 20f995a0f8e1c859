#!/usr/bin/env bash
# The project's test command (README): unit tests, then the notebooks with nbval (strict).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pytest "$@"
if compgen -G "notebooks/*.ipynb" > /dev/null; then
  python -m pytest -p nbval -o addopts="" --nbval notebooks/ "$@"
fi
