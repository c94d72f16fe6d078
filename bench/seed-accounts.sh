#!/usr/bin/env bash
# Seeds N customer accounts (default 1,000,000) straight into a Redress PostgreSQL database, in one
# INSERT ... SELECT generate_series, for the benchmarks. External ids BENCH-0000001, BENCH-0000002, ...
#
#   bench/seed-accounts.sh [N]
#
#   SEED_DB     database            (default redress_bench)
#   SEED_USER   role to insert as   (default postgres; the benchmark passes the database's owner)
#   PGHOST, PGPORT                  (default 127.0.0.1, 5432); PGPASSWORD if the role needs one
#   RESET=1     delete the BENCH-* accounts first (otherwise existing ones are kept and skipped)
#
# The schema must exist: Flyway creates it when Redress starts against the database. Ids are 1e9 + n, far
# above anything account_seq (steps of 50) will hand JPA, so accounts created later never collide.
#
# Standing mix, so that decisions are not all the same: 19 in 20 accounts are ACTIVE; of every 20th,
#   40 %  WITHDRAW_ONLY inside a withdrawal window ending 1-30 days from now        (2 % of all)
#   10 %  WITHDRAW_ONLY whose window ended 1-10 days ago                             (0.5 %)
#   20 %  SUSPENDED                                                                  (1 %)
#   10 %  SUSPENDED with withdrawals frozen                                          (0.5 %)
#   10 %  ACTIVE with withdrawals frozen                                             (0.5 %)
#   10 %  CLOSED                                                                     (0.5 %)
# One account in 7 has open derivatives positions. restriction_id stays NULL: no restriction rows are
# created, so the due-process timer has nothing to act on while a benchmark runs.
set -euo pipefail

N=${1:-${N:-1000000}}
[[ "$N" =~ ^[1-9][0-9]{0,6}$ ]] || { echo "[seed] ERROR: N must be 1..9999999, not $N" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
DB=${SEED_DB:-redress_bench}
ROLE=${SEED_USER:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$ROLE" -d "$DB")

say() { printf '[seed] %s\n' "$*"; }

if [ "$("${PSQL[@]}" -tAc "SELECT to_regclass('account') IS NOT NULL AND to_regclass('account_standing') IS NOT NULL AND EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'account_standing' AND column_name = 'window_ends_at')")" != "t" ]; then
    echo "[seed] ERROR: database $DB has no migrated account table; start Redress against it first (Flyway creates the schema)" >&2
    exit 1
fi

started=$(date +%s.%N)
if [ -n "${RESET:-}" ]; then
    say "deleting existing BENCH-* accounts"
    "${PSQL[@]}" -c "DELETE FROM account_standing WHERE account_id LIKE 'BENCH-%'"
    "${PSQL[@]}" -c "DELETE FROM account_confidentiality WHERE account_id LIKE 'BENCH-%'"
    "${PSQL[@]}" -c "DELETE FROM account WHERE external_id LIKE 'BENCH-%'"
fi
say "inserting up to $N accounts into $DB on $PGHOST:$PGPORT as $ROLE (existing BENCH-* accounts are skipped)"
inserted=$("${PSQL[@]}" -tA -v n="$N" <<'SQL'
WITH inserted AS (
INSERT INTO account (id, external_id, handle, handle_key, kyc_level, jurisdiction, customer_since, vip_tier,
                     open_derivatives_positions, created_at, updated_at, version)
SELECT 1000000000 + n,
       'BENCH-' || lpad(n::text, 7, '0'),
       'bench_' || n,
       'bench_' || n,
       (ARRAY['NONE', 'BASIC', 'VERIFIED', 'ENHANCED'])[1 + n % 4],
       (ARRAY['FR', 'DE', 'JP', 'GB', 'ES', 'IT', 'NL', 'SG', 'CH', 'BR'])[1 + n % 10],
       DATE '2015-01-01' + (n % 3650),
       n % 5,
       CASE WHEN n % 7 = 0 THEN 1 + n % 5 ELSE 0 END,
       now(), now(), 0
FROM generate_series(1, :n) AS n
ON CONFLICT DO NOTHING
RETURNING 1
), standing AS (
-- the standing the restrictions context keeps, in its own table (V9)
INSERT INTO account_standing (account_id, status, withdrawals_frozen, window_ends_at, restriction_id, updated_at, version)
SELECT 'BENCH-' || lpad(n::text, 7, '0'),
       CASE WHEN NOT restricted THEN 'ACTIVE'
            WHEN kind <= 4 THEN 'WITHDRAW_ONLY'
            WHEN kind <= 7 THEN 'SUSPENDED'
            WHEN kind = 8 THEN 'ACTIVE'
            ELSE 'CLOSED' END,
       restricted AND kind IN (7, 8),
       CASE WHEN restricted AND kind <= 3 THEN now() + make_interval(days => 1 + n % 30)
            WHEN restricted AND kind = 4 THEN now() - make_interval(days => 1 + n % 10) END,
       NULL,
       now(), 0
FROM generate_series(1, :n) AS n,
     LATERAL (SELECT n % 20 = 0 AS restricted, (n / 20) % 10 AS kind) AS k
ON CONFLICT DO NOTHING
RETURNING 1
), confidentiality AS (
INSERT INTO account_confidentiality (account_id, confidential, updated_at, version)
SELECT 'BENCH-' || lpad(n::text, 7, '0'), FALSE, now(), 0
FROM generate_series(1, :n) AS n
ON CONFLICT DO NOTHING
RETURNING 1
)
SELECT count(*) FROM inserted;
SQL
)
say "inserted $inserted new accounts; vacuuming, analyzing and checkpointing"
# VACUUM sets the rows' hint bits and the visibility map now, and CHECKPOINT writes the dirty pages now: otherwise the
# measured rows' first reads write them, and the checkpoint that follows the seeding stalls the measurement's commits
"${PSQL[@]}" -c "VACUUM (ANALYZE) account"
"${PSQL[@]}" -c "VACUUM (ANALYZE) account_standing"
psql -X -q -h "$PGHOST" -p "$PGPORT" -U "${PGSUPERUSER:-postgres}" -d "$DB" -c "CHECKPOINT" \
    || say "CHECKPOINT refused (PGSUPERUSER not a superuser?): the run may measure the seeding's checkpoint"
elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
"${PSQL[@]}" -c "SELECT status, withdrawals_frozen AS frozen,
       CASE WHEN window_ends_at IS NULL THEN '' WHEN window_ends_at > now() THEN 'window open' ELSE 'window ended' END AS window,
       count(*) AS accounts
FROM account_standing WHERE account_id LIKE 'BENCH-%' GROUP BY 1, 2, 3 ORDER BY 4 DESC"
say "seeded $N accounts ($inserted new) in $elapsed s (insert, indexes and ANALYZE)"
