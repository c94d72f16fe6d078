-- POST /redress/api/v1/deposits/screen: a new deposit per request (a new transaction hash, so none is answered as a
-- repeat), from a sender of REDRESS_BENCH_SENDERS (lines "chain asset address", written by
-- bench/seed/ScreeningExposure.java: receivers of random transfers of the seeded graph, 1 in 5 of transfers out of a
-- listed address), to a random seeded account (REDRESS_BENCH_ACCOUNTS), not self-hosted. For
-- bench/screening-benchmark.sh.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local percentiles = require("percentiles")

local file = os.getenv("REDRESS_BENCH_SENDERS")
if file == nil or file == "" then
   error("REDRESS_BENCH_SENDERS (the file of senders) is not set")
end
local senders = {}
for line in io.lines(file) do
   local chain, asset, address = line:match("^(%S+) (%S+) (%S+)$")
   if chain then senders[#senders + 1] = { chain, asset, address } end
end
if #senders == 0 then error("no senders in " .. file) end

local counter = 0
local prefix = ""

function setup(thread)
   common.setup(thread)
   percentiles.setup(thread)
end
function init(args)
   common.init()
   -- unique across threads and runs: the start time, a random number, a counter
   prefix = string.format("%010d%08d", os.time(), math.random(0, 99999999))
end
response = percentiles.response
done = percentiles.done

wrk.headers["Content-Type"] = "application/json"

function request()
   counter = counter + 1
   local s = senders[math.random(1, #senders)]
   local body = string.format('{"accountId":"%s","chain":"%s","asset":"%s","txHash":"0xbe%s%012d","sendingAddress":"%s",'
      .. '"amount":"%d.%04d","selfHosted":false}', common.account(), s[1], s[2], prefix, counter, s[3],
      math.random(0, 99), math.random(1, 9999))
   return wrk.format("POST", "/redress/api/v1/deposits/screen", nil, body)
end
