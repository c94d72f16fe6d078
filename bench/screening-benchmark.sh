#!/usr/bin/env bash
# Benchmark of deposit screening (KYT/KYW) with PostgreSQL (issue 11 §4), each figure against a baseline measured in
# the same run.
#
#   bench/screening-benchmark.sh                                   1,000,000 addresses, 3,000,000 transfers
#   ADDRESSES=20000 TRANSFERS=60000 DURATION=10s bench/screening-benchmark.sh   a smoke run
#   KEEP=1 bench/screening-benchmark.sh                            keep the bench server and the database afterwards
#
# What it does:
#   1. creates a fresh PostgreSQL database redress_screening_bench (dropped first) owned by the non-superuser role
#      redress_screening_bench (created if missing); uses app-ear/target/redress.ear as it is (REBUILD=1 rebuilds it)
#      and starts Redress with config/redress on a fresh Payara domain of its own: REDRESS_HOME=/tmp/redress-screening-
#      bench, ports 41080 (http) and 41048 (admin), demo mode; the server's live heap after a full GC (jcmd
#      GC.class_histogram) with an empty graph is the memory baseline;
#   2. seeds ACCOUNTS (10,000) accounts (bench/seed-accounts.sh) and the graph (bench/seed-screening.sh: ADDRESSES
#      addresses valid in their chain's format, TRANSFERS transfers in SQL); COMPLIANCE imports OFAC's lists
#      (/work/shared/data/ofac-sanctioned-addresses, OFAC_DIR) and a synthetic vendor list (bench-intel: about 1 address
#      in 2,000, MIXER, HACK or SCAM) through POST /api/v1/flagged-address-imports; then transfers out of and into every
#      listed EVM and Bitcoin address are seeded (seed-screening.sh flagged-edges);
#   3. restarts the server: GraphLoader loads the graph before the application answers (its time from server.log);
#      the live heap again: the server's heap per million transfers;
#   4. in process (bench/seed/ScreeningExposure.java, with domain-ejb/target/classes, built when missing): loads the
#      same graph with the application's own ScreeningGraph.load into its TransactionGraph (the harness's heap per
#      million transfers), traces SAMPLES (1,000) deposits with ExposureCalculator (default rules: 4 hops, the default
#      dust thresholds) PASSES (5) times after 5 warm-up passes, p50/p99/max; then the same deposits with a PostgreSQL
#      recursive query implementing the same method (with an index on chain_transfer (to_address, asset) created for
#      it, dropped after), for at most PG_BUDGET (300) seconds of queries, and checks for every measured deposit that
#      both give the same share per category and hop (within 1e-9);
#   5. with wrk, against 127.0.0.1, server JVM and wrk pinned to different CPUs, each row warmed up (WARMUP, then
#      VACUUM (ANALYZE) of the database, as autovacuum would have done, then until the JIT compiler is quiet, as the
#      other benchmarks) then measured (DURATION), CONNECTIONS (16):
#        a. GET  /api/v1/ping                 baseline (INTEGRATION login)
#        b. POST /api/v1/deposits/screen      a new deposit per request from the sampled senders (wrk/deposit-screen.lua)
#   6. ingestion to visibility, VIS_SAMPLES (10) times: POST /api/v1/chain-transfers of one transfer from an OFAC-listed
#      ETH address to a new address, then screenings of deposits from that address until one shows SANCTIONS exposure;
#   7. prints the summary against the targets, stops the server and drops the database.
#
# Settings (environment): ADDRESSES (1000000), TRANSFERS (3000000), ACCOUNTS (10000), SAMPLES (1000), PASSES (5),
# PG_BUDGET (300 s), CONNECTIONS (16), WARMUP (10s), DURATION (30s), VIS_SAMPLES (10), OFAC_DIR, DB and DB_ROLE
# (redress_screening_bench), PGHOST/PGPORT (127.0.0.1/5432; PGSUPERUSER, default postgres, creates the database),
# START_TIMEOUT (900 s), PIN=0, REBUILD=1, KEEP=1, JIT_ROUND/JIT_QUIET/JIT_QUIET_ROUNDS/JIT_SETTLE_MAX (bench/lib/server.sh).
#
# Exit status: 0 when every measurement ran (whether or not the targets are met: read the summary), 1 when the server
# does not come up or a step fails, 2 on bad settings.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)

export REDRESS_HOME=${REDRESS_HOME:-/tmp/redress-screening-bench}
export REDRESS_PORTBASE=${REDRESS_PORTBASE:-41000}
HTTP_PORT=$((REDRESS_PORTBASE + 80))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DOMAIN_DIR="$REDRESS_HOME/domains/redress"
LOGINS="$REDRESS_HOME/data/demo-logins.txt"
EAR="$REPO/app-ear/target/redress.ear"

ADDRESSES=${ADDRESSES:-1000000}
TRANSFERS=${TRANSFERS:-3000000}
ACCOUNTS=${ACCOUNTS:-10000}
SAMPLES=${SAMPLES:-1000}
PASSES=${PASSES:-5}
PG_BUDGET=${PG_BUDGET:-300}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
VIS_SAMPLES=${VIS_SAMPLES:-10}
OFAC_DIR=${OFAC_DIR:-/work/shared/data/ofac-sanctioned-addresses}
DB=${DB:-redress_screening_bench}
DB_ROLE=${DB_ROLE:-redress_screening_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
START_TIMEOUT=${START_TIMEOUT:-900}
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

OUT="$REDRESS_HOME/bench-$(date +%Y%m%d-%H%M%S)"
# shellcheck source=lib/server.sh
source "$BENCH/lib/server.sh"

for v in ADDRESSES TRANSFERS ACCOUNTS SAMPLES PASSES PG_BUDGET CONNECTIONS VIS_SAMPLES; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "[bench] $v is a positive number" >&2; exit 2; }
done
[ "$ADDRESSES" -ge 1000 ] && [ "$ACCOUNTS" -le 9999999 ] || { echo "[bench] ADDRESSES >= 1000, ACCOUNTS <= 9,999,999" >&2; exit 2; }
[[ "$WARMUP" =~ ^[1-9][0-9]*s$ && "$DURATION" =~ ^[1-9][0-9]*s$ ]] \
    || { echo "[bench] WARMUP and DURATION are seconds, like 10s" >&2; exit 2; }
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ && "$DB_ROLE" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "[bench] bad DB or DB_ROLE" >&2; exit 2; }
[ -d "$OFAC_DIR" ] || { echo "[bench] no OFAC lists in $OFAC_DIR (OFAC_DIR)" >&2; exit 2; }

bench_require_tools
command -v python3 >/dev/null || die "python3 is required (to build the import's JSON)"
JCMD=$(command -v jcmd || echo "$(dirname "$(readlink -f "$(command -v java)")")/jcmd")
PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
[ -n "$PG_JAR" ] || die "no PostgreSQL JDBC driver in ~/.m2 (build the project once)"
# the Jakarta EE API only for the annotations of ScreeningGraph (the harness runs it outside a container)
JEE_JAR=$(ls "$HOME"/.m2/repository/jakarta/platform/jakarta.jakartaee-api/*/jakarta.jakartaee-api-*.jar 2>/dev/null | sort -V | tail -1 || true)
CLASSES="$REPO/domain-ejb/target/classes"
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
total_started=$SECONDS
API=/redress/api/v1

if [ ! -f "$CLASSES/io/redress/screening/domain/ExposureCalculator.class" ] || [ -n "${REBUILD:-}" ]; then
    say "compiling domain-ejb (mvn -q -pl domain-ejb -am compile)"
    (cd "$REPO" && timeout 900 mvn -q -B -pl domain-ejb -am compile) || die "compiling domain-ejb failed"
fi
bench_create_database
bench_ear
bench_start "$OUT/start.log"
bench_pin

read_logins() { # demo mode makes new passwords at every start
    AUTH_INTEGRATION=$(bench_login INTEGRATION)
    AUTH_COMPLIANCE=$(bench_login COMPLIANCE)
}
read_logins
# The server's live heap: jcmd GC.class_histogram runs a full GC first. Writes the histogram to $OUT/heap-$1.txt and
# prints the total bytes.
heap_live() {
    timeout 300 "$JCMD" "$server_pid" GC.class_histogram >"$OUT/heap-$1.txt" 2>&1 || { say "jcmd failed: $(head -3 "$OUT/heap-$1.txt")"; echo 0; return; }
    awk '$1 == "Total" { print $3 }' "$OUT/heap-$1.txt"
}
heap_empty=$(heap_live empty-graph)
say "live heap with an empty graph: $heap_empty bytes"

check() { # $1 what, $2 auth, $3.. curl arguments; fails unless HTTP 200, 201 or 202; the answer in $OUT/check.json
    local what=$1 auth=$2 code
    shift 2
    rm -f "$OUT/check.json"
    code=$(curl -s -o "$OUT/check.json" -w '%{http_code}' --max-time 300 -H "Authorization: Basic $auth" "$@") || code=000
    [[ "$code" = 200 || "$code" = 201 || "$code" = 202 ]] || { head -c 2000 "$OUT/check.json" >&2 2>/dev/null || true; die "$what answered HTTP $code"; }
    printf '    %-18s %s %s\n' "$what" "$code" "$(head -c 240 "$OUT/check.json")"
}
# An import is a restartable job (README, Screening): asked to wait up to 60 s for it (Prefer: wait=60), then its report
# polled until COMPLETED. $1 what, $2 the request's JSON file.
import_list() {
    local what=$1 id state
    check "$what" "$AUTH_COMPLIANCE" -X POST -H 'Content-Type: application/json' -H 'Prefer: wait=60' --data-binary @"$2" \
        "$BASE_URL$API/flagged-address-imports"
    id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$OUT/check.json")
    for _ in $(seq 1 600); do
        state=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["state"])' "$OUT/check.json")
        [ "$state" = COMPLETED ] && return 0
        sleep 2
        check "$what" "$AUTH_COMPLIANCE" "$BASE_URL$API/flagged-address-imports/$id" >/dev/null
    done
    die "$what: import $id not COMPLETED after 20 minutes"
}

# ---------------------------------------------------------------------------------------------- seed
say "seeding $ACCOUNTS accounts"
SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 1800 bash "$BENCH/seed-accounts.sh" "$ACCOUNTS" >"$OUT/seed-accounts.log" 2>&1 \
    || { cat "$OUT/seed-accounts.log" >&2; die "seeding accounts failed"; }
say "seeding $ADDRESSES addresses and $TRANSFERS transfers"
seed_began=$SECONDS
if ! SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 3600 bash "$BENCH/seed-screening.sh" addresses "$ADDRESSES" "$TRANSFERS" 2>&1 \
        | tee "$OUT/seed-graph.log" | sed 's/^/    /'; then
    die "seeding the graph failed"
fi
graph_seconds=$((SECONDS - seed_began))

say "COMPLIANCE imports OFAC's lists from $OFAC_DIR and the bench-intel list"
python3 - "$OFAC_DIR" >"$OUT/ofac.json" <<'PY'
import glob, json, os, sys
files = sorted(glob.glob(os.path.join(sys.argv[1], "sanctioned_addresses_*.txt")))
print(json.dumps({"source": "OFAC-SDN", "format": "OFAC_LINES",
                  "files": [{"name": os.path.basename(f), "content": open(f).read()} for f in files]}))
PY
import_list ofac-import "$OUT/ofac.json"
SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 600 bash "$BENCH/seed-screening.sh" intel-json >"$OUT/intel.json" || die "the bench-intel list failed"
import_list intel-import "$OUT/intel.json"
listed=$(psql_db -tA -c "SELECT string_agg(source || ' ' || n, ', ') FROM (SELECT source, count(*) n FROM flagged_address WHERE removed_at IS NULL GROUP BY source ORDER BY source) s")
say "listed: $listed"
if ! SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 1800 bash "$BENCH/seed-screening.sh" flagged-edges 2>&1 \
        | tee -a "$OUT/seed-graph.log" | sed 's/^/    /'; then
    die "seeding the flagged addresses' transfers failed"
fi
psql_db -c "VACUUM ANALYZE chain_transfer" >/dev/null
seed_seconds=$((SECONDS - seed_began))
transfers_in_db=$(psql_db -tA -c "SELECT count(*) FROM chain_transfer")

# ---------------------------------------------------------------------------------------------- the graph in the server
say "restarting the server: GraphLoader loads the graph before the application answers"
bench_start "$OUT/restart.log"
bench_pin
read_logins
graph_log=$(grep -ho 'Transaction graph loaded: [0-9]* transfers, [0-9]* addresses in [0-9]* ms' "$DOMAIN_DIR/logs/server.log"* 2>/dev/null | tail -1 || true)
say "${graph_log:-no 'Transaction graph loaded' line in server.log}"
heap_graph=$(heap_live with-graph)
say "live heap with the graph: $heap_graph bytes"

# ---------------------------------------------------------------------------------------------- in process against PostgreSQL
say "in process against PostgreSQL's recursive query ($SAMPLES deposits; index chain_transfer (to_address, asset) for the query)"
idx_began=$SECONDS
psql_db -c "CREATE INDEX bench_transfer_in ON chain_transfer (to_address, asset) INCLUDE (from_address, amount)" >/dev/null
psql_db -c "ANALYZE chain_transfer" >/dev/null
index_seconds=$((SECONDS - idx_began))
HARNESS_PREFIX=()
[ "${#WRK_PREFIX[@]}" -gt 0 ] && HARNESS_PREFIX=(taskset -c 0)
timeout $((PG_BUDGET + 1800)) "${HARNESS_PREFIX[@]}" java -Xmx3g -XX:+UseParallelGC -XX:+UseTransparentHugePages -cp "$CLASSES:$PG_JAR${JEE_JAR:+:$JEE_JAR}" \
    "$BENCH/seed/ScreeningExposure.java" "$DB_URL" "$DB_ROLE" "$OUT" "$SAMPLES" "$PASSES" "$PG_BUDGET" 20000 \
    >"$OUT/in-process.txt" 2>&1 || { cat "$OUT/in-process.txt" >&2; die "the in-process harness failed"; }
grep -v '^result ' "$OUT/in-process.txt" | sed 's/^/    /'
declare -A R
while read -r _ key value; do R[$key]=$value; done < <(grep '^result ' "$OUT/in-process.txt")
psql_db -c "DROP INDEX bench_transfer_in" >/dev/null

# ---------------------------------------------------------------------------------------------- over HTTP
export REDRESS_BENCH_LUA="$BENCH/wrk" REDRESS_BENCH_ACCOUNTS=$ACCOUNTS REDRESS_BENCH_SENDERS="$OUT/senders.txt"
read -r s_chain s_asset s_sender < <(head -1 "$OUT/senders.txt")
say "smoke test"
check ping "$AUTH_INTEGRATION" "$BASE_URL$API/ping"
check screen "$AUTH_INTEGRATION" -X POST -H 'Content-Type: application/json' "$BASE_URL$API/deposits/screen" \
    -d "{\"accountId\":\"BENCH-0000001\",\"chain\":\"$s_chain\",\"asset\":\"$s_asset\",\"txHash\":\"0xbe00smoke$(date +%s)0000\",\"sendingAddress\":\"$s_sender\",\"amount\":\"1.5\",\"selfHosted\":false}"

# wrk_run and parse: bench_wrk_run and bench_parse_p50_p99 of lib/server.sh
wrk_run() { bench_wrk_run "$@"; }
parse() { bench_parse_p50_p99 "$@"; }
declare -A RESULT
declare -A CPU
# PostgreSQL's autovacuum may be off (it is off on the bench machines): the tables the seeding and the warm-up wrote
# would then have no statistics, as they never do in production after that many rows. Without them the planner read
# the listings behind an exposure (flagged_address by address, 1,104 rows) with a sequential scan, 0.55 ms a screening
# against 0.05 with the index, measured with pg_stat_statements on 3 December 2026. Each row vacuums and analyzes the
# database after its warm-up, as autovacuum would have done by then.
measure() { # $1 name, $2 lua script, $3 connections, $4 auth, $5 path (get.lua)
    local t0 t1
    export REDRESS_BENCH_AUTH=$4 REDRESS_BENCH_PATH=${5:-}
    say "$1: warm-up $WARMUP, then until the JIT compiler is quiet, then measured $DURATION, $3 connections"
    wrk_run "$1" "$2" "$3" "$WARMUP" "$OUT/$1-warmup.txt"
    bench_analyze
    jit_settle "$1" "$2" "$3"
    local wa0=0 wo0=0 wa=0 wo=0 lease=0
    read -r _ _ _ _ _ _ _ _ wa0 wo0 < <(bench_cache_now) || true
    t0=$(ticks_of "$server_pid")
    wrk_run "$1" "$2" "$3" "$DURATION" "$OUT/$1.txt"
    t1=$(ticks_of "$server_pid")
    read -r _ _ _ _ _ _ lease _ wa wo < <(bench_cache_now) || true
    sed -n '/Thread Stats/,/Requests\/sec/p' "$OUT/$1.txt" | sed 's/^/    /'
    RESULT[$1]=$(parse "$OUT/$1.txt")
    CPU[$1]=$((t1 - t0))
    # a screening that holds funds answers once every decision cache has the hold: acknowledged, or after the lease
    say "$1: changes answered once every decision cache acknowledged them $((wa - wa0)); after waiting out the ${lease} ms lease $((wo - wo0))"
}
screened_before=$(psql_db -tA -c "SELECT count(*) FROM deposit_screening")
measure ping get.lua "$CONNECTIONS" "$AUTH_INTEGRATION" "$API/ping"
measure screen deposit-screen.lua "$CONNECTIONS" "$AUTH_INTEGRATION"
verdicts=$(psql_db -tA -c "SELECT string_agg(measure || ' ' || n, ', ') FROM (SELECT measure, count(*) n FROM deposit_screening GROUP BY measure ORDER BY measure) m")
screened=$(( $(psql_db -tA -c "SELECT count(*) FROM deposit_screening") - screened_before ))
read -r _ _ _ screen_requests screen_bad _ <<<"${RESULT[screen]}"
say "screenings kept: $screened (verdicts of all: $verdicts)"

# ---------------------------------------------------------------------------------------------- ingestion to visibility
say "ingestion to visibility: $VIS_SAMPLES transfers from an OFAC-listed ETH address to a new address, then screenings from it"
mapfile -t ofac_eth < <(psql_db -tA -c "SELECT address FROM flagged_address WHERE source = 'OFAC-SDN' AND asset = 'ETH' AND address_format = 'EVM' AND removed_at IS NULL ORDER BY address LIMIT $VIS_SAMPLES")
[ "${#ofac_eth[@]}" -gt 0 ] || die "no OFAC-listed ETH address"
hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
: >"$OUT/visibility.txt"
for ((i = 0; i < VIS_SAMPLES; i++)); do
    listed_addr=${ofac_eth[$((i % ${#ofac_eth[@]}))]}
    fresh="0x$(hex 20)"
    t0=$(now_ms)
    check transfer "$AUTH_INTEGRATION" -X POST -H 'Content-Type: application/json' "$BASE_URL$API/chain-transfers" \
        -d "{\"transfers\":[{\"chain\":\"ETH\",\"txHash\":\"0x$(hex 32)\",\"outputIndex\":0,\"asset\":\"ETH\",\"from\":\"$listed_addr\",\"to\":\"$fresh\",\"amount\":\"2.5\",\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}]}" >/dev/null
    t1=$(now_ms)
    attempts=0
    seen=no
    while [ "$attempts" -lt 50 ]; do
        attempts=$((attempts + 1))
        check screen "$AUTH_INTEGRATION" -X POST -H 'Content-Type: application/json' "$BASE_URL$API/deposits/screen" \
            -d "{\"accountId\":\"BENCH-0000002\",\"chain\":\"ETH\",\"asset\":\"ETH\",\"txHash\":\"0x$(hex 32)\",\"sendingAddress\":\"$fresh\",\"amount\":\"2.5\",\"selfHosted\":false}" >/dev/null
        if grep -q '"category":"SANCTIONS"' "$OUT/check.json"; then seen=yes; break; fi
        sleep 0.1
    done
    t2=$(now_ms)
    echo "$((t1 - t0)) $((t2 - t0)) $attempts $seen" >>"$OUT/visibility.txt"
    say "  sample $((i + 1)): transfer answered in $((t1 - t0)) ms; exposure seen $((t2 - t0)) ms after the transfer was sent, at screening $attempts ($seen)"
done

# ---------------------------------------------------------------------------------------------- summary
load_now=$(cut -d' ' -f1-3 /proc/loadavg)
{
    for name in ping screen; do echo "$name ${RESULT[$name]} ${CPU[$name]}"; done
} >"$OUT/results.txt"
vis=$(sort -n -k2 "$OUT/visibility.txt" | awk '{ v[NR] = $2; p[NR] = $1; s += ($4 == "yes") } END { printf "%d %d %d %d %d", v[int((NR + 1) / 2)], v[NR], s, NR, p[int((NR + 1) / 2)] }')
awk -v addr="$ADDRESSES" -v tr="$TRANSFERS" -v tdb="$transfers_in_db" -v listed="$listed" -v c="$CONNECTIONS" \
    -v dur="$DURATION" -v warm="$WARMUP" -v h0="$heap_empty" -v h1="$heap_graph" -v gl="$graph_log" \
    -v g_tr="${R[transfers]:-0}" -v g_ad="${R[addresses]:-0}" -v g_load="${R[load_ms]:-0}" -v g_heap="${R[heap_bytes]:-0}" \
    -v g_pm="${R[heap_per_million]:-0}" -v in_n="${R[inproc_n]:-0}" -v in50="${R[inproc_p50_ns]:-0}" -v in99="${R[inproc_p99_ns]:-0}" \
    -v inmax="${R[inproc_max_ns]:-0}" -v inmean="${R[inproc_mean_ns]:-0}" -v exposed="${R[exposed]:-0}" -v samples="$SAMPLES" \
    -v mix="${R[mix]:-}" -v trunc="${R[truncated]:-0}" -v pg_n="${R[pg_n]:-0}" -v pg50="${R[pg_p50_ns]:-0}" -v pg99="${R[pg_p99_ns]:-0}" \
    -v pgmax="${R[pg_max_ns]:-0}" -v pgmean="${R[pg_mean_ns]:-0}" -v paths="${R[pg_paths]:-0}" -v s50="${R[same_p50_ns]:-0}" \
    -v smean="${R[same_mean_ns]:-0}" -v agreed="${R[agreed]:-0}" -v pto="${R[pg_timed_out]:-0}" -v worst="${R[worst_diff]:-?}" -v budget="$PG_BUDGET" \
    -v passes="$PASSES" -v screened="$screened" -v verdicts="$verdicts" -v vis="$vis" -v ss="$seed_seconds" \
    -v gs="$graph_seconds" -v is="$index_seconds" -v pin="$pinning" -v cpus="$cpus" -v loadavg="$load_now" -v pgs="$(bench_pg_settings)" '
    { rps[$1] = $2; p50[$1] = $3; p99[$1] = $4; n[$1] = $5; bad[$1] = $6; st[$1] = $7; cpu[$1] = $8
      ok[$1] = $5 > 0 ? $2 * ($5 - $6) / $5 : 0 }
    function mb(b) { return b / 1048576 }
    END {
        print ""
        print "== Redress screening benchmark (" addr " addresses, " tdb " transfers; PostgreSQL; 127.0.0.1) =="
        print "listed in force: " listed
        print ""
        printf "in process (ExposureCalculator, 4 hops, the application'"'"'s TransactionGraph loaded by ScreeningGraph.load):\n"
        printf "  %d traces (%d deposits x %d passes, after 5 warm-up passes): p50 %.1f us, p99 %.1f us, max %.1f us, mean %.1f us\n", in_n, samples, passes, in50 / 1e3, in99 / 1e3, inmax / 1e3, inmean / 1e3
        gsub(/_/, " ", mix)
        printf "  %d of %d deposits exposed (%s); %d truncated by the budget\n", exposed, samples, mix, trunc
        printf "PostgreSQL recursive query, same method, same hops, same data (index on chain_transfer (to_address, asset)):\n"
        printf "  %d deposits measured (budget %d s): p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms; %d paths walked per deposit on average\n", pg_n, budget, pg50 / 1e6, pg99 / 1e6, pgmax / 1e6, pgmean / 1e6, paths
        if (pto > 0) printf "  %d more recursive queries did not finish within 120 s (statement_timeout): not in these figures\n", pto
        r50 = s50 > 0 ? pg50 / s50 : 0; rmean = smean > 0 ? pgmean / smean : 0
        printf "  the same deposits in process: p50 %.1f us, mean %.1f us  ->  PostgreSQL / in process: %.0f x (medians), %.0f x (means)\n", s50 / 1e3, smean / 1e3, r50, rmean
        printf "  agreement, every category'"'"'s share at every hop within 1e-9: %d of %d deposits (largest difference %s)\n", agreed, pg_n, worst
        print ""
        printf "%-50s %10s %8s %8s %9s %7s %9s\n", "wrk (" warm " warm-up + JIT quiet, " dur " measured)", "req/s", "p50 ms", "p99 ms", "requests", "non-2xx", "cpu ms/req"
        for (k in rps) cpr[k] = n[k] > 0 ? cpu[k] * 10 / n[k] : 0
        printf "%-50s %10.1f %8.2f %8.2f %9d %7d %9.3f\n", "a. GET ping (baseline), " c " conn", rps["ping"], p50["ping"], p99["ping"], n["ping"], bad["ping"], cpr["ping"]
        printf "%-50s %10.1f %8.2f %8.2f %9d %7d %9.3f\n", "b. POST deposits/screen, " c " conn", rps["screen"], p50["screen"], p99["screen"], n["screen"], bad["screen"], cpr["screen"]
        printf "   screenings kept during the run (warm-up included): %d; verdicts of all screenings: %s\n", screened, verdicts
        print ""
        split(vis, v, " ")
        printf "ingestion to visibility (POST chain-transfers from a listed address to a new one, then screenings from it), %d samples:\n", v[4]
        printf "  seen in %d of %d; median %d ms, max %d ms from sending the transfer to the answer that shows the exposure (the transfer'"'"'s own answer: median %d ms)\n", v[3], v[4], v[1], v[2], v[5]
        print ""
        m = g_tr / 1000000
        printf "memory: the harness'"'"'s TransactionGraph of %d transfers, %d addresses: %.1f MB live heap, %.1f MB per million transfers (loaded in %.1f s)\n", g_tr, g_ad, mb(g_heap), mb(g_pm), g_load / 1000
        printf "        the server'"'"'s live heap after a full GC: empty graph %.1f MB, with the graph %.1f MB: %+.1f MB, %.1f MB per million transfers\n", mb(h0), mb(h1), mb(h1 - h0), (tdb > 0 ? mb(h1 - h0) / (tdb / 1000000) : 0)
        print "        server: " gl
        printf "seeding: the graph in %d s (addresses and transfers %d s), the query'"'"'s index %d s\n", ss, gs, is
        printf "CPU pinning (%d CPUs): %s; load average at the end: %s\n", cpus, pin, loadavg
        printf "PostgreSQL: %s\n", pgs
        print ""
        print "Targets (issue 11 §4):"
        printf "  exposure in process p99 <= 1 ms (4 hops):              %8.3f ms   %s\n", in99 / 1e6, (in99 <= 1000000 ? "MET" : "NOT MET")
        rmin = r50 < rmean ? r50 : rmean
        printf "  >= 50 x faster than the recursive query (lower of the two ratios): %6.0f x   %s\n", rmin, (rmin >= 50 ? "MET" : "NOT MET")
        printf "  both agree on every measured deposit:                  %d / %d    %s\n", agreed, pg_n, (agreed == pg_n && pg_n > 0 ? "MET" : "NOT MET")
        printf "  POST deposits/screen >= 500 screenings/s, 16 conn:     %8.1f /s  %s  (ping %.1f /s)\n", ok["screen"], (ok["screen"] >= 500 ? "MET" : "NOT MET"), rps["ping"]
        printf "  memory per million transfers:                          %8.1f MB   reported (harness)\n", mb(g_pm)
        printf "  ingestion to visibility:                               %8d ms   reported (median)\n", v[1]
        for (k in bad) if (bad[k] > 0) { printf "WARNING: %s had %d non-2xx answers (%s)\n", k, bad[k], st[k] }
        print ""
        print "Figures are comparable only within one run: the machine is shared (PostgreSQL, other servers)."
    }' "$OUT/results.txt" | tee "$OUT/summary.txt"
say "raw output and logs: $OUT; total $((SECONDS - total_started)) s"
