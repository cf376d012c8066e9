package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
-- An LMS posting xAPI statements in batches of 100: one in COMPLETION_EVERY (default 5) "completed" on a mapped
-- activity, the others "experienced" (an LMS reports far more progress than completions), each
-- with a new statement id (thread, run and counter in it), actors from the generated PMO (EMAILS, one per line); each
-- wrk thread takes its own half of the people, as two LMS nodes would not report the same learner at the same moment.
local emails = {}
for line in io.lines(os.getenv("EMAILS")) do emails[#emails + 1] = line end
local codes = {"AGL-101", "TOL-101", "TOL-102", "ITD-102", "ITD-103", "CHG-101", "VND-101", "SFT-102", "DOC-101", "GOV-101"}
local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end
local counter = 0
local every = tonumber(os.getenv("COMPLETION_EVERY") or "5")
local run = os.time() % 65536
request = function()
  local parts = {}
  for i = 1, 100 do
    counter = counter + 1
    local verb = (counter % every == 0) and "completed" or "experienced"
    parts[i] = string.format('{"id":"%08x-%04x-4000-8000-%012x","actor":{"mbox":"mailto:%s"},'
      .. '"verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},"object":{"id":"https://lms.bench.example/activities/%s",'
      .. '"objectType":"Activity"},"timestamp":"2026-11-20T10:00:00Z"}',
      tid, run, counter, emails[((counter % math.floor(#emails / 2)) * 2 + tid - 1) % #emails + 1], verb,
      codes[(math.floor(counter / 2) % #codes) + 1])
  end
  return wrk.format("POST", "/api/v1/xapi/statements", {["Authorization"] = "Bearer " .. os.getenv("XAPI_TOKEN"),
    ["Content-Type"] = "application/json"}, "[" .. table.concat(parts, ",") .. "]")
end
done = report.done(os.getenv("NAME") or "xapi batch of 100")
