package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- One person's page of the API per request, spread over the people in IDS: /api/v1/people/{id}SUFFIX as the lead.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local suffix = os.getenv("SUFFIX") or ""
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/people/" .. ids[(counter * 7919 % #ids) + 1] .. suffix,
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done(os.getenv("NAME") or "person")
