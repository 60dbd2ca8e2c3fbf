#!/usr/bin/env bash
# Load test of the scheduling endpoints with wrk against a running Vitalia seeded with
# `seed-demo`. Usage: bench/scheduling/run.sh [with-indexes|without-indexes]
# See README.md for the set-up; every setting below can be overridden from the environment.
set -euo pipefail

MODE=${1:-with-indexes}
BASE_URL=${BASE_URL:-http://localhost:18082}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-120s}
RUNS=${RUNS:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
PREFIX=${PREFIX:-demo}
DEMO_PASSWORD=${DEMO_PASSWORD:-vitalia demo password 2026}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_scheduling}
ONLY=${ONLY:-} # run only the endpoints whose row name contains this, e.g. ONLY=POST
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export THREADS

login() {
  curl -sf -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" | jq -r .accessToken
}

MEMBER=$(login "$PREFIX-member0@demo.vitalia.app")
CLINICIAN=$(login "$PREFIX-doctor0@demo.vitalia.app")
day() { date -u -d "+$1 day" +%F; }

# request mixes: several pages, filters and clinicians so caches see realistic keys
for page in 0 1 2 3 4; do
  curl -sf -H "Authorization: Bearer $MEMBER" "$BASE_URL/api/doctors?size=100&page=$page" \
    | jq -r '.content[].id' >> "$WORK/doctor-ids"
done
: > "$WORK/doctors"
for page in 0 1 2 3 4 5 6 7 8 9; do echo "/api/doctors?page=$page&size=20" >> "$WORK/doctors"; done
for specialty in nutrition cardiology psychology pediatrics; do
  echo "/api/doctors?specialty=$specialty&size=20" >> "$WORK/doctors"
done
for q in garc lop mart smith; do echo "/api/doctors?q=$q&size=20" >> "$WORK/doctors"; done
: > "$WORK/slots"
while read -r id; do
  echo "/api/doctors/available-slots?doctorId=$id&from=$(day 1)&to=$(day 8)" >> "$WORK/slots"
done < "$WORK/doctor-ids"
: > "$WORK/appointments"
for page in 0 1; do echo "/api/appointments?page=$page&size=20" >> "$WORK/appointments"; done
echo "/api/appointments?status=BOOKED&size=20" >> "$WORK/appointments"
echo "/api/appointments?from=$(day 0)&size=20" >> "$WORK/appointments"
: > "$WORK/patients"
for page in 0 1 2 3; do echo "/api/patients?page=$page&size=20" >> "$WORK/patients"; done
echo "/api/patients?q=garc&size=20" >> "$WORK/patients"
echo "/api/health" > "$WORK/health"

# open slots to book: every listed clinician, from the day after tomorrow to the horizon
: > "$WORK/open-slots"
if [ -z "$ONLY" ] || [[ "POST /api/appointments" == *"$ONLY"* ]]; then
  while read -r id; do
    for start in 2 33 64; do
      curl -sf -H "Authorization: Bearer $MEMBER" \
        "$BASE_URL/api/doctors/available-slots?doctorId=$id&from=$(day $start)&to=$(day $((start + 31 < 89 ? start + 31 : 89)))" \
        | jq -r '.[] | "\(.doctorId) \(.startsAt)"' >> "$WORK/open-slots"
    done
  done < "$WORK/doctor-ids"
fi
shuf "$WORK/open-slots" -o "$WORK/open-slots"

INDEXES="scheduling_appointment_doctor_idx scheduling_appointment_patient_idx scheduling_appointment_starts_idx \
scheduling_clinician_name_idx scheduling_clinician_specialty_idx scheduling_patient_name_idx"
restore_indexes() {
  $PSQL -q <<'SQL'
create index if not exists scheduling_appointment_doctor_idx on scheduling_appointment (doctor_id, starts_at, id);
create index if not exists scheduling_appointment_patient_idx on scheduling_appointment (patient_id, starts_at, id);
create index if not exists scheduling_appointment_starts_idx on scheduling_appointment (starts_at, id);
create index if not exists scheduling_clinician_name_idx on scheduling_clinician (search_name, id);
create index if not exists scheduling_clinician_specialty_idx on scheduling_clinician_specialty (specialty, clinician_id);
create index if not exists scheduling_patient_name_idx on scheduling_patient (search_name, id);
analyze;
SQL
}
if [ "$MODE" = without-indexes ]; then
  for index in $INDEXES; do $PSQL -q -c "drop index if exists $index"; done
  trap 'restore_indexes; rm -rf "$WORK"' EXIT
fi

# What a POST run writes is deleted before the next one, so every measured run starts from the
# seeded tables (plus the bench member's care relations, which the first warm-up creates for
# every clinician, as for any patient who has seen them before): bookings made since MARK (their
# history and reminders go with them), their emails and event publications, then VACUUM ANALYZE.
MARK=$($PSQL -Atc "select now()")
# PSQL must reach the database the application writes to: a reset that finds no booking to
# delete after a POST warm-up stops the bench instead of measuring runs that share their slots.
reset_writes() {
  local deleted
  deleted=$($PSQL -Atc "with d as (delete from scheduling_appointment where created_at >= '$MARK' returning 1)
select count(*) from d")
  if [ "${1:-}" = after-warm-up ] && [ "$deleted" -eq 0 ]; then
    echo "PSQL ($PSQL) found none of the warm-up's bookings: point it at the application's database" >&2
    exit 1
  fi
  $PSQL -q <<SQL
delete from platform_mail_outbox where created_at >= '$MARK';
delete from event_publication where publication_date >= '$MARK';
vacuum analyze scheduling_appointment, scheduling_appointment_change, scheduling_reminder, platform_mail_outbox,
  event_publication;
SQL
}

run() { # name token paths-file script
  local name=$1 token=$2 file=$3 script=$4 warm=$3
  case "$name" in *"$ONLY"*) ;; *) return 0 ;; esac
  local measured=()
  if [ "$name" = "POST /api/appointments (contended)" ]; then # many requests for few slots:
    # 200 slots for the warm-up and 200 of its own for every measured run, so each run has
    # its 200 × 201 before its 409s
    sed -n '1,200p' "$file" > "$WORK/warm-slots"
    warm=$WORK/warm-slots
    for r in $(seq 1 "$RUNS"); do
      sed -n "$((r * 200 + 1)),$((r * 200 + 200))p" "$file" > "$WORK/contended-$r"
      measured+=("$WORK/contended-$r")
    done
  elif [ "$script" = book.lua ]; then # the warm-up books the last tenth of the slots, and
    # every measured run a share of its own of the rest (two runs: about 112,000 each, 30 s at
    # 3,700 bookings/s). Not the same slots again: the application remembers slots it lately
    # saw booked and looks each one up before booking it (BookingDesk), so a run re-booking
    # slots that reset_writes freed behind its back would pay for the run before it.
    local lines share; lines=$(wc -l < "$file")
    tail -n $((lines / 10)) "$file" > "$WORK/warm-slots"
    warm=$WORK/warm-slots
    share=$(((lines - lines / 10) / RUNS))
    for r in $(seq 1 "$RUNS"); do
      sed -n "$(((r - 1) * share + 1)),$((r * share))p" "$file" > "$WORK/measured-slots-$r"
      measured+=("$WORK/measured-slots-$r")
    done
  else
    for r in $(seq 1 "$RUNS"); do measured+=("$file"); done
  fi
  TOKEN=$token PATHS_FILE=$warm SLOTS_FILE=$warm wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s \
    -s "$HERE/$script" "$BASE_URL" > /dev/null
  local r=0
  for run_file in "${measured[@]}"; do
    r=$((r + 1))
    if [ "$script" = book.lua ]; then reset_writes "$([ "$r" = 1 ] && echo after-warm-up)"; fi
    TOKEN=$token PATHS_FILE=$run_file SLOTS_FILE=$run_file wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" \
      --timeout 10s --latency -s "$HERE/$script" "$BASE_URL" > "$WORK/result.out"
    local rps mean p99 statuses errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/result.out")
    mean=$(awk '/^    Latency/ {print $2; exit}' "$WORK/result.out")
    p99=$(awk '/^ +99%/ {print $2}' "$WORK/result.out")
    statuses=$(awk '/^STATUS/ {printf "%s×%s ", $3, $2}' "$WORK/result.out")
    errors=$(awk '/Socket errors/ {print $0}' "$WORK/result.out")
    printf '| %s | %s | %s | %s | %s | %s %s |\n' "$name" "$r" "$rps" "$mean" "$p99" "$statuses" "$errors"
  done
}

echo "Mode: $MODE, $THREADS threads, $CONNECTIONS connections, $RUNS runs of $DURATION after a $WARMUP warm-up per endpoint; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo '| endpoint | run | req/s | mean latency | p99 | responses |'
echo '|---|---|---|---|---|---|'
run "GET /api/appointments" "$MEMBER" "$WORK/appointments" paths.lua
run "GET /api/doctors/available-slots" "$MEMBER" "$WORK/slots" paths.lua
run "GET /api/patients" "$CLINICIAN" "$WORK/patients" paths.lua
run "GET /api/doctors" "$MEMBER" "$WORK/doctors" paths.lua
run "GET /api/health" "" "$WORK/health" paths.lua
if [[ "POST /api/appointments" != *"$ONLY"* ]]; then
  : # not asked for
elif [ "$(wc -l < "$WORK/open-slots")" -lt 1000 ]; then
  echo "| POST /api/appointments | | skipped: fewer than 1,000 open slots left; re-seed or use another --prefix | | | |"
else
  # the last 200 × (RUNS + 1) open slots, kept out of the run above, for the contended row
  pool=$((200 * (RUNS + 1)))
  tail -n "$pool" "$WORK/open-slots" > "$WORK/contended-pool"
  head -n "-$pool" "$WORK/open-slots" > "$WORK/unique-slots"
  echo "open slots: $(wc -l < "$WORK/unique-slots") for the POST row (a tenth for its warm-up, the rest shared by its runs), $pool for the contended row"
  run "POST /api/appointments" "$MEMBER" "$WORK/unique-slots" book.lua
  run "POST /api/appointments (contended)" "$MEMBER" "$WORK/contended-pool" book.lua
  reset_writes
  # the database alone on the same machine, for the ratio the write-path issue asks for: a
  # database of its own, made and dropped here (the app stays up but idle)
  PGBENCH_DB=vitalia_pgbench_$$_$(date +%s)
  createdb -h 127.0.0.1 -U postgres "$PGBENCH_DB"
  pgbench -h 127.0.0.1 -U postgres -q -i -s 10 "$PGBENCH_DB" > /dev/null 2>&1
  for r in $(seq 1 "$RUNS"); do
    tps=$(pgbench -h 127.0.0.1 -U postgres -N -c16 -j2 -T30 "$PGBENCH_DB" 2>/dev/null | awk '/^tps/ {print $3; exit}')
    echo "| pgbench -N -c16 -j2 -T30 (scale 10) | $r | $tps | | | transactions/s |"
  done
  dropdb -h 127.0.0.1 -U postgres "$PGBENCH_DB"
fi
