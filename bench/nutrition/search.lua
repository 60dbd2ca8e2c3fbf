-- wrk script: GET /api/foods?q=... with a bearer token from $TOKEN, cycling through
-- Spanish and English queries (prefixes, accents, a typo) so no single plan is cached.
local token = os.getenv("TOKEN")
if not token or token == "" then
  error("set TOKEN to an access token (see README.md)")
end

local queries = {
  "manzana", "pollo", "arroz", "chicken%20breast", "leche", "yogur", "pan%20integral",
  "cheddar", "platano", "tomate", "salmon", "espinacs", "broccoli", "queso", "huevo",
  "beef%20ground", "lentejas", "apple", "orange%20juice", "aceite%20de%20oliva", "pasta",
  "almendras", "potato", "pizza", "cafe", "cerdo", "beans", "avena", "zanahoria", "nueces"
}
local i = 0

request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/api/foods?size=20&q=" .. q, {
    ["Authorization"] = "Bearer " .. token,
    ["Accept-Language"] = "es"
  })
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
