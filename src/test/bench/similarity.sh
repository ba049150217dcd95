#!/usr/bin/env bash
# Times the similarity suggestions on 2,000 generated statements (SimilarityBenchmark) and prints the figures.
# Usage: src/test/bench/similarity.sh   (from anywhere; compiles first when a source is newer than the classes;
# runs in a 512 MiB heap)
set -euo pipefail
cd "$(dirname "$0")/../../.."

bench_class=target/test-classes/org/mufakat/harmonize/SimilarityBenchmark.class
if [ ! -f "$bench_class" ] || [ -n "$(find pom.xml src/main src/test/java -newer "$bench_class" -print -quit)" ]; then
  echo "Compiling (./mvnw -B -q test-compile)..."
  ./mvnw -B -q test-compile </dev/null
fi

classpath_file=target/similarity-bench.classpath
if [ ! -f "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file" </dev/null
fi

exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat "$classpath_file")" org.mufakat.harmonize.SimilarityBenchmark
