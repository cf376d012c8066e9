package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- A junior searching the catalog: a word, sometimes with a topic or a format filter, as the catalog page sends it.
local queries = {"q=scrum", "q=jira", "q=risk&topic=METHODOLOGY", "q=cloud", "topic=SOFT_SKILLS", "format=E_LEARNING",
  "q=negotiation", "competency=IT_NETSEC", "q=status+reports", "q=gdpr&format=E_LEARNING", "q=ms+project", "topic=AGILE&q=kanban"}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/courses?size=20&" .. queries[(counter % #queries) + 1],
    {["Authorization"] = "Bearer " .. os.getenv("JUNIOR_TOKEN")})
end
done = report.done("catalog search")
