package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/people/" .. ids[(counter * 7919 % #ids) + 1] .. "/gap-analysis",
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done("gap analysis")
