-- GET every path of PATHS_FILE in turn (each thread starts at a different line),
-- authenticated with the bearer token in TOKEN (logged in once by run.sh).
local paths = {}
local counter = 0
statuses = {}

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
  local token = os.getenv("TOKEN")
  if token and #token > 0 then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

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
    local counts = thread:get("statuses")
    for status, count in pairs(counts) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("STATUS %d %d\n", status, count))
  end
end
