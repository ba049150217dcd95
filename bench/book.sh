#!/bin/sh
# Times the resource book of a large round (300 recommendations, 9 annexes): PDF and DOCX render time, page count and
# memory, three runs (the first includes warming up). Not part of the build: BookBenchmark runs only with -Dbench=true.
# Usage: bench/book.sh   (from the project root; prints the BENCH lines)
cd "$(dirname "$0")/.." || exit 1
./mvnw -B -q test -Dtest=BookBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep BENCH
