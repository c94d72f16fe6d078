-- For the wrk scripts of bench/cases-benchmark.sh: prints exact percentiles from wrk's own latency histogram at
-- the end of a run (wrk --latency prints 50/75/90/99 only), as lines the benchmark parses:
--   percentile 95 12345      (microseconds)
-- Scripts that also set `response = percentiles.response` and call percentiles.setup(thread) in their setup
-- get the statuses of the answers that were not 2xx:   statuses 409=3,500=1
local percentiles = {}

local threads = {}
function percentiles.setup(thread)
   threads[#threads + 1] = thread
end

-- per wrk thread (each has its own Lua state): counts of non-2xx statuses, and the same as text for done()
statuses = {}
status_text = ""
function percentiles.response(status, headers, body)
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
end

return percentiles
