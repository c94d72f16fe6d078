-- GET /redress/api/v1/accounts/{id}/decision?action=WITHDRAW, a random seeded account per request.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.setup
function init(args) common.init() end

function request()
   return wrk.format("GET", "/redress/api/v1/accounts/" .. common.account() .. "/decision?action=WITHDRAW")
end
