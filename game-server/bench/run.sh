#!/usr/bin/env bash
# Load benchmark of the game server (issue 8): PostgreSQL's raw insert rate (pgbench), a bare WebSocket relay, then the
# game server at several offered rates and at saturation, all under the same load generator, all on 127.0.0.1.
#
#   game-server/bench/run.sh                  quick run, 2,000 seats
#   SEATS=10000 game-server/bench/run.sh      the full target
#
# Settings (environment): SEATS (2000), RATES (250,500,1000,2000), DURATION seconds measured per step (20), WARMUP (5),
# FIRST_WARMUP seconds before the first step, which also warms the JIT up (20),
# WINDOW moves in flight at saturation (256), PG_SECONDS (20), DB_POOL_MAX (20), BUILD=1 to rebuild the jars
# (they are rebuilt anyway when a source is newer), SKIP_BUILD=1 to use the jars as they are,
# OUT (game-server/target/bench), PUBLISH=1 to copy the chart to docs/performance/latency.svg.
# Needs: java 17, a local PostgreSQL on 127.0.0.1:5432 with role game/game and a way to create a database (as root:
# su postgres), pgbench, jcmd and jfr.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

SEATS=${SEATS:-2000}
RATES=${RATES:-250,500,1000,2000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
FIRST_WARMUP=${FIRST_WARMUP:-20}
WINDOW=${WINDOW:-256}
PG_SECONDS=${PG_SECONDS:-20}
DB_POOL_MAX=${DB_POOL_MAX:-20}
DB_NAME=${DB_NAME:-game_bench}
OUT=${OUT:-$ROOT/game-server/target/bench}
GAME_PORT=${GAME_PORT:-18180}
RELAY_PORT=${RELAY_PORT:-18181}
export PGPASSWORD=game

mkdir -p "$OUT"
rm -f "$OUT/results.jsonl" "$OUT/pgbench.jsonl" "$OUT/saturation.jfr"
STARTED=()
cleanup() {
  for pid in "${STARTED[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
say() { echo "[bench $(date +%T)] $*"; }
machine() { echo "$1: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uptime | sed 's/.*load average/load average/')"; }

# 1. Jars and the generator's classpath
JAR=game-server/target/quarkus-app/quarkus-run.jar
GEN=game-server/target/test-classes/org/guarantees/game/load/LoadGenerator.class
stale() { [ "${SKIP_BUILD:-0}" != 1 ] && [ -n "$(find "$1" -newer "$2" -print -quit)" ]; }
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$JAR" ] || stale game-server/src/main "$JAR"; then
  say "building the game server jar"
  ./mvnw -B -q -pl game-server -am package -DskipTests
fi
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$GEN" ] || stale game-server/src/test/java "$GEN"; then
  say "compiling the load generator"
  ./mvnw -B -q -pl game-server test-compile
fi
if [ ! -s "$OUT/classpath.txt" ] || [ game-server/pom.xml -nt "$OUT/classpath.txt" ]; then
  ./mvnw -B -q -pl game-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
fi
# Private copies, so that a build running meanwhile (tests, other modules) cannot swap classes under the benchmark
rm -rf "$OUT/app" "$OUT/generator"
cp -r game-server/target/quarkus-app "$OUT/app"
mkdir -p "$OUT/generator/org/guarantees/game"
cp -r game-server/target/test-classes/org/guarantees/game/load "$OUT/generator/org/guarantees/game/"
CP="$OUT/generator:$(cat "$OUT/classpath.txt")"
generator() { timeout $(( 600 + SEATS / 10 )) java -Xmx2g -cp "$CP" org.guarantees.game.load.LoadGenerator "$@"; }

{ machine "machine at start"; echo "seats $SEATS, rates $RATES + saturation (window $WINDOW), $DURATION s measured per step after $WARMUP s warm-up"; } > "$OUT/machine.txt"

# 2. A scratch database, recreated
say "recreating database $DB_NAME"
if [ "$(id -u)" = 0 ]; then
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $DB_NAME' -c 'CREATE DATABASE $DB_NAME OWNER game'"
else
  psql -q -h 127.0.0.1 -U game -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME" -c "CREATE DATABASE $DB_NAME"
fi

# 3. Baseline: PostgreSQL's raw rate for one event-sized row per transaction
psql -q -h 127.0.0.1 -U game -d "$DB_NAME" -f game-server/bench/scratch-table.sql
for clients in 1 "$DB_POOL_MAX"; do
  say "pgbench: $clients client(s), $PG_SECONDS s"
  tps=$(timeout $(( PG_SECONDS + 60 )) pgbench -n -h 127.0.0.1 -U game -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" \
        -T "$PG_SECONDS" -f game-server/bench/insert-event.sql "$DB_NAME" | awk '/^tps/{print $3; exit}')
  echo "{\"clients\":$clients,\"tps\":$tps}" >> "$OUT/pgbench.jsonl"
  say "  $tps inserts/s"
done
psql -q -h 127.0.0.1 -U game -d "$DB_NAME" -c "DROP TABLE bench_event; DROP SEQUENCE bench_event_seq"
machine "after pgbench" >> "$OUT/machine.txt"

# 4. Baseline: the bare relay under the same generator
say "bare relay: $SEATS seats"
java -Xmx1g -cp "$CP" org.guarantees.game.load.BareRelay "$RELAY_PORT" > "$OUT/bare-relay.log" 2>&1 &
RELAY=$!; STARTED+=("$RELAY")
for _ in $(seq 1 100); do grep -q listening "$OUT/bare-relay.log" && break; sleep 0.2; done
generator --mode bare --port "$RELAY_PORT" --seats "$SEATS" --steps "$RATES,sat" --warmup "$WARMUP" --first-warmup "$FIRST_WARMUP" \
  --duration "$DURATION" --window "$WINDOW" --server-pid "$RELAY" --out "$OUT/results.jsonl" | tee "$OUT/bare.log"
kill "$RELAY"; wait "$RELAY" 2>/dev/null || true
machine "after the bare relay" >> "$OUT/machine.txt"

# 5. The game server, from its jar, as a deployer runs it
say "game server: $SEATS seats"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" DB_POOL_MAX="$DB_POOL_MAX" SCORING_URL="http://127.0.0.1:9" \
  java -Xmx1g -Dquarkus.http.port="$GAME_PORT" -Dquarkus.http.host=127.0.0.1 -Dquarkus.log.level=WARN \
  -jar "$OUT/app/quarkus-run.jar" > "$OUT/game-server.log" 2>&1 &
GAME=$!; STARTED+=("$GAME")
for _ in $(seq 1 450); do
  curl -sf "http://127.0.0.1:$GAME_PORT/q/health/ready" > /dev/null && break
  kill -0 "$GAME" 2>/dev/null || { tail -30 "$OUT/game-server.log"; exit 1; }
  sleep 0.2
done
generator --mode game --port "$GAME_PORT" --seats "$SEATS" --steps "$RATES,sat" --warmup "$WARMUP" --first-warmup "$FIRST_WARMUP" \
  --duration "$DURATION" --window "$WINDOW" --server-pid "$GAME" --out "$OUT/results.jsonl" \
  --jfr "$OUT/saturation.jfr" | tee "$OUT/game.log"
machine "after the game server" >> "$OUT/machine.txt"
kill "$GAME"; wait "$GAME" 2>/dev/null || true

# 6. Where the time goes at saturation: the top frames of the execution samples
if [ -f "$OUT/saturation.jfr" ]; then
  jfr print --events jdk.ExecutionSample "$OUT/saturation.jfr" \
    | awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' \
    | sort | uniq -c | sort -rn | head -25 > "$OUT/profile-top-frames.txt"
  jfr print --events jdk.ExecutionSample "$OUT/saturation.jfr" | grep -o 'sampledThread = "[^"]*' \
    | sed 's/sampledThread = "//; s/[-#][0-9]*$//' | sort | uniq -c | sort -rn | head -12 > "$OUT/profile-threads.txt"
fi

# 7. Summary
java -cp "$CP" org.guarantees.game.load.BenchReport "$OUT"
if [ -f "$OUT/profile-top-frames.txt" ]; then
  echo "Top frames of the game server at saturation (JFR execution samples):"; cat "$OUT/profile-top-frames.txt"
  echo "Samples per thread:"; cat "$OUT/profile-threads.txt"
fi
if [ "${PUBLISH:-0}" = 1 ]; then
  mkdir -p docs/performance && cp "$OUT/latency.svg" docs/performance/latency.svg
fi
say "summary in $OUT/summary.md"
