#!/usr/bin/env bash
# Seeds N support cases (default 1,000,000) straight into a Redress PostgreSQL database, in one
# INSERT ... SELECT generate_series, for the cases benchmark. Not one REST call each: the texts, states and
# SLA columns are computed in SQL the way the application would have left them.
#
#   bench/seed-cases.sh [N]
#
#   SEED_DB     database            (default redress_cases_bench)
#   SEED_USER   role to insert as   (default postgres; the benchmark passes the database's owner)
#   PGHOST, PGPORT                  (default 127.0.0.1, 5432); PGPASSWORD if the role needs one
#   DAYS        how far back opened_at goes (default 730: about two years, evenly with a little jitter)
#
# Running it again skips the cases that exist (same ids and tickets). There is no reset: deleting a million cases
# is slow (the self-reference merged_into_id has no index, so every deleted row scans the table for referencing
# rows); the benchmark starts from a fresh database instead.
#
# The schema must exist (Flyway creates it when Redress starts against the database). Cases with an account
# name one of the BENCH-nnnnnnn accounts of bench/seed-accounts.sh (run it first; without BENCH accounts, no
# case names an account and there are no INTERNAL cases). Ids are 1e9 + n, far above what case_seq (steps of
# 50) will hand JPA. Tickets are RD-XXXX-XXXX over the ticket alphabet, unique by construction (n times a
# multiplier prime to 30, modulo 30^8, written in base 30), so a later run gives the same tickets.
#
# What is seeded, per case (deterministic pseudo-random draws from hashint8(n), so every run is the same):
#   channel    CHAT 35 %, EMAIL 25 %, WEB_FORM 23 %, SOCIAL_MEDIA 8 %, REGULATOR 1 %, INTERNAL 8 %
#   category   USER_ERROR 25 %, ACCOUNT_SECURITY 10 %, FUNDS_HOLD 15 %, RESTRICTION 8 %, LOSS_CLAIM 5 %,
#              GENERAL 37 %; subcategories for USER_ERROR and ACCOUNT_SECURITY (most of them)
#   priority   P1 2 %, P2 12 %, P3 62 %, P4 24 % (security: 15/40/40/5; loss claims: 5/30/55/10)
#   queue      where Queues.forNew puts it; supervisors for escalated cases (some moved back since)
#   language   en 80 %, fr 12 %, ja 8 %, with subject and description in that language
#   texts      subject from a per-category list, description of 2-3 category sentences, a reference line
#              (order number, amount, transaction hash), a general sentence and a greeting: 250-600 characters
#   account    78 % of cases (all INTERNAL ones) name a BENCH account; contact an e-mail address, or @handle
#              for social media
#   life       by age: older than 14 days, most are CLOSED (resolved, closed by the sweep 14 days later), 1.5 %
#              still WAITING_ON_CUSTOMER, 1.5 % breached and back in work (OPEN or ESCALATED), 0.6 % merged
#              duplicates; younger, half resolved (RESOLVED until the reopen window ends) and the rest NEW,
#              OPEN, WAITING_ON_CUSTOMER or ESCALATED
#   SLA        both clocks from the default targets (P1 15m/4h ... P4 24h/5d) and the pause totals; sla_state,
#              sla_due_at, sla_check_at and the breach flags as SupportCase.refreshSla leaves them; a case
#              that breached while open was escalated (escalated_at, queue supervisors), as the sweep does.
#              No active case is due for the sweep when seeding ends (sla_check_at is null or in the future).
# The case text search column is lower(subject || ' ' || description [|| ' ' || contact]),
# as CaseRules.searchText writes it. No timeline, message or outbox rows are created for seeded cases: the
# queue does not read them.
#
# The secondary indexes of support_case are dropped for the insert and re-created after it (same
# definitions, read from pg_indexes), with maintenance_work_mem 1 GB for the trigram index; then VACUUM ANALYZE.
set -euo pipefail

N=${1:-${N:-1000000}}
[[ "$N" =~ ^[1-9][0-9]{0,6}$ ]] || { echo "[seed] ERROR: N must be 1..9999999, not $N" >&2; exit 2; }
DAYS=${DAYS:-730}
[[ "$DAYS" =~ ^[1-9][0-9]{0,4}$ ]] || { echo "[seed] ERROR: DAYS must be a number of days" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
DB=${SEED_DB:-redress_cases_bench}
ROLE=${SEED_USER:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$ROLE" -d "$DB")

say() { printf '[seed] %s\n' "$*"; }

if [ "$("${PSQL[@]}" -tAc "SELECT to_regclass('support_case') IS NOT NULL")" != "t" ]; then
    echo "[seed] ERROR: database $DB has no support_case table; start Redress against it first (Flyway creates the schema)" >&2
    exit 1
fi
# BENCH-0000001 .. BENCH-nnnnnnn as bench/seed-accounts.sh makes them (contiguous from 1)
accounts=$("${PSQL[@]}" -tAc "SELECT count(*) FROM account WHERE external_id LIKE 'BENCH-%'")
if [ "$accounts" -gt 0 ] && [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM account WHERE external_id = 'BENCH-' || lpad('$accounts', 7, '0')")" != 1 ]; then
    echo "[seed] ERROR: the BENCH accounts are not BENCH-0000001..BENCH-$(printf %07d "$accounts"); reseed them with bench/seed-accounts.sh" >&2
    exit 1
fi

started=$(date +%s.%N)
say "inserting up to $N cases over $DAYS days into $DB on $PGHOST:$PGPORT as $ROLE ($accounts BENCH accounts to name)"
inserted=$("${PSQL[@]}" -tA -v n="$N" -v accounts="$accounts" -v days="$DAYS" <<'SQL'
SET TimeZone = 'UTC';
SET maintenance_work_mem = '1GB';
-- LLVM would compile the long expressions below for minutes, without answering a cancel
SET jit = off;
BEGIN;
-- the secondary indexes: dropped for the insert, re-created from their own definitions afterwards
CREATE TEMP TABLE seed_saved_index ON COMMIT DROP AS
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'support_case'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid = 'support_case'::regclass);
DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT indexname FROM seed_saved_index LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
END $$;

CREATE TEMP TABLE seed_count (n bigint) ON COMMIT DROP;
WITH pools AS (
    SELECT
    ARRAY['BTC', 'ETH', 'USDT', 'SOL', 'XRP', 'ADA', 'DOGE', 'LTC', 'DOT', 'MATIC', 'TRX', 'BNB', 'AVAX', 'LINK', 'ATOM'] AS coins,
    ARRAY['ERC20', 'TRC20', 'BEP20', 'Solana', 'Polygon', 'Arbitrum', 'Optimism', 'Bitcoin', 'Lightning'] AS networks,
    ARRAY['Emma', 'Lucas', 'Léa', 'Hugo', 'Yuki', 'Haruto', 'Sofia', 'Mateo', 'Anna', 'Noah', 'Chloé', 'Louis', 'Sakura',
          'Ren', 'Mia', 'Liam', 'Julia', 'Jonas', 'Aiko', 'Paul'] AS firsts,
    ARRAY['Martin', 'Bernard', 'Dubois', 'Tanaka', 'Suzuki', 'Müller', 'Schmidt', 'Rossi', 'Garcia', 'Smith', 'Jones',
          'Sato', 'Lefebvre', 'Moreau', 'Kobayashi', 'Fischer', 'Weber', 'Lopez', 'Brown', 'Nakamura'] AS lasts,
    ARRAY['example.com', 'mail.example', 'example.org', 'inbox.example', 'example.net'] AS domains,
    -- English: subjects and sentences per category (1 USER_ERROR, 2 ACCOUNT_SECURITY, 3 FUNDS_HOLD,
    -- 4 RESTRICTION, 5 LOSS_CLAIM, 6 GENERAL); %1$s coin, %2$s network, %3$s amount
    ARRAY['Sent %1$s on the wrong network', 'Deposit of %1$s not credited', 'Forgot the memo on my %1$s deposit',
          'I think I was scammed', 'Wrong address for my %1$s withdrawal', 'Fake support account contacted me',
          'Did not understand the futures liquidation', 'Transferred %1$s to a contract address'] AS en_s1,
    ARRAY['Someone logged into my account', 'API key used for trades I did not make', 'Unknown withdrawal of %1$s',
          'Two-factor authentication reset', 'Password changed without my consent', 'Suspicious login from a new device'] AS en_s2,
    ARRAY['Withdrawal of %1$s on hold', 'Why are my funds frozen?', 'Withdrawal pending for days', 'Deposit of %1$s held for review',
          'Cannot withdraw my %1$s'] AS en_s3,
    ARRAY['My account is restricted', 'Account suspended without explanation', 'Why can I only withdraw?',
          'Trading disabled on my account', 'Appeal against the restriction of my account'] AS en_s4,
    ARRAY['Claim for losses during the outage', 'Order executed at the wrong price', 'Compensation for a failed %1$s withdrawal',
          'Liquidated during maintenance', 'Lost %1$s because of a platform error'] AS en_s5,
    ARRAY['Question about fees', 'How do I verify my identity?', 'Change my email address', 'Close my account',
          'Tax statement for last year', 'Staking rewards on %1$s', 'The app keeps crashing', 'Referral bonus not received'] AS en_s6,
    ARRAY['I sent %1$s on the %2$s network to my account but it never arrived.',
          'I think I used the wrong network for the deposit.',
          'I forgot the memo when I deposited %3$s %1$s.',
          'A person claiming to be your support asked me for my seed phrase and now my wallet is empty.',
          'I clicked a link in an email that looked like yours and entered my password.',
          'I pasted the wrong address and the %1$s went to a contract address.',
          'I did not understand that a futures position could be liquidated this fast.',
          'Can you recover the funds from the %2$s network?'] AS en_t1,
    ARRAY['I received an email about a login from a device I do not know.',
          'Someone changed my password and my two-factor authentication.',
          'There were trades on my account through an API key I never created.',
          'A withdrawal of %3$s %1$s that I did not make left my account.',
          'Please freeze my account immediately, I think it was hacked.',
          'My phone was stolen and I cannot receive the authentication codes.',
          'I no longer have access to the email address registered on my account.'] AS en_t2,
    ARRAY['My withdrawal of %3$s %1$s is still pending after three days.',
          'The withdrawal is still pending and nobody answers my messages.',
          'My deposit was credited but my funds are frozen for review.',
          'I provided every document you asked for and the funds are still on hold.',
          'I need the money to pay my rent, please release it.',
          'The app says the withdrawal is under review but gives no reason.',
          'Why does a compliance check take this long?'] AS en_t3,
    ARRAY['My account was restricted and I can only withdraw.',
          'I was told my account is suspended but not why.',
          'I cannot open new positions since yesterday.',
          'I would like to appeal the restriction on my account.',
          'I have been a customer for years and never broke any rule.',
          'The restriction notice does not say when it ends.'] AS en_t4,
    ARRAY['During the outage I could not close my position and lost %3$s %1$s.',
          'My stop loss was not executed and the position was liquidated.',
          'The order was filled far away from the market price.',
          'I ask for compensation for the losses caused by your platform.',
          'The maintenance was not announced and my orders were cancelled.',
          'I attach the screenshots showing the price at that moment.'] AS en_t5,
    ARRAY['How do I complete the identity verification?',
          'I would like to change the email address on my account.',
          'Where can I download a tax statement for last year?',
          'The staking rewards for %1$s were lower than announced.',
          'The mobile app crashes when I open the wallet page.',
          'I did not receive the referral bonus for my friend.',
          'Please close my account and send me the remaining balance.',
          'What are the fees for withdrawing %1$s on %2$s?'] AS en_t6,
    ARRAY['I have already contacted the chat twice.', 'Please answer as soon as possible.', 'This is the second time this happens.',
          'I am very disappointed with the service.', 'Thank you for your help.', 'I can send screenshots if needed.',
          'My account email is the one I am writing from.', 'I will go to the regulator if this is not solved.',
          'It is urgent.', 'Nobody has replied to my previous message.'] AS en_g,
    ARRAY['Hello,', 'Hi,', 'Good morning,', 'Dear support team,', 'Hello support,'] AS en_open,
    ARRAY['Regards', 'Thanks', 'Best regards', 'Thank you', 'Cheers'] AS en_close,
    -- French
    ARRAY['Dépôt de %1$s envoyé sur le mauvais réseau', 'Connexion inconnue sur mon compte', 'Retrait de %1$s bloqué',
          'Mon compte est restreint', 'Perte pendant la panne', 'Question sur les frais'] AS fr_s,
    ARRAY['J''ai envoyé des %1$s sur le réseau %2$s et ils ne sont jamais arrivés.', 'J''ai oublié le mémo lors du dépôt.',
          'Quelqu''un s''est connecté à mon compte depuis un appareil inconnu.', 'Je n''ai plus accès à mon adresse e-mail.',
          'Mon retrait de %3$s %1$s est toujours en attente depuis trois jours.', 'Mes fonds sont bloqués sans explication.',
          'Je ne peux plus que retirer mes fonds depuis hier.', 'Je conteste la restriction de mon compte.',
          'Pendant la panne je n''ai pas pu fermer ma position.', 'Je demande une indemnisation pour mes pertes.',
          'Comment vérifier mon identité ?', 'Quels sont les frais de retrait en %1$s ?'] AS fr_t,
    ARRAY['Merci de me répondre rapidement.', 'J''ai déjà contacté le chat deux fois.', 'C''est urgent.',
          'Je peux envoyer des captures d''écran.'] AS fr_g,
    -- Japanese
    ARRAY['%1$sを間違ったネットワークに送金しました', '不明なログインがありました', '%1$sの出金が保留されています',
          'アカウントが制限されています', '障害中の損失について', '手数料について'] AS ja_s,
    ARRAY['%2$sネットワークで%1$sを送金しましたが、まだ届いていません。', '入金の際にメモを入れ忘れました。',
          '知らない端末から私のアカウントにログインがありました。', '登録したメールアドレスにアクセスできません。',
          '%3$s %1$sの出金が三日間保留のままです。', '理由の説明なく資金が凍結されています。',
          '昨日から出金しかできません。', 'アカウントの制限に異議を申し立てます。',
          '障害中にポジションを決済できませんでした。', '損失の補償をお願いします。',
          '本人確認の方法を教えてください。', '%1$sの出金手数料はいくらですか。'] AS ja_t,
    ARRAY['至急ご対応ください。', 'チャットにも二回問い合わせました。', 'スクリーンショットを送れます。',
          'よろしくお願いいたします。'] AS ja_g
), base AS (
    SELECT n, p.*,
           -- 16 independent uniform draws in [0, 1) per case
           (hashint8(n * 32 + 1)::float8 + 2147483648) / 4294967296 AS u1,
           (hashint8(n * 32 + 2)::float8 + 2147483648) / 4294967296 AS u2,
           (hashint8(n * 32 + 3)::float8 + 2147483648) / 4294967296 AS u3,
           (hashint8(n * 32 + 4)::float8 + 2147483648) / 4294967296 AS u4,
           (hashint8(n * 32 + 5)::float8 + 2147483648) / 4294967296 AS u5,
           (hashint8(n * 32 + 6)::float8 + 2147483648) / 4294967296 AS u6,
           (hashint8(n * 32 + 7)::float8 + 2147483648) / 4294967296 AS u7,
           (hashint8(n * 32 + 8)::float8 + 2147483648) / 4294967296 AS u8,
           (hashint8(n * 32 + 9)::float8 + 2147483648) / 4294967296 AS u9,
           (hashint8(n * 32 + 10)::float8 + 2147483648) / 4294967296 AS u10,
           (hashint8(n * 32 + 11)::float8 + 2147483648) / 4294967296 AS u11,
           (hashint8(n * 32 + 12)::float8 + 2147483648) / 4294967296 AS u12,
           (hashint8(n * 32 + 13)::float8 + 2147483648) / 4294967296 AS u13,
           (hashint8(n * 32 + 14)::float8 + 2147483648) / 4294967296 AS u14,
           (hashint8(n * 32 + 15)::float8 + 2147483648) / 4294967296 AS u15,
           (hashint8(n * 32 + 16)::float8 + 2147483648) / 4294967296 AS u16,
           hashint8(n * 32 + 17) & 2147483647 AS h1,
           hashint8(n * 32 + 18) & 2147483647 AS h2,
           hashint8(n * 32 + 19) & 2147483647 AS h3
    FROM pools p, generate_series(1, :n) AS n OFFSET 0
), c1 AS (
    SELECT b.*,
           -- evenly over DAYS days up to 10 minutes ago, jittered by up to one slot, with microseconds
           statement_timestamp() - interval '10 minutes'
               - make_interval(secs => ((:n - n) + u16) * (:days * 86400.0 / :n)) AS opened_at,
           CASE WHEN u1 < 0.35 THEN 'CHAT' WHEN u1 < 0.60 THEN 'EMAIL' WHEN u1 < 0.83 THEN 'WEB_FORM'
                WHEN u1 < 0.91 THEN 'SOCIAL_MEDIA' WHEN u1 < 0.92 THEN 'REGULATOR'
                WHEN :accounts > 0 THEN 'INTERNAL' ELSE 'WEB_FORM' END AS channel,
           CASE WHEN u2 < 0.25 THEN 1 WHEN u2 < 0.35 THEN 2 WHEN u2 < 0.50 THEN 3 WHEN u2 < 0.58 THEN 4
                WHEN u2 < 0.63 THEN 5 ELSE 6 END AS cat,
           CASE WHEN u7 < 0.80 THEN 'en' WHEN u7 < 0.92 THEN 'fr' ELSE 'ja' END AS language,
           coins[1 + h1 % 15] AS coin, networks[1 + h2 % 9] AS network,
           to_char(1 + (h3 % 500000) / 100.0, 'FM999990.00') AS amount
    FROM base b OFFSET 0
), c2 AS (
    SELECT c.*,
           (ARRAY['USER_ERROR', 'ACCOUNT_SECURITY', 'FUNDS_HOLD', 'RESTRICTION', 'LOSS_CLAIM', 'GENERAL'])[cat] AS category,
           CASE WHEN cat = 1 AND u3 < 0.85 THEN (ARRAY['WRONG_NETWORK', 'WRONG_ADDRESS', 'PHISHING', 'SCAM', 'PRODUCT_MISUNDERSTANDING'])[1 + floor(u3 * 100)::int % 5]
                WHEN cat = 2 AND u3 < 0.80 THEN (ARRAY['API_KEY_COMPROMISE', 'ACCOUNT_TAKEOVER'])[1 + floor(u3 * 100)::int % 2] END AS subcategory,
           CASE WHEN cat = 2 THEN CASE WHEN u4 < 0.15 THEN 'P1' WHEN u4 < 0.55 THEN 'P2' WHEN u4 < 0.95 THEN 'P3' ELSE 'P4' END
                WHEN cat = 5 THEN CASE WHEN u4 < 0.05 THEN 'P1' WHEN u4 < 0.35 THEN 'P2' WHEN u4 < 0.90 THEN 'P3' ELSE 'P4' END
                ELSE CASE WHEN u4 < 0.02 THEN 'P1' WHEN u4 < 0.14 THEN 'P2' WHEN u4 < 0.76 THEN 'P3' ELSE 'P4' END END AS priority,
           CASE WHEN :accounts > 0 AND (u5 < 0.78 OR channel = 'INTERNAL')
                THEN 'BENCH-' || lpad((1 + floor(u6 * :accounts))::bigint::text, 7, '0') END AS account_id,
           firsts[1 + floor(u8 * 20)::int] AS first_name, lasts[1 + floor(u15 * 20)::int] AS last_name,
           extract(epoch FROM statement_timestamp() - opened_at)::float8 AS age
    FROM c1 c OFFSET 0
), c3 AS (
    SELECT c.*,
           CASE WHEN channel = 'SOCIAL_MEDIA' THEN 'social'
                WHEN cat = 2 THEN 'security' WHEN cat IN (3, 4) THEN 'compliance' WHEN cat = 5 THEN 'claims'
                WHEN channel = 'REGULATOR' THEN 'supervisors' ELSE 'frontline' END AS intake_queue,
           CASE priority WHEN 'P1' THEN 900 WHEN 'P2' THEN 3600 WHEN 'P3' THEN 14400 ELSE 86400 END AS ft,
           CASE priority WHEN 'P1' THEN 14400 WHEN 'P2' THEN 86400 WHEN 'P3' THEN 259200 ELSE 432000 END AS rt,
           CASE WHEN channel = 'INTERNAL' THEN NULL
                WHEN channel = 'REGULATOR' THEN 'Complaints desk, ' || (ARRAY['AMF', 'BaFin', 'FSA', 'CNMV', 'Consob'])[1 + n % 5]
                ELSE first_name || ' ' || last_name END AS customer_name,
           CASE WHEN channel = 'INTERNAL' THEN NULL
                WHEN channel = 'SOCIAL_MEDIA' THEN '@' || lower(translate(first_name, 'éèêëÉöüä', 'eeeeEoua')) || '_' || (n % 100000)
                WHEN channel = 'REGULATOR' THEN 'complaints@regulator.example'
                ELSE lower(translate(first_name || '.' || last_name, 'éèêëÉöüä', 'eeeeEoua')) || (n % 1000) || '@' || domains[1 + n % 5] END AS customer_contact,
           -- the life of the case, from its age: DONE (resolved, maybe closed), WORK (new or open, clocks running),
           -- WAIT (waiting on the customer), ESC (escalated by hand), BACK (breached, back in work), MERGED
           CASE WHEN age > 14 * 86400 THEN
                    CASE WHEN u9 < 0.015 THEN 'WAIT' WHEN u9 < 0.025 THEN 'BACK' WHEN u9 < 0.030 THEN 'ESC'
                         WHEN u9 < 0.036 AND n > 25 THEN 'MERGED' ELSE 'DONE' END
                ELSE CASE WHEN u9 < 0.50 THEN 'DONE' WHEN u9 < 0.75 THEN 'WORK' WHEN u9 < 0.92 THEN 'WAIT'
                          WHEN u9 < 0.97 THEN 'ESC' WHEN n > 25 THEN 'MERGED' ELSE 'WORK' END END AS fate_raw,
           -- share of the first-response target used when staff first answered: 93 % in time
           CASE WHEN u13 < 0.93 THEN 0.05 + 0.90 * u14 ELSE 1.05 + 1.5 * u14 END AS fr_share,
           -- share of the resolution target used at resolution: 90 % in time
           CASE WHEN u10 < 0.90 THEN 0.05 + 0.85 * u11 ELSE 1.02 + 2.0 * u11 END AS res_share,
           -- time spent waiting on the customer before resolution (a quarter of cases, up to 2 days)
           CASE WHEN u12 < 0.25 THEN floor(u12 * 4 * 172800) ELSE 0 END AS pause_raw
    FROM c2 c OFFSET 0
), c4 AS (
    -- DONE: when it was answered, resolved, closed (all in the past), and whether a clock breached;
    -- a young case waits on the customer only if staff answered it well before now
    SELECT c.*,
           CASE WHEN fate_raw = 'WAIT' AND least(fr_share, 0.95) * ft >= 0.5 * age THEN 'WORK' ELSE fate_raw END AS fate,
           least(1.0, greatest(age - 600, 60) * 0.9 / (res_share * rt + pause_raw)) AS squeeze
    FROM c3 c OFFSET 0
), c5 AS (
    SELECT c.*,
           floor(res_share * rt * squeeze) AS done_active,
           floor(pause_raw * squeeze) AS done_paused,
           -- first answer: for DONE not after resolution, for the others at fr_share of its target
           floor(least(fr_share * ft, res_share * rt * squeeze * 0.9)) AS done_first
    FROM c4 c OFFSET 0
), c6 AS (
    SELECT c.*,
           -- running time now, for cases whose clocks run (no pause so far)
           age AS run_s,
           -- WORK/ESC/BACK: answered yet?
           (fate IN ('WORK', 'ESC', 'BACK') AND fr_share * ft < age) AS answered,
           -- WAIT: answered, then waiting from a moment before the resolution warning
           least(fr_share * ft + u11 * 0.5 * rt, 0.75 * rt, age * (0.2 + 0.7 * u11)) AS wait_elapsed
    FROM c5 c OFFSET 0
), c7 AS (
    SELECT c.*,
           CASE WHEN fate = 'WAIT' THEN least(fr_share, 0.95) * ft ELSE fr_share * ft END AS first_s,
           -- first clock state now for an unanswered case, resolution clock state now for a running one
           CASE WHEN run_s >= ft THEN 'BREACHED' WHEN run_s >= 0.8 * ft THEN 'WARNING' ELSE 'RUNNING' END AS fs_open,
           CASE WHEN run_s >= rt THEN 'BREACHED' WHEN run_s >= 0.8 * rt THEN 'WARNING' ELSE 'RUNNING' END AS rs_open
    FROM c6 c OFFSET 0
), c8 AS (
    SELECT c.*,
           CASE WHEN fate IN ('WORK', 'ESC', 'BACK') THEN
                    (NOT answered AND fs_open = 'BREACHED') OR (answered AND first_s > ft)
                WHEN fate = 'DONE' THEN done_first > ft
                WHEN fate = 'WAIT' THEN least(fr_share, 0.95) * ft > ft
                ELSE false END AS fr_breached,
           CASE WHEN fate IN ('WORK', 'ESC', 'BACK') THEN rs_open = 'BREACHED'
                WHEN fate = 'DONE' THEN done_active > rt
                ELSE false END AS res_breached
    FROM c7 c OFFSET 0
), c9 AS (
    SELECT c.*,
           (fr_breached OR res_breached) AS breached,
           -- when the sweep escalated it: the first breach moment
           CASE WHEN fate = 'DONE' THEN
                    CASE WHEN done_first > ft THEN opened_at + make_interval(secs => ft)
                         WHEN done_active > rt THEN opened_at + make_interval(secs => rt + done_paused) END
                WHEN fate IN ('WORK', 'ESC', 'BACK') THEN
                    CASE WHEN fr_breached THEN opened_at + make_interval(secs => ft)
                         WHEN res_breached THEN opened_at + make_interval(secs => rt)
                         WHEN fate = 'ESC' THEN opened_at + make_interval(secs => least(age * 0.5, 0.5 * ft)) END END AS escalated_at_v,
           CASE WHEN fate = 'DONE' THEN opened_at + make_interval(secs => done_active + done_paused) END AS resolved_at_v
    FROM c8 c OFFSET 0
), fin AS (
    SELECT c.*,
           CASE fate
                WHEN 'DONE' THEN CASE WHEN resolved_at_v + interval '14 days 15 seconds' <= statement_timestamp() THEN 'CLOSED' ELSE 'RESOLVED' END
                WHEN 'MERGED' THEN 'CLOSED'
                WHEN 'WAIT' THEN 'WAITING_ON_CUSTOMER'
                WHEN 'ESC' THEN 'ESCALATED'
                WHEN 'BACK' THEN CASE WHEN breached AND u3 < 0.6 THEN 'OPEN' ELSE 'ESCALATED' END
                ELSE CASE WHEN breached THEN CASE WHEN u3 < 0.6 THEN 'OPEN' ELSE 'ESCALATED' END
                          WHEN answered THEN 'OPEN' ELSE 'NEW' END END AS state_v,
           CASE WHEN fate = 'DONE' THEN opened_at + make_interval(secs => done_first)
                WHEN fate = 'WAIT' THEN opened_at + make_interval(secs => first_s)
                WHEN fate IN ('WORK', 'ESC', 'BACK') AND answered THEN opened_at + make_interval(secs => first_s)
                WHEN fate = 'MERGED' THEN NULL END AS first_response_at_v,
           CASE WHEN fate = 'WAIT' THEN opened_at + make_interval(secs => greatest(wait_elapsed, first_s)) END AS paused_since_v
    FROM c9 c OFFSET 0
), rows AS (
    SELECT f.*,
           -- the worse of the two clocks, as SupportCase.refreshSla ranks them (MET < PAUSED < RUNNING < WARNING < BREACHED)
           CASE WHEN fate = 'DONE' THEN CASE WHEN breached THEN 'BREACHED' ELSE 'MET' END
                WHEN fate = 'WAIT' THEN 'PAUSED'
                WHEN fate = 'MERGED' THEN 'RUNNING'
                WHEN breached THEN 'BREACHED'
                WHEN answered THEN rs_open
                WHEN fs_open = 'WARNING' OR rs_open = 'WARNING' THEN 'WARNING'
                ELSE 'RUNNING' END AS sla_state_v,
           CASE WHEN fate IN ('WORK', 'ESC', 'BACK') THEN
                    CASE WHEN answered THEN opened_at + make_interval(secs => rt)
                         ELSE opened_at + make_interval(secs => least(ft, rt)) END END AS sla_due_at_v,
           CASE WHEN fate = 'DONE' AND resolved_at_v + interval '14 days 15 seconds' > statement_timestamp() THEN resolved_at_v + interval '14 days'
                WHEN fate IN ('WORK', 'ESC', 'BACK') THEN
                    (SELECT min(t) FROM (VALUES
                        (CASE WHEN NOT answered AND fs_open = 'RUNNING' THEN opened_at + make_interval(secs => 0.8 * ft)
                              WHEN NOT answered AND fs_open = 'WARNING' THEN opened_at + make_interval(secs => ft) END),
                        (CASE WHEN rs_open = 'RUNNING' THEN opened_at + make_interval(secs => 0.8 * rt)
                              WHEN rs_open = 'WARNING' THEN opened_at + make_interval(secs => rt) END)) AS v(t)) END AS sla_check_at_v
    FROM fin f OFFSET 0
), ins AS (
    INSERT INTO support_case (id, ticket, merged_into_id, channel, account_id, customer_name, customer_contact, language,
                              subject, description, search_text, category, subcategory, complaint, priority, queue, assignee,
                              state, outcome, opened_at, opened_by, decision_due_at, first_response_target_s,
                              resolution_target_s, paused_s, paused_since, first_response_at, first_response_paused_s,
                              resolved_at, closed_at, escalated_at, sla_state, sla_due_at, sla_check_at,
                              first_response_breached, resolution_breached, reopened, outbound_count, updated_at, version)
    SELECT 1000000000 + n, t.ticket,
           CASE WHEN fate = 'MERGED' THEN 1000000000 + n - 1 - (h1 % 20) END,
           channel, account_id, customer_name, customer_contact, language,
           x.subject, x.description,
           lower(x.subject || ' ' || x.description || coalesce(' ' || customer_contact, '')),
           category, subcategory,
           CASE WHEN u14 < 0.03 THEN NOT (channel IN ('REGULATOR', 'SOCIAL_MEDIA') OR cat IN (3, 4, 5))
                ELSE channel IN ('REGULATOR', 'SOCIAL_MEDIA') OR cat IN (3, 4, 5) END,
           priority,
           CASE WHEN state_v IN ('ESCALATED') OR (breached AND state_v <> 'OPEN') THEN 'supervisors'
                ELSE intake_queue END,
           CASE WHEN state_v = 'NEW' AND u16 < 0.7 THEN NULL ELSE 'agent' || lpad((1 + h2 % 60)::text, 2, '0') END,
           state_v,
           CASE WHEN resolved_at_v IS NOT NULL THEN
                CASE WHEN u15 < 0.20 THEN 'IN_CUSTOMER_FAVOUR' WHEN u15 < 0.30 THEN 'PARTIALLY_IN_FAVOUR'
                     WHEN u15 < 0.50 THEN 'NOT_IN_FAVOUR' WHEN u15 < 0.95 THEN 'ANSWERED' ELSE 'WITHDRAWN' END END,
           opened_at,
           CASE WHEN channel = 'INTERNAL' THEN 'agent' || lpad((1 + h3 % 60)::text, 2, '0') ELSE 'exchange' END,
           opened_at + interval '2 months',
           ft, rt,
           CASE WHEN fate = 'DONE' THEN done_paused ELSE 0 END,
           paused_since_v,
           first_response_at_v,
           CASE WHEN first_response_at_v IS NOT NULL THEN 0 END,
           resolved_at_v,
           CASE WHEN fate = 'MERGED' THEN opened_at + make_interval(secs => least(age * 0.5, 0.5 * ft))
                WHEN state_v = 'CLOSED' THEN resolved_at_v + interval '14 days' + make_interval(secs => 15 * u16) END,
           escalated_at_v,
           sla_state_v, sla_due_at_v, sla_check_at_v,
           fr_breached, res_breached,
           0,
           CASE WHEN first_response_at_v IS NULL THEN 0 ELSE 1 + h3 % 4 END,
           greatest(opened_at, first_response_at_v, paused_since_v, escalated_at_v, resolved_at_v,
                    CASE WHEN fate = 'MERGED' THEN opened_at + make_interval(secs => least(age * 0.5, 0.5 * ft))
                         WHEN state_v = 'CLOSED' THEN resolved_at_v + interval '14 days' + make_interval(secs => 15 * u16) END),
           CASE WHEN state_v = 'NEW' THEN 1 ELSE 2 + h1 % 6 END
    FROM rows r,
         LATERAL (SELECT 'RD-' || substr(a, (x / 21870000000 % 30)::int + 1, 1) || substr(a, (x / 729000000 % 30)::int + 1, 1) || substr(a, (x / 24300000 % 30)::int + 1, 1) || substr(a, (x / 810000 % 30)::int + 1, 1)
                         || '-' || substr(a, (x / 27000 % 30)::int + 1, 1) || substr(a, (x / 900 % 30)::int + 1, 1) || substr(a, (x / 30 % 30)::int + 1, 1) || substr(a, (x / 1 % 30)::int + 1, 1) AS ticket
                  FROM (SELECT (n::bigint * 13841287201 + 98765431) % 656100000000 AS x,
                               '23456789ABCDEFGHJKMNPQRSTVWXYZ'::text AS a) AS tk) AS t,
         LATERAL (SELECT
             CASE language
                 WHEN 'fr' THEN format(fr_s[1 + (cat - 1) % 6], coin, network, amount)
                 WHEN 'ja' THEN format(ja_s[1 + (cat - 1) % 6], coin, network, amount)
                 ELSE format((CASE cat WHEN 1 THEN en_s1 WHEN 2 THEN en_s2 WHEN 3 THEN en_s3 WHEN 4 THEN en_s4 WHEN 5 THEN en_s5 ELSE en_s6 END)
                             [1 + h1 % (CASE cat WHEN 1 THEN 8 WHEN 2 THEN 6 WHEN 3 THEN 5 WHEN 4 THEN 5 WHEN 5 THEN 5 ELSE 8 END)],
                             coin, network, amount) END AS subject,
             CASE language
                 WHEN 'fr' THEN 'Bonjour, ' || format(fr_t[1 + 2 * (cat - 1) + h2 % 2], coin, network, amount) || ' '
                      || format(fr_t[1 + (2 * (cat - 1) + 1 + h2 % 2) % 12], coin, network, amount)
                      || format(' Référence : commande %s, montant %s %s, transaction 0x%s. ', 10000000 + h3 % 90000000, amount, coin,
                                substr(md5(n::text), 1, 24))
                      || fr_g[1 + h1 % 4] || ' Cordialement, ' || coalesce(first_name, '')
                 WHEN 'ja' THEN 'お世話になっております。' || format(ja_t[1 + 2 * (cat - 1) + h2 % 2], coin, network, amount)
                      || format(ja_t[1 + (2 * (cat - 1) + 1 + h2 % 2) % 12], coin, network, amount)
                      || format(' 参照：注文 %s、金額 %s %s、トランザクション 0x%s。', 10000000 + h3 % 90000000, amount, coin,
                                substr(md5(n::text), 1, 24))
                      || ja_g[1 + h1 % 4]
                 ELSE en_open[1 + h3 % 5] || ' '
                      || (SELECT string_agg(format(pool[1 + (h2 + i * (1 + h3 % 2)) % cardinality(pool)],
                                                   coin, network, amount), ' ' ORDER BY i)
                          FROM (SELECT CASE cat WHEN 1 THEN en_t1 WHEN 2 THEN en_t2 WHEN 3 THEN en_t3 WHEN 4 THEN en_t4
                                                WHEN 5 THEN en_t5 ELSE en_t6 END AS pool) AS s,
                               generate_series(0, 1 + (h1 % 2)) AS i)
                      || format(' Reference: order %s, amount %s %s, transaction 0x%s. ', 10000000 + h3 % 90000000, amount, coin,
                                substr(md5(n::text), 1, 24))
                      || en_g[1 + h2 % 10] || ' ' || en_close[1 + h1 % 5] || ', ' || coalesce(first_name, '') END AS description) AS x
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO seed_count SELECT count(*) FROM ins;

DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT indexdef FROM seed_saved_index LOOP EXECUTE r.indexdef; END LOOP;
END $$;
SELECT n FROM seed_count;
COMMIT;
SQL
)
say "inserted $inserted new cases; vacuum and analyze"
"${PSQL[@]}" -c "VACUUM (ANALYZE) support_case"
elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
"${PSQL[@]}" -c "SELECT state, count(*) AS cases, round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct,
       count(*) FILTER (WHERE queue = 'frontline') AS frontline, count(*) FILTER (WHERE merged_into_id IS NOT NULL) AS merged
FROM support_case WHERE id > 1000000000 GROUP BY 1 ORDER BY 2 DESC" \
    -c "SELECT sla_state, count(*) AS cases FROM support_case WHERE id > 1000000000 GROUP BY 1 ORDER BY 2 DESC" \
    -c "SELECT queue, count(*) AS cases, count(*) FILTER (WHERE state IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')) AS active
FROM support_case WHERE id > 1000000000 GROUP BY 1 ORDER BY 2 DESC" \
    -c "SELECT min(opened_at) AS first_opened, max(opened_at) AS last_opened,
       round(avg(length(description))) AS avg_description, max(length(search_text)) AS max_search_text,
       count(*) FILTER (WHERE sla_check_at <= now()) AS due_for_the_sweep,
       pg_size_pretty(pg_total_relation_size('support_case')) AS table_and_indexes
FROM support_case WHERE id > 1000000000"
say "seeded $N cases ($inserted new) in $elapsed s (insert, indexes, VACUUM ANALYZE)"
