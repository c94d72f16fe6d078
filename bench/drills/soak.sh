#!/usr/bin/env bash
# Drill: a soak. Ten minutes of decisions at 80 % of the maximum this machine and server reach, with a trickle of case
# intakes: zero errors, p99 per minute, heap after a full GC flat, no growth in database connections.
#
#   bench/drills/soak.sh          about 17 minutes (the start, 90 s to find the maximum, 2 min of warm-up at the soak's
#                                 rate, 10 min of soak, the checks)
#   KEEP=1 bench/drills/soak.sh   leave Redress and the cluster up afterwards
#
# 1. Makes a PostgreSQL cluster of its own ($WORK/pg, 127.0.0.1:25437; the system PostgreSQL is never touched) and
#    starts Redress in demo mode on it (its own domain, http 30680).
# 2. The maximum: CLIENTS clients each asking TRADE decisions over the demo accounts one after the other (closed loop),
#    MAX_WARMUP s unmeasured and MAX_SECONDS measured (bench/drills/DrillSoak.java, JDK only). The soak's rate is
#    SHARE % of it, measured in the same run on the same machine.
# 3. The soak: that many decisions a second and WRITE_RATE case intakes a second, each sent on time whatever the
#    earlier ones do (open loop), SOAK_WARMUP s reported apart (the JIT compiler's work at the soak's own mix and
#    rate), then SOAK_SECONDS judged. At the end of the warm-up and of each minute the load pauses, the requests in
#    flight are answered, the server is asked for a full GC (jcmd GC.run) and its heap after it, PostgreSQL for the
#    connections to the database, and the load resumes: the full GC's stop-the-world pause is the drill's measuring,
#    not the server's work, and is reported beside the minute instead of stalling the requests in flight.
# 4. Prints the minutes (with the server's own GC pauses from its GC log), the stalls (seconds with a decision slower
#    than 500 ms or requests not sent) beside the GC pauses of the same moment, and a PASS/FAIL per promise: zero
#    errors (any answer other than 200 with a decision or 201, a timeout of 10 s, or a request not sent because 400
#    were unanswered); heap after full GC flat (the last minute within 10 % of the first); database connections never
#    above the first minute's by more than 2. Records: errors.csv (each error with the UTC time it was sent and
#    answered), timeline.csv (each second), stalls.txt, soak-minutes.csv, the server's gc.log.
#
# Settings: WORK (/tmp/redress-drill-soak), PORTBASE (30600), PG_PORT (25437), CLIENTS (16), MAX_WARMUP (60),
# MAX_SECONDS (30), SHARE (80), WRITE_RATE (2), SOAK_WARMUP (120), SOAK_SECONDS (600), REBUILD=1, KEEP=1.
# Exit status: 0 all promises kept, 3 a promise broken, 1 the drill could not run.
set -euo pipefail

DRILLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$DRILLS/../.." && pwd)
WORK=${WORK:-/tmp/redress-drill-soak}
PORTBASE=${PORTBASE:-30600}
PG_PORT=${PG_PORT:-25437}
CLIENTS=${CLIENTS:-16}
MAX_WARMUP=${MAX_WARMUP:-60}
MAX_SECONDS=${MAX_SECONDS:-30}
SHARE=${SHARE:-80}
WRITE_RATE=${WRITE_RATE:-2}
SOAK_WARMUP=${SOAK_WARMUP:-120}
SOAK_SECONDS=${SOAK_SECONDS:-600}
BASE="http://127.0.0.1:$((PORTBASE + 80))"
# shellcheck source=lib.sh
source "$DRILLS/lib.sh"

drill_begin "Redress at $BASE/redress/, cluster $WORK/pg (127.0.0.1:$PG_PORT)" \
    java:default-jre-headless jcmd:default-jdk-headless curl:curl psql:postgresql-client
mkdir -p "$WORK/client"

drill_ear
javac -d "$WORK/client" "$DRILLS/DrillSoak.java"
pg_create
redress_start "$WORK/home" "$PORTBASE" "jdbc:postgresql://127.0.0.1:$PG_PORT/redress" true
LOGINS="$WORK/home/data/demo-logins.txt"
EXCHANGE=$(demo_login "$LOGINS" INTEGRATION)
PID=$(redress_pid "$WORK/home")
[ -n "$PID" ] || die "the server's JVM was not found"

RUN="$WORK/run"
mkdir -p "$RUN"
psql_drill -c "SELECT external_id FROM account ORDER BY external_id" > "$RUN/accounts.txt"
printf '%s' "$EXCHANGE" > "$RUN/auth-decide.txt"
printf '%s' "$EXCHANGE" > "$RUN/auth-write.txt"
say "$(wc -l < "$RUN/accounts.txt") accounts; the maximum: $CLIENTS clients, closed loop, ${MAX_WARMUP} s warm-up, ${MAX_SECONDS} s measured"
java -cp "$WORK/client" DrillSoak max "$RUN" "$BASE" "$MAX_WARMUP" "$MAX_SECONDS" "$CLIENTS" | tee "$RUN/max.txt"
MAX=$(sed -n 's/^max=//p' "$RUN/max.txt")
[ -n "$MAX" ] && [ "$MAX" -gt 0 ] || die "no maximum measured"
RATE=$(( MAX * SHARE / 100 ))
say "soak: $RATE decisions/s ($SHARE % of $MAX) and $WRITE_RATE case intakes/s, $SOAK_WARMUP s of warm-up, then $SOAK_SECONDS s; server JVM $PID"
rc=0
java -cp "$WORK/client" DrillSoak soak "$RUN" "$BASE" "$SOAK_WARMUP" "$SOAK_SECONDS" "$RATE" "$WRITE_RATE" "$PID" "$PG_PORT" \
    "$WORK/home.gc.log" | tee "$RUN/soak.txt" || rc=${PIPESTATUS[0]}
cp "$WORK/home.gc.log" "$RUN/gc.log" 2>/dev/null || true
say "drill took $((SECONDS - began)) s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
RECORDS=${RECORDS:-/tmp/redress-drill-soak-records}
rm -rf "$RECORDS" && cp -r "$RUN" "$RECORDS" && say "records kept in $RECORDS"
exit "$rc"
