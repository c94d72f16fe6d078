#!/usr/bin/env bash
# Seeds the transaction graph for bench/screening-benchmark.sh, set-based in SQL (no application call):
#
#   SEED_DB=redress_screening_bench SEED_USER=redress_screening_bench bench/seed-screening.sh addresses 1000000 3000000
#   SEED_DB=... SEED_USER=... bench/seed-screening.sh intel-json      > intel.json   (the synthetic vendor list, CSV in JSON)
#   SEED_DB=... SEED_USER=... bench/seed-screening.sh flagged-edges                    (after the lists are imported)
#
# addresses N T: N addresses in bench_address(n, chain, address), valid in their chain's format: 3 in 4 EVM ('0x' and
# 40 lower-case hex digits, from sha256 of the number), 1 in 4 Bitcoin P2PKH (Base58Check of version 0 and a 20-byte
# hash, the checksum a double SHA-256, encoded by a PL/pgSQL function); the first 0.2 % of each chain's addresses are
# hubs (exchanges, services). Then T transfers in chain_transfer, each chain's share in proportion to its addresses:
# EVM 4 in 5 ETH, 1 in 5 USDT; Bitcoin XBT. A transfer's sender is a hub 1 time in 4, its receiver 1 time in 20, else
# any address of the chain (so hubs have 75 transfers in on average where other addresses have 3, and every trace
# that meets a hub fans out); amounts log-uniform over 5 decades, 2 % dust (below the dust thresholds); random
# pairs make cycles of every length. Ids 1e12 + n, far above what chain_transfer_seq gives the application.
#
# flagged-edges: for every listing in force on an EVM address (ETH, USDT lists) or a Bitcoin address (XBT list) --
# OFAC's, imported through the REST API as an import writes them, and bench-intel's -- 20 transfers out of it (1 in 5
# to a hub, 15 % dust) and 3 transfers into it, so that flagged funds spread into the graph.
#
# Deterministic: every draw is hashint8 of the row's number.
set -euo pipefail

SEED_DB=${SEED_DB:-redress_screening_bench}
SEED_USER=${SEED_USER:-redress_screening_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
what=${1:?addresses N T, intel-json or flagged-edges}
psql_seed() { PGOPTIONS='-c client_min_messages=warning -c jit=off' psql -X -q -v ON_ERROR_STOP=1 -U "$SEED_USER" -d "$SEED_DB" "$@"; }

functions() {
    cat <<'SQL'
-- a draw in [0, 1) from row n and stream k
CREATE FUNCTION pg_temp.u(n bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
$$ SELECT (hashint8(n * 64 + k)::bigint & 2147483647)::float8 / 2147483648.0 $$;
-- Base58Check of a payload (Bitcoin's alphabet, checksum: the first 4 bytes of a double SHA-256)
CREATE FUNCTION pg_temp.b58check(payload bytea) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    b bytea := payload || substring(sha256(sha256(payload)) FROM 1 FOR 4);
    alphabet text := '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    v numeric := 0;
    res text := '';
    i int;
BEGIN
    FOR i IN 0 .. length(b) - 1 LOOP
        v := v * 256 + get_byte(b, i);
    END LOOP;
    WHILE v > 0 LOOP
        res := substr(alphabet, (mod(v, 58))::int + 1, 1) || res;
        v := div(v, 58);
    END LOOP;
    FOR i IN 0 .. length(b) - 1 LOOP
        EXIT WHEN get_byte(b, i) <> 0;
        res := '1' || res;
    END LOOP;
    RETURN res;
END $$;
SQL
}

case "$what" in
addresses)
    N=${2:?addresses}
    T=${3:?transfers}
    [[ "$N" =~ ^[1-9][0-9]*$ && "$T" =~ ^[1-9][0-9]*$ && "$N" -ge 1000 ]] || { echo "[seed] N (>= 1000) and T are numbers" >&2; exit 2; }
    E=$((N * 3 / 4))
    B=$((N - E))
    HE=$((E / 500)); HB=$((B / 500))
    [ "$HE" -ge 1 ] || HE=1; [ "$HB" -ge 1 ] || HB=1
    TE=$((T * 3 / 4))
    began=$SECONDS
    { functions; cat <<SQL
CREATE TABLE IF NOT EXISTS bench_address (n INTEGER PRIMARY KEY, chain VARCHAR(8) NOT NULL, address VARCHAR(64) NOT NULL);
INSERT INTO bench_address
SELECT n, CASE WHEN n <= $E THEN 'ETH' ELSE 'XBT' END,
       CASE WHEN n <= $E THEN '0x' || substr(encode(sha256(convert_to('redress-bench-evm-' || n, 'UTF8')), 'hex'), 1, 40)
            ELSE pg_temp.b58check('\\x00'::bytea || substring(sha256(convert_to('redress-bench-btc-' || n, 'UTF8')) FROM 1 FOR 20)) END
FROM generate_series(1, $N) n
ON CONFLICT DO NOTHING;
\\echo addresses inserted
INSERT INTO chain_transfer (id, chain, tx_hash, output_index, asset, from_address, to_address, amount, occurred_at, received_at)
SELECT 1000000000000 + d.t, d.chain,
       CASE WHEN d.chain = 'ETH' THEN '0x' ELSE '' END || encode(sha256(convert_to('redress-bench-tx-' || d.t, 'UTF8')), 'hex'),
       0, d.asset, s.address, r.address,
       CASE WHEN d.dust THEN CASE d.asset WHEN 'XBT' THEN 0.00000546 WHEN 'ETH' THEN 0.0000001 ELSE 0.01 END
            ELSE round((10 ^ (pg_temp.u(d.t, 6) * 5 + CASE d.asset WHEN 'XBT' THEN -3 WHEN 'ETH' THEN -2 ELSE 0 END))::numeric, 8) END,
       d.at, d.at
FROM (
    SELECT t, chain, asset, dust, at, sn,
           CASE WHEN rn0 = sn THEN lo + (rn0 - lo + 1) % size ELSE rn0 END AS rn
    FROM (
        SELECT t, c.chain, c.lo, c.size,
               CASE WHEN c.chain = 'XBT' THEN 'XBT' WHEN pg_temp.u(t, 1) < 0.8 THEN 'ETH' ELSE 'USDT' END AS asset,
               pg_temp.u(t, 7) < 0.02 AS dust,
               now() - interval '365 days' * pg_temp.u(t, 8) AS at,
               c.lo + CASE WHEN pg_temp.u(t, 2) < 0.25 THEN floor(pg_temp.u(t, 3) * c.hubs) ELSE floor(pg_temp.u(t, 3) * c.size) END::int AS sn,
               c.lo + CASE WHEN pg_temp.u(t, 4) < 0.05 THEN floor(pg_temp.u(t, 5) * c.hubs) ELSE floor(pg_temp.u(t, 5) * c.size) END::int AS rn0
        FROM generate_series(1, $T) t
        CROSS JOIN LATERAL (SELECT CASE WHEN t <= $TE THEN 'ETH' ELSE 'XBT' END AS chain,
                                   CASE WHEN t <= $TE THEN 1 ELSE $E + 1 END AS lo,
                                   CASE WHEN t <= $TE THEN $E ELSE $B END AS size,
                                   CASE WHEN t <= $TE THEN $HE ELSE $HB END AS hubs) c
    ) x
) d
JOIN bench_address s ON s.n = d.sn
JOIN bench_address r ON r.n = d.rn
ON CONFLICT DO NOTHING;
\\echo transfers inserted
ANALYZE bench_address;
ANALYZE chain_transfer;
SQL
    } | psql_seed
    psql_seed -tA -c "SELECT 'seeded ' || (SELECT count(*) FROM bench_address) || ' addresses (' || $HE + $HB || ' hubs), '
        || (SELECT count(*) FROM chain_transfer) || ' transfers (' || string_agg(asset || ' ' || n, ', ') || ') in $((SECONDS - began)) s'
        FROM (SELECT asset, count(*) n FROM chain_transfer GROUP BY asset ORDER BY asset) a"
    ;;
intel-json)
    # about 1 address in 2,000 on a vendor's list: MIXER 40 %, HACK 30 %, SCAM 30 %; JSON for POST /flagged-address-imports
    psql_seed -tA <<'SQL'
SELECT json_build_object('source', 'bench-intel', 'format', 'CSV', 'files', json_build_array(json_build_object(
           'name', 'bench-intel.csv',
           'content', E'address,asset,category,severity,label\n' || string_agg(address || ',' || asset || ',' || category || ',HIGH,bench ' || lower(category) || ' ' || n, E'\n' ORDER BY n))))
FROM (SELECT n, address, chain AS asset,
             CASE WHEN (hashint8(n::bigint * 64 + 11)::bigint & 1023) < 410 THEN 'MIXER'
                  WHEN (hashint8(n::bigint * 64 + 11)::bigint & 1023) < 717 THEN 'HACK' ELSE 'SCAM' END AS category
      FROM bench_address WHERE (hashint8(n::bigint * 64 + 10)::bigint & 2147483647) < 1073742) f;
SQL
    ;;
flagged-edges)
    began=$SECONDS
    { functions; cat <<'SQL'
CREATE TEMP TABLE bench_chain AS
SELECT chain, min(n) AS lo, count(*) AS size, greatest(1, count(*) / 500) AS hubs FROM bench_address GROUP BY chain;
CREATE TEMP TABLE bench_flagged AS
SELECT row_number() OVER (ORDER BY address) AS k, address, asset, chain
FROM (SELECT DISTINCT ON (address) address, asset,
             CASE WHEN address_format = 'EVM' THEN 'ETH' ELSE 'XBT' END AS chain
      FROM flagged_address
      WHERE removed_at IS NULL
        AND ((asset IN ('ETH', 'USDT') AND address_format = 'EVM') OR (asset = 'XBT' AND address_format = 'BITCOIN'))
      ORDER BY address, asset) f;
INSERT INTO chain_transfer (id, chain, tx_hash, output_index, asset, from_address, to_address, amount, occurred_at, received_at)
SELECT 2000000000000 + x.k * 100 + x.j, x.chain,
       CASE WHEN x.chain = 'ETH' THEN '0x' ELSE '' END || encode(sha256(convert_to('redress-bench-flagged-tx-' || x.k || '-' || x.j, 'UTF8')), 'hex'),
       0, x.asset,
       CASE WHEN x.j <= 20 THEN x.address ELSE o.address END,
       CASE WHEN x.j <= 20 THEN o.address ELSE x.address END,
       CASE WHEN x.j <= 20 AND x.dust THEN CASE x.asset WHEN 'XBT' THEN 0.00000546 WHEN 'ETH' THEN 0.0000001 ELSE 0.01 END
            ELSE round((10 ^ (pg_temp.u(x.id, 6) * 4 + CASE x.asset WHEN 'XBT' THEN -2 WHEN 'ETH' THEN -1 ELSE 1 END))::numeric, 8) END,
       now() - interval '365 days' * pg_temp.u(x.id, 8), now() - interval '365 days' * pg_temp.u(x.id, 8)
FROM (
    SELECT f.k, j, f.address, f.asset, f.chain, 1000000000 + f.k * 100 + j AS id,
           pg_temp.u(1000000000 + f.k * 100 + j, 7) < 0.15 AS dust,
           c.lo + CASE WHEN pg_temp.u(1000000000 + f.k * 100 + j, 2) < 0.2 THEN floor(pg_temp.u(1000000000 + f.k * 100 + j, 3) * c.hubs)
                       ELSE floor(pg_temp.u(1000000000 + f.k * 100 + j, 3) * c.size) END::int AS other
    FROM bench_flagged f JOIN bench_chain c ON c.chain = f.chain CROSS JOIN generate_series(1, 23) j
) x
JOIN bench_address o ON o.n = x.other
ON CONFLICT DO NOTHING;
ANALYZE chain_transfer;
SQL
    } | psql_seed
    psql_seed -tA -c "SELECT 'flagged funds: ' || count(*) || ' transfers out of or into listed addresses in $((SECONDS - began)) s' FROM chain_transfer WHERE id >= 2000000000000"
    ;;
*)
    echo "[seed] unknown step $what (addresses, intel-json, flagged-edges)" >&2; exit 2 ;;
esac
