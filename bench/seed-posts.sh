#!/usr/bin/env bash
# Seeds N public posts (default 100,000) with their 16 MinHash band rows each, and the campaigns they form,
# straight into a Redress PostgreSQL database, for the cases benchmark.
#
#   bench/seed-posts.sh [N]
#
#   SEED_DB     database            (default redress_cases_bench)
#   SEED_USER   role to insert as   (default postgres; the benchmark passes the database's owner)
#   PGHOST, PGPORT                  (default 127.0.0.1, 5432); PGPASSWORD if the role needs one
#   DAYS        posts are spread over the last DAYS days, up to 5 minutes ago (default 30)
#   OUT         where the CSV files and bench-posts.txt are written (default a new temporary directory)
#   BENCH_TEXTS how many texts to write for the benchmark's own posts (default 20000)
#
# The band hashes are the application's: bench/seed/SeedPosts.java generates the texts and calls the
# application's Shingles, MinHash, PostRules and ComplaintClassifier from domain-ejb/target/classes (build the
# project first: mvn -q -B package -DskipTests). So a post the benchmark sends finds the seeded near-duplicates
# exactly as it would find posts received through the API. See SeedPosts.java for the mix (organic complaints,
# campaign copies, posts quoting a seeded case's ticket). The posts quoting a ticket get the case and its account
# afterwards, in SQL (seed the cases first: bench/seed-cases.sh; the number of seeded cases is read from the
# database). Ids are 1e9 + n. It also writes $OUT/bench-posts.txt: texts for the posts the benchmark sends.
set -euo pipefail

N=${1:-${N:-100000}}
[[ "$N" =~ ^[1-9][0-9]{0,6}$ ]] || { echo "[seed] ERROR: N must be 1..9999999, not $N" >&2; exit 2; }
DAYS=${DAYS:-30}
BENCH_TEXTS=${BENCH_TEXTS:-20000}
[[ "$DAYS" =~ ^[1-9][0-9]{0,3}$ && "$BENCH_TEXTS" =~ ^[1-9][0-9]{0,6}$ ]] || { echo "[seed] ERROR: bad DAYS or BENCH_TEXTS" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
DB=${SEED_DB:-redress_cases_bench}
ROLE=${SEED_USER:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$ROLE" -d "$DB")
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)
CLASSES="$REPO/domain-ejb/target/classes"
OUT=${OUT:-$(mktemp -d /tmp/redress-seed-posts.XXXXXX)}

say() { printf '[seed] %s\n' "$*"; }

[ -f "$CLASSES/io/redress/publicposts/domain/MinHash.class" ] \
    || { echo "[seed] ERROR: $CLASSES has no compiled MinHash; build first (mvn -q -B package -DskipTests)" >&2; exit 1; }
if [ "$("${PSQL[@]}" -tAc "SELECT to_regclass('post_band') IS NOT NULL")" != "t" ]; then
    echo "[seed] ERROR: database $DB has no post_band table; start Redress against it first (Flyway creates the schema)" >&2
    exit 1
fi
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM public_post WHERE id > 1000000000")" != 0 ]; then
    echo "[seed] ERROR: database $DB already has seeded posts; seed a fresh database" >&2
    exit 1
fi
# cases 1..n of bench/seed-cases.sh, whose tickets SeedPosts can compute
cases=$("${PSQL[@]}" -tAc "SELECT count(*) FROM support_case WHERE id BETWEEN 1000000001 AND 1000000000 + (SELECT count(*) FROM support_case WHERE id > 1000000000)")

started=$(date +%s.%N)
say "generating $N posts over $DAYS days with the application's MinHash ($cases seeded cases to quote) into $OUT"
java -cp "$CLASSES" "$BENCH/seed/SeedPosts.java" "$OUT" "$N" "$DAYS" "$cases" "$BENCH_TEXTS" | sed 's/^/[seed]   /'
say "loading them into $DB on $PGHOST:$PGPORT as $ROLE"
"${PSQL[@]}" <<SQL
SET TimeZone = 'UTC';
BEGIN;
\copy campaign (id, first_post_at, last_post_at, created_at, version) FROM '$OUT/campaign.csv' WITH (FORMAT csv)
\copy public_post (id, url, url_key, platform, author_handle, text, reach, posted_at, received_at, received_by, quoted_ticket, case_opened, campaign_id, signature, suggested_kind, suggestion_score, suggestion_evidence, version) FROM '$OUT/public_post.csv' WITH (FORMAT csv)
\copy post_band (post_id, band, hash, posted_at) FROM '$OUT/post_band.csv' WITH (FORMAT csv)
-- a post quoting a ticket is matched to the case and through it to the case's account, as PostIntake does
UPDATE public_post p SET case_id = c.id, account_id = c.account_id
FROM support_case c WHERE p.id > 1000000000 AND p.quoted_ticket = c.ticket;
COMMIT;
VACUUM (ANALYZE) campaign;
VACUUM (ANALYZE) public_post;
VACUUM (ANALYZE) post_band;
SQL
elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
"${PSQL[@]}" -c "SELECT count(*) AS posts, count(campaign_id) AS in_campaigns, count(DISTINCT campaign_id) AS campaigns,
       count(quoted_ticket) AS quoting_ticket, count(case_id) AS with_case,
       count(*) FILTER (WHERE posted_at > now() - interval '24 hours') AS last_24h,
       (SELECT count(*) FROM post_band WHERE post_id > 1000000000) AS band_rows
FROM public_post WHERE id > 1000000000" \
    -c "SELECT suggested_kind, count(*) AS posts FROM public_post WHERE id > 1000000000 GROUP BY 1 ORDER BY 2 DESC"
say "seeded $N posts in $elapsed s; texts for the benchmark in $OUT/bench-posts.txt"
