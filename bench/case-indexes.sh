#!/usr/bin/env bash
# What support_case's indexes cost a bulk job's new cases, in PostgreSQL alone, on a table of existing cases, against
# the same table with fewer indexes measured in the same run.
#
#   bench/case-indexes.sh                  about 10 minutes (the seeding of 1,000,000 cases is half of it)
#   EXISTING=200000 RUNS=3 bench/case-indexes.sh
#
# A bulk job opens one account-security case per account, 500 to a chunk (IncidentJobWork): new, unassigned, in the
# security queue, with the job's own wording. This script seeds EXISTING (1,000,000) cases over two years (4 % active,
# the rest resolved or closed; categories, priorities, queues, SLA states and assignees drawn at random), then writes ROWS
# (100,000) such new cases in statements of CHUNK (500) rows, one transaction each, removes them and vacuums, under
# each variant of the table's indexes in turn:
#   v43          the indexes as V43 left them: the primary key, the ticket's, the trigram index (V3_1), the eleven
#                B-tree indexes of the queue's filters, the account, the SLA sweep and the assignee (V3, V3_2, V16_2),
#                and the partial idempotency index (V35)
#   v44          as V44 leaves them: the five filter indexes and the assignee's hold only the settled (resp. assigned)
#                cases
#   keys-only    the primary key, the ticket's and the trigram index, none of the twelve others (the most a B-tree change saves)
#   bare         the primary key and the ticket's alone (what the trigram index costs, against keys-only)
# and prints each variant's seconds (the mean of RUNS; the variants take turns, run after run). Each write begins right
# after a CHECKPOINT.
# Then what a foreign key costs the rows that name a case (V45): 2 x ROWS case events of the existing cases, in
# statements of CHUNK, into case_event with its foreign key to support_case (V3) and without it, in turns, RUNS times.
# VARIANTS (all, in the order above) runs only those named; FOREIGN_KEYS=0 skips the foreign keys' rows.
#
# The table is support_case as the migrations create it (domain-ejb's V3 and the columns added since).
# Needs: psql, a PostgreSQL 14+ at PGHOST/PGPORT (127.0.0.1:5432) where PGSUPERUSER (postgres) may create a database
# (DB, redress_case_index_bench: dropped first and at the end) and the pg_trgm extension.
set -euo pipefail

EXISTING=${EXISTING:-1000000}
ROWS=${ROWS:-100000}
CHUNK=${CHUNK:-500}
RUNS=${RUNS:-2}
[ "$RUNS" -ge 1 ] || { echo "RUNS must be at least 1" >&2; exit 2; }
DB=${DB:-redress_case_index_bench}
PGSUPERUSER=${PGSUPERUSER:-postgres}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}

. "$(dirname "$0")/lib/server.sh"
psql_db() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -tA -v ON_ERROR_STOP=1 -U "$PGSUPERUSER" -d "$DB" "$@"; }
trap 'psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT

# the table as V3 creates it, without its key to the account table (dropped by V43), then the columns added since
MIGRATIONS=$(dirname "$0")/../domain-ejb/src/main/resources/db/migration/common
TABLE="$(sed -n '/^CREATE TABLE support_case (/,/^);/p' "$MIGRATIONS/V3__cases.sql" | grep -v support_case_account_fk)
$(cat "$MIGRATIONS"/V*.sql | grep '^ALTER TABLE support_case ADD COLUMN')"
[ -n "$TABLE" ] || die "no CREATE TABLE support_case in $MIGRATIONS/V3__cases.sql"

psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
say "seeding $EXISTING cases"
psql_db <<SQL
CREATE EXTENSION pg_trgm;
-- support_case as the migrations create it (TABLE, read from them above)
$TABLE
-- no foreign key: a new case has none to check (V43 dropped the account's), and the self-reference would make the
-- removal of the new cases between variants read the table once per case removed
ALTER TABLE support_case DROP CONSTRAINT support_case_merged_fk;
ALTER TABLE support_case SET (autovacuum_enabled = off);
INSERT INTO support_case (id, ticket, channel, account_id, language, subject, description, search_text, category, complaint,
    priority, queue, assignee, state, opened_at, opened_by, decision_due_at, first_response_target_s, resolution_target_s,
    paused_s, sla_state, sla_due_at, sla_check_at, first_response_breached, resolution_breached, reopened, outbound_count,
    updated_at, version)
SELECT g, 'X' || lpad(g::text, 10, '0'), 'EMAIL', 'acct-' || (g % 200000), 'en', 'subject ' || md5(g::text),
    'description ' || md5(g::text) || md5((g + 1)::text),
    'subject ' || md5(g::text) || ' description ' || md5(g::text) || md5((g + 1)::text),
    (ARRAY['USER_ERROR', 'ACCOUNT_SECURITY', 'FUNDS_HOLD', 'RESTRICTION', 'LOSS_CLAIM', 'GENERAL'])[1 + floor(random() * 6)::int],
    random() < 0.08, (ARRAY['P1', 'P2', 'P3', 'P4'])[1 + floor(random() * 4)::int],
    (ARRAY['frontline', 'payments', 'compliance', 'security', 'complaints'])[1 + floor(random() * 5)::int],
    CASE WHEN active OR random() < 0.7 THEN 'agent' || floor(random() * 40)::int END,
    CASE WHEN active THEN (ARRAY['NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED'])[1 + floor(random() * 4)::int]
         ELSE (ARRAY['RESOLVED', 'CLOSED'])[1 + floor(random() * 2)::int] END,
    now() - interval '730 days' + g * (interval '730 days' / $EXISTING), 'agent', now(), 3600, 86400, 0,
    CASE WHEN active THEN (ARRAY['RUNNING', 'AT_RISK', 'BREACHED'])[1 + floor(random() * 3)::int]
         ELSE (ARRAY['MET', 'BREACHED'])[1 + floor(random() * 2)::int] END,
    now(), CASE WHEN active THEN now() + interval '1 hour' END, false, false, 0, 0, now(), 1
FROM (SELECT g, random() < 0.04 AS active FROM generate_series(1, $EXISTING) g) s;
CREATE INDEX support_case_search_trgm ON support_case USING gin (search_text gin_trgm_ops);
CREATE TABLE src AS SELECT g AS n FROM generate_series(1, $ROWS) g;
CREATE SEQUENCE new_id START WITH 1000000000;
-- the new cases as IncidentJobWork words them (CaseRules.searchText: subject and description, lower case)
CREATE PROCEDURE load(chunk int, total int) LANGUAGE plpgsql AS \$\$
BEGIN
    FOR i IN 0 .. (total - 1) / chunk LOOP
        INSERT INTO support_case (id, ticket, channel, account_id, language, subject, description, search_text, category,
            subcategory, complaint, priority, queue, state, opened_at, opened_by, decision_due_at, first_response_target_s,
            resolution_target_s, paused_s, sla_state, sla_due_at, sla_check_at, first_response_breached, resolution_breached,
            reopened, outbound_count, updated_at, version)
        SELECT nextval('new_id'), 'N' || lpad(n::text, 10, '0'), 'SYSTEM', 'bench-' || n, 'en',
            'Third-party incident INC-MJZG-SRK8: Bench Trading Bot', d, lower('Third-party incident INC-MJZG-SRK8: Bench Trading Bot ' || d),
            'ACCOUNT_SECURITY', 'API_KEY_COMPROMISE', false, 'P2', 'security', 'NEW', clock_timestamp(), 'system',
            now() + interval '2 months', 3600, 86400, 0, 'RUNNING', now() + interval '1 hour', now() + interval '45 minutes',
            false, false, 0, 0, now(), 1
        FROM src, LATERAL (SELECT 'Third-party incident INC-MJZG-SRK8 against Bench Trading Bot: every key linked to the'
            || ' integration revoked by bulk action 7.' AS d) w
        WHERE n > i * chunk AND n <= (i + 1) * chunk;
        COMMIT;
    END LOOP;
END \$\$;
VACUUM (FREEZE, ANALYZE) support_case;
SQL

ACTIVE="state IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')"
SETTLED="WHERE state NOT IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')"
# the secondary B-tree indexes, by name: as V43 left them (both variants keep the account's, the sweep's, the active
# queue's and the idempotency index)
declare -A V43=(
    [opened]="(opened_at, id)"
    [state_opened]="(state, opened_at, id)"
    [queue_state_opened]="(queue, state, opened_at, id)"
    [priority_state_opened]="(priority, state, opened_at, id)"
    [category_opened]="(category, opened_at, id)"
    [sla_opened]="(sla_state, opened_at, id)"
    [account]="(account_id, state)"
    [sla_check]="(sla_check_at)"
    [assignee_state]="(assignee, state, sla_state)"
    [active_opened]="(opened_at, id) WHERE merged_into_id IS NULL AND $ACTIVE"
    [active_queue_opened]="(queue, opened_at, id) WHERE merged_into_id IS NULL AND $ACTIVE"
)
declare -A V44=()
for i in "${!V43[@]}"; do V44[$i]=${V43[$i]}; done
for i in state_opened queue_state_opened priority_state_opened category_opened sla_opened; do V44[$i]="${V43[$i]} $SETTLED"; done
V44[assignee_state]="${V43[assignee_state]} WHERE assignee IS NOT NULL"

indexes() { # $1 variant: drops every secondary index, creates the variant's
    psql_db -c "SELECT string_agg(format('DROP INDEX %I;', indexname), ' ') FROM pg_indexes WHERE tablename = 'support_case'
                AND indexname NOT IN ('support_case_pkey', 'support_case_ticket_uk')" | psql_db
    local sql="" i
    case $1 in
        v43) for i in "${!V43[@]}"; do sql+="CREATE INDEX support_case_$i ON support_case ${V43[$i]}; "; done ;;
        v44) for i in "${!V44[@]}"; do sql+="CREATE INDEX support_case_$i ON support_case ${V44[$i]}; "; done ;;
    esac
    case $1 in
        v43|v44) sql+="CREATE UNIQUE INDEX support_case_idempotency ON support_case (opened_by, idempotency_key)
                       WHERE idempotency_key IS NOT NULL; " ;;
    esac
    case $1 in
        bare) ;;
        *) sql+="CREATE INDEX support_case_search_trgm ON support_case USING gin (search_text gin_trgm_ops);" ;;
    esac
    psql_db -c "$sql"
}

timed_call() { # $1 the procedure's call: run right after a CHECKPOINT; prints its milliseconds
    psql_db -c "CHECKPOINT"
    local t0=$(date +%s%N)
    psql_db -c "CALL $1"
    echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

variants=(${VARIANTS:-v43 v44 keys-only bare})
declare -A RUN_MS=()
for ((r = 1; r <= RUNS; r++)); do
    for variant in "${variants[@]}"; do
        indexes "$variant"
        ms=$(timed_call "load($CHUNK, $ROWS)")
        RUN_MS[$variant]="${RUN_MS[$variant]:-} $ms"
        say "run $r, $variant: $ms ms"
        psql_db -c "DELETE FROM support_case WHERE id >= 1000000000" -c "VACUUM support_case"
    done
done
printf '\n%-10s %8s %8s   %s\n' "variant" "seconds" "x ${variants[0]}" "indexes"
base=""
for variant in "${variants[@]}"; do
    ms=$(printf '%s\n' ${RUN_MS[$variant]} | awk '{ s += $1 } END { printf "%d", s / NR }')
    [ -n "$base" ] || base=$ms
    printf '%-10s %8s %8s   %s\n' "$variant" "$(awk -v m="$ms" 'BEGIN { printf "%.2f", m / 1000 }')" \
        "$(awk -v m="$ms" -v b="$base" 'BEGIN { printf "%.2f", m / b }')" "runs${RUN_MS[$variant]} ms"
done
say "$ROWS new cases in statements of $CHUNK rows on $EXISTING existing cases, $RUNS runs each"

[ "${FOREIGN_KEYS:-1}" = 1 ] || exit 0
psql_db <<SQL
-- case_event as V3 creates it, its foreign key dropped and added back per run below
$(sed -n '/^CREATE TABLE case_event (/,/^CREATE INDEX case_event_case/p' "$MIGRATIONS/V3__cases.sql")
ALTER TABLE case_event SET (autovacuum_enabled = off);
CREATE PROCEDURE events(chunk int, total int) LANGUAGE plpgsql AS \$\$
BEGIN
    FOR i IN 0 .. (total - 1) / chunk LOOP
        INSERT INTO case_event (id, case_id, at, actor, kind, detail)
        SELECT n, 1 + (n - 1) / 2, clock_timestamp(), 'system', 'OPENED', 'bulk action 7'
        FROM generate_series(i * chunk + 1, (i + 1) * chunk) n;
        COMMIT;
    END LOOP;
END \$\$;
SQL
declare -A FK_MS=()
for ((r = 1; r <= RUNS; r++)); do
    for fk in with without; do
        psql_db -c "TRUNCATE case_event" -c "ALTER TABLE case_event DROP CONSTRAINT IF EXISTS case_event_case_fk"
        [ $fk = without ] || psql_db -c "ALTER TABLE case_event ADD CONSTRAINT case_event_case_fk FOREIGN KEY (case_id) REFERENCES support_case (id)"
        ms=$(timed_call "events($CHUNK, $((2 * ROWS)))")
        FK_MS[$fk]="${FK_MS[$fk]:-} $ms"
        say "run $r, case events $fk the foreign key: $ms ms"
    done
done
for fk in with without; do
    printf '%s events %-7s the foreign key: %s s   runs%s ms\n' "$((2 * ROWS))" "$fk" \
        "$(printf '%s\n' ${FK_MS[$fk]} | awk '{ s += $1 } END { printf "%.2f", s / NR / 1000 }')" "${FK_MS[$fk]}"
done
