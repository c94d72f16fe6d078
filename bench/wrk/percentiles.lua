-- For the wrk scripts of bench/cases-benchmark.sh: prints exact percentiles from wrk's own latency histogram at
-- the end of a run (wrk --latency prints 50/75/90/99 only), as lines the benchmark parses:
--   percentile 95 12345      (microseconds)
-- Scripts that also set `response = percentiles.response` and call percentiles.setup(thread) in their setup
-- get the statuses of the answers that were not 2xx:   statuses 409=3,500=1
-- With REDRESS_BENCH_STALL_MS set (a number), they also get each stall a wrk thread saw: a time of at least that many
-- milliseconds in which none of the thread's connections had an answer (every request in flight waited: a GC pause,
-- a server or a wrk thread that got no CPU), with the wall-clock time it ended at, to read beside the server's GC log:
--   stall 2 2026-12-05T11:42:07.123 87.4      (wrk thread, when the answer that ended it came, UTC, milliseconds)
local percentiles = {}

local stall_ms = tonumber(os.getenv("REDRESS_BENCH_STALL_MS") or "")
local clock
if stall_ms then
   local ffi = require("ffi")
   ffi.cdef [[
      typedef struct { long tv_sec; long tv_nsec; } redress_timespec;
      int clock_gettime(int clock_id, redress_timespec *tp);
   ]]
   local ts = ffi.new("redress_timespec")
   -- milliseconds of a clock: 1, CLOCK_MONOTONIC, for the gaps (a step of the wall clock makes none); 0,
   -- CLOCK_REALTIME, for when a stall ended, as the server's logs give it
   clock = function(id)
      ffi.C.clock_gettime(id, ts)
      return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
   end
end

local threads = {}
function percentiles.setup(thread)
   threads[#threads + 1] = thread
end

-- per wrk thread (each has its own Lua state): counts of non-2xx statuses, and the same as text for done()
statuses = {}
status_text = ""
stall_text = ""
local last_answer
local function note_stall()
   local now = clock(1)
   if last_answer ~= nil and now - last_answer >= stall_ms then
      local wall = clock(0)
      stall_text = stall_text .. string.format("stall %s %s.%03d %.1f\n", tid or 0,
         os.date("!%Y-%m-%dT%H:%M:%S", math.floor(wall / 1000)), math.floor(wall % 1000), now - last_answer)
   end
   last_answer = now
end
-- percentiles.response when the script is asked for stalls, else nil: for a row measured against ping, whose script
-- has no response function, so that wrk hands no answer's headers and body to Lua there either (the answers that were
-- not 2xx are then counted by wrk alone, without their statuses)
function percentiles.response_for_stalls()
   if clock then return percentiles.response end
   return nil
end

function percentiles.response(status, headers, body)
   if clock then note_stall() end
   if status >= 300 then
      statuses[status] = (statuses[status] or 0) + 1
      local parts = {}
      for s, n in pairs(statuses) do parts[#parts + 1] = s .. "=" .. n end
      status_text = table.concat(parts, ",")
   end
end

function percentiles.done(summary, latency, requests)
   for _, p in ipairs({ 50, 90, 95, 99 }) do
      io.write(string.format("percentile %d %d\n", p, latency:percentile(p)))
   end
   io.write(string.format("completed %d errors %d\n", summary.requests,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
   local seen = {}
   for _, thread in ipairs(threads) do
      local text = thread:get("status_text")
      if text ~= nil and text ~= "" then seen[#seen + 1] = text end
   end
   if #seen > 0 then io.write("statuses " .. table.concat(seen, ",") .. "\n") end
   for _, thread in ipairs(threads) do
      local text = thread:get("stall_text")
      if text ~= nil then io.write(text) end
   end
end

return percentiles
