#!/usr/bin/env bash
# Set up everything the lesson needs, inside this folder only: first what the machine must
# have (scripts/capabilities.sh: Node and npm, Python with venv, what canvas needs, fonts,
# Chromium), installed where this script may (apt as root) and otherwise named with the
# command that installs it; then node_modules (npm ci), the compiled project (dist/), a
# Python venv (.venv) with JupyterLab and nbconvert, and the tslab kernel in that venv.
# Safe to run again: each step checks before it works, so a second run is quick.
#
#   bash scripts/setup.sh          set up
#   bash scripts/setup.sh --check  only say what is there, what is missing and what set-up
#                                  would install or ask for; change nothing (exit 1 if it would stop)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
export PIP_RETRIES=0
step() { printf '\n== setup: %s\n' "$*"; }

CHECK_ONLY=false
case "${1:-}" in
  "") ;;
  --check) CHECK_ONLY=true ;;
  *)
    echo "setup: unknown argument '$1'; the one option is --check (report what set-up would do, change nothing)" >&2
    exit 2
    ;;
esac
# shellcheck source=scripts/capabilities.sh
source scripts/capabilities.sh

# --- What the machine has ----------------------------------------------------------------------
# decide MAY_INSTALL: what to do about the missing capabilities found by check_capabilities.
#   go       nothing blocks (what is missing is only for the browser tests, or for a canvas
#            build that its prebuilt binary may make unnecessary; a note says so)
#   install  install PACKAGES with apt-get (root on Debian/Ubuntu only), then check again
#   stop     name each missing capability and the command for this platform, change nothing
decide() {
  local may_install=$1
  if ((${#REQUIRED[@]} + ${#BUILD[@]} + ${#OPTIONAL[@]} == 0)); then
    echo go
  elif ((${#MANUAL[@]} == 0)) && [[ $may_install == yes && $PLATFORM == apt && $(id -u) == 0 ]]; then
    echo install
  elif ((${#REQUIRED[@]})); then
    echo stop
  else
    echo go
  fi
}

print_notes() {
  local note
  for note in ${NOTES[@]+"${NOTES[@]}"}; do echo "setup: note: $note"; done
  if ((${#BUILD[@]})); then
    local saved=(${PACKAGES[@]+"${PACKAGES[@]}"})
    PACKAGES=() CASKS=()
    provide build
    echo "setup: note: if canvas's prebuilt binary cannot be downloaded, npm ci builds it and needs: $(install_line)"
    PACKAGES=(${saved[@]+"${saved[@]}"})
  fi
  if ((${#OPTIONAL[@]})); then
    PACKAGES=() CASKS=()
    provide chromium
    echo "setup: note: npm test's browser tests will be skipped without Chromium; to run them: $(install_line)"
  fi
}

step "what this machine has"
check_capabilities
echo "  ($PLATFORM_NAME, $([[ $(id -u) == 0 ]] && echo root || echo "not root"))"
action=$(decide yes)
if [[ $action == install ]]; then
  if $CHECK_ONLY; then
    echo "check: would run: apt-get update && apt-get install -y ${PACKAGES[*]}"
    exit 0
  fi
  step "installing with apt-get: ${PACKAGES[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
  REQUIRED=() BUILD=() OPTIONAL=() PACKAGES=() CASKS=() MANUAL=() NOTES=()
  step "what this machine has, after apt-get"
  check_capabilities
  action=$(decide no)
fi
if [[ $action == stop ]]; then
  explain_missing
  exit 1
fi
print_notes
if $CHECK_ONLY; then
  echo "check: nothing to install; set-up would go on"
  exit 0
fi

# --- Node packages and the compiled project ---------------------------------
step "npm ci"
# Skip when node_modules matches the lockfile (npm ci would delete and rebuild it).
stamp=node_modules/.package-lock.json
npm_ci_ok=true
if [[ -f $stamp && $stamp -nt package-lock.json ]]; then
  echo "node_modules up to date"
else
  npm ci --no-audit --no-fund || npm_ci_ok=false
fi

step "canvas addon"
# Build native addons against the headers of the Node that loads them, whatever an npmrc says
# (a global nodedir pointing at another Node's headers is how a build for the wrong Node happens).
node_home=$(node -p 'require("path").resolve(process.execPath, "..", "..")')
[[ -f $node_home/include/node/node.h ]] && export npm_config_nodedir="$node_home"
if $npm_ci_ok && ! canvas_loads && [[ -d node_modules/canvas ]]; then
  # Installed, but built for another Node or machine (node_modules kept across an upgrade).
  echo "canvas does not load on Node $(node --version); rebuilding it from source (npm rebuild canvas)"
  npm rebuild canvas --foreground-scripts || true
fi
if ! canvas_loads; then
  echo "setup: the canvas addon (it draws the charts) does not load on Node $(node --version); see npm's output above." >&2
  gone=$(missing_build_tools)
  if [[ -n $gone ]]; then
    PACKAGES=() CASKS=()
    provide build
    echo "setup: building it from source needs: ${gone//,/, }" >&2
    ((${#PACKAGES[@]})) && echo "setup: on $PLATFORM_NAME, run: $(install_line)" >&2
    echo "setup: then run this script again." >&2
  fi
  exit 1
fi
$npm_ci_ok || { echo "setup: npm ci failed (see above)" >&2; exit 1; }
echo "canvas loads on Node $(node --version)"
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
