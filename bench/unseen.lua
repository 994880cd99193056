-- wrk script: requests BENCH_PATH with one more excluded tag id on each request, an id no tag has and a new one
-- each time: the same works, but a query the engine has not counted yet (a reader's first filter).
-- Usage: BENCH_PATH='/works?...' wrk -s bench/unseen.lua http://HOST:PORT
local path = os.getenv("BENCH_PATH")
local sep = string.find(path, "?", 1, true) and "&" or "?"
local n = 900000000 + math.random(0, 90000000)

request = function()
    n = n + 1
    return wrk.format("GET", path .. sep .. "work_search%5Bexcluded_tag_ids%5D%5B%5D=" .. n)
end
