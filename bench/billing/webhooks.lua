-- POSTs pre-signed, distinct invoice.paid events from EVENTS (lines "signature<TAB>payload",
-- written by run.sh just before the run so the signatures are fresh); each thread takes
-- every THREADS-th line, so no event is sent twice unless the file runs out.
local events = {}
local counter = 0

function setup(thread)
  thread:set("offset", #(_G.threads_seen or {}) )
  _G.threads_seen = _G.threads_seen or {}
  table.insert(_G.threads_seen, thread)
end

function init(args)
  local threads = tonumber(os.getenv("THREADS") or "2")
  local index = 0
  for line in io.lines(os.getenv("EVENTS")) do
    if index % threads == offset then
      local signature, payload = line:match("([^\t]+)\t(.+)")
      events[#events + 1] = { signature, payload }
    end
    index = index + 1
  end
end

function request()
  counter = counter % #events + 1
  local e = events[counter]
  return wrk.format("POST", "/api/billing/webhooks/stripe",
    { ["Content-Type"] = "application/json", ["Stripe-Signature"] = e[1] }, e[2])
end
