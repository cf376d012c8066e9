-- Shared by the scenarios: prints and appends one result line (p50/p95/p99 latency, throughput, errors).
local M = {}
function M.done(name)
  return function(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    local line = string.format("%-16s requests=%7d errors=%4d throughput=%8.1f/s p50=%7.2fms p95=%7.2fms p99=%7.2fms max=%8.2fms",
      name, summary.requests, errors, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000)
    print(line)
    local out = os.getenv("RESULTS")
    if out and out ~= "" then
      local file = io.open(out, "a")
      file:write(line .. "\n")
      file:close()
    end
  end
end
return M
