-- POST /redress/api/v1/public-posts: a new post per request (a URL never sent before, so intake classifies it
-- instead of answering the stored post), posted in the last hour. Texts come from REDRESS_BENCH_POST_TEXTS
-- (bench-posts.txt of bench/seed-posts.sh: one JSON-escaped text a line, the seeded mix, with copies of the
-- campaigns of the last 24 hours), each thread going through them from its own random start.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local file = os.getenv("REDRESS_BENCH_POST_TEXTS")
local run = os.getenv("REDRESS_BENCH_RUN") or tostring(os.time())
local platforms = { "x", "x", "x", "reddit", "telegram" }

local percentiles = require("percentiles")
local counter = 0
function setup(thread)
   common.setup(thread)
   percentiles.setup(thread)
   counter = counter + 1
   thread:set("thread_id", counter)
end
done = percentiles.done
response = percentiles.response

local texts = {}
local next_text = 1
function init(args)
   common.init()
   local f = assert(io.open(file, "r"), "cannot read REDRESS_BENCH_POST_TEXTS")
   for line in f:lines() do
      if line ~= "" then texts[#texts + 1] = line end
   end
   f:close()
   assert(#texts > 0, "no texts in " .. file)
   next_text = math.random(1, #texts)
   wrk.method = "POST"
   wrk.path = "/redress/api/v1/public-posts"
   wrk.headers["Content-Type"] = "application/json"
end

local sent = 0
function request()
   sent = sent + 1
   local text = texts[next_text]
   next_text = next_text % #texts + 1
   local platform = platforms[math.random(1, #platforms)]
   local handle = "user_" .. math.random(1, 5000000)
   local body = string.format(
      '{"platform":"%s","url":"https://%s.example/%s/status/%s-%d-%d","authorHandle":"@%s","text":"%s",' ..
      '"reach":%d,"postedAt":"%s"}',
      platform, platform, handle, run, thread_id or 0, sent, handle, text, math.random(1, 200000),
      os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - math.random(0, 3600)))
   return wrk.format(nil, nil, nil, body)
end
