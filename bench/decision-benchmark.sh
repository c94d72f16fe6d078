#!/usr/bin/env bash
# HTTP benchmark of Redress's decision API against a baseline measured in the same run.
#
#   bench/decision-benchmark.sh            about 4-6 minutes; prints a summary table at the end
#   KEEP=1 bench/decision-benchmark.sh     keep the bench server running and the database afterwards
#
# What it does:
#   1. creates a fresh PostgreSQL database redress_bench (dropped first) owned by the non-superuser role
#      redress_bench (created if missing);
#   2. builds nothing if app-ear/target/redress.ear exists (else, or with REBUILD=1, mvn package with
#      tests skipped) and starts Redress with config/redress on a fresh Payara domain of its own:
#      REDRESS_HOME=/tmp/redress-bench, ports 38080 (http) and 38048 (admin), demo mode; the demo server
#      (8080/4848) and the integration tests (28080/28048) are left alone;
#   3. seeds 1,000,000 accounts with bench/seed-accounts.sh once Flyway has created the schema, then restarts the
#      server once so that it starts, as in production, with its accounts in the database: on PostgreSQL its
#      decision cache loads their standings as it starts (RESTART=0 skips the restart);
#   4. pins the server JVM and wrk to different CPUs when taskset and 2+ CPUs allow it;
#   5. with wrk (Lua scripts in bench/wrk), against 127.0.0.1 only, a warm-up run and then a measured run
#      (--latency) of
#        a. GET  /redress/api/v1/ping                                  baseline: same auth, JSON answer
#        b. GET  /redress/api/v1/accounts/{random id}/decision?action=WITHDRAW
#        c. POST /redress/api/v1/decisions with 1,000 pairs per call   decisions/s = requests/s x 1000
#   6. prints the summary against the issue's targets, stops the bench server and drops the database.
#
# Settings (environment): ACCOUNTS (1000000), CONNECTIONS (16), BATCH_CONNECTIONS (4), BATCH_SIZE (1000),
# WARMUP (10s), DURATION (30s), DB (redress_bench), DB_ROLE (redress_bench), PGHOST/PGPORT
# (127.0.0.1/5432; the script connects as PGSUPERUSER, default postgres, to create the database),
# DB_URL_PARAMS (extra JDBC URL parameters, none by default), START_TIMEOUT (600 s for the server to come up),
# PIN=0 (no taskset), RESTART=0, REBUILD=1, KEEP=1, JIT_WARMUP (off; e.g. 20s: three rounds of ping, decision and batch, that
# long each, before the measured rows), JIT_ROUND (10s), JIT_QUIET (5 %), JIT_QUIET_ROUNDS (2), JIT_SETTLE_MAX (300 s): after
# WARMUP, each row keeps warming up in JIT_ROUND rounds until the JIT compiler used under JIT_QUIET % of the server's
# CPU in JIT_QUIET_ROUNDS rounds in a row, so that ping and the decision are measured at the same compilation state. Each row's JIT share, GC pauses
# and decision-cache counters (answered, reads sent to the database because the lease lapsed) are printed last.
#
# Exit status: 0 when every measurement ran (whether or not the targets are met: read the summary),
# 1 when the server does not come up or a step fails, 2 on bad settings.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)

export REDRESS_HOME=/tmp/redress-bench
export REDRESS_PORTBASE=38000
HTTP_PORT=$((REDRESS_PORTBASE + 80))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DOMAIN_DIR="$REDRESS_HOME/domains/redress"
LOGINS="$REDRESS_HOME/data/demo-logins.txt"
EAR="$REPO/app-ear/target/redress.ear"

ACCOUNTS=${ACCOUNTS:-1000000}
CONNECTIONS=${CONNECTIONS:-16}
BATCH_CONNECTIONS=${BATCH_CONNECTIONS:-4}
BATCH_SIZE=${BATCH_SIZE:-1000}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
DB=${DB:-redress_bench}
DB_ROLE=${DB_ROLE:-redress_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
START_TIMEOUT=${START_TIMEOUT:-600}
# Extra JDBC URL parameters, e.g. DB_URL_PARAMS=prepareThreshold=1
DB_URL_PARAMS=${DB_URL_PARAMS-}
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB${DB_URL_PARAMS:+?$DB_URL_PARAMS}"

OUT="$REDRESS_HOME/bench-$(date +%Y%m%d-%H%M%S)"
# shellcheck source=lib/server.sh
source "$BENCH/lib/server.sh"

[[ "$ACCOUNTS" =~ ^[1-9][0-9]*$ && "$CONNECTIONS" =~ ^[1-9][0-9]*$ && "$BATCH_CONNECTIONS" =~ ^[1-9][0-9]*$ \
    && "$BATCH_SIZE" =~ ^[1-9][0-9]*$ && "$BATCH_SIZE" -le 1000 ]] || { echo "[bench] bad settings" >&2; exit 2; }
JIT_WARMUP=${JIT_WARMUP-}
[[ "$WARMUP" =~ ^[1-9][0-9]*s$ && "$DURATION" =~ ^[1-9][0-9]*s$ && ( -z "$JIT_WARMUP" || "$JIT_WARMUP" =~ ^[1-9][0-9]*s$ ) ]] \
    || { echo "[bench] WARMUP, DURATION and JIT_WARMUP are seconds, like 10s" >&2; exit 2; }
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ && "$DB_ROLE" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "[bench] bad DB or DB_ROLE" >&2; exit 2; }

bench_require_tools
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
total_started=$SECONDS

bench_create_database
bench_ear
bench_start "$OUT/start.log"
start_seconds=$START_SECONDS

read_logins() { # demo mode makes new passwords at every start
    REDRESS_BENCH_AUTH=$(bench_login INTEGRATION)
    export REDRESS_BENCH_AUTH REDRESS_BENCH_ACCOUNTS=$ACCOUNTS REDRESS_BENCH_BATCH=$BATCH_SIZE REDRESS_BENCH_LUA="$BENCH/wrk"
    CURL_AUTH=(-H "Authorization: Basic $REDRESS_BENCH_AUTH")
}
read_logins

# ---------------------------------------------------------------------------------------------- seed
say "seeding $ACCOUNTS accounts"
seed_log="$OUT/seed.log"
if ! SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 900 bash "$BENCH/seed-accounts.sh" "$ACCOUNTS" 2>&1 \
        | tee "$seed_log" | sed 's/^/    /'; then
    die "seeding failed"
fi
seed_seconds=$(sed -n 's/.* in \([0-9.]*\) s (insert.*/\1/p' "$seed_log" | tail -1)

# A production instance starts with its accounts in the database, and its decision cache loads them as it starts
# (StandingFeed). Here the accounts were seeded after the start (Flyway had to create the schema first), so the
# server restarts once, as an operator's restart would. RESTART=0 skips it: the cache then fills as decisions are
# asked, and most of a run's decisions, spread over 1,000,000 accounts, read the database.
cache_note="loaded at start"
if [ "${RESTART:-1}" != 0 ]; then
    say "restarting the server so that it starts with the seeded accounts"
    bench_start "$OUT/restart.log"
    read_logins
    for _ in $(seq 1 120); do
        # config/redress run starts on a fresh domain: its server.log is this start's
        loaded=$(grep -o 'Decision cache: [0-9]* account standings loaded in [0-9]* ms' "$DOMAIN_DIR/logs/server.log" 2>/dev/null | tail -1 || true)
        [ -n "$loaded" ] && break
        sleep 1
    done
    cache_note=${loaded#Decision cache: }
    cache_note=${cache_note:-"not loaded within 120 s"}
    say "$cache_note"
else
    cache_note="not loaded ahead (RESTART=0)"
fi

# ---------------------------------------------------------------------------------------------- smoke test
check() { # $1 what, $2.. curl arguments; fails unless HTTP 200
    local what=$1 code
    shift
    rm -f "$OUT/check.json"
    code=$(curl -s -o "$OUT/check.json" -w '%{http_code}' --max-time 30 "${CURL_AUTH[@]}" "$@") || code=000
    [ "$code" = 200 ] || { cat "$OUT/check.json" >&2 2>/dev/null || true; die "$what answered HTTP $code"; }
    printf '    %-9s %s\n' "$what" "$(head -c 300 "$OUT/check.json")"
}
say "smoke test"
check ping "$BASE_URL/redress/api/v1/ping"
check decision "$BASE_URL/redress/api/v1/accounts/BENCH-0000020/decision?action=WITHDRAW"
check batch -X POST -H 'Content-Type: application/json' "$BASE_URL/redress/api/v1/decisions" \
    -d '{"requests":[{"accountId":"BENCH-0000001","action":"TRADE"},{"accountId":"BENCH-0000180","action":"WITHDRAW"}]}'

# ---------------------------------------------------------------------------------------------- pinning
bench_pin

# ---------------------------------------------------------------------------------------------- measurements
# $1 name, $2 lua script, $3 connections, $4 duration, $5 log file
wrk_run() {
    local limit=$(( $(seconds "$4") + 60 ))
    timeout "$limit" "${WRK_PREFIX[@]}" wrk -t "$wrk_threads" -c "$3" -d "$4" --timeout 10s --latency \
        -s "$BENCH/wrk/$2" "$BASE_URL" >"$5" 2>&1 || { cat "$5" >&2; die "wrk ($1) failed"; }
}
# one line per run: rps, p50/p90/p99 in ms, requests, non-2xx, socket errors
parse() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        /^ +50% / { p50 = ms($2) } /^ +90% / { p90 = ms($2) } /^ +99% / { p99 = ms($2) }
        / requests in / { reqs = $1 }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/ { errs = $0; sub(/.*Socket errors: /, "", errs) }
        END { printf "%s %s %s %s %s %s %s\n", rps, p50, p90, p99, reqs, bad + 0, (errs == "" ? "none" : errs) }
    ' "$1"
}
# Where a row's tail may come from, measured over its run: the JIT compiler's share of the server's CPU, the
# garbage collector's pauses (jstat: young and full collections, their count and total time), and how the decision
# cache answered (its counters on /health/ready: reads answered from the cache, reads sent to the database because
# its lease had lapsed, and how many times the lease lapsed, i.e. the feed's confirmation came more than a lease (200 ms
# unless REDRESS_DECISIONS_CACHE_LEASE_MS says otherwise) after the previous one).
declare -A JIT_SHARE GC_ROW CACHE_ROW
measure() { # $1 name, $2 lua script, $3 connections
    say "$1: warm-up $WARMUP, then until the JIT compiler is quiet, then measured $DURATION, $3 connections"
    wrk_run "$1" "$2" "$3" "$WARMUP" "$OUT/$1-warmup.txt"
    jit_settle "$1" "$2" "$3"
    local jit0 jvm0 yc0=0 yt0=0 fc0=0 ft0=0 a0=0 l0=0 n0=0 w0=0 yc=0 yt=0 fc=0 ft=0 a=0 l=0 n=0 w=0
    read -r yc0 yt0 fc0 ft0 < <(bench_gc_now) || true
    read -r a0 l0 n0 w0 _ < <(bench_cache_now) || true
    jit0=$(jit_ticks); jvm0=$(ticks_of "$server_pid")
    wrk_run "$1" "$2" "$3" "$DURATION" "$OUT/$1.txt"
    local jvm=$(( $(ticks_of "$server_pid") - jvm0 ))
    JIT_SHARE[$1]=$(( jvm > 0 ? ($(jit_ticks) - jit0) * 100 / jvm : 0 ))
    read -r yc yt fc ft < <(bench_gc_now) || true
    read -r a l n w _ _ LEASE_MS _ < <(bench_cache_now) || true
    GC_ROW[$1]="$((yc - yc0)) $((yt - yt0)) $((fc - fc0)) $((ft - ft0))"
    CACHE_ROW[$1]="$((a - a0)) $((l - l0)) $((n - n0)) $w"
    sed -n '/Thread Stats/,$p' "$OUT/$1.txt" | sed 's/^/    /'
    say "$1: JIT $((JIT_SHARE[$1])) % of the server CPU; GC (young n ms, full n ms): ${GC_ROW[$1]}; cache (answered, lapsed reads, lapses, worst gap us): ${CACHE_ROW[$1]}"
}

# Without JIT_WARMUP, ping runs first on a server whose JIT is still compiling the request path (on one CPU, C2 takes
# minutes), and the decision later on a warmer one: the ratio then flatters the decision. JIT_WARMUP evens that out.
jit_note=""
if [ -n "$JIT_WARMUP" ]; then
    say "JIT warm-up: 3 rounds of ping, decision and batch, $JIT_WARMUP each"
    for round in 1 2 3; do
        wrk_run ping ping.lua "$CONNECTIONS" "$JIT_WARMUP" "$OUT/jit-$round-ping.txt"
        wrk_run decision decision.lua "$CONNECTIONS" "$JIT_WARMUP" "$OUT/jit-$round-decision.txt"
        wrk_run batch batch.lua "$BATCH_CONNECTIONS" "$JIT_WARMUP" "$OUT/jit-$round-batch.txt"
    done
    jit_note="; first 3 rounds of $JIT_WARMUP per endpoint (JIT_WARMUP)"
fi

measure ping ping.lua "$CONNECTIONS"
measure decision decision.lua "$CONNECTIONS"
measure batch batch.lua "$BATCH_CONNECTIONS"

read -r ping_rps ping_p50 ping_p90 ping_p99 ping_n ping_bad _ < <(parse "$OUT/ping.txt")
read -r dec_rps dec_p50 dec_p90 dec_p99 dec_n dec_bad _ < <(parse "$OUT/decision.txt")
read -r bat_rps bat_p50 bat_p90 bat_p99 bat_n bat_bad _ < <(parse "$OUT/batch.txt")

# ---------------------------------------------------------------------------------------------- summary
awk -v pr="$ping_rps" -v p50="$ping_p50" -v p99="$ping_p99" -v pn="$ping_n" -v pb="$ping_bad" \
    -v dr="$dec_rps" -v d50="$dec_p50" -v d99="$dec_p99" -v dn="$dec_n" -v db="$dec_bad" \
    -v br="$bat_rps" -v b50="$bat_p50" -v b99="$bat_p99" -v bn="$bat_n" -v bb="$bat_bad" -v bs="$BATCH_SIZE" \
    -v c="$CONNECTIONS" -v bc="$BATCH_CONNECTIONS" -v dur="$DURATION" -v warm="$WARMUP" -v acc="$ACCOUNTS" \
    -v seed="${seed_seconds:-?}" -v start="$start_seconds" -v pin="$pinning" -v cpus="$cpus" -v jit="$jit_note" -v cache="$cache_note" '
    BEGIN {
        ratio = pr > 0 ? 100 * dr / pr : 0
        print ""
        print "== Redress decision benchmark (" acc " seeded accounts; wrk " warm " warm-up + " dur " measured per row" jit "; 127.0.0.1) =="
        printf "%-40s %12s %10s %10s %10s %9s\n", "endpoint", "requests/s", "p50 ms", "p99 ms", "requests", "non-2xx"
        printf "%-40s %12.1f %10.2f %10.2f %10d %9d\n", "a. GET ping (baseline), " c " conn", pr, p50, p99, pn, pb
        printf "%-40s %12.1f %10.2f %10.2f %10d %9d\n", "b. GET decision, " c " conn", dr, d50, d99, dn, db
        printf "%-40s %12.1f %10.2f %10.2f %10d %9d\n", "c. POST decisions x" bs ", " bc " conn", br, b50, b99, bn, bb
        print ""
        printf "decision / ping throughput:        %.1f %%\n", ratio
        printf "batch decisions per second:         %.0f  (%.1f requests/s x %d)\n", br * bs, br, bs
        printf "seeding %d accounts:           %s s\n", acc, seed
        printf "server start (domain, deploy, ready): %d s\n", start
        printf "decision cache: %s\n", cache
        printf "CPU pinning (%d CPUs):              %s\n", cpus, pin
        print ""
        print "Targets (issue):"
        printf "  decision throughput >= 80%% of ping: %5.1f %%      %s\n", ratio, (ratio >= 80 ? "MET" : "NOT MET")
        printf "  decision p99 <= 25 ms:              %6.2f ms    %s\n", d99, (d99 <= 25 ? "MET" : "NOT MET")
        printf "  decision p99 <= 1.25 x ping p99:    %6.2f x     %s\n", (p99 > 0 ? d99 / p99 : 0), (d99 <= 1.25 * p99 ? "MET" : "NOT MET")
        if (pb + db + bb > 0) print "WARNING: some answers were not 2xx; the figures above include them"
        print ""
        print "Figures are comparable only within one run: the machine is shared (PostgreSQL, other servers)."
    }'
# Where the tail comes from: one line per measured row
printf '%-9s %6s %22s %22s %46s\n' "row" "jit %" "GC young (n, ms)" "GC full (n, ms)" "cache: answered / lapsed reads / lapses"
for row in ping decision batch; do
    read -r yc yt fc ft <<<"${GC_ROW[$row]:-0 0 0 0}" || true
    read -r a l n w <<<"${CACHE_ROW[$row]:-0 0 0 0}" || true
    printf '%-9s %6s %14s %7s %14s %7s %46s\n' "$row" "${JIT_SHARE[$row]:-0}" "$yc" "$yt" "$fc" "$ft" "$a / $l / $n"
done
echo "cache: the longest time between two confirmations of its lease since the server started: ${w:-0} us (lease ${LEASE_MS:-0} ms)"
echo

say "raw wrk output and logs: $OUT; total $((SECONDS - total_started)) s"
