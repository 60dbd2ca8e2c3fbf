-- POST /api/meal-photos (upload-URL issuance) over and over with the member's bearer token in
-- TOKEN; every request asks for a JPEG of SIZE_BYTES bytes. Counts response statuses.
-- (Set at the top, not in init(): wrk's own init builds the request from these.)
wrk.method = "POST"
wrk.path = "/api/meal-photos"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = string.format('{"contentType":"image/jpeg","sizeBytes":%d}', tonumber(os.getenv("SIZE_BYTES")))
statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
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
