-- POST /api/appointments for the open slots listed in SLOTS_FILE ("doctorId startsAt"
-- per line), each thread taking every n-th slot, so most bookings succeed (201) and the
-- rest are honest conflicts (409) once the list wraps around.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../statuses.lua")
local slots = {}
local counter = 0
local step = 1
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  keep_thread(thread)
end

function init(args)
  for line in io.lines(os.getenv("SLOTS_FILE")) do
    local doctor, starts = line:match("^(%S+)%s+(%S+)$")
    if doctor then slots[#slots + 1] = { doctor, starts } end
  end
  step = tonumber(os.getenv("THREADS") or "2")
  counter = id
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  local slot = slots[counter % #slots + 1]
  counter = counter + step
  local body = string.format('{"doctorId":"%s","startsAt":"%s"}', slot[1], slot[2])
  return wrk.format("POST", "/api/appointments", nil, body)
end
