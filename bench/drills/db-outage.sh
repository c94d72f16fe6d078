#!/usr/bin/env bash
# Drill: the database restarts, then falls silent for 30 s, under decision and intake load.
#
#   bench/drills/db-outage.sh          about 4 minutes (2.5 for the start, 100 s of load, the checks)
#   KEEP=1 bench/drills/db-outage.sh   leave Redress, the proxy and the cluster up afterwards
#
# 1. Makes a PostgreSQL cluster of its own ($WORK/pg, 127.0.0.1:25432; the system PostgreSQL is never touched) and a
#    TCP proxy in front of it (DrillProxy.java, 127.0.0.1:25433), and starts Redress in demo mode on it (its own domain,
#    http 30480) through the proxy.
# 2. Restricts three demo accounts (WITHDRAW_ONLY, requested by the agent, approved by the supervisor), so that some
#    decisions must deny.
# 3. Load for 100 s (bench/drills/DrillClient.java), sent at a fixed rate whatever the earlier requests do (open loop,
#    as the exchange keeps asking; at most 400 unanswered): 50 TRADE decisions a second over the demo accounts and 5
#    case intakes a second, after a warm-up of 200 decisions,
#    each request recorded (start, end, status, problem outcome, ledger key), /health/ready polled every
#    100 ms. At 20 s PostgreSQL restarts (pg_ctl restart -m fast); at 50 s the proxy turns into a partition for 30 s: the
#    connections stay open and nothing answers either way, as when the network or the database host stops.
# 4. Reads back which of the client's cases are stored, the standings, and the audit chain's verification, and prints
#    the figures and a PASS/FAIL per promise.
#
# Settings: WORK (/tmp/redress-drill-outage), PORTBASE (30400), PG_PORT (25432), PROXY_PORT (25433), DECISION_RATE (50),
# CASE_RATE (5), RESTART_AT (20), CUT_AT (50), CUT_SECONDS (30), SECONDS_TOTAL (100), REBUILD=1, KEEP=1.
# Exit status: 0 all promises kept, 3 a promise broken, 1 the drill could not run.
set -euo pipefail

DRILLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$DRILLS/../.." && pwd)
WORK=${WORK:-/tmp/redress-drill-outage}
PORTBASE=${PORTBASE:-30400}
PROXY_PORT=${PROXY_PORT:-25433}
DECISION_RATE=${DECISION_RATE:-50}
CASE_RATE=${CASE_RATE:-5}
RESTART_AT=${RESTART_AT:-20}
CUT_AT=${CUT_AT:-50}
CUT_SECONDS=${CUT_SECONDS:-30}
SECONDS_TOTAL=${SECONDS_TOTAL:-100}
BASE="http://127.0.0.1:$((PORTBASE + 80))"
# shellcheck source=lib.sh
source "$DRILLS/lib.sh"

# the client always stops; the proxy only when the rest goes too
drill_stop_own() {
    if [ -n "${CLIENT_PID:-}" ]; then kill "$CLIENT_PID" 2>/dev/null || true; fi
    [ -n "${KEEP:-}" ] || proxy_stop
}
drill_begin "Redress at $BASE/redress/, proxy 127.0.0.1:$PROXY_PORT, cluster $WORK/pg (127.0.0.1:$PG_PORT)" \
    java:default-jre-headless curl:curl psql:postgresql-client

drill_ear
pg_create
proxy_start "$PROXY_PORT"
URL="jdbc:postgresql://127.0.0.1:$PROXY_PORT/redress"
redress_start "$WORK/home" "$PORTBASE" "$URL" true
LOGINS="$WORK/home/data/demo-logins.txt"
EXCHANGE=$(demo_login "$LOGINS" INTEGRATION)
AGENT=$(demo_login "$LOGINS" AGENT)
SUPERVISOR=$(demo_login "$LOGINS" SUPERVISOR)
AUDITOR=$(demo_login "$LOGINS" AUDITOR)

RUN="$WORK/run"
mkdir -p "$RUN"
psql_drill -c "SELECT external_id FROM account ORDER BY external_id" > "$RUN/accounts.txt"
say "$(wc -l < "$RUN/accounts.txt") accounts; restricting three of them (WITHDRAW_ONLY: TRADE must be denied)"
for account in $(sed -n '2p;12p;22p' "$RUN/accounts.txt"); do
    restrict "$account" WITHDRAW_ONLY >/dev/null
done
printf '%s' "$EXCHANGE" > "$RUN/auth-decide.txt"
printf '%s' "$EXCHANGE" > "$RUN/auth-write.txt"
standings() { psql_drill -c "SELECT a.external_id || '|' || COALESCE(s.status, 'ACTIVE') FROM account a
    LEFT JOIN account_standing s ON s.account_id = a.external_id ORDER BY 1"; }
standings > "$RUN/standings.txt"
say "standings: $(cut -d'|' -f2 "$RUN/standings.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"

say "load: $DECISION_RATE decisions/s, $CASE_RATE cases/s, $SECONDS_TOTAL s; PostgreSQL restarts at ${RESTART_AT} s," \
    "the database is partitioned away at ${CUT_AT} s for ${CUT_SECONDS} s"
events="$RUN/events.csv"
java -cp "$WORK/client" DrillClient load "$RUN" "$BASE" "$SECONDS_TOTAL" "$DECISION_RATE" "$CASE_RATE" &
CLIENT_PID=$!
for _ in $(seq 1 600); do [ -f "$RUN/started" ] && break; sleep 0.1; done
[ -f "$RUN/started" ] || die "the load client did not start"
echo "load-start,$(cat "$RUN/started")" > "$events"
load_began=$SECONDS
sleep "$RESTART_AT"
echo "restart-begin,$(now_ms)" >> "$events"
pg_restart
echo "restart-end,$(now_ms)" >> "$events"
say "PostgreSQL restarted ($(( $(tail -1 "$events" | cut -d, -f2) - $(tail -2 "$events" | head -1 | cut -d, -f2) )) ms)"
sleep $(( CUT_AT - (SECONDS - load_began) ))
echo "cut-begin,$(now_ms)" >> "$events"
proxy_silence
say "partition: the database is silent"
sleep "$CUT_SECONDS"
proxy_speak
echo "cut-end,$(now_ms)" >> "$events"
say "partition over"
wait "$CLIENT_PID"
CLIENT_PID=

# what the database holds afterwards
psql_drill -c "SELECT substring(subject FROM 7) FROM support_case WHERE subject LIKE 'drill %'" > "$RUN/present.txt"
standings > "$RUN/standings-after.txt"
cmp -s "$RUN/standings.txt" "$RUN/standings-after.txt" || say "note: standings changed during the drill (a timer?)"
api "$AUDITOR" "$BASE/redress/api/v1/audit/verify" > "$RUN/verify.json" || echo '{"intact":false,"error":"verify failed"}' > "$RUN/verify.json"
say "drill took $((SECONDS - began)) s; records in $RUN"
rc=0
java -cp "$WORK/client" DrillClient outage "$RUN" || rc=$?
# keep the records of the run for the report (the work directory goes)
RECORDS=${RECORDS:-/tmp/redress-drill-outage-records}
rm -rf "$RECORDS" && cp -r "$RUN" "$RECORDS" && say "records kept in $RECORDS"
exit "$rc"
