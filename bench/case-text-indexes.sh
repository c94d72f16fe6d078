#!/usr/bin/env bash
# What the queue's text-search indexes cost a bulk job's new cases, in PostgreSQL alone, against a table without them
# measured in the same run.
#
#   bench/case-text-indexes.sh            about 1.5 minutes; prints one row per variant
#   ROWS=200000 bench/case-text-indexes.sh
#
# A bulk job opens one account-security case per account, 500 to a chunk, and each case's search_text (ticket, subject,
# description; CaseRules.searchText) goes into two GIN indexes: trigrams (V3_1, phrase search) and whole words (V8,
# phrases of three words or more). This script writes ROWS (100,000) such texts (the job's own wording, a fresh ticket
# each) in statements of CHUNK (500) rows, one transaction each, into a fresh table per variant:
#   plain           the table and its primary key only (the baseline)
#   words           + the word index (GIN over to_tsvector('simple', ...)), as V8
#   trigrams        + the trigram index (GIN, gin_trgm_ops), as V3_1
#   both            + both, as V3_1 and V8 built them (until V38)
#   words-untitled  both, the word index over the text without its ticket, as V38 built it (until V40): a ticket adds
#                   three words no other case has, each a new key in the word index
#   both-untitled   both, the texts without their ticket, as V40 left them (a ticket adds a dozen trigrams, drawn from
#                   27,000 possible ones, each shared by few cases; the x plain column still divides by the plain texts
#                   with tickets)
#   trigrams-untitled  the trigram index alone over the texts without their ticket, as deployed since V42
#   gist+words      the trigram index as GiST instead (gist_trgm_ops), with the word index: an alternative (its search
#                   cost is not measured here; bench/cases-benchmark.sh would decide)
# and prints, per variant, the seconds (the mean of RUNS; the variants take turns, run after run), and of its last run the WAL written, its full-page images and
# the indexes' size. Each run begins right after a CHECKPOINT, so the full-page images are the most a write can take.
# Every variant writes both texts (with and without the ticket) into each row, so rows weigh the same in all.
# VARIANTS (all, in the order above) runs only those named, e.g. VARIANTS="plain both words-untitled".
# Also, once, the time PostgreSQL takes to compute the rows' trigrams and words without writing anything.
#
# Needs: psql, a PostgreSQL 14+ at PGHOST/PGPORT (127.0.0.1:5432) where PGSUPERUSER (postgres) may create a database
# (DB, redress_text_bench: dropped first and at the end) and the pg_trgm extension. Settings: ROWS, CHUNK, RUNS (2:
# each variant's runs are averaged; each is printed).
set -euo pipefail

ROWS=${ROWS:-100000}
CHUNK=${CHUNK:-500}
RUNS=${RUNS:-2}
[ "$RUNS" -ge 1 ] || { echo "RUNS must be at least 1" >&2; exit 2; }
DB=${DB:-redress_text_bench}
PGSUPERUSER=${PGSUPERUSER:-postgres}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}

# say, psql_admin and the WAL readings (bench_wal_now, bench_wal_since) as the other benchmarks have them
. "$(dirname "$0")/lib/server.sh"
# the lib's psql_db signs in as DB_ROLE; this script needs no role of its own
psql_db() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -tA -v ON_ERROR_STOP=1 -U "$PGSUPERUSER" -d "$DB" "$@"; }
trap 'psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true' EXIT

psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
psql_db <<SQL
CREATE EXTENSION pg_trgm;
-- the texts a bulk job's chunk writes (IncidentJobWork, CaseRules.searchText; a system case has no contact): a ticket
-- of its own (TicketNumber's alphabet), then the same words
-- (untitled: the same without the ticket)
CREATE TABLE src (n bigint PRIMARY KEY, s varchar(4000) NOT NULL, untitled varchar(4000) NOT NULL);
INSERT INTO src SELECT g, lower('RD-' || t.ticket || ' ' || x), lower(x)
    FROM generate_series(1, $ROWS) g,
        LATERAL (SELECT string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 30)::int, 1)
                                   || CASE WHEN i = 4 THEN '-' ELSE '' END, '' ORDER BY i) AS ticket
                 FROM generate_series(1, 8) i WHERE g > 0) t,
        LATERAL (SELECT 'Third-party incident INC-MJZG-SRK8: Bench Trading Bot Third-party'
        || ' incident INC-MJZG-SRK8 against Bench Trading Bot: every key linked to the integration revoked by bulk action '
        || (g % 97) || '.' AS x) w;
CREATE PROCEDURE load(chunk int, total int, col text) LANGUAGE plpgsql AS \$\$
BEGIN
    FOR i IN 0 .. (total - 1) / chunk LOOP
        EXECUTE format('INSERT INTO t (id, s, u) SELECT n, %I, untitled FROM src WHERE n > \$1 AND n <= \$2', col) USING i * chunk, (i + 1) * chunk;
        COMMIT;
    END LOOP;
END \$\$;
VACUUM (FREEZE, ANALYZE) src;
SQL

say "$ROWS texts of $(psql_db -c "SELECT round(avg(length(s))) FROM src") characters on average, $(psql_db -c "SELECT round(avg(array_length(show_trgm(s), 1))) FROM src") distinct trigrams and $(psql_db -c "SELECT round(avg(length(to_tsvector('simple', s)))) FROM src") distinct words each"
t0=$(date +%s%N); psql_db -c "SELECT sum(array_length(show_trgm(s), 1)) FROM src" >/dev/null; t1=$(date +%s%N)
psql_db -c "SELECT sum(length(to_tsvector('simple', s))) FROM src" >/dev/null; t2=$(date +%s%N)
say "computing them, writing nothing: trigrams $(( (t1 - t0) / 1000000 )) ms, words $(( (t2 - t1) / 1000000 )) ms"

declare -A INDEXES=(
    [plain]=""
    [words]="CREATE INDEX t_words ON t USING gin (to_tsvector('simple', s));"
    [trigrams]="CREATE INDEX t_trgm ON t USING gin (s gin_trgm_ops);"
    [both]="CREATE INDEX t_trgm ON t USING gin (s gin_trgm_ops); CREATE INDEX t_words ON t USING gin (to_tsvector('simple', s));"
    [words-untitled]="CREATE INDEX t_trgm ON t USING gin (s gin_trgm_ops); CREATE INDEX t_words ON t USING gin (to_tsvector('simple', u));"
    [gist+words]="CREATE INDEX t_trgm ON t USING gist (s gist_trgm_ops); CREATE INDEX t_words ON t USING gin (to_tsvector('simple', s));"
)
INDEXES[both-untitled]=${INDEXES[both]}
INDEXES[trigrams-untitled]=${INDEXES[trigrams]}
variants=(${VARIANTS:-plain words trigrams both words-untitled both-untitled trigrams-untitled gist+words})
declare -A RUN_MS=() WAL=() FPIS=() SIZE=()
# the variants take turns, run after run, so that a drift of the machine weighs on all of them alike
for ((r = 1; r <= RUNS; r++)); do
    for variant in "${variants[@]}"; do
        psql_db -c "DROP TABLE IF EXISTS t" -c "CREATE TABLE t (id bigint PRIMARY KEY, s varchar(4000) NOT NULL, u varchar(4000) NOT NULL) WITH (autovacuum_enabled = off)" \
            -c "${INDEXES[$variant]:-SELECT 1}" -c "CHECKPOINT" >/dev/null
        read -r lsn fpi < <(bench_wal_now)
        t0=$(date +%s%N)
        psql_db -c "CALL load($CHUNK, $ROWS, '$(case $variant in both-untitled|trigrams-untitled) echo untitled ;; *) echo s ;; esac)')"
        t1=$(date +%s%N)
        read -r WAL[$variant] FPIS[$variant] < <(bench_wal_since "$lsn" "$fpi")
        RUN_MS[$variant]="${RUN_MS[$variant]:-} $(( (t1 - t0) / 1000000 ))"
        SIZE[$variant]=$(psql_db -c "SELECT round(coalesce(sum(pg_relation_size(indexrelid)), 0) / 1048576.0, 1) FROM pg_index WHERE indrelid = 't'::regclass AND NOT indisprimary")
    done
done
printf '\n%-14s %10s %10s %14s %18s   %s\n' "variant" "seconds" "x ${variants[0]}" "WAL MB (last)" "full pages (last)" "index size MB"
base=""
for variant in "${variants[@]}"; do
    ms=$(printf '%s\n' ${RUN_MS[$variant]} | awk '{ s += $1 } END { printf "%d", s / NR }')
    [ -n "$base" ] || base=$ms
    printf '%-14s %10s %10s %14s %18s   %s\n' "$variant" "$(awk -v m="$ms" 'BEGIN { printf "%.2f", m / 1000 }')" \
        "$(awk -v m="$ms" -v b="$base" 'BEGIN { printf "%.1f", m / b }')" "${WAL[$variant]}" "${FPIS[$variant]}" "${SIZE[$variant]}"
    say "  $variant: runs${RUN_MS[$variant]} ms (the WAL of the last)"
done
