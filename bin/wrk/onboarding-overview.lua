package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- The head of PMO's overview of running onboarding plans, first page of 50: one department (UNIT) when SUFFIX is
-- empty, the whole PMO when SUFFIX is "all".
local path = "/api/v1/onboarding/plans?size=50"
if os.getenv("SUFFIX") ~= "all" then
  path = path .. "&orgUnit=" .. os.getenv("UNIT")
end
request = function()
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done(os.getenv("NAME") or "onboarding overview")
