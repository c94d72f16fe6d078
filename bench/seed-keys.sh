#!/usr/bin/env bash
# Seeds N API keys (default 10,000,000) straight into a Redress PostgreSQL database, with INSERT ... SELECT
# generate_series (one statement per million keys), for the keys benchmark; 1 % of them (LINKED, default N / 100)
# linked to one integration, the one a benchmark declares an incident against.
#
#   bench/seed-keys.sh [N]
#
#   SEED_DB     database              (default redress_keys_bench)
#   SEED_USER   role to insert as     (default postgres; the benchmark passes the database's owner)
#   ACCOUNTS    BENCH accounts the keys belong to (default 1,000,000, at most N; seed them with seed-accounts.sh)
#   LINKED      keys linked to the breached integration (default N / 100, at most ACCOUNTS)
#   WARMUP_LINKED  keys linked to bench-tradebot-3, for a warm-up bulk job (default 0; needs ACCOUNTS >= 3 x LINKED)
#   WARMUP_JOBS    sets of WARMUP_LINKED keys, one per warm-up job (default 1): bench-tradebot-3, bench-tradebot-4, ..
#                  (ids 1e9 + 7, 1e9 + 8, ..), each on accounts of their own (needs ACCOUNTS >= (2 + WARMUP_JOBS) x LINKED)
#   PGHOST, PGPORT                    (default 127.0.0.1, 5432); PGPASSWORD if the role needs one
#
# The schema must exist (Flyway creates it when Redress starts against the database). Running it again skips the
# keys that exist; there is no reset: start from a fresh database.
#
# Integrations (third_party_integration, ids 1e9 + 1 ..): bench-tradebot ("Bench trading bot", the breached one),
# bench-other-1 .. bench-other-4, bench-tradebot-2 (1e9 + 6, a second breached one) and bench-tradebot-3 (1e9 + 7, the
# warm-up job's). Key n (1 .. N), all computed
# from n, so that the wrk scripts can name a key and its account without asking the database:
#   id          1e9 + n (far above what api_key_seq, steps of 50, hands JPA)
#   key_id      BK-nnnnnnnn (8 digits)
#   account_id  BENCH-nnnnnnn of account a = 1 + (n - 1) % ACCOUNTS: with the defaults, 10 keys per account
#   address     10.x.y.z, the 24 low bits of n: the address the key was created from, its allowlist when it has one,
#               and the source address of the benchmark's decisions and trade events (so no anomaly rule fires)
#   linked      to bench-tradebot: exactly LINKED keys, each of a different account, spread over the whole table
#               (account a = j * (ACCOUNTS / LINKED) for j = 1 .. LINKED, in round j % (N / ACCOUNTS)); when ACCOUNTS
#               is at least 2 x LINKED, as many to bench-tradebot-2, a second breached service (account a = j *
#               (ACCOUNTS / LINKED) + 1 for j = 0 .. LINKED - 1, in round (j + 1) % (N / ACCOUNTS)): the keys benchmark
#               times its bulk job alone against bench-tradebot's and measures decisions during this one's; when
#               ACCOUNTS is at least 3 x LINKED, WARMUP_LINKED to bench-tradebot-3 (1e9 + 7, account a = j * (ACCOUNTS /
#               LINKED) + 2 for j = 0 .. WARMUP_LINKED - 1, in round (j + 2) % (N / ACCOUNTS)), and as many to each further
#               warm-up integration w = 4, 5, .. (1e9 + 3 + w, account a = j * (ACCOUNTS / LINKED) + w - 1): the benchmark's warm-up
#               job, on accounts of their own; of the other keys one in 11 is linked to one of the four other
#               integrations, the rest to none
#   allowlist   7 keys in 10 (by (n / 7) % 10), one address; created 1 to 700 days ago, last used 0 to 29 days ago;
#               one in 5 of them also granted WITHDRAW
#   no list     3 in 10: created 1 to 28 days ago and never used, so the key policy (30 days of trading without an
#               allowlist, expiry 30 days after the last use) has nothing to do while a benchmark runs:
#               policy_check_at = created_at + 30 days, as the registry's upsert sets it
#   status      ACTIVE; of the keys not linked to a bench-tradebot, one in 25 REVOKED (by the customer)
#   permissions READ SPOT_TRADE [WITHDRAW], what the exchange granted and what the policy leaves
#
# The secondary indexes of api_key are dropped for the insert and re-created after it (same definitions, read from
# pg_indexes; the primary key and the unique key_id stay), then VACUUM ANALYZE and a CHECKPOINT.
set -euo pipefail

N=${1:-${N:-10000000}}
[[ "$N" =~ ^[1-9][0-9]{0,7}$ ]] || { echo "[seed] ERROR: N must be 1..99999999, not $N" >&2; exit 2; }
ACCOUNTS=${ACCOUNTS:-1000000}
[ "$ACCOUNTS" -gt "$N" ] && ACCOUNTS=$N
LINKED=${LINKED:-$((N / 100))}
WARMUP_LINKED=${WARMUP_LINKED:-0}
WARMUP_JOBS=${WARMUP_JOBS:-1}
[[ "$WARMUP_JOBS" =~ ^[1-9]$ ]] && { [ "$WARMUP_LINKED" = 0 ] || [ "$ACCOUNTS" -ge $(( (2 + WARMUP_JOBS) * LINKED )) ]; } \
    || { echo "[seed] ERROR: WARMUP_JOBS ($WARMUP_JOBS, 1-9) needs ACCOUNTS ($ACCOUNTS) >= (2 + WARMUP_JOBS) x LINKED" >&2; exit 2; }
[[ "$ACCOUNTS" =~ ^[1-9][0-9]*$ && "$LINKED" =~ ^[1-9][0-9]*$ && "$LINKED" -le "$ACCOUNTS" ]] \
    || { echo "[seed] ERROR: need 1 <= LINKED ($LINKED) <= ACCOUNTS ($ACCOUNTS) <= N ($N)" >&2; exit 2; }
[[ "$WARMUP_LINKED" =~ ^[0-9]+$ ]] && { [ "$WARMUP_LINKED" = 0 ] || { [ "$ACCOUNTS" -ge $((3 * LINKED)) ] && [ "$WARMUP_LINKED" -le "$LINKED" ]; }; } \
    || { echo "[seed] ERROR: WARMUP_LINKED ($WARMUP_LINKED) needs ACCOUNTS ($ACCOUNTS) >= 3 x LINKED and at most LINKED" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
DB=${SEED_DB:-redress_keys_bench}
ROLE=${SEED_USER:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$ROLE" -d "$DB")
CHUNK=1000000

say() { printf '[seed] %s\n' "$*"; }

if [ "$("${PSQL[@]}" -tAc "SELECT to_regclass('api_key') IS NOT NULL AND to_regclass('third_party_integration') IS NOT NULL")" != "t" ]; then
    echo "[seed] ERROR: database $DB has no migrated api_key table; start Redress against it first (Flyway creates the schema)" >&2
    exit 1
fi

started=$(date +%s.%N)
say "inserting up to $N keys of $ACCOUNTS accounts ($LINKED linked to bench-tradebot) into $DB on $PGHOST:$PGPORT as $ROLE"
"${PSQL[@]}" -v integrations=$((6 + WARMUP_JOBS)) <<'SQL'
INSERT INTO third_party_integration (id, code, name, created_at, created_by, version)
SELECT 1000000000 + i,
       CASE WHEN i = 1 THEN 'bench-tradebot' WHEN i >= 6 THEN 'bench-tradebot-' || (i - 4)
            ELSE 'bench-other-' || (i - 1) END,
       CASE WHEN i = 1 THEN 'Bench trading bot' WHEN i >= 6 THEN 'Bench trading bot ' || (i - 4)
            ELSE 'Bench integration ' || (i - 1) END,
       now() - interval '3 years', 'bench', 0
FROM generate_series(1, :integrations) AS i
ON CONFLICT DO NOTHING;
SQL
# the secondary indexes: dropped for the insert, re-created from their own definitions afterwards
mapfile -t index_names < <("${PSQL[@]}" -tA -c "SELECT i.indexname FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'api_key'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid = 'api_key'::regclass)
    ORDER BY 1")
mapfile -t index_defs < <("${PSQL[@]}" -tA -c "SELECT i.indexdef FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'api_key'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid = 'api_key'::regclass)
    ORDER BY i.indexname")
for name in "${index_names[@]}"; do
    "${PSQL[@]}" -c "DROP INDEX $name"
done
recreate_indexes() {
    local def
    for def in "${index_defs[@]}"; do
        "${PSQL[@]}" -c "SET maintenance_work_mem = '512MB'" -c "${def/CREATE INDEX /CREATE INDEX IF NOT EXISTS }"
    done
}
# should the insert fail, the indexes are put back all the same
trap recreate_indexes EXIT

# one statement per million keys, each its own transaction (progress, and the WAL of one at a time)
chunks=$(( (N + CHUNK - 1) / CHUNK ))
for ((c = 0; c < chunks; c++)); do
    from=$((c * CHUNK + 1)); to=$(( (c + 1) * CHUNK < N ? (c + 1) * CHUNK : N ))
    "${PSQL[@]}" -v from="$from" -v to="$to" -v n="$N" -v accounts="$ACCOUNTS" -v linked="$LINKED" -v warmup="$WARMUP_LINKED" -v wjobs="$WARMUP_JOBS" <<'SQL'
SET TimeZone = 'UTC';
SET jit = off;
INSERT INTO api_key (id, key_id, account_id, label, permissions, granted, ip_allowlist, has_allowlist, integration_id,
                     fingerprint, created_at, created_from_ip, last_used_at, status, status_by, status_at, status_reason,
                     policy_check_at, registered_at, updated_at, version)
SELECT 1000000000 + n,
       'BK-' || lpad(n::text, 8, '0'),
       'BENCH-' || lpad(a::text, 7, '0'),
       'bench key ' || n,
       perms, perms,
       CASE WHEN listed THEN ip ELSE '' END,
       listed,
       CASE WHEN linked THEN 1000000001 WHEN linked2 THEN 1000000006 WHEN linked3 THEN 1000000005 + a % step WHEN n % 11 = 0 THEN 1000000002 + (n / 11) % 4 END,
       'sha256:' || substr(md5(n::text), 1, 16),
       created,
       ip,
       CASE WHEN listed THEN now() - make_interval(days => (n % 30)::int, secs => (n % 86400)::int) END,
       CASE WHEN revoked THEN 'REVOKED' ELSE 'ACTIVE' END,
       CASE WHEN revoked THEN 'exchange' END,
       CASE WHEN revoked THEN created + interval '1 day' END,
       CASE WHEN revoked THEN 'Revoked by the customer' END,
       CASE WHEN NOT listed AND NOT revoked THEN created + interval '30 days' END,
       created, now(), 0
FROM generate_series(:from::bigint, :to::bigint) AS n,
     LATERAL (SELECT 1 + (n - 1) % :accounts AS a, (n - 1) / :accounts AS r,
                     greatest(1, :accounts / :linked) AS step, greatest(1, :n / :accounts) AS rounds,
                     (n / 7) % 10 < 7 AS listed,
                     '10.' || ((n >> 16) & 255) || '.' || ((n >> 8) & 255) || '.' || (n & 255) AS ip) AS b,
     LATERAL (SELECT a % step = 0 AND a / step <= :linked AND r = (a / step) % rounds AS linked,
                     step > 1 AND a % step = 1 AND a / step < :linked AND r = (a / step + 1) % rounds AS linked2,
                     step > 2 AND a % step >= 2 AND a % step < 2 + :wjobs AND a / step < :warmup
                         AND r = (a / step + a % step) % rounds AS linked3) AS l,
     LATERAL (SELECT NOT linked AND NOT linked2 AND NOT linked3 AND n % 25 = 3 AS revoked,
                     CASE WHEN listed AND n % 5 = 0 THEN 'READ SPOT_TRADE WITHDRAW' ELSE 'READ SPOT_TRADE' END AS perms,
                     CASE WHEN listed THEN now() - make_interval(days => (1 + n % 700)::int, secs => (n % 86400)::int)
                          ELSE now() - make_interval(days => (1 + n % 28)::int, secs => (n % 86400)::int) END AS created) AS s
ON CONFLICT DO NOTHING;
SQL
    say "  keys $from..$to inserted ($(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s)"
done
inserted_at=$(date +%s.%N)
say "re-creating the ${#index_defs[@]} secondary indexes of api_key"
trap - EXIT
recreate_indexes
say "vacuuming, analyzing and checkpointing"
"${PSQL[@]}" -c "VACUUM (ANALYZE) api_key"
psql -X -q -h "$PGHOST" -p "$PGPORT" -U "${PGSUPERUSER:-postgres}" -d "$DB" -c "CHECKPOINT" \
    || say "CHECKPOINT refused (PGSUPERUSER not a superuser?): the run may measure the seeding's checkpoint"
elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
insert_s=$(awk -v a="$started" -v b="$inserted_at" 'BEGIN { printf "%.1f", b - a }')
"${PSQL[@]}" -c "SELECT coalesce(i.code, '(none)') AS integration, k.status, k.has_allowlist AS allowlist,
       count(*) AS keys, count(DISTINCT k.account_id) AS accounts
FROM api_key k LEFT JOIN third_party_integration i ON i.id = k.integration_id
WHERE k.id > 1000000000 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3" \
    -c "SELECT pg_size_pretty(pg_relation_size('api_key')) AS api_key_table,
       pg_size_pretty(pg_total_relation_size('api_key')) AS with_indexes,
       (SELECT count(*) FROM api_key WHERE policy_check_at <= now()) AS due_for_the_key_policy"
say "seeded $N keys in $elapsed s (insert $insert_s s, then indexes, VACUUM ANALYZE, CHECKPOINT)"
