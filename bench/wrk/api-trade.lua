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
function init(args) common.init() end
response = percentiles.response
done = percentiles.done

function request()
   local keyId, account, ip = common.key()
   return wrk.format("GET", "/redress/api/v1/accounts/" .. account .. "/decision?action=API_TRADE&keyId=" .. keyId
      .. "&sourceIp=" .. ip)
end
