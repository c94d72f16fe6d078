-- For the wrk scripts of bench/cases-benchmark.sh: prints exact percentiles from wrk's own latency histogram at
-- the end of a run (wrk --latency prints 50/75/90/99 only), as lines the benchmark parses:
--   percentile 95 12345      (microseconds)
local percentiles = {}

function percentiles.done(summary, latency, requests)
   for _, p in ipairs({ 50, 90, 95, 99 }) do
      io.write(string.format("percentile %d %d\n", p, latency:percentile(p)))
   end
   io.write(string.format("completed %d errors %d\n", summary.requests,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end

return percentiles
