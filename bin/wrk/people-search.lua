package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
local fragments = {"an", "son", "ova", "li", "mar", "chen", "pat", "el", "project", "ros", "kim", "ah"}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/people?size=20&q=" .. fragments[(counter % #fragments) + 1],
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = report.done("people search")
