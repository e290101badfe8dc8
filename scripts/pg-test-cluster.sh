#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests: initdb into a temp folder, pg_ctl start with
# its socket in that folder (no TCP port, so nothing else on the machine can reach it), as the
# postgres user when run as root (PostgreSQL refuses to run as root). Prints the line to eval:
#   eval "$(scripts/pg-test-cluster.sh)"   # exports URNE_TEST_PG_URL and URNE_TEST_PG_DIR
# Stop it with: pg_ctl stop -D "$URNE_TEST_PG_DIR/data" (as the same user), then rm -rf the folder.
# fsync off: the cluster holds test data only and is thrown away; it makes CREATE DATABASE fast.
# shared_buffers 1GB, as docs/install.md advises for a server: the results benchmark's million
# answer sets (npm run bench) then sum from PostgreSQL's cache, as they would in production.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bin" ] && PATH="$bin:$PATH"
command -v initdb >/dev/null || { echo "initdb not found: install PostgreSQL (Debian: postgresql)" >&2; exit 1; }

dir=$(mktemp -d /tmp/urne-pg-XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$dir"
  as=(runuser -u postgres --)
fi
"${as[@]}" initdb -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as[@]}" pg_ctl -D "$dir/data" -l "$dir/server.log" -w start \
  -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=1GB" >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
# The socket directory as host: node's clients take it from the URL's host parameter.
echo "export URNE_TEST_PG_URL='postgres://postgres@localhost/postgres?host=$dir'"
echo "export URNE_TEST_PG_DIR='$dir'"
