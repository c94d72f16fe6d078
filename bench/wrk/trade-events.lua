-- POST /redress/api/v1/api-trade-events: REDRESS_BENCH_BATCH (1,000) trades of random keys seeded by
-- bench/seed-keys.sh per call, a new body per request (the same body again would be a burst on its keys). Ordinary
-- trades: each key's own account and address, liquid symbols at their reference price, so no anomaly rule fires
-- (a key traded 20 times within 10 minutes would be a burst: with millions of keys, it is not). For
-- bench/keys-benchmark.sh.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local percentiles = require("percentiles")

local batch = tonumber(os.getenv("REDRESS_BENCH_BATCH") or "1000")
local symbols = { "BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "ADAUSDT" }
local prices = { "43012.5", "2301.25", "61.75", "0.6215", "0.3942" }

function setup(thread)
   common.setup(thread)
   percentiles.setup(thread)
end
function init(args) common.init() end
response = percentiles.response
done = percentiles.done

wrk.headers["Content-Type"] = "application/json"

function request()
   local now = os.date("!%Y-%m-%dT%H:%M:%SZ")
   local rows = {}
   for i = 1, batch do
      local keyId, account, ip = common.key()
      local s = math.random(1, #symbols)
      rows[i] = string.format('{"keyId":"%s","accountId":"%s","symbol":"%s","side":"%s","quantity":"%d.%03d",'
         .. '"price":"%s","referencePrice":"%s","volume24h":"250000000","sourceIp":"%s","tradedAt":"%s"}',
         keyId, account, symbols[s], (i % 2 == 0) and "BUY" or "SELL", math.random(1, 9), math.random(0, 999),
         prices[s], prices[s], ip, now)
   end
   return wrk.format("POST", "/redress/api/v1/api-trade-events", nil, '{"events":[' .. table.concat(rows, ",") .. ']}')
end
