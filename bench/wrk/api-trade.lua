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
-- wrk's request for each key is its request line and headers as wrk.format builds them once, in init, around the
-- key's path: building the whole request in wrk.format each time, with a response function wrk handed every answer
-- to, cost wrk 17 us of CPU a request against ping's 10 (wrk/get.lua: one static request, no Lua), and on the 2-core
-- bench machine wrk shares the CPU with the server (results/api-trade-client-cost-2026-12-05.txt). The response
-- function is there only when stalls are asked for. Nothing is built ahead for all keys: wrk runs each thread's init
-- before starting the next thread, so a long init would let the first thread's answers count outside the timed run.
local head, tail

function init(args)
   common.init()
   local marker = "/__redress_bench_path__"
   local whole = wrk.format("GET", marker)
   local at = whole:find(marker, 1, true)
   head, tail = whole:sub(1, at - 1), whole:sub(at + #marker)
end
response = percentiles.response_for_stalls()
done = percentiles.done

function request()
   local keyId, account, ip = common.key()
   return head .. "/redress/api/v1/accounts/" .. account .. "/decision?action=API_TRADE&keyId=" .. keyId
      .. "&sourceIp=" .. ip .. tail
end
