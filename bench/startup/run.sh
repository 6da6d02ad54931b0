#!/usr/bin/env bash
# Start-up benchmark: time from launching the app to a health check answering UP, with the embedded
# database already initialised (migrated and holding data), for the plain executable jar and for the
# extracted jar with a class data sharing (CDS) archive, started alternately.
#
#   bench/startup/run.sh [runs] [data-directory]
#       runs            starts of each kind (default 5)
#       data-directory  an embedded database directory to start on (default: a scratch one, initialised by
#                       a first, untimed start); bench/run.sh leaves the national data set in bench/data/national
#
# Needs Java 17 and curl. Prints each start and the medians, and writes bench/results/startup-<timestamp>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-5}
DATA=${2:-$(pwd)/target/bench-startup/postgres}
PORT=${BENCH_PORT:-8097}
PG_PORT=${BENCH_PG_PORT:-54397}
WORK=target/bench-startup
RESULTS=bench/results
mkdir -p "$WORK" "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/startup-$STAMP.md"
ARGS=(--server.port="$PORT" --app.embedded-database.data-directory="$DATA" --app.embedded-database.port="$PG_PORT")

./mvnw -q -DskipTests package
JAR=$(ls target/findings-tracker-*.jar | head -n 1)
rm -rf "$WORK/extracted"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
EXTRACTED="$WORK/extracted/$(basename "$JAR")"

# The training run starts the context (initialising the database on the first run) and exits once it is
# refreshed, writing the classes it loaded to the archive.
java -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" "${ARGS[@]}" \
    > "$WORK/training.log" 2>&1

# Seconds from launch until /actuator/health says UP; then a graceful stop.
time_start() {
    local start pid
    start=$(date +%s.%N)
    java -Xmx1g "$@" "${ARGS[@]}" > "$WORK/app.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2> /dev/null | grep -q UP; then break; fi
        sleep 0.1
    done
    awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", e - s }'
    kill "$pid" && wait "$pid" || true
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

{
    echo "Start-up benchmark, $STAMP, commit $(git rev-parse --short HEAD), $(nproc) cores, database $DATA"
    echo
    echo "| run | executable jar: seconds to health UP | extracted jar + CDS archive: seconds to health UP |"
    echo "|---|---|---|"
} | tee "$OUT"
PLAIN=() CDS=()
for run in $(seq 1 "$RUNS"); do
    PLAIN+=("$(time_start -jar "$JAR")")
    CDS+=("$(time_start -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$EXTRACTED")")
    echo "| $run | ${PLAIN[-1]} | ${CDS[-1]} |" | tee -a "$OUT"
done
echo "| median | $(printf '%s\n' "${PLAIN[@]}" | median) | $(printf '%s\n' "${CDS[@]}" | median) |" | tee -a "$OUT"
echo
echo "Written to $OUT"
