-- wrk script: each request is sent by one of many learners (cookie + CSRF token pairs, one per line of
-- $LEARNERS: "<cookie header>\t<csrf token>"), round robin, so requests do not queue on one learner's rows.
-- $METHOD POST sends a graded submission ($BODY) to $TARGET; GET fetches $TARGET as that learner.
local learners = {}
for line in io.lines(os.getenv("LEARNERS")) do
  local cookie, csrf = line:match("^(.-)\t(.*)$")
  learners[#learners + 1] = {cookie = cookie, csrf = csrf}
end
local counter = 0
local method = os.getenv("METHOD") or "GET"
local target = os.getenv("TARGET")
local body = os.getenv("BODY")

request = function()
  counter = counter + 1
  local learner = learners[(counter % #learners) + 1]
  local headers = {["Cookie"] = learner.cookie, ["X-CSRF-Token"] = learner.csrf}
  if method == "POST" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", target, headers, body)
  end
  return wrk.format("GET", target, headers)
end

local failures = 0
response = function(status, headers, body)
  if status >= 300 and status ~= 303 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. body:sub(1, 200) .. "\n")
    end
  end
end
