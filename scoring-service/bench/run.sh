#!/usr/bin/env bash
# Benchmark of the scoring service: ratings (POST /api/v1/ratings, the 20-point plan) side by side with a trivial
# JSON endpoint of the same service (GET /api/v1/rules/version), in the same run, against the packaged jar.
#   1. saturation: closed loop, CONNECTIONS connections, DURATION each -> requests/s and p99. The two endpoints run
#      alternately, ROUNDS times, and each round's ratio is printed: on a shared machine the background load changes
#      from minute to minute, and a pair of back-to-back runs sees about the same load. The median round is reported.
#   2. half of saturation: each endpoint paced to half its own saturated rate (median round), with random think times
#      (paced.lua) and as many connections as that rate needs (found by a short calibration run), ROUNDS times
#      alternately -> the median p99
# wrk runs at the lowest CPU priority (nice 19): it shares the two cores with the service, and at equal priority the
# scheduler hands a core to wrk for a time slice of several milliseconds while requests wait in the service, which is
# the generator's latency, not the service's. At nice 19 the service gets a core whenever it is ready, as it would on a
# machine of its own.
# Each round also drives the floor (POST /benchmark/floor, switched on for this run only): the same body in and the same
# report out through the same stack, with no rating work. floor / trivial is the most any rating code could reach here,
# and ratings' CPU per request minus the floor's is what the rating work itself costs inside the service.
# Usage: scoring-service/bench/run.sh            (from the repository root; needs wrk: apt-get install -y wrk)
# Env: BENCH_PORT (18081) DURATION (10s) ROUNDS (3) CONNECTIONS (32) THREADS (2) PACE_MS (2, the mean think time of a
# paced connection) LOAD_NICE (19, wrk's nice value; 0 runs it at the service's priority) SKIP_BUILD=1 reuses the jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_DIR=scoring-service/bench
PORT=${BENCH_PORT:-18081}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PACE_MS=${PACE_MS:-2}
LOAD_NICE=${LOAD_NICE:-19}
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -pl scoring-service package -DskipTests
fi
JAR=scoring-service/target/quarkus-app/quarkus-run.jar
# The collector of the container image (GC_CONTAINER_OPTIONS in src/main/docker/Dockerfile.jvm), not the JVM's default
# on a workstation (G1, whose young pauses here are 8-19 ms against ParallelGC's 1-5 ms).
SCORING_PORT=$PORT SCORING_BENCHMARK_FLOOR=true java -Xms256m -Xmx256m -XX:+UseParallelGC -jar "$JAR" > /tmp/scoring-bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "service did not start" >&2; cat /tmp/scoring-bench-server.log; exit 1; }

rps() { grep 'Requests/sec' | awk '{print $2}'; }
p99() { grep -E '^ +99%' | awk '{print $2}'; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v); print v+0} else {sub(/s/,"",v); print v*1000}}'; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # the service's user + system CPU, in clock ticks
run() { # name, url, script -> prints "rps p99ms cpu-us-per-request" (the service's CPU, wrk's not counted)
  local out before after
  before=$(cpu_ticks)
  out=$(nice -n "$LOAD_NICE" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$3" "$2")
  after=$(cpu_ticks)
  echo "$(echo "$out" | rps) $(echo "$out" | p99 | to_ms) $(echo "$out" | awk -v t=$((after - before)) \
    -v hz="$(getconf CLK_TCK)" '/^ +[0-9]+ requests in/ {printf "%.1f", t / hz * 1e6 / $1}')"
}
paced_wrk() { # url, body script, connections, duration -> wrk's report
  PACE_MS=$PACE_MS BODY_SCRIPT="$2" nice -n "$LOAD_NICE" wrk -t"$THREADS" -c"$3" -d"$4" --latency \
    -s "$BENCH_DIR/paced.lua" "$1"
}
run_paced() { # url, body script, target rate -> prints "rps p99ms connections"
  local conns reached out
  # Each connection sends about 1000 / (PACE_MS + latency) requests/s; latency is not known beforehand, so a 3 s
  # calibration run measures the rate a first guess reaches and the connections are scaled to the target.
  conns=$(awk -v r="$3" -v p="$PACE_MS" 'BEGIN {c = int(r * (p + 0.3) / 1000 + 0.5); if (c < 1) c = 1; print c}')
  reached=$(paced_wrk "$1" "$2" "$conns" 3s | rps)
  conns=$(awk -v c="$conns" -v r="$3" -v got="$reached" 'BEGIN {n = int(c * r / got + 0.5); if (n < 1) n = 1; print n}')
  out=$(paced_wrk "$1" "$2" "$conns" "$DURATION")
  echo "$(echo "$out" | rps) $(echo "$out" | p99 | to_ms) $conns"
}

echo "warming up..."
nice -n "$LOAD_NICE" wrk -t1 -c8 -d10s -s "$BENCH_DIR/rating.lua" "$BASE/api/v1/ratings" >/dev/null
nice -n "$LOAD_NICE" wrk -t1 -c8 -d10s "$BASE/api/v1/rules/version" >/dev/null

EMPTY=$(mktemp); ROUND_FILE=$(mktemp); trap 'kill $SERVER 2>/dev/null || true; rm -f $EMPTY $ROUND_FILE' EXIT
for round in $(seq 1 "$ROUNDS"); do
  read -r T_RPS T_P99 T_CPU < <(run trivial "$BASE/api/v1/rules/version" "$EMPTY")
  read -r R_RPS R_P99 R_CPU < <(run rating "$BASE/api/v1/ratings" "$BENCH_DIR/rating.lua")
  read -r F_RPS F_P99 F_CPU < <(run floor "$BASE/benchmark/floor" "$BENCH_DIR/rating.lua")
  RATIO=$(awk -v r="$R_RPS" -v t="$T_RPS" 'BEGIN {printf "%.3f", r / t}')
  FLOOR_RATIO=$(awk -v r="$F_RPS" -v t="$T_RPS" 'BEGIN {printf "%.3f", r / t}')
  printf 'round %s: trivial %s req/s (p99 %s ms, %s us CPU/req), ratings %s req/s (p99 %s ms, %s us CPU/req),' \
    "$round" "$T_RPS" "$T_P99" "$T_CPU" "$R_RPS" "$R_P99" "$R_CPU"
  printf ' floor %s req/s (%s us CPU/req); ratio %s, floor ratio %s, load %s\n' "$F_RPS" "$F_CPU" "$RATIO" \
    "$FLOOR_RATIO" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$RATIO $T_RPS $T_P99 $R_RPS $R_P99 $FLOOR_RATIO $T_CPU $R_CPU $F_CPU" >> "$ROUND_FILE"
done
read -r _ TRIVIAL_RPS TRIVIAL_P99 RATING_RPS RATING_P99 FLOOR_RATIO T_CPU R_CPU F_CPU < <(sort -n "$ROUND_FILE" \
  | sed -n "$(( (ROUNDS + 1) / 2 ))p")
RATIOS=$(sort -n "$ROUND_FILE" | awk '{printf "%s%.0f%%", (NR > 1 ? ", " : ""), 100 * $1}')
FLOOR_RATIOS=$(sort -n -k6 "$ROUND_FILE" | awk '{printf "%s%.0f%%", (NR > 1 ? ", " : ""), 100 * $6}')
# Half of saturation: each endpoint paced to half its own saturated rate, the two alternating, ROUNDS times; the
# median p99 of each is reported (one run's tail is at the mercy of a noisy neighbour on a shared machine).
HALF_FILE=$(mktemp); trap 'kill $SERVER 2>/dev/null || true; rm -f $EMPTY $ROUND_FILE $HALF_FILE' EXIT
for round in $(seq 1 "$ROUNDS"); do
  read -r TH_RPS TH_P99 TH_CONNS < <(run_paced "$BASE/api/v1/rules/version" "" \
    "$(awk -v r="$TRIVIAL_RPS" 'BEGIN {print r / 2}')")
  read -r RH_RPS RH_P99 RH_CONNS < <(run_paced "$BASE/api/v1/ratings" "$BENCH_DIR/rating.lua" \
    "$(awk -v r="$RATING_RPS" 'BEGIN {print r / 2}')")
  printf 'half-saturation round %s: trivial %s req/s p99 %s ms (%s connections), ratings %s req/s p99 %s ms (%s connections)\n' \
    "$round" "$TH_RPS" "$TH_P99" "$TH_CONNS" "$RH_RPS" "$RH_P99" "$RH_CONNS"
  echo "$TH_RPS $TH_P99 $RH_RPS $RH_P99" >> "$HALF_FILE"
done
median_of() { sort -n -k"$1" "$HALF_FILE" | sed -n "$(( (ROUNDS + 1) / 2 ))p" | awk -v c="$1" '{print $(c - 1), $c}'; }
read -r TRIVIAL_HALF_RPS TRIVIAL_HALF_P99 < <(median_of 2)
read -r RATING_HALF_RPS RATING_HALF_P99 < <(median_of 4)
RATING_HALF_P99S=$(sort -n -k4 "$HALF_FILE" | awk '{printf "%s%s", (NR > 1 ? ", " : ""), $4}')

printf '\n%-38s %14s %10s %16s %12s\n' "endpoint (median rounds)" "saturated rps" "p99 ms" "half-sat. rps" "p99 ms"
printf '%-38s %14s %10s %16s %12s\n' "GET /api/v1/rules/version (trivial)" "$TRIVIAL_RPS" "$TRIVIAL_P99" \
  "$TRIVIAL_HALF_RPS" "$TRIVIAL_HALF_P99"
printf '%-38s %14s %10s %16s %12s\n' "POST /api/v1/ratings (20-point plan)" "$RATING_RPS" "$RATING_P99" \
  "$RATING_HALF_RPS" "$RATING_HALF_P99"
awk -v r="$RATING_RPS" -v t="$TRIVIAL_RPS" -v p="$RATING_HALF_P99" 'BEGIN {
  printf "\nratings / trivial throughput (median round): %.0f%% (target >= 70%%)\n", 100 * r / t
  printf "ratings p99 at half saturation: %.2f ms (target < 5 ms)\n", p }'
echo "rounds, lowest to highest ratio: $RATIOS"
echo "ratings p99 at half saturation by round, lowest to highest (ms): $RATING_HALF_P99S"
echo "floor (same exchange, no rating work) / trivial, lowest to highest: $FLOOR_RATIOS"
awk -v t="$T_CPU" -v r="$R_CPU" -v f="$F_CPU" 'BEGIN {
  printf "service CPU per request in the median round: trivial %.1f us, floor %.1f us, ratings %.1f us", t, f, r
  printf " (the rating work: %.1f us; if throughput followed the service CPU alone, 70%% would leave it %.1f us)\n", r - f, t / 0.7 - f }'
echo "($(nproc) cores, wrk (nice $LOAD_NICE) and the service on the same machine; $THREADS wrk thread(s), $CONNECTIONS connections saturated, paced think time 0-$((2 * PACE_MS)) ms, $DURATION per run, $ROUNDS rounds)"
