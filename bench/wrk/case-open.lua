-- POST /redress/api/v1/cases: a new case per request, as the exchange's chat, e-mail and web forms send them.
-- Random channel, category, priority, language and texts; three cases in four name a random seeded account
-- (BENCH-0000001 .. REDRESS_BENCH_ACCOUNTS), so intake also checks the account.
package.path = (os.getenv("REDRESS_BENCH_LUA") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local channels = { "CHAT", "CHAT", "CHAT", "EMAIL", "EMAIL", "WEB_FORM", "WEB_FORM", "SOCIAL_MEDIA" }
local categories = { "USER_ERROR", "ACCOUNT_SECURITY", "FUNDS_HOLD", "RESTRICTION", "LOSS_CLAIM", "GENERAL", "GENERAL" }
local priorities = { "P2", "P3", "P3", "P3", "P3", "P4", "P4" }
local languages = { "en", "en", "en", "en", "en", "en", "fr", "ja" }
local coins = { "BTC", "ETH", "USDT", "SOL", "XRP", "ADA", "DOGE", "LTC" }
local names = { "Emma Martin", "Lucas Bernard", "Yuki Tanaka", "Sofia Rossi", "Noah Smith", "Julia Weber", "Ren Sato" }
local subjects = {
   "Withdrawal of %s on hold", "Deposit of %s not credited", "Someone logged into my account", "My account is restricted",
   "Claim for losses during the outage", "Question about fees", "Sent %s on the wrong network", "Cannot withdraw my %s" }
local sentences = {
   "My withdrawal of %s is still pending after three days.", "I think I used the wrong network for the deposit.",
   "Someone changed my password and my two-factor authentication.", "I was told my account is suspended but not why.",
   "During the outage I could not close my position.", "Where can I download a tax statement for last year?",
   "I provided every document you asked for and the funds are still on hold.", "Please answer as soon as possible.",
   "Nobody has replied to my previous message.", "I can send screenshots if needed." }

local percentiles = require("percentiles")
function setup(thread)
   common.setup(thread)
   percentiles.setup(thread)
end
done = percentiles.done
response = percentiles.response

local counter = 0
function init(args)
   common.init()
   wrk.method = "POST"
   wrk.path = "/redress/api/v1/cases"
   wrk.headers["Content-Type"] = "application/json"
end

local function pick(t) return t[math.random(1, #t)] end

function request()
   counter = counter + 1
   local coin = pick(coins)
   local name = pick(names)
   local description = string.format(pick(sentences), coin) .. " " .. pick(sentences) .. " " ..
      string.format("Reference: order %d, amount %d.%02d %s.", math.random(10000000, 99999999), math.random(1, 50000),
         math.random(0, 99), coin)
   local account = ""
   if math.random() < 0.75 then
      account = string.format('"accountId":"%s",', common.account())
   end
   local body = string.format(
      '{"channel":"%s",%s"customerName":"%s","customerContact":"%s","language":"%s","subject":"%s",' ..
      '"description":"%s","category":"%s","priority":"%s"}',
      pick(channels), account, name, string.lower(string.gsub(name, " ", ".")) .. counter .. "@example.com",
      pick(languages), string.format(pick(subjects), coin), description, pick(categories), pick(priorities))
   return wrk.format(nil, nil, nil, body)
end
