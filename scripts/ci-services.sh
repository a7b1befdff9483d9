#!/usr/bin/env bash
# Makes PostgreSQL (127.0.0.1:5432, trust auth, database "test") and Redis (127.0.0.1:6379)
# reachable for the tests and the fleet-sync example: does nothing when both already answer,
# otherwise installs the Debian packages `postgresql` and `redis-server` when missing and
# starts them. Called by .ci/run; safe to run again.
set -euo pipefail

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo -n)
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
wait_for() { for _ in $(seq 1 50); do "$1" && return 0; sleep 0.2; done; return 1; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if { ! pg_up || ! redis_up; } && [ "${#missing[@]}" -gt 0 ]; then
  echo "ci-services: installing ${missing[*]} (apt)"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! pg_up; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    "${as_root[@]}" pg_createcluster "$version" main >/dev/null
  fi
  conf=/etc/postgresql/$version/main
  # Trust auth on the loopback only: a development and CI database, never a production one.
  "${as_root[@]}" sh -c "grep -q 'fitlink-ci' $conf/pg_hba.conf || sed -i '1i host all all 127.0.0.1/32 trust # fitlink-ci' $conf/pg_hba.conf"
  "${as_root[@]}" pg_ctlcluster "$version" main start 2>/dev/null || "${as_root[@]}" pg_ctlcluster "$version" main reload
  wait_for pg_up || { echo "ci-services: PostgreSQL did not start" >&2; exit 1; }
fi
if ! psql -h 127.0.0.1 -U postgres -d test -Atc 'select 1' >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -Atc 'create database test' >/dev/null
fi

if ! redis_up; then
  "${as_root[@]}" redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no >/dev/null
  wait_for redis_up || { echo "ci-services: Redis did not start" >&2; exit 1; }
fi
echo "ci-services: PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -Atc 'show server_version') and Redis $(redis-cli -h 127.0.0.1 info server | sed -n 's/^redis_version:\(.*\)\r$/\1/p') on 127.0.0.1"
