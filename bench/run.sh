#!/usr/bin/env bash
# Runs every benchmark in bench/ (bench/*.bench.ts), one after another, from the repo root.
#
#   bash bench/run.sh            all benchmarks
#   bash bench/run.sh outbox     only those whose file name contains "outbox"
#   bash bench/run.sh console    the console in Chromium (also needs the identity provider and /usr/bin/chromium)
#
# Assumes the infrastructure is up (bash deploy/local/infra.sh start) or that DATABASE_URL /
# KAFKA_BROKERS point at running servers. Benchmark options are env vars (see bench/README.md).
# Exits non-zero when any benchmark fails; the others still run.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
filter="${1:-}"

shopt -s nullglob
benches=(bench/*.bench.ts)
if ((${#benches[@]} == 0)); then
  echo "[bench] no benchmarks found in bench/" >&2
  exit 1
fi

ran=0
failed=()
for bench in "${benches[@]}"; do
  [[ -z "$filter" || "$(basename "$bench")" == *"$filter"* ]] || continue
  ran=$((ran + 1))
  echo "[bench] === $bench ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
  if ! node -r ./tools/register.js "$bench"; then
    failed+=("$bench")
  fi
done

if ((ran == 0)); then
  echo "[bench] no benchmark matches '$filter'" >&2
  exit 1
fi
if ((${#failed[@]})); then
  echo "[bench] FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "[bench] $ran benchmark(s) done; results in bench/results/ (the console's in .local/test-results/bench/)"
