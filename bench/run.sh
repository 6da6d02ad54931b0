#!/usr/bin/env bash
# Page benchmark: runs the app on the West Midlands seed alone, then on the national data set
# (bench/national-data.sql), and drives each page with wrk on loopback at 1, 8 and 32 connections,
# signed in. In the same run it measures a static asset of the same app as this machine's ceiling.
#
#   bench/run.sh [seconds-per-measurement]      (default 10; the whole run takes about 10 minutes)
#
# Before measuring each data set it warms every page up for BENCH_WARMUP seconds (default 5) at 8
# connections, unrecorded.
#
# Needs: Java 17, wrk and psql (apt-get install wrk postgresql-client). Writes the table to
# bench/results/pages-<timestamp>.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10}
WARMUP=${BENCH_WARMUP:-5}
PORT=${BENCH_PORT:-8095}
PG_PORT=${BENCH_PG_PORT:-54395}
RESULTS=bench/results
DATA=bench/data
CONNECTIONS=(1 8 32)
mkdir -p "$RESULTS" "$DATA"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/pages-$STAMP.md"

# name|path: the pages the issue names, and a static asset as the ceiling.
PAGES=(
    "static asset (ceiling)|/js/js-enabled.js"
    "home|/"
    "region|/regions/west-midlands"
    "organisation|/organisations/west-mercia-police"
    "finding|/findings/WM-SOC-2024-WMERC-COC-1"
    "search: rare word|/search?q=kidnap"
    "search: common word|/search?q=police"
    "search: phrase with filters|/search?q=%224P+plans%22&type=AREA_FOR_IMPROVEMENT&region=west-midlands"
)

./mvnw -q -DskipTests package
JAR=$(ls target/findings-tracker-*.jar | head -n 1)
APP_PID=

start_app() {
    java -Xmx1g -jar "$JAR" --server.port="$PORT" --app.embedded-database.data-directory="$1" \
        --app.embedded-database.port="$PG_PORT" --app.demo-accounts=true > "$RESULTS/app-$STAMP.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then return 0; fi
        sleep 1
    done
    echo "The app did not become healthy; see $RESULTS/app-$STAMP.log" >&2
    exit 1
}

stop_app() {
    kill "$APP_PID" && wait "$APP_PID" || true
}
trap 'if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi' EXIT

session_cookie() {
    local jar; jar=$(mktemp)
    local token
    token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=inspector" \
        --data-urlencode "password=demo-password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
    awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
    rm -f "$jar"
}

# Prints "requests_per_second p50_ms p99_ms errors" for one wrk run.
measure() {
    local path=$1 connections=$2 cookie=$3 threads=$(( $2 < 2 ? $2 : 2 ))
    wrk -t "$threads" -c "$connections" -d "${DURATION}s" --latency -H "Cookie: $cookie" \
        "http://127.0.0.1:$PORT$path" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Requests\/sec/ { rps = $2 } /Non-2xx/ { errors = $5 } /Socket errors/ { errors += 0 }
        END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

run_data_set() {
    local label=$1 cookie
    cookie=$(session_cookie)
    [ -n "$cookie" ] || { echo "Could not sign in" >&2; exit 1; }
    # Warm-up, not recorded: each page at 8 connections, so that the JIT compiler has compiled the hot
    # code and the database's caches hold the pages' data before anything is measured. Without it the
    # first cells measured (the 1-connection ones) include a just-started JVM.
    for page in "${PAGES[@]}"; do
        wrk -t 2 -c 8 -d "${WARMUP}s" -H "Cookie: $cookie" "http://127.0.0.1:$PORT${page#*|}" > /dev/null
    done
    for connections in "${CONNECTIONS[@]}"; do
        local ceiling=
        for page in "${PAGES[@]}"; do
            local name=${page%%|*} path=${page#*|}
            read -r rps p50 p99 errors < <(measure "$path" "$connections" "$cookie")
            [ -n "$ceiling" ] || ceiling=$rps
            share=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
            printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$name" "$connections" "$rps" "$share" "$p50" "$p99" "$errors" | tee -a "$OUT"
        done
    done
}

{
    echo "Page benchmark, $STAMP, commit $(git rev-parse --short HEAD), $(nproc) cores, wrk ${DURATION}s per measurement after ${WARMUP}s warm-up per page"
    echo
    echo "| data set | page | connections | requests/s | share of ceiling | p50 ms | p99 ms | non-2xx |"
    echo "|---|---|---|---|---|---|---|---|"
} | tee "$OUT"

# 1. The West Midlands seed alone, in a fresh database.
rm -rf "$DATA/seed"
start_app "$(pwd)/$DATA/seed"
run_data_set "West Midlands seed"
stop_app

# 2. The national data set, loaded once and kept for later runs while the migrations stay the same
#    (a database migrated by other migrations would fail Flyway's validation, so it is loaded again).
MIGRATIONS=$(cat src/main/resources/db/migration/*.sql bench/national-data.sql | sha1sum | cut -d' ' -f1)
if [ "$(cat "$DATA/national.loaded" 2>/dev/null)" != "$MIGRATIONS" ]; then
    rm -rf "$DATA/national" "$DATA/national.loaded"
fi
start_app "$(pwd)/$DATA/national"
if [ ! -f "$DATA/national.loaded" ]; then
    psql -q -v ON_ERROR_STOP=1 -f bench/national-data.sql "postgresql://postgres@localhost:$PG_PORT/postgres" > "$RESULTS/national-load-$STAMP.log"
    echo "$MIGRATIONS" > "$DATA/national.loaded"
fi
run_data_set "national"
stop_app

echo
echo "Written to $OUT"
