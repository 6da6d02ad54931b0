#!/usr/bin/env bash
# Soak: runs the app (fixed heap, fresh embedded database with the West Midlands seed) and drives it with
# several signed-in users at once for a fixed time: force leads read pages and submit progress updates on
# their own force's actions (form, POST, redirect, update shown), an inspector and an analyst read (the
# analyst also downloads CSV exports). Every response is checked; the heap is sampled from the app's
# Prometheus endpoint on its management port after a forced full GC; the progress updates saved are
# counted back in the database. PASS only with no error (and no 409: each action has one writer), every
# update in the database, no ERROR line in the app log during the run, and a live heap that grows less
# than 1 MB a minute over the second half of the run. The forced full GC (every 30 s; more often in runs
# under 5 minutes, down to every 10 s) pauses the app, so the latencies include it: bench/run.sh is the latency benchmark.
#
#   bench/soak/run.sh [minutes] [users]      (default 10 minutes, 8 users: all five force leads, two
#                                             inspectors, an analyst; 6 users: four leads, inspector, analyst)
#
# A 10-minute run takes about 11-13 minutes end to end (build, start-up on a fresh database, the run).
# Needs: Java 17 and psql (apt-get install postgresql-client). Ports from SOAK_PORT (8092), SOAK_MANAGEMENT_PORT
# (9192) and SOAK_PG_PORT (54392); heap SOAK_HEAP (512m, as -Xms and -Xmx). Writes bench/results/soak-<timestamp>.md
# (with the app log and a GC log beside it) and prints it. Exit status 0 only on PASS.
set -euo pipefail
cd "$(dirname "$0")/../.."

MINUTES=${1:-10}
USERS=${2:-8}
PORT=${SOAK_PORT:-8092}
MANAGEMENT_PORT=${SOAK_MANAGEMENT_PORT:-9192}
PG_PORT=${SOAK_PG_PORT:-54392}
HEAP=${SOAK_HEAP:-512m}
SECONDS_TO_RUN=$(awk -v m="$MINUTES" 'BEGIN { printf "%d", m * 60 }')
RESULTS=bench/results
DATA=bench/data/soak
mkdir -p "$RESULTS" bench/data
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/soak-$STAMP.md"

./mvnw -q -B -DskipTests package
JAR=$(ls target/findings-tracker-*.jar | grep -v plain | head -n 1)

# A fresh database each run, so that every run starts from the same seed.
rm -rf "$DATA"
MANAGEMENT_SERVER_PORT=$MANAGEMENT_PORT MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,prometheus \
java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -Xlog:gc:file="$RESULTS/soak-$STAMP-gc.log" -jar "$JAR" \
    --server.port="$PORT" --app.embedded-database.data-directory="$(pwd)/$DATA" \
    --app.embedded-database.port="$PG_PORT" --app.demo-accounts=true > "$RESULTS/soak-$STAMP-app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$PORT/readyz" | grep -q UP \
        && curl -fs -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus"; then
        break
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "The app stopped; see $RESULTS/soak-$STAMP-app.log" >&2
        exit 1
    fi
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/readyz" | grep -q UP || { echo "The app did not become ready; see $RESULTS/soak-$STAMP-app.log" >&2; exit 1; }

# Start-up warnings aside, what the app logs during the run goes into the report.
LOG_LINES=$(wc -l < "$RESULTS/soak-$STAMP-app.log")

set +e
java bench/soak/Soak.java --base "http://127.0.0.1:$PORT" \
    --metrics "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" \
    --seconds "$SECONDS_TO_RUN" --users "$USERS" --pid "$APP_PID" \
    --db "postgresql://postgres@localhost:$PG_PORT/postgres" --out "$OUT" \
    --label "Commit $(git rev-parse --short HEAD), $(nproc) cores, app heap -Xms$HEAP -Xmx$HEAP (G1), West Midlands seed in a fresh embedded database. Command: bench/soak/run.sh $MINUTES $USERS"
STATUS=$?
set -e
LOG_ERRORS=$(tail -n +"$((LOG_LINES + 1))" "$RESULTS/soak-$STAMP-app.log" | grep -c ' ERROR ' || true)
LOG_WARNINGS=$(tail -n +"$((LOG_LINES + 1))" "$RESULTS/soak-$STAMP-app.log" | grep -c ' WARN ' || true)
{
    echo
    echo "App log during the run: $LOG_ERRORS ERROR and $LOG_WARNINGS WARN lines."
    if [ "$LOG_ERRORS" -gt 0 ]; then echo; echo "**FAIL**: the app logged errors during the run."; fi
} | tee -a "$OUT"
if [ "$LOG_ERRORS" -gt 0 ]; then STATUS=1; fi
echo "App log: $RESULTS/soak-$STAMP-app.log, GC log: $RESULTS/soak-$STAMP-gc.log"
exit $STATUS
