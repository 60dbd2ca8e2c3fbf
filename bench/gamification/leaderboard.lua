-- GET the leaderboard paths of PATHS_FILE in turn, each request as the next member of
-- TOKENS_FILE (one access token a line), so the caller's own rank is a different member's.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../statuses.lua")
local paths = {}
local tokens = {}
local counter = 0

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  for line in io.lines(os.getenv("TOKENS_FILE")) do
    if #line > 0 then tokens[#tokens + 1] = "Bearer " .. line end
  end
  counter = math.random(#tokens)
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[counter % #paths + 1], { ["Authorization"] = tokens[counter % #tokens + 1] })
end
