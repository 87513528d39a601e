# shellcheck shell=bash
# What the lesson needs from a machine, checked by what works rather than by package names:
# a Node and npm of a supported version, Python 3 that can make a venv, the canvas addon
# loading (or the tools to build it), fonts the charts can draw Latin and Hangul with, and
# Chromium for the browser tests. For what is missing, the packages that provide it on this
# platform: apt (Debian, Ubuntu, WSL), dnf (Fedora) or brew (macOS).
#
# Sourced by scripts/setup.sh. It only looks: check_capabilities runs each probe once and
# fills the arrays below; nothing here installs anything. test/setup/setup.test.ts runs setup.sh
# against stubbed machines (fake node, python3, id, uname, package managers on PATH).

# --- Supported versions ---------------------------------------------------------------------
# Node 22 and 24 are the LTS lines a student installs today; CI runs the whole suite on each
# (the exact versions are in .ci/node-versions). Node 20 reached end of life in April 2026:
# the lesson still runs on it and CI tests it, because it is the CI machine's own Node, but
# set-up says to move on. Anything older stops. package.json's engines and @types/node say
# the same (test/setup/supportedVersions.test.ts keeps them in step).
NODE_SUPPORTED=(22 24)
NODE_OLDEST=20
NPM_OLDEST=10
PYTHON_OLDEST_MINOR=9 # Python 3.9: the oldest JupyterLab 4 runs on

# --- Results of check_capabilities --------------------------------------------------------------
PLATFORM=""      # apt | dnf | brew | unknown
PLATFORM_NAME="" # for messages
REQUIRED=()      # missing, and the lesson cannot run without it
BUILD=()         # missing tools to build canvas from source (needed only if no prebuilt binary)
OPTIONAL=()      # missing, needed only by npm test's browser tests
PACKAGES=()      # this platform's packages for everything missing above
CASKS=()         # macOS casks (brew install --cask)
MANUAL=()        # what no package line here provides (Node itself), one instruction each
NOTES=()         # worth saying, never a reason to stop

# Written for bash 3.2 too (macOS's /bin/bash): under `set -u` it calls an empty array unbound,
# so arrays that may be empty are expanded as ${a[@]+"${a[@]}"}.
say() { printf '  %-8s %s\n' "$1" "$2"; }

detect_platform() {
  case "$(uname -s)" in
    Darwin) PLATFORM=brew PLATFORM_NAME="macOS" ;;
    Linux)
      if command -v apt-get >/dev/null; then
        PLATFORM=apt PLATFORM_NAME="Debian/Ubuntu"
      elif command -v dnf >/dev/null; then
        PLATFORM=dnf PLATFORM_NAME="Fedora"
      else
        PLATFORM=unknown PLATFORM_NAME="this Linux"
      fi
      ;;
    *) PLATFORM=unknown PLATFORM_NAME="$(uname -s)" ;;
  esac
}

# provide CAPABILITY: add this platform's packages for it (nothing where none is known).
provide() {
  local apt="" dnf="" brew="" cask=""
  case "$1" in
    python) apt="python3 python3-venv" dnf="python3" brew="python" ;;
    build)
      # canvas's own list for building from source (its README), per platform.
      apt="build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev"
      dnf="gcc-c++ make pkgconf-pkg-config cairo-devel pango-devel libjpeg-turbo-devel giflib-devel librsvg2-devel"
      brew="pkg-config cairo pango libpng jpeg giflib librsvg"
      ;;
    fontconfig) apt="fontconfig" dnf="fontconfig" ;;
    latin-font) apt="fonts-dejavu-core" dnf="dejavu-sans-fonts" ;;
    hangul-font) apt="fonts-nanum" dnf="naver-nanum-gothic-fonts" ;;
    chromium) apt="chromium" dnf="chromium" cask="chromium" ;;
  esac
  local -a words=()
  case "$PLATFORM" in
    apt) read -ra words <<<"$apt" ;;
    dnf) read -ra words <<<"$dnf" ;;
    brew)
      read -ra words <<<"$brew"
      [[ -n $cask ]] && CASKS+=("$cask")
      ;;
  esac
  PACKAGES+=(${words[@]+"${words[@]}"})
}

# How to get a supported Node on this platform; no package line here can be trusted to give one
# (Debian 12's own nodejs is 18, Ubuntu 24.04's is 18 too).
node_help() {
  local how="install Node 24 LTS (or 22) from https://nodejs.org/en/download"
  case "$PLATFORM" in
    brew) how+=" or: brew install node@24" ;;
    dnf) how+=" or: sudo dnf install nodejs (Fedora 41 and later give 22)" ;;
    apt) how+=" (Debian's and Ubuntu's own nodejs package is older)" ;;
  esac
  echo "$how"
}

check_node() {
  local version
  version=$(node -p 'process.versions.node' 2>/dev/null) || version=""
  if [[ -z $version ]]; then
    say MISSING "Node.js ${NODE_SUPPORTED[0]} or ${NODE_SUPPORTED[1]}: no node on PATH"
    REQUIRED+=("Node.js ${NODE_SUPPORTED[0]} or ${NODE_SUPPORTED[1]} (no node on PATH)")
    MANUAL+=("Node.js: $(node_help)")
    return
  fi
  local major=${version%%.*}
  if ((major < NODE_OLDEST)); then
    say MISSING "Node.js ${NODE_SUPPORTED[0]} or ${NODE_SUPPORTED[1]}: found $version, older than $NODE_OLDEST"
    REQUIRED+=("Node.js ${NODE_SUPPORTED[0]} or ${NODE_SUPPORTED[1]} (found $version)")
    MANUAL+=("Node.js: $(node_help)")
  elif [[ " ${NODE_SUPPORTED[*]} " == *" $major "* ]]; then
    say ok "Node.js $version"
  elif ((major < NODE_SUPPORTED[0])); then
    say ok "Node.js $version (end of life; supported: ${NODE_SUPPORTED[0]} and ${NODE_SUPPORTED[1]})"
    local eol="is past its end of life"
    ((major == 20)) && eol="reached its end of life in April 2026"
    NOTES+=("Node $major $eol. The lesson still runs on it (CI tests Node 20), but move on: $(node_help).")
  else
    say ok "Node.js $version (the lesson is tested on $NODE_OLDEST, ${NODE_SUPPORTED[0]} and ${NODE_SUPPORTED[1]})"
    NOTES+=("Node $major is not a version the lesson is tested on; if something fails, use Node 24 LTS (or 22).")
  fi
}

check_npm() {
  local version
  version=$(npm --version 2>/dev/null) || version=""
  if [[ -z $version ]]; then
    say MISSING "npm $NPM_OLDEST or newer: no npm on PATH"
    REQUIRED+=("npm $NPM_OLDEST or newer (no npm on PATH)")
    MANUAL+=("npm: it comes with Node from https://nodejs.org/en/download")
  elif ((${version%%.*} < NPM_OLDEST)); then
    say MISSING "npm $NPM_OLDEST or newer: found $version"
    REQUIRED+=("npm $NPM_OLDEST or newer (found $version)")
    MANUAL+=("npm: npm install --global npm@11, or the npm that comes with Node 22 or 24")
  else
    say ok "npm $version"
  fi
}

# Python 3 with venv: JupyterLab and nbconvert live in .venv, and node-gyp needs Python to
# build canvas. Debian ships venv's ensurepip in python3-venv, so "import ensurepip" is the test.
check_python() {
  local probe version has
  probe=$(python3 -c 'import sys
try:
    import venv, ensurepip
    has = "venv"
except ImportError:
    has = "no-venv"
print("%d.%d.%d" % sys.version_info[:3], has)' 2>/dev/null) || probe=""
  version=${probe% *} has=${probe#* }
  local minor=${version#3.}
  minor=${minor%%.*}
  if [[ -z $probe ]]; then
    say MISSING "Python 3.$PYTHON_OLDEST_MINOR+ with venv: no python3 on PATH"
    REQUIRED+=("Python 3 with venv (no python3 on PATH)")
    provide python
  elif [[ $version != 3.* ]] || ((minor < PYTHON_OLDEST_MINOR)); then
    say MISSING "Python 3.$PYTHON_OLDEST_MINOR+ with venv: found $version"
    REQUIRED+=("Python 3.$PYTHON_OLDEST_MINOR or newer with venv (found $version)")
    provide python
  elif [[ $has != venv ]]; then
    say MISSING "Python 3 with venv: found $version without venv (ensurepip)"
    REQUIRED+=("Python 3 with venv (found $version without it)")
    provide python
  else
    say ok "Python $version with venv"
  fi
}

# The canvas addon draws the charts. Once it loads, nothing else about it matters. Until then,
# on Linux it may have to be built from source (its prebuilt binary is downloaded from GitHub,
# which an offline or fenced machine cannot reach, CI's included), and that takes a C++
# compiler, make, pkg-config and Cairo/Pango headers. On macOS the prebuilt binary is the rule,
# so only a failed install asks for the build tools there (setup.sh, after npm ci).
canvas_loads() {
  [[ -d node_modules/canvas ]] && node -e 'require("canvas")' >/dev/null 2>&1
}

missing_build_tools() {
  local -a gone=()
  command -v c++ >/dev/null || gone+=("a C++ compiler")
  command -v make >/dev/null || gone+=("make")
  if ! command -v pkg-config >/dev/null; then
    gone+=("pkg-config")
  elif ! pkg-config --exists cairo pangocairo 2>/dev/null; then
    gone+=("Cairo and Pango headers")
  fi
  local IFS=,
  echo "${gone[*]-}"
}

check_canvas() {
  if canvas_loads; then
    say ok "canvas addon loads"
    return
  fi
  if [[ $PLATFORM == brew ]]; then
    say ok "canvas: npm ci will install its prebuilt binary"
    return
  fi
  local gone
  gone=$(missing_build_tools)
  local state="not installed yet"
  [[ -d node_modules/canvas ]] && state="does not load on this Node yet"
  if [[ -z $gone ]]; then
    say ok "canvas: $state; the tools to build it are here"
  else
    say missing "canvas: $state; to build it: ${gone//,/, } (needed unless its prebuilt binary downloads)"
    BUILD+=("tools to build the canvas addon: ${gone//,/, }")
    provide build
  fi
}

# The charts name DejaVu Sans (so they look alike everywhere) and draw Hangul with whatever
# fontconfig offers for Korean (Debian: Nanum); without one, Pango draws each Hangul letter as
# a box. macOS draws with its own fonts (Apple SD Gothic Neo for Hangul), so nothing is checked.
check_fonts() {
  [[ $PLATFORM == brew ]] && return
  if ! command -v fc-list >/dev/null; then
    say MISSING "fonts: fontconfig's fc-list is missing, so no font can be found"
    REQUIRED+=("fontconfig, with a Latin and a Hangul font for charts")
    provide fontconfig
    provide latin-font
    provide hangul-font
    return
  fi
  if [[ -n $(fc-list 'DejaVu Sans' family 2>/dev/null) ]]; then
    say ok "Latin font for charts (DejaVu Sans)"
  else
    say MISSING "Latin font for charts: DejaVu Sans"
    REQUIRED+=("a Latin font for charts (DejaVu Sans)")
    provide latin-font
  fi
  if [[ -n $(fc-list :lang=ko family 2>/dev/null) ]]; then
    say ok "Hangul font for charts"
  else
    say MISSING "Hangul font for charts (any with Korean, e.g. Nanum)"
    REQUIRED+=("a Hangul font for charts (the Korean edition draws boxes without one)")
    provide hangul-font
  fi
}

# npm test's browser tests use it, and so does `npm run bench -- browser` (tools/chromium.ts finds
# `chromium` on PATH).
check_chromium() {
  if command -v chromium >/dev/null; then
    say ok "Chromium (for the browser tests)"
  else
    say missing "Chromium: only npm test's browser tests need it"
    OPTIONAL+=("Chromium, for npm test's browser tests only")
    provide chromium
  fi
}

check_capabilities() {
  detect_platform
  check_node
  check_npm
  check_python
  check_canvas
  check_fonts
  check_chromium
}

# The line that installs PACKAGES (and CASKS) on this platform, with sudo unless root.
install_line() {
  local sudo=""
  [[ $(id -u) == 0 ]] || sudo="sudo "
  case "$PLATFORM" in
    apt) echo "${sudo}apt-get install ${PACKAGES[*]-}" ;;
    dnf) echo "${sudo}dnf install ${PACKAGES[*]-}" ;;
    brew)
      local line=""
      ((${#PACKAGES[@]})) && line="brew install ${PACKAGES[*]}"
      ((${#CASKS[@]})) && line+="${line:+ && }brew install --cask ${CASKS[*]}"
      echo "$line"
      ;;
  esac
}

# One message naming each missing capability, and the command(s) for this platform.
explain_missing() {
  local what
  echo "setup: the lesson cannot be set up here yet; missing:" >&2
  for what in ${REQUIRED[@]+"${REQUIRED[@]}"} ${BUILD[@]+"${BUILD[@]}"} ${OPTIONAL[@]+"${OPTIONAL[@]}"}; do echo "setup:   - $what" >&2; done
  for what in ${MANUAL[@]+"${MANUAL[@]}"}; do echo "setup: $what" >&2; done
  if ((${#PACKAGES[@]} + ${#CASKS[@]})); then
    echo "setup: on $PLATFORM_NAME, run: $(install_line)" >&2
  elif ((${#REQUIRED[@]} + ${#BUILD[@]} + ${#OPTIONAL[@]} > ${#MANUAL[@]})); then
    local which=them
    ((${#MANUAL[@]})) && which="the rest"
    echo "setup: install $which with $PLATFORM_NAME's package manager" >&2
  fi
  echo "setup: then run this script again." >&2
}
