-- POST /api/meal-photos (upload-URL issuance) over and over with the member's bearer token in
-- TOKEN; every request asks for a JPEG of SIZE_BYTES bytes. Counts response statuses.
-- (Set at the top, not in init(): wrk's own init builds the request from these.)
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../statuses.lua")
wrk.method = "POST"
wrk.path = "/api/meal-photos"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = string.format('{"contentType":"image/jpeg","sizeBytes":%d}', tonumber(os.getenv("SIZE_BYTES")))
