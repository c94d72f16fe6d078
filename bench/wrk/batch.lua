-- POST /redress/api/v1/decisions with REDRESS_BENCH_BATCH (default 1,000) {accountId, action} pairs of
-- random seeded accounts. Each wrk thread builds its body once; wrk then sends it on every request.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local size = tonumber(os.getenv("REDRESS_BENCH_BATCH") or "1000")
local actions = { "WITHDRAW", "LOGIN", "TRADE", "REDUCE_ONLY_TRADE", "WITHDRAW", "DEPOSIT", "WITHDRAW", "API_TRADE" }

setup = common.setup

function init(args)
   common.init()
   local parts = {}
   for i = 1, size do
      parts[i] = string.format('{"accountId":"%s","action":"%s"}', common.account(), actions[1 + (i - 1) % #actions])
   end
   wrk.method = "POST"
   wrk.path = "/redress/api/v1/decisions"
   wrk.headers["Content-Type"] = "application/json"
   wrk.body = '{"requests":[' .. table.concat(parts, ",") .. ']}'
end
