#!/usr/bin/env bash
# Provisions Node.js 24 + npm for the Vaadin frontend build from the npm registry (packages node-<os>-<arch> and npm),
# laid out as <dir>/bin/node and <dir>/lib/node_modules/npm, cached outside the source tree. Prints <dir>.
# Vaadin 25.1 accepts only Node 24 and would otherwise try to download it from nodejs.org.
#   .ci/node24.sh            ensures the cache exists and prints its folder
# CLVOPS_NODE_DIR overrides the folder (default ~/.cache/clvops/node24).
set -euo pipefail

NODE_VERSION="${CLVOPS_NODE_VERSION:-24.21.0}"
NPM_VERSION="${CLVOPS_NPM_VERSION:-11.21.2}"
DIR="${CLVOPS_NODE_DIR:-$HOME/.cache/clvops/node24}"

platform() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "node24: unsupported OS $(uname -s)" >&2; exit 1 ;;
  esac
  case "$(uname -m)" in
    x86_64|amd64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    *) echo "node24: unsupported CPU $(uname -m)" >&2; exit 1 ;;
  esac
  echo "$os-$arch"
}

# Downloads one registry package as a tarball into $2 and unpacks its package/ folder there.
unpack() {
  local spec="$1" target="$2" work
  work="$(mktemp -d)"
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$target"
  tar xzf "$work"/*.tgz -C "$target" --strip-components=1
  rm -rf "$work"
}

installed() {
  [[ -x "$DIR/bin/node" && -f "$DIR/lib/node_modules/npm/bin/npm-cli.js" ]] \
    && [[ "$("$DIR/bin/node" --version)" == "v$NODE_VERSION" ]]
}

main() {
  if ! installed; then
    if ! command -v npm >/dev/null; then
      echo "node24: npm is needed once to fetch Node $NODE_VERSION (e.g. apt-get install npm)" >&2
      exit 1
    fi
    echo "node24: provisioning Node $NODE_VERSION and npm $NPM_VERSION into $DIR" >&2
    local staging="$DIR.partial"
    rm -rf "$staging"
    unpack "node-$(platform)@$NODE_VERSION" "$staging"
    unpack "npm@$NPM_VERSION" "$staging/lib/node_modules/npm"
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
    chmod +x "$staging/bin/node"
    rm -rf "$DIR"
    mv "$staging" "$DIR"
  fi
  echo "$DIR"
}

main "$@"
