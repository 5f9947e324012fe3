#!/usr/bin/env bash
# The tools that validate the Kubernetes chart without a cluster (deploy/kubernetes/chart.spec.ts):
# helm and kubeconform, built from their Go modules into .local/tools/go-bin. Idempotent: a tool
# already built at the pinned version is kept. The Go build cache and module cache stay under
# .local/go, so a fresh clone builds once (measured cold on 2 shared cores: deploy/kubernetes/README.md).
#
#   bash deploy/kubernetes/install-tools.sh          (deploy/local/platform.sh runs it before the tests)
#
# Needs Go (go1.24 or later; GOTOOLCHAIN may name a newer one) and the Go module proxy.
set -euo pipefail

HELM_MODULE=helm.sh/helm/v3/cmd/helm
HELM_VERSION=v3.19.0
KUBECONFORM_MODULE=github.com/yannh/kubeconform/cmd/kubeconform
KUBECONFORM_VERSION=v0.7.0

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="$REPO_ROOT/.local/tools/go-bin"
# The Go module and build caches (AEO_GO_DIR moves them, e.g. to a cache kept between CI clones).
GO_DIR="${AEO_GO_DIR:-$REPO_ROOT/.local/go}"
say() { printf '\033[1m[kubernetes-tools]\033[0m %s\n' "$*" >&2; }

# The version a Go binary was built from (its embedded module information).
built_version() { [[ -x "$BIN/$1" ]] && go version -m "$BIN/$1" 2>/dev/null | awk '$1 == "mod" { print $3; exit }'; }

install_tool() {
  local name=$1 module=$2 version=$3 started
  if [[ "$(built_version "$name")" == "$version" ]]; then return 0; fi
  command -v go >/dev/null || { echo "[kubernetes-tools] ERROR: Go is needed to build $name ($module@$version)" >&2; exit 1; }
  say "building $name $version from $module (once; cached in .local/go)"
  started=$SECONDS
  GOPATH="$GO_DIR" GOCACHE="$GO_DIR/cache" GOMODCACHE="$GO_DIR/mod" \
    GOBIN="$BIN" GOFLAGS=-mod=mod nice -n 10 go install "$module@$version"
  say "$name $version built in $((SECONDS - started)) s"
}

mkdir -p "$BIN"
install_tool helm "$HELM_MODULE" "$HELM_VERSION"
install_tool kubeconform "$KUBECONFORM_MODULE" "$KUBECONFORM_VERSION"
