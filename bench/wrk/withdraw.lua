-- GET /redress/api/v1/accounts/{id}/decision?action=WITHDRAW, a random seeded account per request, as decision.lua,
-- with exact percentiles and the non-2xx statuses (percentiles.lua). For bench/keys-benchmark.sh.
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
   return wrk.format("GET", "/redress/api/v1/accounts/" .. common.account() .. "/decision?action=WITHDRAW")
end
