#!/usr/bin/env bash
# Export benchmark: builds the app, starts a scratch embedded PostgreSQL, generates findings
# (default 1,000,000 on top of the seed), runs the app jar with -Xmx256m and a GC log, and downloads
# /exports/findings.csv and .xlsx several times each (default 3), reporting rows a second and peak heap.
#
#   bench/export/run.sh [rows] [runs] [port]       e.g. bench/export/run.sh 1000000 3 8083
#
# Results: printed, and kept in target/bench-export/results.txt (with app.log and gc.log).
# Takes about 8-10 minutes on a 2-core machine. Needs the port free; uses no database of yours.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# the test classes too, for the database roles as an operator creates them (support/OperatorRoles)
exec java -Xmx1g -cp "$(cat target/bench-classpath.txt):target/test-classes" bench/export/Bench.java "$@"
