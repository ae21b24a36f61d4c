#!/usr/bin/env bash
# End-to-end check of a running docker-compose stack, from the host, as a user would: a token from the identity
# service, an activity planned at a publisher, the activity in the projector's timeline, the seeds there too, and a
# report listed and previewed. Exits non-zero at the first thing that does not hold.
#
#   deploy/smoke-test.sh            # after `docker compose up -d`, in the repository's root
#
# The cooplog-cli secret is taken from COOPLOG_CLI_SECRET, else from the identity service's log of its first start.
# COMPOSE names the compose command (default: `docker compose`, else `docker-compose`); HOST where the ports are.
set -euo pipefail

HOST="${HOST:-localhost}"
if [[ -z "${COMPOSE:-}" ]]; then
  if docker compose version >/dev/null 2>&1; then COMPOSE="docker compose"; else COMPOSE="docker-compose"; fi
fi
IDENTITY="http://$HOST:9000"
BILATERAL="http://$HOST:8084"
PROJECTOR="http://$HOST:8090"
started=$(date +%s)

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok   $*"; }

secret="${COOPLOG_CLI_SECRET:-}"
if [[ -z "$secret" ]]; then
  secret=$($COMPOSE logs --no-color identity 2>/dev/null | sed -nE 's/.*[| ] +cooplog-cli +([^ ]+) *$/\1/p' | tail -1)
fi
[[ -n "$secret" ]] || fail "no cooplog-cli secret: set COOPLOG_CLI_SECRET (printed once by: $COMPOSE logs identity)"

token=$(curl -sf -u "cooplog-cli:$secret" -d grant_type=client_credentials "$IDENTITY/oauth2/token" \
        | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p') || true
[[ -n "$token" ]] || fail "the identity service gave cooplog-cli no token"
pass "token for cooplog-cli from $IDENTITY"

status=$(curl -s -o /dev/null -w '%{http_code}' "$BILATERAL/api/bilateral/activities")
[[ "$status" == 401 ]] || fail "a request without a token got $status, not 401"
pass "a request without a token is refused (401)"

title="Kiểm tra triển khai $(date -u +%Y%m%dT%H%M%SZ)-$RANDOM"
key="smoke-$(date +%s%N)"
# As the API asks: a 503 means nothing was recorded, so the same request goes again with the same Idempotency-Key.
for attempt in 1 2 3 4 5; do
  created=$(curl -s -w '\n%{http_code}' -X POST "$BILATERAL/api/bilateral/activities" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" -d @- <<JSON
{"plan": {"title": "$title", "starts": "2026-11-25", "modality": "ONLINE",
          "partners": [{"name": "Cơ quan Phòng, chống tham nhũng Pháp", "abbreviation": "AFA", "country": "FR"}]},
 "details": {"kind": "WORKSHOP", "partnerCountry": "FR", "topic": "Kiểm tra triển khai bằng docker compose"}}
JSON
  )
  [[ "${created##*$'\n'}" == 503 ]] || break
  echo "     503 from the bilateral publisher (attempt $attempt); sending again with the same Idempotency-Key"
  sleep $((attempt * 3))
done
[[ "${created##*$'\n'}" == 201 ]] || fail "planning an activity answered ${created##*$'\n'}: ${created%$'\n'*}"
id=$(sed -nE 's/.*"activityId":"([^"]+)".*/\1/p' <<<"${created%$'\n'*}")
[[ -n "$id" ]] || fail "the answer to the plan names no activityId"
pass "planned activity $id at the bilateral publisher (201)"

recorded=$(curl -sf "$BILATERAL/api/bilateral/activities/$id" -H "Authorization: Bearer $token") \
  || fail "the publisher does not show activity $id"
grep -q '"recordedBy":"cooplog-cli"' <<<"$recorded" || fail "the event does not name cooplog-cli as who recorded it"
pass "the publisher shows it, recorded by cooplog-cli"

posted=$(date +%s%N)
for _ in $(seq 1 120); do
  timeline=$(curl -sf "$PROJECTOR/api/activities" -H "Authorization: Bearer $token" || true)
  grep -q "$id" <<<"$timeline" && break
  sleep 0.5
done
grep -q "$id" <<<"$timeline" || fail "activity $id is not in the projector's timeline after 60 s"
pass "in the projector's timeline $(( ($(date +%s%N) - posted) / 1000000 )) ms after the publisher's 201"

seed_files=$(find "$(dirname "$0")/../seeds" -name '*.json' | wc -l)
listed=$(grep -o '"activityId"' <<<"$timeline" | wc -l)
(( listed >= seed_files + 1 )) || fail "the timeline lists $listed activities; the $seed_files seeds are not all there"
pass "the timeline lists $listed activities: the $seed_files seeds and this one"

reports=$(curl -s -w '\n%{http_code}' "$PROJECTOR/api/reports" -H "Authorization: Bearer $token")
[[ "${reports##*$'\n'}" == 200 ]] || fail "listing the reports answered ${reports##*$'\n'}"
pass "the reports are listed (200)"

pdf=$(mktemp)
trap 'rm -f "$pdf"' EXIT
status=$(curl -s -o "$pdf" -w '%{http_code}' -H "Authorization: Bearer $token" \
    "$PROJECTOR/api/reports/preview?recipient=mofa&kind=QUARTER&year=2021&index=3&format=pdf")
[[ "$status" == 200 ]] || fail "the preview of MOFA's report of Q3 2021 answered $status"
[[ "$(head -c 5 "$pdf")" == "%PDF-" ]] || fail "the preview is not a PDF"
pass "previewed MOFA's report of Q3 2021 as a PDF of $(wc -c <"$pdf") bytes"

# The console, as a desk officer's browser uses it: sent to sign in at the identity service, signed in, and back on
# the timeline, which shows the activity planned above. The browser must reach the identity service under the name
# the services know it by (docs/security.md: a hosts-file line `127.0.0.1 identity`); curl's --resolve stands in for
# that line. The password of desk.bilateral is taken from COOPLOG_DESK_PASSWORD, else from the identity service's log.
CONSOLE="http://$HOST:8080"
ip=$(getent ahostsv4 "$HOST" | awk 'NR == 1 {print $1}')
jar=$(mktemp)
page=$(mktemp)
trap 'rm -f "$pdf" "$jar" "$page"' EXIT
browse() {
  curl -s -L -b "$jar" -c "$jar" --resolve "identity:9000:$ip" -o "$page" -w '%{http_code} %{url_effective}\n' "$@"
}
password="${COOPLOG_DESK_PASSWORD:-}"
if [[ -z "$password" ]]; then
  password=$($COMPOSE logs --no-color identity 2>/dev/null \
      | sed -nE 's/.*[| ] +desk\.bilateral +([^ ]+) *$/\1/p' | tail -1)
fi
[[ -n "$password" ]] || fail "no password for desk.bilateral: set COOPLOG_DESK_PASSWORD (printed once by: $COMPOSE logs identity)"
read -r status url < <(browse "$CONSOLE/")
[[ "$status" == 200 && "$url" == http://identity:9000/login ]] \
  || fail "opening the console led to $status $url, not to the identity service's sign-in page"
pass "the console sends a visitor to sign in at the identity service"
csrf=$(sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' "$page" | head -1)
[[ -n "$csrf" ]] || fail "the sign-in page has no CSRF token"
read -r status url < <(browse --data-urlencode "username=desk.bilateral" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" http://identity:9000/login)
[[ "$status" == 200 && "$url" == "$CONSOLE/"* ]] || fail "signing in led to $status $url, not back to the console"
grep -qF "$title" "$page" || fail "the console's timeline after signing in does not show activity $id"
pass "desk.bilateral signed in at the identity service and the console's timeline shows activity $id"

echo "Smoke test passed in $(( $(date +%s) - started )) s."
