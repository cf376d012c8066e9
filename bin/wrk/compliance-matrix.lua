package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- The head of PMO's compliance matrix for one department (UNIT, about 2,000 people at 12,000), all six requirements:
-- every person's standing is computed, the first page of 50 rows returned with the totals.
request = function()
  return wrk.format("GET", "/api/v1/compliance/status?size=50&orgUnit=" .. os.getenv("UNIT"),
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done("compliance matrix")
