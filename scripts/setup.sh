#!/usr/bin/env bash
# Set up everything the lesson needs, inside this folder only:
#   Debian packages (canvas's build deps, python3-venv, Chromium, a font),
#   node_modules (npm ci), the compiled project (dist/), a Python venv (.venv)
#   with JupyterLab and nbconvert, and the tslab kernel registered in that venv.
# Safe to run again: each step checks before it works, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
export PIP_RETRIES=0
step() { printf '\n== setup: %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------
# build-essential and the -dev libraries build the canvas addon (charts);
# chromium drives the browser test; fonts-dejavu-core gives charts a font, and
# fonts-nanum gives them (and the Korean pages in Chromium) Hangul: without it
# Pango draws every Hangul label as a box. fonts-nanum is 10 MB; fonts-noto-cjk, 57.
APT_PACKAGES=(build-essential libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev
  librsvg2-dev libpixman-1-dev python3-venv chromium fonts-dejavu-core fonts-nanum)
step "Debian packages"
missing=()
if command -v dpkg-query >/dev/null; then
  for pkg in "${APT_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$pkg")
  done
else
  missing=("${APT_PACKAGES[@]}")
fi
if ((${#missing[@]} == 0)); then
  echo "all present"
elif [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null && [[ -f /etc/debian_version ]]; then
  echo "installing: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: missing system packages: ${missing[*]}" >&2
  echo "setup: on Debian/Ubuntu run: sudo apt-get install ${missing[*]}" >&2
  echo "setup: elsewhere install their equivalents, then run this script again." >&2
  exit 1
fi

# --- Node packages and the compiled project ---------------------------------
step "npm ci"
# Skip when node_modules matches the lockfile (npm ci would delete and rebuild it).
stamp=node_modules/.package-lock.json
if [[ -f $stamp && $stamp -nt package-lock.json && -f node_modules/canvas/build/Release/canvas.node ]]; then
  echo "node_modules up to date"
else
  npm ci --no-audit --no-fund
fi
node -e 'require("canvas")' || { echo "setup: the canvas addon did not build (see npm ci above)" >&2; exit 1; }
# Notebooks import the lesson by its package name, from any folder: npm ci's postinstall
# links node_modules/lost-updates to this project; make sure when npm ci was skipped.
ln -sfn .. node_modules/lost-updates

step "npm run build"
npm run build --silent

# --- Python venv with JupyterLab and nbconvert ------------------------------
step "Python venv .venv"
VENV="$ROOT/.venv"
[[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
if "$VENV/bin/python" -m pip freeze --quiet 2>/dev/null | sort | diff -q - <(grep -E '^[A-Za-z0-9_.-]+==' jupyter/requirements.txt | sort) >/dev/null; then
  echo "requirements already installed"
else
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r jupyter/requirements.txt
fi

# --- The tslab kernel, registered only inside the venv ----------------------
# jupyter/build/kernel/tslab is also what users with their own JupyterLab install.
step "tslab kernel spec"
KERNEL_DIR=jupyter/build/kernel/tslab
mkdir -p "$KERNEL_DIR"
cat >"$KERNEL_DIR/kernel.json" <<EOF
{
  "argv": ["$ROOT/node_modules/.bin/tslab", "kernel", "--config-path", "{connection_file}"],
  "display_name": "TypeScript",
  "language": "typescript"
}
EOF
"$VENV/bin/jupyter" kernelspec install --sys-prefix --name tslab "$KERNEL_DIR" >/dev/null 2>&1
# JupyterLab in a lecture hall is offline: don't ask to fetch news or check for updates.
mkdir -p "$VENV/share/jupyter/lab/settings"
echo '{"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}}' \
  >"$VENV/share/jupyter/lab/settings/overrides.json"
"$VENV/bin/jupyter" kernelspec list | grep -E '^\s+tslab\s'

# --- The export templates ----------------------------------------------------
# jupyter/templates/lesson (pages) and lesson-slides (decks) are plain source: they extend
# nbconvert's lab and reveal templates and drop everything loaded from a CDN; decks use
# node_modules/reveal.js (a pinned devDependency), which the export copies beside them.
step "export templates"
"$VENV/bin/python" - <<'EOF2'
from nbconvert import HTMLExporter, SlidesExporter
HTMLExporter(template_name="lesson", extra_template_basedirs=["jupyter/templates"]).template
SlidesExporter(template_name="lesson-slides", extra_template_basedirs=["jupyter/templates"]).template
print("jupyter/templates/lesson and lesson-slides ok")
EOF2
[[ -f node_modules/reveal.js/dist/reveal.js ]] || { echo "setup: node_modules/reveal.js is missing (npm ci)" >&2; exit 1; }

step "done: npm run export | npm start | npm test"
