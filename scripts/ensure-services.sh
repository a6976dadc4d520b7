#!/usr/bin/env bash
# Makes sure PostgreSQL, Redis and nginx are here and the first two are running, for the tests that need them.
# Installs what is missing with apt-get (as root), starts what is stopped. Never touches a service's config.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
sudo_if() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]}…"
  sudo_if apt-get update -qq
  sudo_if apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "Starting PostgreSQL…"
  sudo_if pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "Starting Redis…"
  sudo_if mkdir -p /var/lib/redis /var/log/redis
  sudo_if redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432 && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    # The tests connect as postgres over TCP with trust auth, as the project's machines are set up.
    psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null
    echo "PostgreSQL and Redis are up."
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL or Redis did not come up" >&2
exit 1
