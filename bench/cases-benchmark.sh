#!/usr/bin/env bash
# HTTP benchmark of Redress's cases and public posts with PostgreSQL, against a baseline measured in the same run.
#
#   bench/cases-benchmark.sh            about 20-30 minutes (seeding 1M cases is most of it); prints a summary table
#   KEEP=1 bench/cases-benchmark.sh     keep the bench server running and the database afterwards
#
# What it does:
#   1. creates a fresh PostgreSQL database redress_cases_bench (dropped first) owned by the non-superuser role
#      redress_cases_bench (created if missing);
#   2. builds nothing if app-ear/target/redress.ear and domain-ejb/target/classes exist (else, or with REBUILD=1,
#      mvn package with tests skipped) and starts Redress with config/redress on a fresh Payara domain of its own:
#      REDRESS_HOME=/tmp/redress-cases-bench, ports 39080 (http) and 39048 (admin), demo mode; the demo server
#      (8080/4848), the decision benchmark (38080/38048) and the integration tests (28080/28048) are left alone;
#   3. once Flyway has created the schema, seeds 200,000 accounts (bench/seed-accounts.sh), 1,000,000 cases
#      (bench/seed-cases.sh: SQL, about two years of them) and 100,000 public posts with their MinHash bands
#      (bench/seed-posts.sh: the application's own MinHash through bench/seed/SeedPosts.java);
#   4. reads, by SQL, the cursor of row DEPTH (10,000) of each queue filter, as QueueCursor encodes it;
#   5. pins the server JVM and wrk to different CPUs when taskset and 2+ CPUs allow it;
#   6. with wrk (Lua scripts in bench/wrk), against 127.0.0.1 only, a warm-up run and then a measured run
#      (--latency, exact p95 from wrk's histogram) of
#        a. GET  /redress/api/v1/ping                          baseline for b-e: same AGENT login, same connections
#        b. GET  /redress/api/v1/cases?state=ACTIVE&queue=frontline            first page, and after the cursor of row 10,000
#        c. GET  /redress/api/v1/cases?state=ACTIVE&priority=P3                first page, and after the cursor of row 10,000
#        d. GET  /redress/api/v1/cases?q=still pending                         phrase in a few % of the cases
#        e. GET  /redress/api/v1/cases?q=sent sol on the polygon network       phrase in a few hundred cases
#        f. GET  /redress/api/v1/ping                          baseline for g-h: INTEGRATION login, 16 connections
#        g. POST /redress/api/v1/cases                         a new case per request (wrk/case-open.lua)
#        h. POST /redress/api/v1/public-posts                  a new post per request (wrk/post-receive.lua)
#      and, with pgbench, how many single-row commits PostgreSQL makes per second from 1 and from 16 clients
#      (intake against them: audited requests no longer hold the audit chain's lock through their commit, so the
#      serial rate is no longer their ceiling);
#   7. prints the summary against the issue's targets, stops the bench server and drops the database.
#
# The queue and search pages run with GET_CONNECTIONS (4) connections: latency targets, so a handful of agents
# paging at once (each connection sends its next request as soon as the last is answered, far more than people
# do); at 16 connections on two CPUs the p95 would mostly measure the queue in front of the server. The POSTs run
# with CONNECTIONS (16): throughput targets.
#
# Settings (environment): CASES (1000000), ACCOUNTS (200000), POSTS (100000), DEPTH (10000), PAGE_SIZE (50),
# CONNECTIONS (16), GET_CONNECTIONS (4), WARMUP (10s), DURATION (30s), PHRASE ('still pending'),
# RARE_PHRASE ('sent sol on the polygon network'), DB (redress_cases_bench), DB_ROLE (redress_cases_bench),
# PGHOST/PGPORT (127.0.0.1/5432; the script connects as PGSUPERUSER, default postgres, to create the database),
# DB_URL_PARAMS (extra JDBC URL parameters, none by default), START_TIMEOUT (600 s for the server to come up),
# ONLY (space-separated run names to measure, e.g. ONLY="ping-agent queue-frontline-deep"; default all),
# PIN=0 (no taskset), REBUILD=1, KEEP=1, CPU_GUARD_FACTOR (30), JIT_ROUND (10s), JIT_QUIET (5 %), JIT_QUIET_ROUNDS (2),
# JIT_SETTLE_MAX (300 s): after WARMUP, each row keeps warming up in JIT_ROUND rounds until the JIT compiler used under
# JIT_QUIET % of the server's CPU in JIT_QUIET_ROUNDS rounds in a row (at most JIT_SETTLE_MAX seconds).
#
# Exit status: 0 when every measurement ran (whether or not the targets are met: read the summary),
# 1 when the server does not come up or a step fails, 2 on bad settings, 3 when the server CPU per case or per
# post exceeds CPU_GUARD_FACTOR (30) times ping's in the same run (the guard at the end).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)

export REDRESS_HOME=/tmp/redress-cases-bench
export REDRESS_PORTBASE=39000
HTTP_PORT=$((REDRESS_PORTBASE + 80))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DOMAIN_DIR="$REDRESS_HOME/domains/redress"
LOGINS="$REDRESS_HOME/data/demo-logins.txt"
EAR="$REPO/app-ear/target/redress.ear"
CLASSES="$REPO/domain-ejb/target/classes"

CASES=${CASES:-1000000}
ACCOUNTS=${ACCOUNTS:-200000}
POSTS=${POSTS:-100000}
DEPTH=${DEPTH:-10000}
PAGE_SIZE=${PAGE_SIZE:-50}
CONNECTIONS=${CONNECTIONS:-16}
GET_CONNECTIONS=${GET_CONNECTIONS:-4}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
PHRASE=${PHRASE:-still pending}
RARE_PHRASE=${RARE_PHRASE:-sent sol on the polygon network}
DB=${DB:-redress_cases_bench}
DB_ROLE=${DB_ROLE:-redress_cases_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
START_TIMEOUT=${START_TIMEOUT:-600}
DB_URL_PARAMS=${DB_URL_PARAMS-}
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB${DB_URL_PARAMS:+?$DB_URL_PARAMS}"
ONLY=${ONLY-}

OUT="$REDRESS_HOME/bench-$(date +%Y%m%d-%H%M%S)"
# shellcheck source=lib/server.sh
source "$BENCH/lib/server.sh"

[[ "$CASES" =~ ^[1-9][0-9]*$ && "$ACCOUNTS" =~ ^[0-9]+$ && "$POSTS" =~ ^[1-9][0-9]*$ && "$DEPTH" =~ ^[1-9][0-9]*$
    && "$PAGE_SIZE" =~ ^[1-9][0-9]*$ && "$PAGE_SIZE" -le 200 && "$CONNECTIONS" =~ ^[1-9][0-9]*$
    && "$GET_CONNECTIONS" =~ ^[1-9][0-9]*$ ]] || { echo "[bench] bad settings" >&2; exit 2; }
[[ "$WARMUP" =~ ^[1-9][0-9]*s$ && "$DURATION" =~ ^[1-9][0-9]*s$ ]] \
    || { echo "[bench] WARMUP and DURATION are seconds, like 10s" >&2; exit 2; }
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ && "$DB_ROLE" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "[bench] bad DB or DB_ROLE" >&2; exit 2; }
[[ "$PHRASE" =~ ^[a-z0-9\ ]{3,100}$ && "$RARE_PHRASE" =~ ^[a-z0-9\ ]{3,100}$ ]] \
    || { echo "[bench] PHRASE and RARE_PHRASE are lower-case words and spaces" >&2; exit 2; }

bench_require_tools
trap bench_cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
total_started=$SECONDS

bench_ear "$CLASSES"
bench_create_database
bench_start "$OUT/start.log"
start_seconds=$START_SECONDS

AUTH_AGENT=$(bench_login AGENT)
AUTH_INTEGRATION=$(bench_login INTEGRATION)
export REDRESS_BENCH_ACCOUNTS=$ACCOUNTS REDRESS_BENCH_LUA="$BENCH/wrk"

# ---------------------------------------------------------------------------------------------- seed
seed_began=$SECONDS
if [ "$ACCOUNTS" -gt 0 ]; then
    say "seeding $ACCOUNTS accounts"
    SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 900 bash "$BENCH/seed-accounts.sh" "$ACCOUNTS" >"$OUT/seed-accounts.log" 2>&1 \
        || { cat "$OUT/seed-accounts.log" >&2; die "seeding accounts failed"; }
    tail -n 1 "$OUT/seed-accounts.log" | sed 's/^/    /'
fi
say "seeding $CASES cases"
if ! SEED_DB="$DB" SEED_USER="$DB_ROLE" timeout 3600 bash "$BENCH/seed-cases.sh" "$CASES" 2>&1 \
        | tee "$OUT/seed-cases.log" | sed 's/^/    /'; then
    die "seeding cases failed"
fi
cases_seconds=$(sed -n 's/.* in \([0-9.]*\) s (insert.*/\1/p' "$OUT/seed-cases.log" | tail -1)
say "seeding $POSTS public posts"
if ! SEED_DB="$DB" SEED_USER="$DB_ROLE" OUT="$OUT/posts" timeout 1800 bash "$BENCH/seed-posts.sh" "$POSTS" 2>&1 \
        | tee "$OUT/seed-posts.log" | sed 's/^/    /'; then
    die "seeding posts failed"
fi
posts_seconds=$(sed -n 's/.*seeded [0-9]* posts in \([0-9.]*\) s.*/\1/p' "$OUT/seed-posts.log" | tail -1)
export REDRESS_BENCH_POST_TEXTS="$OUT/posts/bench-posts.txt"
seed_seconds=$((SECONDS - seed_began))

# ---------------------------------------------------------------------------------------------- what to ask
# The cursor of row DEPTH of a filter: the (opened_at, id) of that row, encoded as QueueCursor.encode does
# (epoch milliseconds . nanoseconds % 1e6 . id). $1: the filter's SQL condition, as CaseQueue builds it.
cursor_at() {
    psql_db -tA -c "SELECT floor(extract(epoch FROM opened_at) * 1000)::bigint || '.'
                           || ((extract(epoch FROM opened_at) * 1000000)::bigint % 1000) * 1000 || '.' || id
                    FROM support_case WHERE merged_into_id IS NULL AND $1
                    ORDER BY opened_at, id OFFSET $((DEPTH - 1)) LIMIT 1"
}
ACTIVE="state IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')"
cursor_frontline=$(cursor_at "queue = 'frontline' AND $ACTIVE")
cursor_p3=$(cursor_at "priority = 'P3' AND $ACTIVE")
[ -n "$cursor_frontline" ] && [ -n "$cursor_p3" ] || die "a queue filter has fewer than $DEPTH rows; seed more cases"
matching() { psql_db -tA -c "SELECT count(*) FROM support_case WHERE merged_into_id IS NULL AND $1"; }
rows_frontline=$(matching "queue = 'frontline' AND $ACTIVE")
rows_p3=$(matching "priority = 'P3' AND $ACTIVE")
rows_phrase=$(matching "search_text LIKE '%$PHRASE%'")
rows_rare=$(matching "search_text LIKE '%$RARE_PHRASE%'")
urlq() { printf '%s' "$1" | sed 's/ /%20/g'; }
API=/redress/api/v1
PATH_FRONTLINE="$API/cases?state=ACTIVE&queue=frontline&size=$PAGE_SIZE"
PATH_P3="$API/cases?state=ACTIVE&priority=P3&size=$PAGE_SIZE"
say "queue filters: state=ACTIVE&queue=frontline $rows_frontline cases (row $DEPTH: $cursor_frontline);" \
    "state=ACTIVE&priority=P3 $rows_p3 cases (row $DEPTH: $cursor_p3)"
say "phrases: '$PHRASE' in $rows_phrase cases, '$RARE_PHRASE' in $rows_rare cases"

# ---------------------------------------------------------------------------------------------- smoke test
check() { # $1 what, $2 auth, $3.. curl arguments; fails unless HTTP 200 or 201
    local what=$1 auth=$2 code
    shift 2
    rm -f "$OUT/check.json"
    code=$(curl -s -o "$OUT/check.json" -w '%{http_code}' --max-time 60 -H "Authorization: Basic $auth" "$@") || code=000
    [[ "$code" = 200 || "$code" = 201 ]] || { cat "$OUT/check.json" >&2 2>/dev/null || true; die "$what answered HTTP $code"; }
    printf '    %-20s %s %s\n' "$what" "$code" "$(head -c 160 "$OUT/check.json")"
}
page_rows() { grep -o '"ticket":"RD-[^"]*"' "$OUT/check.json" | wc -l; }
say "smoke test"
check ping "$AUTH_AGENT" "$BASE_URL$API/ping"
check queue-frontline "$AUTH_AGENT" "$BASE_URL$PATH_FRONTLINE"
[ "$(page_rows)" = "$PAGE_SIZE" ] || die "the first frontline page has $(page_rows) rows, not $PAGE_SIZE"
check queue-frontline-deep "$AUTH_AGENT" "$BASE_URL$PATH_FRONTLINE&after=$cursor_frontline"
[ "$(page_rows)" = "$PAGE_SIZE" ] || die "the deep frontline page has $(page_rows) rows, not $PAGE_SIZE"
# the deep page starts right after row DEPTH
deep_first=$(grep -o '"ticket":"RD-[^"]*"' "$OUT/check.json" | head -1 | cut -d'"' -f4)
want_first=$(psql_db -tA -c "SELECT ticket FROM support_case WHERE merged_into_id IS NULL AND queue = 'frontline' AND $ACTIVE
                             ORDER BY opened_at, id OFFSET $DEPTH LIMIT 1")
[ "$deep_first" = "$want_first" ] || die "the deep page starts at $deep_first, row $((DEPTH + 1)) is $want_first"
check queue-p3-deep "$AUTH_AGENT" "$BASE_URL$PATH_P3&after=$cursor_p3"
check search "$AUTH_AGENT" "$BASE_URL$API/cases?q=$(urlq "$PHRASE")&size=$PAGE_SIZE"
check search-rare "$AUTH_AGENT" "$BASE_URL$API/cases?q=$(urlq "$RARE_PHRASE")&size=$PAGE_SIZE"
check case-open "$AUTH_INTEGRATION" -X POST -H 'Content-Type: application/json' "$BASE_URL$API/cases" \
    -d '{"channel":"CHAT","accountId":"BENCH-0000007","customerName":"Smoke Test","language":"en","subject":"Smoke test","description":"The benchmark checks that intake answers."}'
check post-receive "$AUTH_INTEGRATION" -X POST -H 'Content-Type: application/json' "$BASE_URL$API/public-posts" \
    -d "{\"platform\":\"x\",\"url\":\"https://x.example/smoke/status/$(date +%s%N)\",\"authorHandle\":\"@smoke\",\"text\":\"smoke test of the benchmark\",\"reach\":1,\"postedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}"

# ---------------------------------------------------------------------------------------------- pinning
bench_pin

# ---------------------------------------------------------------------------------------------- measurements
# $1 name, $2 lua script, $3 connections, $4 duration, $5 log file; REDRESS_BENCH_AUTH/PATH set by the caller
wrk_run() {
    local limit=$(( $(seconds "$4") + 120 ))
    REDRESS_BENCH_RUN="$1-$(date +%s%N)" timeout "$limit" "${WRK_PREFIX[@]}" wrk -t "$wrk_threads" -c "$3" -d "$4" \
        --timeout 30s --latency -s "$BENCH/wrk/$2" "$BASE_URL" >"$5" 2>&1 || { cat "$5" >&2; die "wrk ($1) failed"; }
}
# one line per run: rps, p50/p90/p95/p99 in ms, requests, non-2xx
parse() {
    awk '
        /Requests\/sec:/ { rps = $2 }
        /^percentile 50 / { p50 = $3 / 1000 } /^percentile 90 / { p90 = $3 / 1000 }
        /^percentile 95 / { p95 = $3 / 1000 } /^percentile 99 / { p99 = $3 / 1000 }
        / requests in / { reqs = $1 }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/ { errs = $0; sub(/.*Socket errors: /, "", errs); gsub(/ /, "", errs) }
        /^statuses / { st = $2 }
        END { printf "%s %s %s %s %s %s %s %s %s\n", rps + 0, p50 + 0, p90 + 0, p95 + 0, p99 + 0, reqs + 0, bad + 0,
                     (errs == "" ? "none" : errs), (st == "" ? "-" : st) }
    ' "$1"
}
declare -A RESULT LOAD
# Another benchmark's wrk on this machine (the decision benchmark, a colleague's run): its load would land in our
# figures. Before each measured row, wait for it to finish, at most WAIT_OTHERS seconds (default 600); the summary
# says which rows still overlapped with one.
WAIT_OTHERS=${WAIT_OTHERS:-600}
overlapped=""
other_wrk() { pgrep -x wrk 2>/dev/null | tr '\n' ' ' || true; }
polite_wait() {
    local waited=0
    if [ -n "$(other_wrk)" ]; then
        say "another wrk is running ($(other_wrk| xargs -n1 ps -o args= -p 2>/dev/null | head -1 | cut -c1-100)); waiting up to $WAIT_OTHERS s"
        while [ -n "$(other_wrk)" ] && [ "$waited" -lt "$WAIT_OTHERS" ]; do
            sleep 5
            waited=$((waited + 5))
        done
        [ -n "$(other_wrk)" ] && overlapped="$overlapped $1"
    fi
    return 0
}
# CPU time the server JVM and the database's backends spend per request: less sensitive to the other tenants of
# the machine than requests/s. Ticks (user + system) from /proc: the JVM's all threads (GC, timers included);
# the backends are the application's pool connections (those that close during a run are not counted).
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
declare -A CPU_JVM CPU_DB DB_TICKS_BEFORE
pool_pids() {
    psql_db -tA -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'
                    AND application_name = 'PostgreSQL JDBC Driver'"
}
# Transactions the database committed (pg_stat_database: every client of the bench database), per second of the
# measured run: the summary takes the ping row's rate, which writes nothing (the decision cache's feed, timers, this
# script's own queries), as the background, and reports the intake rows' commits per request net of it.
declare -A COMMIT_RATE
commits_now() { psql_db -tA -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"; }
cpu_mark() {
    commits_before=$(commits_now)
    marked_at=$(date +%s.%N)
    jvm_ticks_before=$(ticks_of "$server_pid")
    DB_TICKS_BEFORE=()
    for p in $(pool_pids); do DB_TICKS_BEFORE[$p]=$(ticks_of "$p"); done
}
cpu_per_request() { # $1 name, $2 requests
    local jvm=$(( $(ticks_of "$server_pid") - jvm_ticks_before )) db=0 p
    for p in $(pool_pids); do db=$(( db + $(ticks_of "$p") - ${DB_TICKS_BEFORE[$p]:-0} )); done
    CPU_JVM[$1]=$(awk -v t="$jvm" -v hz="$CLK_TCK" -v n="$2" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
    CPU_DB[$1]=$(awk -v t="$db" -v hz="$CLK_TCK" -v n="$2" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
    local seconds
    # PostgreSQL publishes a backend's counters at most once a second: wait for the last of them
    sleep 1.5
    seconds=$(awk -v a="$marked_at" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    COMMIT_RATE[$1]=$(awk -v c="$(( $(commits_now) - commits_before ))" -v s="$seconds" 'BEGIN { printf "%.1f", c / s }')
}

# The JIT compiler's share of each measured run (column "jit %"); each row first warms up until the compiler is
# quiet (jit_settle, bench/lib/server.sh).
declare -A JIT_SHARE

measure() { # $1 name, $2 lua script, $3 connections, $4 auth, $5 path (for get.lua)
    if [ -n "$ONLY" ] && [[ " $ONLY " != *" $1 "* ]]; then
        RESULT[$1]="0 0 0 0 0 0 0 skipped -"
        return
    fi
    say "$1: warm-up $WARMUP, then measured $DURATION, $3 connections${5:+ ($5)}"
    export REDRESS_BENCH_AUTH=$4 REDRESS_BENCH_PATH=${5:-}
    polite_wait "$1"
    wrk_run "$1" "$2" "$3" "$WARMUP" "$OUT/$1-warmup.txt"
    jit_settle "$1" "$2" "$3"
    # while the measured run goes, note whether a second wrk (not ours) shows up
    rm -f "$OUT/overlap"
    ( while sleep 2; do [ "$(pgrep -x wrk 2>/dev/null | wc -l)" -gt 1 ] && touch "$OUT/overlap"; done ) &
    local sampler=$!
    cpu_mark
    local jit_before=$(jit_ticks) jvm_before=$(ticks_of "$server_pid")
    wrk_run "$1" "$2" "$3" "$DURATION" "$OUT/$1.txt"
    local jvm_spent=$(( $(ticks_of "$server_pid") - jvm_before ))
    JIT_SHARE[$1]=$(( jvm_spent > 0 ? ($(jit_ticks) - jit_before) * 100 / jvm_spent : 0 ))
    cpu_per_request "$1" "$(awk '/ requests in / { print $1 }' "$OUT/$1.txt")"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    [ -f "$OUT/overlap" ] && [[ " $overlapped " != *" $1 "* ]] && overlapped="$overlapped $1"
    LOAD[$1]=$(cut -d' ' -f1 /proc/loadavg)
    sed -n '/Thread Stats/,$p' "$OUT/$1.txt" | sed 's/^/    /'
    RESULT[$1]=$(parse "$OUT/$1.txt")
}

measure ping-agent get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$API/ping"
measure queue-frontline get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$PATH_FRONTLINE"
measure queue-frontline-deep get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$PATH_FRONTLINE&after=$cursor_frontline"
measure queue-p3 get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$PATH_P3"
measure queue-p3-deep get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$PATH_P3&after=$cursor_p3"
measure search get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$API/cases?q=$(urlq "$PHRASE")&size=$PAGE_SIZE"
measure search-rare get.lua "$GET_CONNECTIONS" "$AUTH_AGENT" "$API/cases?q=$(urlq "$RARE_PHRASE")&size=$PAGE_SIZE"
measure ping-exchange get.lua "$CONNECTIONS" "$AUTH_INTEGRATION" "$API/ping"
cases_before=$(psql_db -tA -c "SELECT count(*) FROM support_case")
outbox_before=$(psql_db -tA -c "SELECT count(*) FROM customer_message WHERE source = 'cases'")
measure case-open case-open.lua "$CONNECTIONS" "$AUTH_INTEGRATION"
cases_made=$(( $(psql_db -tA -c "SELECT count(*) FROM support_case") - cases_before ))
outbox_made=$(( $(psql_db -tA -c "SELECT count(*) FROM customer_message WHERE source = 'cases'") - outbox_before ))
posts_before=$(psql_db -tA -c "SELECT coalesce(max(id), 0) FROM public_post WHERE id < 1000000000")
measure post-receive post-receive.lua "$CONNECTIONS" "$AUTH_INTEGRATION"
read -r posts_made posts_campaign posts_cases < <(psql_db -tA -F ' ' -c "SELECT count(*), count(campaign_id), count(case_id)
    FROM public_post WHERE id > $posts_before AND id < 1000000000")

# The machine's commit rate, to show intake against (before issue 14 §3 every audited request held the audit chain's
# lock through its commit, so the serial rate was intake's ceiling): how many single-row commits
# (each with its WAL fsync) PostgreSQL does one after another here, and with CONNECTIONS clients at once (group
# commit), measured with pgbench on a scratch table of the bench database right after the POSTs.
commit_serial="?" commit_parallel="?"
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
if [ -n "$PGBENCH" ] && { [ -z "$ONLY" ] || [[ " $ONLY " == *" commit-rate "* ]]; }; then
    say "commit rate: pgbench, single-row INSERT per transaction, 1 and $CONNECTIONS clients, $DURATION each"
    psql_db -c "CREATE TABLE IF NOT EXISTS bench_commit_probe (n int)"
    echo "INSERT INTO bench_commit_probe VALUES (1);" >"$OUT/commit-probe.sql"
    for clients in 1 "$CONNECTIONS"; do
        timeout $(( $(seconds "$DURATION") + 60 )) "$PGBENCH" -n -h "$PGHOST" -p "$PGPORT" -U "$DB_ROLE" -c "$clients" -j 1 \
            -T "$(seconds "$DURATION")" -f "$OUT/commit-probe.sql" "$DB" >"$OUT/commit-$clients.txt" 2>&1 || true
    done
    commit_serial=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/commit-1.txt" | head -1)
    commit_parallel=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/commit-$CONNECTIONS.txt" | head -1)
    psql_db -c "DROP TABLE bench_commit_probe"
fi

# ---------------------------------------------------------------------------------------------- summary
{
    for name in ping-agent queue-frontline queue-frontline-deep queue-p3 queue-p3-deep search search-rare ping-exchange case-open post-receive; do
        echo "$name ${RESULT[$name]} ${LOAD[$name]:-0} ${CPU_JVM[$name]:-0} ${CPU_DB[$name]:-0} ${COMMIT_RATE[$name]:-0} ${JIT_SHARE[$name]:-0}"
    done
} >"$OUT/results.txt"
awk -v c="$CONNECTIONS" -v gc="$GET_CONNECTIONS" -v dur="$DURATION" -v warm="$WARMUP" -v cases="$CASES" -v posts="$POSTS" \
    -v acc="$ACCOUNTS" -v depth="$DEPTH" -v size="$PAGE_SIZE" -v phrase="$PHRASE" -v rare="$RARE_PHRASE" \
    -v rf="$rows_frontline" -v rp="$rows_p3" -v rph="$rows_phrase" -v rr="$rows_rare" \
    -v cseed="${cases_seconds:-?}" -v pseed="${posts_seconds:-?}" -v seed="$seed_seconds" -v start="$start_seconds" \
    -v pin="$pinning" -v cpus="$cpus" -v cmade="$cases_made" -v omade="$outbox_made" \
    -v pmade="${posts_made:-0}" -v pcamp="${posts_campaign:-0}" -v pcase="${posts_cases:-0}" -v ovl="${overlapped# }" \
    -v jq="$JIT_QUIET" -v jr="$JIT_QUIET_ROUNDS" -v cs="${commit_serial:-?}" -v cp="${commit_parallel:-?}" '
    {
        name[NR] = $1; rps[$1] = $2; p50[$1] = $3; p90[$1] = $4; p95[$1] = $5; p99[$1] = $6; n[$1] = $7; bad[$1] = $8
        skipped[$1] = ($9 == "skipped"); badsum += $8; st[$1] = $10; load[$1] = $11; cj[$1] = $12; cd[$1] = $13; cm[$1] = $14; jit[$1] = $15
        okrate[$1] = $7 > 0 ? $2 * ($7 - $8) / $7 : 0
    }
    function row(k, label) {
        if (skipped[k]) { printf "%-52s %s\n", label, "(skipped)"; return }
        printf "%-52s %10.1f %8.1f %8.1f %8.1f %8.1f %8d %7d %5.1f %6.2f %6.2f %5d\n", label, rps[k], p50[k], p90[k], p95[k], p99[k], n[k], bad[k], load[k], cj[k], cd[k], jit[k]
    }
    function target(label, value, unit, ok, k) {
        if (skipped[k]) { printf "  %-48s %s\n", label, "(skipped)"; return }
        printf "  %-48s %9.1f %-5s %s\n", label, value, unit, ok ? "MET" : "NOT MET"
    }
    END {
        print ""
        print "== Redress cases benchmark (" cases " cases, " posts " posts, " acc " accounts; wrk " warm " warm-up + " dur " measured per row; 127.0.0.1) =="
        printf "%-52s %10s %8s %8s %8s %8s %8s %7s %5s %6s %6s %5s\n", "endpoint", "req/s", "p50 ms", "p90 ms", "p95 ms", "p99 ms", "requests", "non-2xx", "load", "jvm ms", "db ms", "jit %"
        row("ping-agent", "a. GET ping (baseline, agent), " gc " conn")
        row("queue-frontline", "b. queue ACTIVE+frontline, first page, " gc " conn")
        row("queue-frontline-deep", "b. queue ACTIVE+frontline, after row " depth ", " gc " conn")
        row("queue-p3", "c. queue ACTIVE+P3, first page, " gc " conn")
        row("queue-p3-deep", "c. queue ACTIVE+P3, after row " depth ", " gc " conn")
        row("search", "d. q=\"" phrase "\", " gc " conn")
        row("search-rare", "e. q=\"" rare "\", " gc " conn")
        row("ping-exchange", "f. GET ping (baseline, exchange), " c " conn")
        row("case-open", "g. POST cases, " c " conn")
        row("post-receive", "h. POST public-posts, " c " conn")
        print ""
        printf "rows matching: ACTIVE+frontline %d, ACTIVE+P3 %d, \"%s\" %d, \"%s\" %d (page size %d)\n", rf, rp, phrase, rph, rare, rr, size
        printf "POST cases: %d cases and %d outbox acknowledgements written; POST public-posts: %d posts stored, %d in campaigns, %d with a case\n", cmade, omade, pmade, pcamp, pcase
        printf "PostgreSQL single-row commits (pgbench): %s/s from 1 client, %s/s from %d clients (no request holds the chain lock through its commit)\n", cs, cp, c
        if (cs + 0 > 0) {
            printf "intake against the serial commit rate (2xx/s / pgbench 1 client):"
            if (!skipped["case-open"]) printf " cases %.2f", okrate["case-open"] / cs
            if (!skipped["post-receive"]) printf ", posts %.2f", okrate["post-receive"] / cs
            print ""
        }
        if (!skipped["ping-exchange"]) {
            printf "transactions per request, net of the %.0f/s during the ping row (pg_stat_database; a read before the first write is its own read-only transaction, no WAL):", cm["ping-exchange"]
            if (!skipped["case-open"] && rps["case-open"] > 0) printf " case %.2f", (cm["case-open"] - cm["ping-exchange"]) / rps["case-open"]
            if (!skipped["post-receive"] && rps["post-receive"] > 0) printf ", post %.2f", (cm["post-receive"] - cm["ping-exchange"]) / rps["post-receive"]
            print ""
        }
        printf "seeding: %s s for the cases, %s s for the posts, %d s in all (accounts, cases, posts)\n", cseed, pseed, seed
        printf "server start (domain, deploy, ready): %d s\n", start
        printf "CPU pinning (%d CPUs): %s\n", cpus, pin
        printf "load: 1-minute load average at the end of each row; rows that overlapped another wrk on this machine: %s\n", (ovl == "" ? "none" : ovl)
        print "jvm ms, db ms: CPU time per request of the server JVM (all its threads) and of the database backends of the connection pool"
        print "jit %: share of the server JVM CPU spent by the JIT compiler threads during the measured run (each row warms up until it is under " jq " % in " jr " rounds in a row)"
        print ""
        print "Targets (issue):"
        target("1a. queue with a filter, first page, p95 <= 150 ms", p95["queue-frontline"], "ms", p95["queue-frontline"] <= 150, "queue-frontline")
        target("1a. queue with a filter, " depth " deep, p95 <= 150 ms", p95["queue-frontline-deep"], "ms", p95["queue-frontline-deep"] <= 150, "queue-frontline-deep")
        target("1a. queue with priority, first page, p95 <= 150 ms", p95["queue-p3"], "ms", p95["queue-p3"] <= 150, "queue-p3")
        target("1a. queue with priority, " depth " deep, p95 <= 150 ms", p95["queue-p3-deep"], "ms", p95["queue-p3-deep"] <= 150, "queue-p3-deep")
        target("1b. phrase search, p95 <= 300 ms", p95["search"], "ms", p95["search"] <= 300, "search")
        target("1b. rare phrase search, p95 <= 300 ms", p95["search-rare"], "ms", p95["search-rare"] <= 300, "search-rare")
        target("2.  POST cases >= 500 cases/s (16 conn)", okrate["case-open"], "/s", okrate["case-open"] >= 500, "case-open")
        target("3.  POST public-posts >= 200 posts/s (16 conn)", okrate["post-receive"], "/s", okrate["post-receive"] >= 200, "post-receive")
        print "  (throughput targets count 2xx answers only; p95 includes every answer)"
        if (badsum > 0) {
            printf "WARNING: some answers were not 2xx (the latency figures include them):"
            for (k in bad) if (bad[k] > 0) printf " %s %d (%s)", k, bad[k], st[k]
            print ""
        }
        print ""
        print "Figures are comparable only within one run: the machine is shared (PostgreSQL, other servers)."
    }' "$OUT/results.txt" | tee "$OUT/summary.txt"
say "raw wrk output and logs: $OUT; total $((SECONDS - total_started)) s"

# ---------------------------------------------------------------------------------------------- CPU guard
# Intake must not cost many times the server CPU of an authenticated ping measured in the same run (same login,
# connections and HTTP path up to the resource): a ratio, so it holds on any machine. A healthy intake (twelve
# statements, where ping has none) measured 10 to 14 times ping's CPU per request on 1 December 2026 with the machine
# loaded 15 times over; the run that filed issue 14 measured 35 times (EclipseLink's lock waiters spinning), and a
# credential check missing its cache (PBKDF2, ~10 ms) adds another 35 times or more. Exits 3 with the figures when
# CPU_GUARD_FACTOR is exceeded.
CPU_GUARD_FACTOR=${CPU_GUARD_FACTOR:-30}
guard_failures=""
for row in case-open post-receive; do
    [[ " ${RESULT[$row]} " == *" skipped "* || " ${RESULT[ping-exchange]} " == *" skipped "* ]] && continue
    verdict=$(awk -v r="${CPU_JVM[$row]:-0}" -v p="${CPU_JVM[ping-exchange]:-0}" -v f="$CPU_GUARD_FACTOR" \
        'BEGIN { if (p <= 0) print "unknown"; else printf "%.1f %s\n", r / p, (r > f * p ? "over" : "ok") }')
    say "CPU guard: $row ${CPU_JVM[$row]:-?} ms of server CPU per request, ${verdict% *} x ping's ${CPU_JVM[ping-exchange]:-?} ms (limit ${CPU_GUARD_FACTOR} x)"
    [[ "$verdict" == *" over" ]] && guard_failures="$guard_failures $row"
done
if [ -n "$guard_failures" ]; then
    printf '[bench] FAILED: server CPU per request of%s exceeds %s times ping'"'"'s in this run: profile the server under that row (bench/README.md, "When the CPU guard fails")\n' \
        "$guard_failures" "$CPU_GUARD_FACTOR" >&2
    exit 3
fi
