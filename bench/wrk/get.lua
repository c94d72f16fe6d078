-- GET of one fixed path and query, REDRESS_BENCH_PATH (e.g. a queue page), with the credentials of common.lua.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local path = os.getenv("REDRESS_BENCH_PATH")
if path == nil or path == "" then
   error("REDRESS_BENCH_PATH (path and query to GET) is not set")
end

setup = common.setup
function init(args) common.init() end
done = require("percentiles").done

wrk.method = "GET"
wrk.path = path
