-- Shared by the wrk scripts of bench/decision-benchmark.sh: HTTP Basic credentials from the environment
-- (REDRESS_BENCH_AUTH = base64 of user:password, never on the command line), and per-thread random seeds.
local auth = os.getenv("REDRESS_BENCH_AUTH")
if auth == nil or auth == "" then
   error("REDRESS_BENCH_AUTH (base64 of user:password) is not set")
end
wrk.headers["Authorization"] = "Basic " .. auth
wrk.headers["Accept"] = "application/json"

local common = {}

-- how many BENCH-nnnnnnn accounts were seeded
common.accounts = tonumber(os.getenv("REDRESS_BENCH_ACCOUNTS") or "1000000")

local counter = 0
-- called from setup(thread) in the main Lua state: give each thread its own seed
function common.setup(thread)
   counter = counter + 1
   thread:set("seed", os.time() * 1000 + counter)
end

function common.init()
   math.randomseed(seed or os.time())
   -- LuaJIT's first values after seeding are poorly mixed
   for _ = 1, 10 do math.random() end
end

function common.account()
   return string.format("BENCH-%07d", math.random(1, common.accounts))
end

return common
