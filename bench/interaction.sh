#!/usr/bin/env bash
# Interaction and memory benchmark: content load, search p50/p99 over 1,000 queries, screen-switch
# time, heap growth from 100 to 1,000 switches and searches. Prints Markdown.
# Usage: bench/interaction.sh   (needs xvfb-run when there is no display)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
mvn -q -B -DskipTests test-compile >&2
cp_file=bench/out/test-classpath.txt
mkdir -p bench/out
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
java -Xmx512m -cp "target/classes:target/test-classes:$(cat "$cp_file")" 'org.ketamineguide.bench.InteractionBench$Main' 2>/dev/null
