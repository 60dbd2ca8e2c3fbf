-- wrk script: POST /api/diary/entries, logging a food in grams on a random day of the
-- last 30 as one of many members. $TOKENS names a file with one access token per line,
-- $FOODS one food id per line (run.sh fetches both). Every response should be 201; the
-- status counts are printed by ../statuses.lua.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../statuses.lua")
local meals = { "BREAKFAST", "LUNCH", "DINNER", "SNACK" }
local day = 86400
local tokens = {}
local foods = {}
local i = 0

local function lines(variable)
  local file = os.getenv(variable)
  if not file or file == "" then
    error("set " .. variable .. " to a file with one value per line")
  end
  local values = {}
  for line in io.lines(file) do
    if line ~= "" then values[#values + 1] = line end
  end
  return values
end

function init(args)
  tokens = lines("TOKENS")
  foods = lines("FOODS")
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end

function request()
  i = i + 1
  local token = tokens[math.random(#tokens)]
  -- one day back from UTC today, so the date is in range in every member's time zone
  local date = os.date("!%Y-%m-%d", os.time() - math.random(1, 30) * day)
  local body = string.format('{"date":"%s","meal":"%s","foodId":"%s","grams":%d}', date,
    meals[math.random(#meals)], foods[math.random(#foods)], math.random(20, 400))
  return wrk.format("POST", "/api/diary/entries", {
    ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
