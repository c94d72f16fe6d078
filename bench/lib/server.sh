# shellcheck shell=bash
# What the HTTP benchmarks share: tools, the scratch database, the bench server's start and stop, CPU pinning.
# Sourced by decision-benchmark.sh and cases-benchmark.sh after they set REPO, REDRESS_HOME, REDRESS_PORTBASE,
# HTTP_PORT, BASE_URL, DOMAIN_DIR, LOGINS, EAR, OUT, DB, DB_ROLE, DB_URL, PGSUPERUSER and START_TIMEOUT.

say() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -U "$PGSUPERUSER" -d postgres "$@"; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -U "$DB_ROLE" -d "$DB" "$@"; }

# The cluster's WAL position and full-page images so far ("lsn fpi"), in database $DB; bench_wal_since prints the WAL
# written since such a reading, "MB fpi": what a timed write cost the disk (the insert position: a rolled-back write's
# WAL need not be flushed; the full-page images as the sessions report them, at most a second late; PostgreSQL 14+,
# else "? ?"). bench_checkpoint_age: seconds since the last checkpoint began (right after one, each page a write first
# touches goes to the WAL whole).
bench_wal_now() { psql_admin -d "$DB" -tA -F' ' -c "SELECT pg_current_wal_insert_lsn(), wal_fpi FROM pg_stat_wal" 2>/dev/null || echo "0/0 0"; }
bench_wal_since() { psql_admin -d "$DB" -tA -F' ' -c "SELECT round(pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '$1') / 1048576.0), wal_fpi - $2 FROM pg_stat_wal" 2>/dev/null || echo "? ?"; }
bench_checkpoint_age() { psql_admin -d "$DB" -tA -c "SELECT round(extract(epoch FROM now() - checkpoint_time)) FROM pg_control_checkpoint()"; }

# The PostgreSQL settings a write-heavy figure depends on, on one line (the summaries print it: a figure on Debian's
# defaults, 128 MB of shared buffers and a checkpoint every 1 GB of WAL, is not one on a tuned server; see config/postgresql).
bench_pg_settings() {
    psql_db -tA -c "SELECT string_agg(n || ' ' || current_setting(n), ', ' ORDER BY o) FROM unnest(ARRAY['shared_buffers',
        'max_wal_size', 'checkpoint_timeout', 'wal_compression', 'synchronous_commit']) WITH ORDINALITY AS s(n, o)"
}

# VACUUM (ANALYZE) of the bench database, as autovacuum would have done by then (it is off on the bench machines: the
# tables a benchmark wrote would have no statistics, and plans no production database has); ANALYZE_ONLY=1: ANALYZE.
bench_analyze() {
    local what="VACUUM (ANALYZE)"
    [ -n "${ANALYZE_ONLY:-}" ] && what="ANALYZE"
    say "$what after the warm-up (autovacuum: $(psql_db -tA -c 'SHOW autovacuum'))"
    PGOPTIONS="-c client_min_messages=error" psql_db -c "$what" # not the catalogs the role may not touch: their warnings
}

bench_require_tools() {
    local tool
    for tool in psql curl awk java; do
        command -v "$tool" >/dev/null || die "$tool is required"
    done
    if ! command -v wrk >/dev/null; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            say "installing wrk (apt-get install -y wrk)"
            timeout 300 apt-get install -y -q wrk >/dev/null || die "could not install wrk"
        else
            die "wrk is required (apt-get install wrk)"
        fi
    fi
}

# The kernel's grouping of processes by session for its CPU scheduler (autogroup, on by default in Debian's kernels).
# Each PostgreSQL backend starts a session of its own, so it weighs as much as the whole server JVM (every request
# thread, the decision cache's feed, the GC), and wrk with it: on one machine, while a bulk job's backend kept a core
# busy, the decisions and the feed's pings waited for a CPU for tens of milliseconds (1,000,000 keys, 5 December 2026:
# the pings' round trips up to 232 ms and lapses of the lease with it on, at most 55 ms and none with it off). Where
# PostgreSQL has a machine of its own, as in production, nothing shares its cores. AUTOGROUP=off (the keys benchmark's
# default) turns it off for the run when it is on and the benchmark may (root), and puts it back on exit;
# AUTOGROUP=keep leaves the machine as it is. Sets sched_note (what was done, for the summary).
AUTOGROUP_SYSCTL=/proc/sys/kernel/sched_autogroup_enabled
autogroup_restore=""
autogroup_set=""
sched_note="not looked at"
bench_scheduler() {
    local now
    now=$(cat "$AUTOGROUP_SYSCTL" 2>/dev/null || echo "")
    autogroup_set=$now # what the run should find at its end
    if [ -z "$now" ]; then
        sched_note="no autogroup in this kernel"
    elif [ "${AUTOGROUP:-keep}" = keep ]; then
        sched_note="kernel.sched_autogroup_enabled $now (AUTOGROUP=keep)"
    elif [ "$now" = 0 ]; then
        sched_note="kernel.sched_autogroup_enabled 0 (as the machine had it)"
    elif (echo 0 >"$AUTOGROUP_SYSCTL") 2>/dev/null; then
        autogroup_set=0
        autogroup_restore=$now
        sched_note="kernel.sched_autogroup_enabled 0 for the run (the machine's $now is put back at the end; AUTOGROUP=keep leaves it)"
    else
        sched_note="kernel.sched_autogroup_enabled $now (could not turn it off: not root?)"
    fi
    say "scheduler: $sched_note"
}
# sched_note, and the setting now when something else changed it during the run (it is the whole machine's: a second
# benchmark beside this one that ends first puts its own starting value back)
bench_scheduler_now() {
    local now expected
    now=$(cat "$AUTOGROUP_SYSCTL" 2>/dev/null || echo "")
    expected=${autogroup_set:-$now}
    if [ "$now" != "$expected" ]; then
        echo "$sched_note; changed during the run: $now at the end"
    else
        echo "$sched_note"
    fi
}

# On exit: stop the bench server and drop the database, unless KEEP=1; the scheduler's setting put back.
server_started=false
db_created=false
bench_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$autogroup_restore" ]; then
        if (echo "$autogroup_restore" >"$AUTOGROUP_SYSCTL") 2>/dev/null; then
            say "scheduler: kernel.sched_autogroup_enabled back to $autogroup_restore"
        else
            say "scheduler: could not put kernel.sched_autogroup_enabled back to $autogroup_restore"
        fi
    fi
    if [ -n "${KEEP:-}" ] && [ "${KEEP}" != 0 ]; then
        say "KEEP=1: the bench server stays up at $BASE_URL/redress/ and the database $DB is kept"
        say "  stop it with: REDRESS_HOME=$REDRESS_HOME REDRESS_PORTBASE=$REDRESS_PORTBASE bash $REPO/config/redress stop"
    else
        if $server_started; then
            say "stopping the bench server"
            timeout 120 bash "$REPO/config/redress" stop >/dev/null 2>&1 || say "could not stop it; see $DOMAIN_DIR/logs/server.log"
        fi
        if $db_created; then
            say "dropping database $DB"
            psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
        fi
    fi
    exit "$rc"
}

# A fresh database owned by an ordinary role (created if missing), like production.
bench_create_database() {
    if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
        say "a server already answers on port $HTTP_PORT (an earlier bench run?); config/redress restarts it"
    fi
    say "creating database $DB owned by role $DB_ROLE on $PGHOST:$PGPORT"
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    psql_admin <<SQL
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_ROLE') THEN
        CREATE ROLE $DB_ROLE LOGIN;
    END IF;
END \$\$;
SQL
    [ "$(psql_admin -tAc "SELECT rolsuper FROM pg_roles WHERE rolname = '$DB_ROLE'")" = "f" ] \
        || die "role $DB_ROLE is a superuser; the benchmark wants an ordinary role, like production"
    psql_admin -c "CREATE DATABASE $DB OWNER $DB_ROLE"
    db_created=true
}

# The existing EAR (and any other build outputs named as arguments), else or with REBUILD=1 a build.
bench_ear() {
    local built=true path
    for path in "$EAR" "$@"; do
        [ -e "$path" ] || built=false
    done
    if $built && [ -z "${REBUILD:-}" ]; then
        # Someone may be rebuilding it right now (mvn package rewrites it in place): wait until it has not
        # changed for 10 s, so the deployment does not read a half-written file.
        for _ in $(seq 1 60); do
            [ $(( $(date +%s) - $(stat -c %Y "$EAR") )) -ge 10 ] && break
            sleep 2
        done
        say "using the existing $EAR (built $(date -r "$EAR" '+%Y-%m-%d %H:%M:%S'), sha256 $(sha256sum "$EAR" | cut -c1-12); REBUILD=1 to rebuild)"
    else
        say "building Redress (mvn package, tests skipped)"
        (cd "$REPO" && timeout 900 mvn -q -B package -DskipTests) || die "build failed"
    fi
}

# Starts Redress in demo mode on the bench database, on a fresh domain of its own (config/redress run makes one
# every time; the Payara installation is kept). $1: the log file. Sets START_SECONDS.
bench_start() {
    local log=$1 began=$SECONDS rc=0
    rm -f "$LOGINS"
    say "starting Redress on ports $HTTP_PORT/$((REDRESS_PORTBASE + 48)) with REDRESS_HOME=$REDRESS_HOME (log: $log)"
    say "database URL: $DB_URL"
    server_started=true
    REDRESS_DETACH=1 REDRESS_DB_URL="$DB_URL" REDRESS_DB_USER="$DB_ROLE" \
        REDRESS_DB_PASSWORD="${REDRESS_DB_PASSWORD:-}" REDRESS_DEMO=true \
        timeout "$START_TIMEOUT" bash "$REPO/config/redress" run --no-build >"$log" 2>&1 || rc=$?
    if [ "$rc" != 0 ]; then
        grep -v -E '^\s+at |^\s+\.\.\. [0-9]+ more' "$log" | head -n 30 | sed 's/^/    /' >&2
        if [ -f "$DOMAIN_DIR/logs/server.log" ]; then
            echo "    causes in $DOMAIN_DIR/logs/server.log:" >&2
            grep -E '^Caused by: |PSQLException' "$DOMAIN_DIR/logs/server.log" | cut -c1-400 | sort | uniq -c | sort -rn \
                | head -n 8 | sed 's/^/      /' >&2 || true
        fi
        [ "$rc" = 124 ] && die "Redress did not come up within $START_TIMEOUT s"
        die "Redress did not come up (config/redress run exited with $rc)"
    fi
    grep -v -E '^ +(AGENT|SUPERVISOR|SECURITY|COMPLIANCE|AUDITOR|ADMIN|INTEGRATION) ' "$log" | sed 's/^/    /' || true
    [ -f "$LOGINS" ] || die "no demo logins in $LOGINS (is demo mode on?)"
    START_SECONDS=$((SECONDS - began))
}

# base64(user:password) of the demo login with role $1 (demo mode makes new passwords at every start)
bench_login() {
    local user password
    read -r user password < <(awk -v role="$1" '$1 == role { print $2, $3; exit }' "$LOGINS") || true
    [ -n "${user:-}" ] && [ -n "${password:-}" ] || die "no $1 login in $LOGINS"
    printf '%s:%s' "$user" "$password" | base64 -w0
}

# Pins the server JVM and wrk to different CPUs when taskset and 2+ CPUs allow it (PIN=0: never). Sets server_pid,
# cpus, WRK_PREFIX, wrk_threads and pinning (what was done, for the summary).
bench_pin() {
    server_pid=$(ps -eo pid=,args= | awk -v dir="$DOMAIN_DIR" 'index($0, dir) && $2 ~ /java/ && !/admin-cli/ { print $1; exit }')
    cpus=$(nproc)
    WRK_PREFIX=()
    wrk_threads=2
    pinning="no"
    if [ "${PIN:-1}" = 0 ]; then
        pinning="no (PIN=0)"
    elif ! command -v taskset >/dev/null; then
        pinning="no (taskset missing)"
    elif [ "$cpus" -lt 2 ]; then
        pinning="no (only $cpus CPU)"
    elif [ -z "$server_pid" ]; then
        pinning="no (server JVM not found)"
    elif taskset -acp "1-$((cpus - 1))" "$server_pid" >/dev/null 2>&1; then
        WRK_PREFIX=(taskset -c 0)
        wrk_threads=1
        pinning="yes: server JVM (pid $server_pid) on CPU 1-$((cpus - 1)), wrk on CPU 0"
        [ "$cpus" = 2 ] && pinning="yes: server JVM (pid $server_pid) on CPU 1, wrk on CPU 0 (PostgreSQL not pinned)"
    else
        pinning="no (taskset refused)"
    fi
    say "pinning: $pinning"
}

# ---------------------------------------------------------------------------------------------- JIT warm-up
# What both HTTP benchmarks share for each measured row. The JIT compiler's threads (C1, C2) share the server's
# CPU with the requests: right after the server starts, and again for each new kind of request, compiling costs
# more CPU than serving (seen here: 10 s of compilation in the first 30 s of case intake, 8.85 ms of server CPU per
# case against 1.7-2.3 ms once compiled; the decision's requests/s doubling from one 20 s round to the next). Each
# row therefore keeps warming up, in rounds of JIT_ROUND (10s), until the compiler threads used less than JIT_QUIET
# (5) % of the JVM's CPU in JIT_QUIET_ROUNDS (2) rounds in a row, for at most JIT_SETTLE_MAX (300) seconds; the rounds
# are reported, and so is the compiler's share of the measured run. (One quiet round was the rule until 2 December
# 2026: on a saturated 2-core machine the C2 thread competes with the requests for its CPU, and a server at 1,000,000
# addresses still compiled for minutes after a round at 2 %.) Needs server_pid (bench_pin), OUT, and the script's
# wrk_run NAME LUA CONNECTIONS DURATION LOGFILE.
JIT_ROUND=${JIT_ROUND:-10s}
JIT_QUIET=${JIT_QUIET:-5}
JIT_SETTLE_MAX=${JIT_SETTLE_MAX:-300}
JIT_QUIET_ROUNDS=${JIT_QUIET_ROUNDS:-2}
[[ "$JIT_ROUND" =~ ^[1-9][0-9]*s$ && "$JIT_QUIET" =~ ^[1-9][0-9]?$ && "$JIT_SETTLE_MAX" =~ ^[0-9]+$
    && "$JIT_QUIET_ROUNDS" =~ ^[1-9]$ ]] \
    || die "JIT_ROUND is seconds like 10s, JIT_QUIET a percentage (1-99), JIT_SETTLE_MAX seconds, JIT_QUIET_ROUNDS 1-9"
seconds() { echo "${1%s}"; }
ticks_of() { # utime + stime of a process or thread, in clock ticks; its name (field 2) may hold spaces and ')'
    local s
    s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
    awk '{ print $12 + $13 }' <<<"${s##*) }"
}
jit_ticks() { # CPU ticks of the server JVM's compiler threads
    local t sum=0 name
    for t in /proc/"$server_pid"/task/*; do
        name=$(cat "$t/comm" 2>/dev/null || true)
        case "$name" in C1*|C2*) sum=$(( sum + $(ticks_of "${t#/proc/}") )) ;; esac
    done
    echo "$sum"
}
compiler_share() { # $1 $2: the JVM's and its compiler threads' ticks before; the compiler's share of the JVM's CPU since, in %
    local jvm=$(( $(ticks_of "$server_pid") - $1 )) jit=$(( $(jit_ticks) - $2 ))
    echo $(( jvm > 0 ? jit * 100 / jvm : 0 ))
}
jit_settle() { # $1 name, $2 lua script, $3 connections
    local spent=0 round=0 quiet=0 jvm0 jit0 share=0
    while [ "$spent" -lt "$JIT_SETTLE_MAX" ]; do
        jvm0=$(ticks_of "$server_pid"); jit0=$(jit_ticks)
        wrk_run "$1" "$2" "$3" "$JIT_ROUND" "$OUT/$1-jit-$round.txt"
        share=$(compiler_share "$jvm0" "$jit0")
        spent=$(( spent + $(seconds "$JIT_ROUND") )); round=$((round + 1))
        say "$1: JIT warm-up round $round: the compiler used $share % of the server's CPU"
        if [ "$share" -lt "$JIT_QUIET" ]; then
            quiet=$((quiet + 1))
            [ "$quiet" -ge "$JIT_QUIET_ROUNDS" ] && return 0
        else
            quiet=0
        fi
    done
    say "$1: the compiler used $share % in the last round, $quiet of $JIT_QUIET_ROUNDS quiet rounds in a row, after $spent s of warm-up (JIT_SETTLE_MAX); measuring anyway"
}

# The garbage collector's pauses and the decision cache's counters, read before and after a row (decision and keys
# benchmarks): jstat's young and full collections, /health/ready's cache counters.
JSTAT=$(command -v jstat || echo "$(dirname "$(readlink -f "$(command -v java)")")/jstat")
bench_gc_now() { # young count, young ms, full count, full ms
    "$JSTAT" -gc "$server_pid" 2>/dev/null | awk '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        { printf "%d %.0f %d %.0f\n", $col["YGC"], $col["YGCT"] * 1000, $col["FGC"], $col["FGCT"] * 1000 }' || echo "0 0 0 0"
}
bench_cache_now() { # answered, lapsedReads, lapses, worstGapMicros, lapseWaits, keyReads, leaseMillis, keysRefreshed, writesAcknowledged,
                    # writesWaitedOut (zeros when the cache is off or has not the
                    # field); /health/ready gives them as strings
    curl -s --max-time 5 "$BASE_URL/health/ready" | tr -d ' \n' | awk '{
        n = split("answered lapsedReads lapses worstGapMicros lapseWaits keyReads leaseMillis keysRefreshed writesAcknowledged writesWaitedOut", k, " ")
        for (i = 1; i <= n; i++) { v = 0; if (match($0, "\"" k[i] "\":\"?[0-9]+")) { v = substr($0, RSTART + length(k[i]) + 3, RLENGTH - length(k[i]) - 3); gsub(/[^0-9]/, "", v) } printf "%s%s", v, (i < n ? " " : "\n") }
    }'
}
# What the keys and screening benchmarks run wrk with, and read its output with (the cases and decision benchmarks
# keep their own: more percentiles, other time-outs).
# $1 name, $2 lua script, $3 connections, $4 duration, $5 log file; REDRESS_BENCH_AUTH/PATH set by the caller
bench_wrk_run() {
    local limit=$(( $(seconds "$4") + 120 ))
    timeout "$limit" "${WRK_PREFIX[@]}" wrk -t "$wrk_threads" -c "$3" -d "$4" --timeout 30s --latency \
        -s "$BENCH/wrk/$2" "$BASE_URL" >"$5" 2>&1 || { cat "$5" >&2; die "wrk ($1) failed"; }
}
# one line per run: rps, p50, p99 (ms, exact from wrk's histogram: wrk/percentiles.lua), requests, non-2xx, statuses
bench_parse_p50_p99() {
    awk '
        /Requests\/sec:/ { rps = $2 }
        /^percentile 50 / { p50 = $3 / 1000 } /^percentile 99 / { p99 = $3 / 1000 }
        / requests in / { reqs = $1 }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /^statuses / { st = $2 }
        END { printf "%s %s %s %s %s %s\n", rps + 0, p50 + 0, p99 + 0, reqs + 0, bad + 0, (st == "" ? "-" : st) }
    ' "$1"
}
