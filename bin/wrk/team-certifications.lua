package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- A lead's team view of certifications for one department (UNIT, about 2,000 people): holders per type, what
-- expires within 90 days or is in grace, and the first page of 50 credentials.
local path = "/api/v1/certifications/team?size=50&orgUnit=" .. os.getenv("UNIT")
request = function()
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done(os.getenv("NAME") or "team certifications")
