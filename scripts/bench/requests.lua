-- wrk script for the catalog benchmark: sends the requests listed in a file, round robin, and prints one result
-- line as JSON.
--
--   CATALOG_BENCH_TOKEN=... wrk -t1 -c4 -d10s -s requests.lua http://127.0.0.1:9080 -- requests.tsv
--
-- Each line of the file: METHOD<TAB>PATH[<TAB>JSON BODY]. In a body, {n} becomes a number unique in the run (for
-- names that must differ) and {p} a price between 1.00 and 999.99. The bearer token comes from CATALOG_BENCH_TOKEN.

local requests = {}
local counter = 0
local thread_number = 0
local threads = {}
local headers = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or error("usage: -- <requests file>")
  for line in io.lines(file) do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    if method then
      if body == "" then body = nil end
      table.insert(requests, { method = method, path = path, body = body })
    end
  end
  if #requests == 0 then error("no requests in " .. file) end
  local token = os.getenv("CATALOG_BENCH_TOKEN")
  if token then headers["Authorization"] = "Bearer " .. token end
  headers["Content-Type"] = "application/json"
  headers["Accept"] = "application/json"
  math.randomseed(os.time() + thread_number)
end

function request()
  counter = counter + 1
  local r = requests[(counter - 1) % #requests + 1]
  local body = r.body
  if body then
    local n = tostring(thread_number * 1000000000 + counter)
    body = body:gsub("{n}", n):gsub("{p}", function()
      return string.format("%d.%02d", math.random(1, 999), math.random(0, 99))
    end)
  end
  return wrk.format(r.method, r.path, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationMicros":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,' ..
    '"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"p50Micros":%d,"p90Micros":%d,"p99Micros":%d,' ..
    '"maxMicros":%d,"meanMicros":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
