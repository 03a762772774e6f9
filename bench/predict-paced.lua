-- wrk script: as predict.lua, but each connection waits $PACE_MS between its requests, so C connections offer about
-- C * 1000 / PACE_MS requests/s (wrk2's -R is not packaged): latency at a fixed, moderate rate instead of saturation.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = os.getenv("BODY")
local pace = tonumber(os.getenv("PACE_MS"))

function delay()
  return pace
end
