#!/usr/bin/env bash
# Drill: kill -9 Redress while its timers are doing due steps; restart it; every step is done exactly once.
#
#   bench/drills/crash-timers.sh          about 6 minutes (two starts, the steps coming due, the checks)
#   KEEP=1 bench/drills/crash-timers.sh   leave Redress and the cluster up afterwards
#
# 1. A PostgreSQL cluster of its own ($WORK/pg, 127.0.0.1:25436) and Redress in demo mode on it (http 30380), with P1
#    cases due for a first response within one minute (REDRESS_SLA_TARGETS=P1=1m/1h).
# 2. 40 court-ordered closures with no window (each closed once, with a notice, or blocked once with an alert when the
#    account has open positions), approved; watches the audit trail every 50 ms and kills the server's JVM with SIGKILL
#    while the due-process timer is doing them (the count moved since the last look and is not complete); restarts it.
# 3. 300 P1 cases (each breaches its first-response target once: an escalation, an alert, an audit entry), opened on
#    the restarted server; kills it again while the SLA timer is escalating them; restarts it.
# 4. Approves the demo's bulk action on INC-DEMO-BOTLEAK (revoke the integration's keys, tell each customer, one case
#    per account) and kills the server again as soon as its job is part-way through, then restarts it.
# 5. Restarts Redress on the same database (a new domain, as config/redress run does), waits for the timers, and counts
#    from the database: each escalation, closure or block exactly once in the audit trail, one alert per subject, one
#    closure notice per closed account, nothing left due; the audit chain verifies.
#
# Settings: WORK (/tmp/redress-drill-crash), PG_PORT (25436), PORTBASE (30300), CASES (300), CLOSURES (40), REBUILD=1,
# KEEP=1. Exit status: 0 all promises kept, 3 a promise broken, 1 the drill could not run.
set -euo pipefail

DRILLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$DRILLS/../.." && pwd)
WORK=${WORK:-/tmp/redress-drill-crash}
PG_PORT=${PG_PORT:-25436}
PORTBASE=${PORTBASE:-30300}
CASES=${CASES:-300}
CLOSURES=${CLOSURES:-40}
BASE="http://127.0.0.1:$((PORTBASE + 80))"
# shellcheck source=lib.sh
source "$DRILLS/lib.sh"

drill_begin "Redress at $BASE/redress/ and the cluster 127.0.0.1:$PG_PORT ($WORK)" \
    java:default-jre-headless curl:curl psql:postgresql-client

drill_ear
pg_create
URL="jdbc:postgresql://127.0.0.1:$PG_PORT/redress"
export REDRESS_SLA_TARGETS="P1=1m/1h"
# (re)starts the server on the same database and reads the demo logins it printed (demo mode gives new passwords at
# every start)
start_server() {
    redress_start "$WORK/home" "$PORTBASE" "$URL" true
    LOGINS="$WORK/home/data/demo-logins.txt"
    EXCHANGE=$(demo_login "$LOGINS" INTEGRATION)
    AGENT=$(demo_login "$LOGINS" AGENT)
    COMPLIANCE=$(demo_login "$LOGINS" COMPLIANCE)
    SUPERVISOR=$(demo_login "$LOGINS" SUPERVISOR)
}
start_server
q() { psql_drill -c "$1"; }

tickets="SELECT ticket FROM support_case WHERE subject LIKE 'drill-crash %'"
escalations="SELECT count(*) FROM audit_entry WHERE action = 'CASE_ESCALATED' AND entity_id IN ($tickets)"

kill_server() {
    local pid
    pid=$(redress_pid "$WORK/home")
    [ -n "$pid" ] || die "server JVM not found"
    kill -9 "$pid"
    say "kill -9 $pid: $1"
}

say "$CLOSURES court-ordered closures without a window (half on accounts with open positions)"
closure_ids=()
killed_in_closures=""
for n in $(seq 1 "$CLOSURES"); do
    account="DRILL-CRASH-$n"
    api "$EXCHANGE" -X PUT "$BASE/redress/api/v1/accounts/$account" -d "{\"handle\":\"crash_$n\",\"kycLevel\":\"VERIFIED\",
        \"jurisdiction\":\"DE\",\"customerSince\":\"2020-02-02\",\"openDerivativesPositions\":$(( n % 2 == 0 ? 3 : 0 ))}" >/dev/null
    api "$AGENT" -X POST "$BASE/redress/api/v1/accounts/$account/restrictions" -d '{"measure":"CLOSE","reasonCode":"COURT_ORDER",
        "justification":"Order of the district court to close the account, received by registered mail.",
        "evidence":["court order DRILL-9"],"windowDays":0}' >/dev/null
    closure_ids+=("$(q "SELECT max(id) FROM restriction WHERE account_id = '$account' AND state = 'REQUESTED'")")
done
ids=$(IFS=,; echo "${closure_ids[*]}")
closure_steps="SELECT count(*) FROM audit_entry WHERE action IN ('ACCOUNT_CLOSED', 'CLOSE_BLOCKED') AND entity_id IN
    (SELECT id::text FROM restriction WHERE id IN ($ids))"
say "approving the $CLOSURES closures, then killing the server as soon as the due-process timer is part-way through them"
for id in "${closure_ids[@]}"; do
    api "$COMPLIANCE" -X POST "$BASE/redress/api/v1/restrictions/$id/approve" -d '{}' >/dev/null
done
prev=$(q "$closure_steps")
for _ in $(seq 1 600); do
    done_steps=$(q "$closure_steps")
    # mid-work: the count moved since the last look (the timer is at it now), and not everything is done
    if [ "$done_steps" -gt "$prev" ] && [ "$done_steps" -lt "$CLOSURES" ]; then
        kill_server "the due-process timer had done $done_steps of $CLOSURES closures or blocks"
        killed_in_closures=$done_steps
        break
    fi
    [ "$done_steps" -ge "$CLOSURES" ] && break
    prev=$done_steps
    sleep 0.05
done
[ -n "$killed_in_closures" ] || say "the timer did all $CLOSURES closures between two looks: no kill during them"

if [ -n "$killed_in_closures" ]; then
    start_server
fi
# opened only now, on the restarted server: they come due while the drill watches (opened before a restart, they
# came due while the server was starting and were all escalated before the drill looked)
say "opening $CASES P1 cases (first response due within 1 min)"
for n in $(seq 1 "$CASES"); do
    api "$EXCHANGE" -X POST "$BASE/redress/api/v1/cases" -d "{\"channel\":\"CHAT\",\"priority\":\"P1\",\"subject\":\"drill-crash $n\",
        \"description\":\"An urgent case nobody will answer within its first-response target.\",\"customerName\":\"Drill Client\"}" >/dev/null
done
say "waiting for the SLA breaches (60 s after the cases were opened; the timer runs every 15 s)"
killed_in_sla=""
prev=$(q "$escalations")
for _ in $(seq 1 2400); do
    done_steps=$(q "$escalations")
    if [ "$done_steps" -gt "$prev" ] && [ "$done_steps" -lt "$CASES" ]; then
        kill_server "the SLA timer had escalated $done_steps of $CASES cases"
        killed_in_sla=$done_steps
        break
    fi
    [ "$done_steps" -ge "$CASES" ] && break
    prev=$done_steps
    sleep 0.1
done
[ -n "$killed_in_sla" ] || say "the SLA timer escalated all $CASES cases between two looks: no kill during them"
if [ -n "$killed_in_sla" ]; then
    start_server
fi
say "waiting for the timers to finish what is due (up to 90 s)"
for _ in $(seq 1 90); do
    [ "$(q "$escalations")" -ge "$CASES" ] && [ "$(q "$closure_steps")" -ge "$CLOSURES" ] && break
    sleep 1
done

# A bulk job killed mid-way: the demo's incident INC-DEMO-BOTLEAK has SECURITY's bulk action (revoke every key of the
# integration, tell each customer, one case per account) waiting for a second person; the supervisor approves it and
# the server is killed as soon as the job is part-way through its items.
INCIDENT=INC-DEMO-BOTLEAK
action=$(q "SELECT a.id FROM incident_action a JOIN incident i ON i.id = a.incident_id WHERE i.reference = '$INCIDENT'
    AND a.state = 'REQUESTED' ORDER BY a.id LIMIT 1")
[ -n "$action" ] || die "the demo's bulk action on $INCIDENT is not waiting for approval"
version=$(q "SELECT version FROM incident_action WHERE id = $action")
# the integration's keys as the job finds them (those still active it must revoke; every account holding one is told
# and gets a case), and where the outbox and the case links stood before it, kept aside for the counts
q "CREATE TABLE drill_scope AS SELECT k.key_id, k.account_id, k.status FROM api_key k JOIN third_party_integration t
    ON t.id = k.integration_id JOIN incident i ON i.integration_code = t.code WHERE i.reference = '$INCIDENT'" >/dev/null
messages_before=$(q "SELECT COALESCE(max(id), 0) FROM customer_message")
links_before=$(q "SELECT COALESCE(max(id), 0) FROM case_link")
job=$(api "$SUPERVISOR" -X POST "$BASE/redress/api/v1/incident-actions/$action/approve" \
    -d "{\"version\":$version,\"note\":\"Approved by the crash drill.\"}" | sed -n 's/.*"jobId":\([0-9]*\).*/\1/p')
[ -n "$job" ] || die "approving bulk action $action gave no job"
say "bulk action $action approved: job $job; killing the server as soon as the job is part-way through"
killed_in_job=""
for _ in $(seq 1 1200); do
    read -r job_done job_total < <(q "SELECT done + failed, total FROM batch_job WHERE id = $job" | tr '|' ' ')
    if [ "${job_done:-0}" -gt 0 ] && [ "$job_done" -lt "$job_total" ]; then
        kill_server "the bulk job had done $job_done of $job_total items"
        killed_in_job="$job_done of $job_total"
        break
    fi
    [ -n "${job_total:-}" ] && [ "${job_done:-0}" -ge "$job_total" ] && [ "$job_total" -gt 0 ] && break
    sleep 0.05
done
[ -n "$killed_in_job" ] || say "the job did all its items between two looks: no kill during it"
if [ -n "$killed_in_job" ]; then
    start_server
fi
say "waiting for job $job to complete (taken over at the start, up to 180 s)"
for _ in $(seq 1 180); do
    [ "$(q "SELECT state FROM batch_job WHERE id = $job")" = COMPLETED ] && break
    sleep 1
done
sleep 16 # one more tick of each timer, which must find nothing left to do twice

escalated_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'CASE_ESCALATED'
    AND entity_id IN ($tickets) GROUP BY entity_id HAVING count(*) = 1) x")
escalated_more=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'CASE_ESCALATED'
    AND entity_id IN ($tickets) GROUP BY entity_id, reason HAVING count(*) > 1) x")
breach_alerts=$(q "SELECT count(*) FROM alert WHERE kind = 'SLA_BREACH' AND subject LIKE ANY (SELECT ticket || ' %' FROM support_case
    WHERE subject LIKE 'drill-crash %')")
breach_events=$(q "SELECT count(*) FROM case_event WHERE kind = 'SLA_BREACHED' AND case_id IN
    (SELECT id FROM support_case WHERE subject LIKE 'drill-crash %')")
closed_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'ACCOUNT_CLOSED' AND entity_id IN
    (SELECT id::text FROM restriction WHERE id IN ($ids)) GROUP BY entity_id HAVING count(*) = 1) x")
blocked_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'CLOSE_BLOCKED' AND entity_id IN
    (SELECT id::text FROM restriction WHERE id IN ($ids)) GROUP BY entity_id HAVING count(*) = 1) x")
closure_more=$(q "SELECT count(*) FROM (SELECT entity_id, action FROM audit_entry WHERE action IN ('ACCOUNT_CLOSED', 'CLOSE_BLOCKED')
    AND entity_id IN (SELECT id::text FROM restriction WHERE id IN ($ids)) GROUP BY entity_id, action HAVING count(*) > 1) x")
closed_notices=$(q "SELECT count(*) FROM customer_message WHERE reference IN (SELECT 'restriction:' || id FROM restriction WHERE id IN ($ids))
    AND body LIKE '%now closed%'")
blocked_alerts=$(q "SELECT count(*) FROM alert WHERE account_id LIKE 'DRILL-CRASH-%'")
still_due=$(q "SELECT count(*) FROM support_case WHERE subject LIKE 'drill-crash %' AND queue <> 'supervisors'")
job_state=$(q "SELECT state || ' ' || done || '/' || total || ', ' || failed || ' refused, ' || executions || ' executions' FROM batch_job WHERE id = $job")
job_total=$(q "SELECT total FROM batch_job WHERE id = $job")
job_markers=$(q "SELECT count(*) FROM batch_job_item WHERE job_id = $job")
scope_keys="SELECT key_id FROM drill_scope WHERE status = 'ACTIVE'"
keys_in_scope=$(q "SELECT count(*) FROM ($scope_keys) x")
keys_revoked_once=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'API_KEY_REVOKED' AND entity_id IN
    ($scope_keys) GROUP BY entity_id HAVING count(*) = 1) x")
keys_revoked_more=$(q "SELECT count(*) FROM (SELECT entity_id FROM audit_entry WHERE action = 'API_KEY_REVOKED' AND entity_id IN
    ($scope_keys) GROUP BY entity_id HAVING count(*) > 1) x")
keys_active=$(q "SELECT count(*) FROM api_key WHERE key_id IN ($scope_keys) AND status = 'ACTIVE'")
scope_accounts=$(q "SELECT count(DISTINCT account_id) FROM drill_scope")
letters="SELECT account_id FROM customer_message WHERE reference = 'incident:$INCIDENT' AND id > $messages_before"
letters_once=$(q "SELECT count(*) FROM ($letters GROUP BY account_id HAVING count(*) = 1) x")
letters_more=$(q "SELECT count(*) FROM ($letters GROUP BY account_id HAVING count(*) > 1) x")
incident_links=$(q "SELECT count(*) FROM case_link WHERE kind = 'INCIDENT' AND target = '$INCIDENT' AND id > $links_before")
linked_accounts=$(q "SELECT count(DISTINCT c.account_id) FROM case_link l JOIN support_case c ON c.id = l.case_id
    WHERE l.kind = 'INCIDENT' AND l.target = '$INCIDENT' AND l.id > $links_before")
verify=$(api "$(demo_login "$LOGINS" AUDITOR)" "$BASE/redress/api/v1/audit/verify" || echo '{"intact":false}')

echo
echo "== Crash mid-timer: figures =="
echo "  killed during the closures after ${killed_in_closures:-no kill} of $CLOSURES steps; during the SLA sweep after ${killed_in_sla:-no kill} of $CASES"
echo "  SLA: escalated once $escalated_once of $CASES, more than once $escalated_more, breach alerts $breach_alerts, breach events $breach_events, not escalated $still_due"
echo "  closures: closed once $closed_once, blocked once $blocked_once, repeated $closure_more, closure notices $closed_notices, close-blocked alerts $blocked_alerts"
echo "  bulk job $job killed after ${killed_in_job:-no kill}: $job_state; $job_markers done-markers"
echo "  keys in scope $keys_in_scope: revoked once $keys_revoked_once, more than once $keys_revoked_more, still active $keys_active"
echo "  accounts in scope $scope_accounts: told once $letters_once, more than once $letters_more; incident links $incident_links on cases of $linked_accounts accounts"
echo "  audit verify: $verify"
echo
echo "== Crash mid-timer: promises =="
fails=0
verdict() {
    if [ "$2" = 1 ]; then printf '  PASS %-58s %s\n' "$1" "$3"; else printf '  FAIL %-58s %s\n' "$1" "$3"; fails=$((fails + 1)); fi
}
ok() { if eval "$1"; then echo 1; else echo 0; fi; }
verdict "each kill came mid-work" "$(ok "[ -n '$killed_in_sla' ] && [ -n '$killed_in_closures' ] && [ -n '$killed_in_job' ]")" \
    "closures ${killed_in_closures:-no kill}, SLA ${killed_in_sla:-no kill}, job ${killed_in_job:-no kill}"
verdict "each SLA breach escalated exactly once" "$(ok "[ $escalated_once = $CASES ] && [ $escalated_more = 0 ] && [ $breach_events = $CASES ]")" \
    "$escalated_once of $CASES once, $escalated_more repeated, $breach_events timeline events"
verdict "each closure done or blocked exactly once" "$(ok "[ $((closed_once + blocked_once)) = $CLOSURES ] && [ $closure_more = 0 ]")" \
    "$closed_once closed + $blocked_once blocked of $CLOSURES, $closure_more repeated"
verdict "one alert per breach and per blocked closure" "$(ok "[ $breach_alerts = $CASES ] && [ $blocked_alerts = $blocked_once ]")" \
    "$breach_alerts breach, $blocked_alerts blocked-closure alerts"
verdict "one closure notice per closed account" "$(ok "[ $closed_notices = $closed_once ]")" "$closed_notices notices for $closed_once closures"
verdict "the killed job completed, every item once" "$(ok "[ -n '$killed_in_job' ] && [[ '$job_state' == COMPLETED* ]] && [ $job_markers = $job_total ]")" \
    "killed after ${killed_in_job:-none}; $job_state"
verdict "each key revoked exactly once" "$(ok "[ $keys_revoked_once = $keys_in_scope ] && [ $keys_revoked_more = 0 ] && [ $keys_active = 0 ]")" \
    "$keys_revoked_once of $keys_in_scope once, $keys_revoked_more repeated, $keys_active still active"
verdict "each customer told once, one incident link per account" "$(ok "[ $letters_once = $scope_accounts ] && [ $letters_more = 0 ] && [ $incident_links = $scope_accounts ] && [ $linked_accounts = $scope_accounts ]")" \
    "$letters_once of $scope_accounts letters once, $letters_more repeated; $incident_links links"
verdict "the audit chain verifies" "$(ok "[[ '$verify' == *'\"intact\":true'* ]]")" ""
echo
say "drill took $((SECONDS - began)) s"
if [ "$fails" = 0 ]; then say "PASS: all promises kept"; else say "FAIL: $fails promises broken"; exit 3; fi
