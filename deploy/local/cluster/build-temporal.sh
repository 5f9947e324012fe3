#!/usr/bin/env bash
# Builds the real Temporal server, its SQL schema tool and (optionally) the UI server from the Go
# module proxy into .local/tools/temporal-cluster/bin, for the cluster profile (cluster.sh).
#
#   bash deploy/local/cluster/build-temporal.sh [--no-ui]
#
# Go caches (GOPATH, GOMODCACHE, GOCACHE) live under .local/go so a second build is a cache hit.
# The build is niced and runs one package at a time (GOFLAGS=-p=1): the machine has 2 shared cores.
# go.temporal.io/server v1.32.0 declares `go 1.26.8`; with an older local Go, export
# GOTOOLCHAIN=go1.27.3 (the approved toolchain) before calling this script: it is passed on as is.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../../.." && pwd)"
# shellcheck source=versions.sh
source "$SCRIPT_DIR/versions.sh"

export GOPATH="$REPO_ROOT/.local/go"
export GOMODCACHE="$GOPATH/mod"
export GOCACHE="$GOPATH/cache"
export GOFLAGS="-p=1 -buildvcs=false -trimpath"
export CGO_ENABLED=0
HOME_DIR="$REPO_ROOT/.local/tools/temporal-cluster"
BIN="$HOME_DIR/bin"
mkdir -p "$BIN"

command -v go >/dev/null || { echo "[cluster] ERROR: go not found on PATH" >&2; exit 1; }
echo "[cluster] $(go version)${GOTOOLCHAIN:+ (GOTOOLCHAIN=$GOTOOLCHAIN)}" >&2

# build MODULE_PACKAGE@VERSION GO_NAME FINAL_NAME: go install into a directory of its own (two of the
# commands are called `server`), which go install leaves alone when the binary is up to date, and a
# link under the name cluster.sh uses.
build() {
  local start=$SECONDS
  mkdir -p "$HOME_DIR/$3"
  GOBIN="$HOME_DIR/$3" nice -n 19 go install "$1"
  ln -sfn "../$3/$2" "$BIN/$3"
  echo "[cluster] built $3 from $1 in $((SECONDS - start)) s" >&2
}

build "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION" server temporal-server
build "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION" sql temporal-sql-tool
if [[ "${1:-}" != --no-ui ]]; then
  build "github.com/temporalio/ui-server/v2/cmd/server@$TEMPORAL_UI_VERSION" server temporal-ui-server
fi
printf '%s %s\n' "$TEMPORAL_SERVER_VERSION" "$TEMPORAL_UI_VERSION" >"$BIN/.built"
du -sh "$HOME_DIR" "$GOMODCACHE" "$GOCACHE" >&2
