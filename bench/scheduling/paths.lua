-- GET every path of PATHS_FILE in turn (each thread starts at a different line),
-- authenticated with the bearer token in TOKEN (logged in once by run.sh).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../statuses.lua")
local paths = {}
local counter = 0

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
