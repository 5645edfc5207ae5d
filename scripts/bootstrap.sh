# Sourced by ./run and ./run-tests: a project virtual environment with the package installed.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"
PYTHON="${PYTHON:-python3}"

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Compliance Desk needs Python 3.11 or newer ($PYTHON is older or missing)." >&2
    exit 2
fi
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
hash="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
stamp="$VENV/.installed-$hash${EXTRAS:+-$EXTRAS}"
if [ ! -f "$stamp" ]; then
    echo "Installing Compliance Desk${EXTRAS:+ with [$EXTRAS]} into $VENV …"
    if ! { "$VENV/bin/python" -m pip install --upgrade pip &&
           "$VENV/bin/python" -m pip install -e "$ROOT${EXTRAS:+[$EXTRAS]}"; } >"$VENV/install.log" 2>&1; then
        tail -n 40 "$VENV/install.log" >&2
        echo "Installation failed; the full log is $VENV/install.log" >&2
        exit 1
    fi
    find "$VENV" -maxdepth 1 -name '.installed-*' ! -name ".installed-$hash*" -delete
    touch "$stamp" "$VENV/.installed-$hash"  # an install with extras includes the plain one
fi
# The .qm translations are built from the committed .ts sources (cheap; skipped when up to date).
"$VENV/bin/python" "$ROOT/i18n/build.py" >/dev/null
export PATH="$VENV/bin:$PATH"
