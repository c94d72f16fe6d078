-- Baseline: GET /redress/api/v1/ping, the trivial authenticated endpoint (same HTTP Basic auth, JSON answer).
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.setup
function init(args) common.init() end

wrk.method = "GET"
wrk.path = "/redress/api/v1/ping"
