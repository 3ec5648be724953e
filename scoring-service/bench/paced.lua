-- Paces each connection: after every answer it thinks for a random time, uniform between 0 and 2 x PACE_MS (PACE_MS on
-- average), before the next request. So connections x (1000 / (PACE_MS + latency)) requests per second reach the
-- service, spread out in time: with a fixed pause, connections opened together stay in step and arrive in bursts.
local pace = tonumber(os.getenv("PACE_MS") or "2")
local body_file = os.getenv("BODY_SCRIPT")
if body_file and body_file ~= "" then
  dofile(body_file)
end

function setup(thread)
  thread:set("seed", math.random(1, 2147483647))
end

function init(args)
  math.randomseed(seed or os.time())
end

delay = function()
  return math.random() * 2 * pace
end
