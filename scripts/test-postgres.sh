#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests that need one.
#   scripts/test-postgres.sh start [DIR]   initdb into DIR (default: a new temporary folder), start it on 127.0.0.1 at a
#                                          free port, and print `export TUTORBOT_TEST_POSTGRES=...` (eval it)
#   scripts/test-postgres.sh stop DIR      stop the server and delete DIR
# Runs the server as an unprivileged user when started as root (postgres refuses to run as root).
set -euo pipefail

find_bin() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return; }
  done
  return 1
}

ensure_installed() {
  if find_bin initdb >/dev/null && find_bin pg_ctl >/dev/null; then return; fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing postgresql (initdb/pg_ctl not found)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || true
  fi
  find_bin initdb >/dev/null && find_bin pg_ctl >/dev/null || { echo "error: initdb/pg_ctl not found; install the postgresql package" >&2; exit 1; }
}

run_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi
}

pick_owner() {
  if [ "$(id -u)" -ne 0 ]; then OWNER=$(id -un); return; fi
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres 2>/dev/null || true
  fi
  if id postgres >/dev/null 2>&1; then OWNER=postgres; else OWNER=nobody; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

start() {
  ensure_installed
  pick_owner
  local dir=${1:-$(mktemp -d /tmp/tutorbot-pg.XXXXXX)} port password
  mkdir -p "$dir"
  chmod 755 "$dir"
  port=$(free_port)
  password=tutorbot
  mkdir -p "$dir/data" "$dir/socket"
  printf '%s\n' "$password" > "$dir/pwfile"
  chown -R "$OWNER" "$dir"
  run_as_owner "$(find_bin initdb)" -D "$dir/data" -U tutorbot --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || run_as_owner "$(find_bin initdb)" -D "$dir/data" -U tutorbot --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  run_as_owner "$(find_bin pg_ctl)" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c max_connections=300 -c fsync=on" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" > "$dir/port"
  echo "export TUTORBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=tutorbot;Password=$password;Database=postgres'"
  echo "export TUTORBOT_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir=${1:?usage: test-postgres.sh stop DIR}
  [ -d "$dir/data" ] || { rm -rf "$dir"; return; }
  pick_owner
  run_as_owner "$(find_bin pg_ctl)" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
