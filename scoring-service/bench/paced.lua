-- Paces each connection: after every answer it waits PACE_MS before the next request, so
-- connections x (1000 / (PACE_MS + latency)) requests per second reach the service (an open-ish load at a set rate).
local pace = tonumber(os.getenv("PACE_MS") or "10")
local body_file = os.getenv("BODY_SCRIPT")
if body_file and body_file ~= "" then
  dofile(body_file)
end
delay = function()
  return pace
end
