-- wrk script: GET /api/diary/{date} for a random day of the last 90, as one of many
-- members. $TOKENS names a file with one access token per line (see README.md).
local file = os.getenv("TOKENS")
if not file or file == "" then
  error("set TOKENS to a file with one access token per line")
end
local tokens = {}
for line in io.lines(file) do
  if line ~= "" then tokens[#tokens + 1] = line end
end
local day = 86400
local today = os.time()
local i = 0

request = function()
  i = i + 1
  local token = tokens[(i % #tokens) + 1]
  local date = os.date("!%Y-%m-%d", today - math.random(0, 89) * day)
  return wrk.format("GET", "/api/diary/" .. date, { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
