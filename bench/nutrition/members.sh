#!/usr/bin/env bash
# Registers N bench members on a running server and writes their ids and access tokens:
#   bench/nutrition/members.sh http://localhost:18081 32 target/bench-members
# -> target/bench-members.ids (one account id per line, for seed-diary --accounts-file)
#    target/bench-members.tokens (one access token per line, for diary.lua / search.lua)
set -euo pipefail
base=${1:?base url}
count=${2:?how many}
out=${3:?output prefix}
: > "$out.ids"
: > "$out.tokens"
for i in $(seq 1 "$count"); do
  email="bench-$(date +%s%N)-$i@example.com"
  password="bench password $i for nutrition"
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Bench $i\"}" \
    "$base/api/auth/register" > /dev/null
  token=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$base/api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  # a complete profile, so the day view carries targets as it does for real members
  curl -sf -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"birthDate":"1988-04-12","sex":"FEMALE","heightCm":165,"weightKg":68.5,"activityLevel":"MODERATE","goal":"LOSE","timezone":"Europe/Madrid"}' \
    "$base/api/me/profile" > /dev/null
  curl -sf -H "Authorization: Bearer $token" "$base/api/me" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' >> "$out.ids"
  echo "$token" >> "$out.tokens"
done
echo "registered $count members: $out.ids, $out.tokens"
