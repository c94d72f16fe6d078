#!/usr/bin/env bash
# Drill: two Redress instances (two Payara Server domains, two JVMs) over one PostgreSQL, behind HAProxy (round robin).
#
#   bench/drills/two-instances.sh          about 6 minutes (2 x 2.5 for the starts, 2 for the drill and its checks)
#   KEEP=1 bench/drills/two-instances.sh   leave both instances, HAProxy and the cluster up afterwards
#
# Why two domains and not a deployment group: Redress keeps no state between instances that Payara would have to share
# (decision caches follow PostgreSQL's announcements, timers work from database state under @Version, sign-in throttles
# live in the database), so an operations team runs N identical standalone servers behind its balancer, each started,
# stopped and upgraded on its own, with no administration server (DAS) or Hazelcast cluster to keep alive; a deployment
# group would add both and change nothing Redress relies on. See README, "Reliability".
#
# 1. A PostgreSQL cluster of its own ($WORK/pg, 127.0.0.1:25434), instance A (http 30180, demo mode: it seeds the demo
#    data and logins) and instance B (http 30280, demo off) on it, both with P1 cases due for a first response within
#    one minute (REDRESS_SLA_TARGETS=P1=1m/1h), and HAProxy on 127.0.0.1:30580 spreading every request round robin over
#    both (X-Served-By names the instance that answered).
# 2. Due work for the timers: 30 P1 cases opened through the balancer (each breaches its first-response target once,
#    60 s later) and 8 court-ordered closures with no window (4 of them on accounts with open positions: blocked, with
#    an alert), approved through A.
# 3. Read-your-writes under load (DrillClient cluster): 4 threads ask TRADE decisions through the balancer over 6 accounts
#    while one thread, 3 times per account, restricts it (WITHDRAW_ONLY) and lifts it, each approved through instance A;
#    every decision started after an approval returned and before that account's next change must reflect it. Meanwhile
#    the exchange's delivery worker reads /messages?after= through the balancer and acknowledges each message.
# 4. Waits until the cases are past their breach and both instances' timers have run, then counts from the database
#    and the audit trail: each SLA breach escalated once, each closure done or blocked once, alerts unique, each
#    message read once and acknowledged (MESSAGE_DELIVERED) once; and which instance did how many timer steps.
#
# Settings: WORK (/tmp/redress-drill-cluster), PG_PORT (25434), LB_PORT (30580), CASES (30), CLOSURES (8), ROUNDS (3),
# CHANGE_ACCOUNTS (6), READERS (4), REBUILD=1, KEEP=1. Exit status: 0 all promises kept, 3 a promise broken, 1 it could not run.
set -euo pipefail

DRILLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$DRILLS/../.." && pwd)
WORK=${WORK:-/tmp/redress-drill-cluster}
PG_PORT=${PG_PORT:-25434}
LB_PORT=${LB_PORT:-30580}
CASES=${CASES:-30}
CLOSURES=${CLOSURES:-8}
ROUNDS=${ROUNDS:-3}
CHANGE_ACCOUNTS=${CHANGE_ACCOUNTS:-6}
READERS=${READERS:-4}
A_BASE=30100
B_BASE=30200
A="http://127.0.0.1:$((A_BASE + 80))"
B="http://127.0.0.1:$((B_BASE + 80))"
LB="http://127.0.0.1:$LB_PORT"
BASE=$LB
# shellcheck source=lib.sh
source "$DRILLS/lib.sh"

drill_stop_own() {
    if [ -z "${KEEP:-}" ] && [ -n "${HAPROXY_PID:-}" ]; then kill "$HAPROXY_PID" 2>/dev/null || true; fi
}
drill_begin "instances $A and $B, HAProxy $LB, cluster 127.0.0.1:$PG_PORT ($WORK)" \
    haproxy:haproxy java:default-jre-headless curl:curl psql:postgresql-client

drill_ear
pg_create
URL="jdbc:postgresql://127.0.0.1:$PG_PORT/redress"
export REDRESS_SLA_TARGETS="P1=1m/1h"
redress_start "$WORK/a" "$A_BASE" "$URL" true
redress_start "$WORK/b" "$B_BASE" "$URL" false
LOGINS="$WORK/a/data/demo-logins.txt"
EXCHANGE=$(demo_login "$LOGINS" INTEGRATION)
AGENT=$(demo_login "$LOGINS" AGENT)
SUPERVISOR=$(demo_login "$LOGINS" SUPERVISOR)
COMPLIANCE=$(demo_login "$LOGINS" COMPLIANCE)

cat > "$WORK/haproxy.cfg" <<EOF
global
    maxconn 4000
defaults
    mode http
    timeout connect 2s
    timeout check 5s
    timeout client 60s
    timeout server 60s
    # one request per server connection: every request is balanced on its own, round robin
    option http-server-close
frontend redress
    bind 127.0.0.1:$LB_PORT
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /health/ready
    http-response set-header X-Served-By %[srv_name]
    server a 127.0.0.1:$((A_BASE + 80)) check inter 2s fall 3 rise 1
    server b 127.0.0.1:$((B_BASE + 80)) check inter 2s fall 3 rise 1
EOF
(echo > "/dev/tcp/127.0.0.1/$LB_PORT") 2>/dev/null && die "port $LB_PORT is taken (set LB_PORT)"
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for _ in $(seq 1 90); do
    # (|| true: until HAProxy listens curl fails, which under set -e and pipefail would end the script here)
    served=$(for _ in 1 2 3 4; do { curl -s -o /dev/null -D - --max-time 10 "$LB/health/ready" || true; } | tr -d '\r' \
        | awk -F': ' 'tolower($1) == "x-served-by" { print $2 }'; done | sort -u | tr '\n' ' ')
    [ "$served" = "a b " ] && break
    sleep 1
done
[ "${served:-}" = "a b " ] || die "HAProxy does not reach both instances (saw: ${served:-nothing}); log: $WORK/haproxy.log"
say "HAProxy on $LB spreads requests over a and b"

RUN="$WORK/run"
mkdir -p "$RUN"
printf '%s' "$EXCHANGE" > "$RUN/auth-exchange.txt"
printf '%s' "$AGENT" > "$RUN/auth-agent.txt"
printf '%s' "$SUPERVISOR" > "$RUN/auth-supervisor.txt"
mirror() { # $1 account id, $2 open positions
    api "$EXCHANGE" -X PUT "$LB/redress/api/v1/accounts/$1" -d "{\"handle\":\"drill_${1//-/_}\",\"kycLevel\":\"VERIFIED\",
        \"jurisdiction\":\"DE\",\"customerSince\":\"2020-02-02\",\"openDerivativesPositions\":$2}" >/dev/null
}

# ---------------------------------------------------------------------------------------------- due work for the timers
say "opening $CASES P1 cases through the balancer (first response due within 1 min)"
cases_opened=$(now_ms)
for n in $(seq 1 "$CASES"); do
    api "$EXCHANGE" -X POST "$LB/redress/api/v1/cases" -d "{\"channel\":\"CHAT\",\"priority\":\"P1\",\"subject\":\"drill-sla $n\",
        \"description\":\"An urgent case nobody will answer within its first-response target.\",\"customerName\":\"Drill Client\"}" >/dev/null
done
say "$CLOSURES court-ordered closures without a window (half on accounts with open positions), approved through a"
closure_ids=()
for n in $(seq 1 "$CLOSURES"); do
    account="DRILL-CLOSE-$n"
    mirror "$account" $(( n % 2 == 0 ? 3 : 0 ))
    api "$AGENT" -X POST "$LB/redress/api/v1/accounts/$account/restrictions" -d '{"measure":"CLOSE","reasonCode":"COURT_ORDER",
        "justification":"Order of the district court to close the account, received by registered mail.",
        "evidence":["court order DRILL-7"],"windowDays":0}' >/dev/null
    id=$(psql_drill -c "SELECT max(id) FROM restriction WHERE account_id = '$account' AND state = 'REQUESTED'")
    api "$COMPLIANCE" -X POST "$A/redress/api/v1/restrictions/$id/approve" -d '{}' >/dev/null
    closure_ids+=("$id")
done

# ---------------------------------------------------------------------------------------------- read-your-writes
: > "$RUN/change-accounts.txt"
for n in $(seq 1 "$CHANGE_ACCOUNTS"); do
    mirror "DRILL-RYW-$n" 0
    echo "DRILL-RYW-$n" >> "$RUN/change-accounts.txt"
done
psql_drill -c "SELECT COALESCE(max(position), 0) FROM message_position" > "$RUN/position.txt"
first_position=$(cat "$RUN/position.txt")
say "read-your-writes: $READERS threads decide through the balancer while $ROUNDS restrict/lift rounds run on" \
    "$CHANGE_ACCOUNTS accounts, approved through a; the delivery worker reads /messages through the balancer"
java "$DRILLS/DrillClient.java" cluster "$RUN" "$LB" "$A" "$ROUNDS" "$READERS" | tee "$RUN/cluster.txt"

# ---------------------------------------------------------------------------------------------- let the timers work
breach_at=$(( cases_opened + 60000 ))
wait_ms=$(( breach_at + 35000 - $(now_ms) ))
if [ "$wait_ms" -gt 0 ]; then
    say "waiting $(( wait_ms / 1000 )) s: the cases breach 60 s after they were opened, and both timers run every 15 s"
    sleep $(( wait_ms / 1000 ))
fi

# the delivery worker's last reads: what the timers queued after it stopped (closure notices)
position=$(cat "$RUN/position-end.txt")
for _ in $(seq 1 20); do
    batch=$(api "$EXCHANGE" "$LB/redress/api/v1/messages?after=$position&limit=500")
    new_ids=$(grep -o '"id":[0-9]*' <<< "$batch" | cut -d: -f2 || true)
    [ -z "$new_ids" ] && break
    for id in $new_ids; do
        api "$EXCHANGE" -X POST "$LB/redress/api/v1/messages/$id/ack" >/dev/null
        echo "$id" >> "$RUN/messages.csv"
    done
    position=$(grep -o '"next":[0-9]*' <<< "$batch" | cut -d: -f2)
done

# ---------------------------------------------------------------------------------------------- counts
q() { psql_drill -c "$1"; }
tickets="SELECT ticket FROM support_case WHERE subject LIKE 'drill-sla %'"
escalated_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'CASE_ESCALATED'
    AND reason = 'first response SLA breached' AND entity_id IN ($tickets) GROUP BY entity_id HAVING count(*) = 1) x")
escalated_more=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'CASE_ESCALATED'
    AND entity_id IN ($tickets) GROUP BY entity_id, reason HAVING count(*) > 1) x")
warned_more=$(q "SELECT count(*) FROM (SELECT case_id FROM case_event WHERE kind = 'SLA_WARNING' AND case_id IN
    (SELECT id FROM support_case WHERE subject LIKE 'drill-sla %') GROUP BY case_id HAVING count(*) > 1) x")
breach_alerts=$(q "SELECT count(*) FROM alert WHERE kind = 'SLA_BREACH' AND subject LIKE ANY (SELECT ticket || ' %' FROM support_case
    WHERE subject LIKE 'drill-sla %')")
ids=$(IFS=,; echo "${closure_ids[*]}")
closed_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'ACCOUNT_CLOSED' AND entity_id IN
    (SELECT id::text FROM restriction WHERE id IN ($ids)) GROUP BY entity_id HAVING count(*) = 1) x")
blocked_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'CLOSE_BLOCKED' AND entity_id IN
    (SELECT id::text FROM restriction WHERE id IN ($ids)) GROUP BY entity_id HAVING count(*) = 1) x")
closure_more=$(q "SELECT count(*) FROM (SELECT entity_id, action FROM audit_entry WHERE action IN ('ACCOUNT_CLOSED', 'CLOSE_BLOCKED')
    AND entity_id IN (SELECT id::text FROM restriction WHERE id IN ($ids)) GROUP BY entity_id, action HAVING count(*) > 1) x")
closed_notices=$(q "SELECT count(*) FROM customer_message WHERE reference IN (SELECT 'restriction:' || id FROM restriction WHERE id IN ($ids))
    AND body LIKE '%now closed%'")
blocked_alerts=$(q "SELECT count(*) FROM alert WHERE account_id LIKE 'DRILL-CLOSE-%'")
alert_dupes=$(q "SELECT count(*) FROM (SELECT kind, subject FROM alert GROUP BY kind, subject HAVING count(*) > 1) x")
since="SELECT message_id AS id FROM message_position WHERE position > $first_position"
q "$since ORDER BY id" > "$RUN/messages-db.txt"
messages_db=$(wc -l < "$RUN/messages-db.txt")
messages_read=$(wc -l < "$RUN/messages.csv")
messages_twice=$(sort "$RUN/messages.csv" | uniq -d | wc -l)
messages_missed=$(sort -u "$RUN/messages.csv" | comm -23 <(sort "$RUN/messages-db.txt") - | wc -l)
acks_more=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'MESSAGE_DELIVERED'
    AND entity_id IN (SELECT id::text FROM ($since) m) GROUP BY entity_id HAVING count(*) > 1) x")
acks_once=$(q "SELECT count(DISTINCT entity_id) FROM audit_entry WHERE action = 'MESSAGE_DELIVERED'
    AND entity_id IN (SELECT id::text FROM ($since) m)")
steps() { # $1 domain home: SLA escalations and due-process closures+blocks its timers logged
    local log="$1/domains/redress/logs/server.log"
    printf '%s escalations, %s closures or blocks' \
        "$(grep -o 'SLA sweep: Report\[[^]]*escalated=[0-9]*' "$log" 2>/dev/null | sed 's/.*escalated=//' | awk '{ s += $1 } END { print s + 0 }')" \
        "$(grep -o 'Due process: Report\[[^]]*' "$log" 2>/dev/null | grep -o 'closed=[0-9]*\|closeBlocked=[0-9]*' | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }')"
}
stale=$(sed -n 's/^stale=//p' "$RUN/cluster-summary.txt")
checked=$(sed -n 's/^checked=//p' "$RUN/cluster-summary.txt")
servers=$(sed -n 's/^servers=//p' "$RUN/cluster-summary.txt")
failed_changes=$(sed -n 's/^failed_changes=//p' "$RUN/cluster-summary.txt")
decision_errors=$(sed -n 's/^decision_errors=//p' "$RUN/cluster-summary.txt")
verify=$(api "$(demo_login "$LOGINS" AUDITOR)" "$LB/redress/api/v1/audit/verify" || echo '{"intact":false}')

echo
echo "== Two instances: figures =="
echo "  instance a: $(steps "$WORK/a"); instance b: $(steps "$WORK/b") (timer reports in each server.log)"
echo "  decisions by instance: $servers; checked after a change returned: $checked; stale: $stale; overlapping the next change (not checked): $(sed -n "s/^overlapping=//p" "$RUN/cluster-summary.txt"); not 200: $decision_errors"
echo "  SLA: $CASES cases, escalated once: $escalated_once, more than once: $escalated_more, breach alerts: $breach_alerts"
echo "  closures: ${#closure_ids[@]}, closed once: $closed_once, blocked once: $blocked_once, twice: $closure_more," \
     "closed notices: $closed_notices, close-blocked alerts: $blocked_alerts"
echo "  messages since the drill began: $messages_db in the outbox, $messages_read read through the balancer," \
     "$messages_twice twice, $messages_missed missed; acknowledged (audited) once: $acks_once, more than once: $acks_more"
echo "  audit verify: $verify"
echo
echo "== Two instances: promises =="
fails=0
verdict() { # $1 promise, $2 0/1 pass, $3 figures
    if [ "$2" = 1 ]; then printf '  PASS %-58s %s\n' "$1" "$3"; else printf '  FAIL %-58s %s\n' "$1" "$3"; fails=$((fails + 1)); fi
}
ok() { if eval "$1"; then echo 1; else echo 0; fi; }
verdict "zero stale decisions after a change returned" "$(ok "[ '$stale' = 0 ] && [ '$checked' -gt 0 ] && [ '$failed_changes' = 0 ]")" \
    "$stale stale of $checked checked ($servers)"
verdict "each SLA breach escalated exactly once" "$(ok "[ $escalated_once = $CASES ] && [ $escalated_more = 0 ] && [ $warned_more = 0 ]")" \
    "$escalated_once of $CASES once, $escalated_more more than once"
verdict "each closure done or blocked exactly once" "$(ok "[ $((closed_once + blocked_once)) = ${#closure_ids[@]} ] && [ $closure_more = 0 ]")" \
    "$closed_once closed, $blocked_once blocked of ${#closure_ids[@]}, $closure_more repeated"
verdict "alerts unique, one per breach and blocked closure" "$(ok "[ $alert_dupes = 0 ] && [ $breach_alerts = $CASES ] && [ $blocked_alerts = $blocked_once ]")" \
    "$breach_alerts breach + $blocked_alerts blocked-closure alerts, $alert_dupes duplicates"
verdict "one closure notice per closed account" "$(ok "[ $closed_notices = $closed_once ]")" "$closed_notices notices for $closed_once closures"
verdict "each message read once and acknowledged once" "$(ok "[ $messages_twice = 0 ] && [ $messages_missed = 0 ] && [ $acks_more = 0 ] && [ $acks_once = $messages_db ]")" \
    "$messages_read read of $messages_db, $messages_twice twice, $messages_missed missed, $acks_once acknowledged"
verdict "the audit chain verifies" "$(ok "[[ '$verify' == *'\"intact\":true'* ]]")" ""
echo
say "drill took $((SECONDS - began)) s"
RECORDS=${RECORDS:-/tmp/redress-drill-cluster-records}
rm -rf "$RECORDS" && cp -r "$RUN" "$RECORDS" && cp "$WORK"/a/domains/redress/logs/server.log "$RECORDS/server-a.log" \
    && cp "$WORK"/b/domains/redress/logs/server.log "$RECORDS/server-b.log" && say "records kept in $RECORDS"
if [ "$fails" = 0 ]; then say "PASS: all promises kept"; else say "FAIL: $fails promises broken"; exit 3; fi
