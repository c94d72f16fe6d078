-- GET /redress/api/v1/accounts/{account}/decision?action=API_TRADE&keyId=...&sourceIp=..., a random key seeded by
-- bench/seed-keys.sh per request, asked for its own account from the address it was created from (allowed unless
-- the key is revoked, or the account's standing refuses trading). For bench/keys-benchmark.sh.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local percentiles = require("percentiles")

function setup(thread)
   common.setup(thread)
   percentiles.setup(thread)
end
-- The request for a key drawn at random is built before the run when the keys are at most PREBUILT (the working set
-- of rows c. and c~a.), so that this script costs wrk about what ping's static request does (get.lua): on the 2-core
-- bench machine wrk shares the CPU with the server, and building each request in Lua, with a response function wrk
-- feeds every answer to, made API_TRADE's client 70 % dearer than ping's (17 against 10 us of CPU a request,
-- 5 December 2026; bench/README). The keys, accounts and addresses asked are drawn as before.
local PREBUILT = 1000000
local built

local function build(n)
   local keyId, account, ip = common.nth(n)
   return wrk.format("GET", "/redress/api/v1/accounts/" .. account .. "/decision?action=API_TRADE&keyId=" .. keyId
      .. "&sourceIp=" .. ip)
end

function init(args)
   common.init()
   if common.drawn_from_at_most(PREBUILT) then
      built = {}
      for n = 1, common.keys do built[n] = build(n) end
   end
end
response = percentiles.response_for_stalls()
done = percentiles.done

function request()
   local n = common.draw()
   return built and built[n] or build(n)
end
