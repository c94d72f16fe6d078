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
-- called from setup(thread) in the main Lua state: give each thread its own seed and number
function common.setup(thread)
   counter = counter + 1
   thread:set("seed", os.time() * 1000 + counter)
   thread:set("tid", counter)
end

function common.init()
   math.randomseed(seed or os.time())
   -- LuaJIT's first values after seeding are poorly mixed
   for _ = 1, 10 do math.random() end
end

function common.account()
   return string.format("BENCH-%07d", math.random(1, common.accounts))
end

-- the API keys of bench/seed-keys.sh (REDRESS_BENCH_KEYS of them): a random key n, with its id, its account
-- (1 + (n - 1) % REDRESS_BENCH_ACCOUNTS) and the address it was created from (its allowlist when it has one);
-- drawn from keys 1 .. REDRESS_BENCH_KEY_POOL when that is set (a working set), else from all of them; with
-- REDRESS_BENCH_KEY_SWEEP=1 not drawn but taken in turn (the REDRESS_BENCH_WRK_THREADS threads interleaved), so that
-- a run of POOL requests asks every key of the pool once
common.keys = tonumber(os.getenv("REDRESS_BENCH_KEY_POOL") or os.getenv("REDRESS_BENCH_KEYS") or "0")
local sweep = os.getenv("REDRESS_BENCH_KEY_SWEEP") == "1"
local threads = tonumber(os.getenv("REDRESS_BENCH_WRK_THREADS") or "1")
local step = 0

function common.key()
   local n
   if sweep then
      n = ((tid or 1) - 1 + step * threads) % common.keys + 1
      step = step + 1
   else
      n = math.random(1, common.keys)
   end
   return string.format("BK-%08d", n), string.format("BENCH-%07d", 1 + (n - 1) % common.accounts),
      string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
end

return common
