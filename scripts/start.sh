#!/usr/bin/env bash
# npm start [-- --port N] : JupyterLab from .venv on notebooks/, tslab as the default kernel.
# Prints the URL (with its token) to open; opens no browser. Other flags go to jupyter lab.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x .venv/bin/jupyter ]]; then
  echo "start: .venv is missing; run: bash scripts/setup.sh" >&2
  exit 1
fi
port=8888
args=()
while (($#)); do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
# Our kernel spec first, before any user-level "tslab" spec elsewhere on the machine.
export JUPYTER_PATH="$PWD/.venv/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
[[ $(id -u) == 0 ]] && args+=(--allow-root)  # containers and CI run as root
echo "start: JupyterLab on http://127.0.0.1:$port/lab (the tokenised URL follows; Ctrl-C stops it)"
exec .venv/bin/jupyter lab --no-browser --ip=127.0.0.1 --port="$port" --ServerApp.port_retries=0 \
  --ServerApp.root_dir="$PWD/notebooks" --MappingKernelManager.default_kernel_name=tslab "${args[@]}"
