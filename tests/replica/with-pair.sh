#!/usr/bin/env bash
# Runs a command beside a real streaming replica: a primary and a replica PostgreSQL cluster made on
# this machine (pg_createcluster, then pg_basebackup -R from the primary), dropped again on exit.
# The command gets TEST_REPLICA_PRIMARY_URL and TEST_REPLICA_READ_URL (each server's `postgres`
# database; a database created on the primary appears on the replica). Needs root and the Debian
# postgresql-common tools; skips with a message where pg_createcluster is missing.
# Ports REPLICA_PORT (default 5440) and the one after it. The machine's own clusters are not touched.
set -euo pipefail

if ! command -v pg_createcluster >/dev/null 2>&1; then
  echo "read replica tests skipped: pg_createcluster (postgresql-common) is not installed"
  exit 0
fi

version="${REPLICA_PG_VERSION:-$(pg_lsclusters -h | awk 'NR == 1 { print $1 }')}"
primary_port="${REPLICA_PORT:-5440}"
replica_port=$((primary_port + 1))
primary="masir_primary_$$"
replica="masir_replica_$$"

drop_pair() {
  pg_dropcluster --stop "$version" "$replica" 2>/dev/null &
  pg_dropcluster --stop "$version" "$primary" 2>/dev/null &
  wait
}
trap drop_pair EXIT

# Small, quiet and not durable: the pair lives for a minute beside the machine's own cluster.
make_cluster() {
  pg_createcluster "$version" "$1" -p "$2" --start-conf manual \
    -o shared_buffers=32MB -o max_connections=40 -o fsync=off -o synchronous_commit=off -o full_page_writes=off \
    -- --no-sync >/dev/null
  # First lines win: trust for the loopback, ordinary and replication connections, ahead of the defaults.
  local hba="/etc/postgresql/$version/$1/pg_hba.conf"
  printf 'host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n' | cat - "$hba" >"$hba.new"
  mv "$hba.new" "$hba"
  chown postgres:postgres "$hba"
}

start_cluster() {
  pg_ctlcluster --skip-systemctl-redirect "$version" "$1" start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$2" -q && return 0; sleep 0.5; done
  echo "cluster $1 did not start on port $2" >&2
  return 1
}

# Both at once (initdb is most of the set-up time); the replica's own data is then replaced by the copy.
make_cluster "$primary" "$primary_port" &
make_cluster "$replica" "$replica_port" &
wait %1 && wait %2
start_cluster "$primary" "$primary_port"
replica_data="/var/lib/postgresql/$version/$replica"
find "$replica_data" -mindepth 1 -delete
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$primary_port" -U postgres -D "$replica_data" -R -X stream
start_cluster "$replica" "$replica_port"

in_recovery=$(psql -h 127.0.0.1 -p "$replica_port" -U postgres -Atc "select pg_is_in_recovery()")
if [ "$in_recovery" != "t" ]; then
  echo "the cluster on port $replica_port is not a replica" >&2
  exit 1
fi
echo "read replica pair: primary on port $primary_port, streaming replica on port $replica_port"

export TEST_REPLICA_PRIMARY_URL="postgres://postgres@127.0.0.1:${primary_port}/postgres"
export TEST_REPLICA_READ_URL="postgres://postgres@127.0.0.1:${replica_port}/postgres"
"$@"
