package.path = "bin/wrk/?.lua;" .. package.path
local report = require("report")
wrk.method = "POST"
wrk.path = "/api/v1/auth/tokens"
wrk.body = '{"name":"bench","expiresInDays":1}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("BASIC")
done = report.done("sign-in token")
