package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- The lead's ranked list for one department (UNIT) and everything below it, first page of 50.
request = function()
  return wrk.format("GET", "/api/v1/readiness?size=50&orgUnit=" .. os.getenv("UNIT"),
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done("readiness list")
