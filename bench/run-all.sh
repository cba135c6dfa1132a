#!/usr/bin/env bash
# Runs every benchmark and writes bench/RESULTS.md (date, machine, numbers, targets).
# Usage: bench/run-all.sh [STARTUP_RUNS]   Run on a quiet machine: the numbers are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
startup=$(bench/startup.sh "$runs" 2>/dev/null)
interaction=$(bench/interaction.sh)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "# Benchmark results"
  echo
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: ${cpu:-unknown CPU}, $(nproc) cores,"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uname -sr), $(java -version 2>&1 | head -1),"
  echo "display: Xvfb 1280x800. Commit: $(git rev-parse --short HEAD)."
  echo
  echo "Reproduce with \`bench/run-all.sh\` (or \`bench/startup.sh\`, \`bench/interaction.sh\` alone)."
  echo
  echo "## Start-up (first rendered frame, \`--smoke\`)"
  echo
  echo "$startup"
  echo
  cat bench/startup-notes.md
  echo
  echo "## Interaction and memory"
  echo
  echo "$interaction"
  echo
  cat bench/interaction-notes.md
} > bench/RESULTS.md.new
mv bench/RESULTS.md.new bench/RESULTS.md
cat bench/RESULTS.md
