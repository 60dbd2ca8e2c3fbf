-- What the wrk scripts share: every thread counts its response statuses, and done() prints
-- the totals over all threads as "STATUS <code> <count>" lines for run.sh. A script loads it
-- first (see paths.lua) and may replace setup(), calling keep_thread() from its own.
statuses = {}
local threads = {}

function keep_thread(thread)
  threads[#threads + 1] = thread
end

function setup(thread)
  keep_thread(thread)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("STATUS %d %d\n", status, count))
  end
end
