#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the tests use (ctest runs it as the fixture
# "postgres"; scripts/test.sh stops it again on any exit). The cluster lives in a temporary
# folder, is owned by an unprivileged user (postgres when run as root), listens on a Unix socket
# in that folder and on 127.0.0.1 only, and is deleted when stopped.
#   postgres-test-server.sh start STATE_DIR   writes STATE_DIR/url (the admin connection URL)
#   postgres-test-server.sh stop STATE_DIR
set -euo pipefail

action=${1:?usage: postgres-test-server.sh start|stop STATE_DIR}
state=${2:?usage: postgres-test-server.sh start|stop STATE_DIR}

bindir=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "postgres-test-server: PostgreSQL is not installed (Debian package postgresql);" \
        "scripts/test.sh installs it" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root.
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    if [ -f "$state/data" ]; then
        local data
        data=$(cat "$state/data")
        if [ -d "$data" ]; then
            "${as_owner[@]}" "$bindir/pg_ctl" -D "$data/cluster" -m fast -w -t 30 stop >/dev/null 2>&1 ||
                "${as_owner[@]}" "$bindir/pg_ctl" -D "$data/cluster" -m immediate -w stop >/dev/null 2>&1 || true
            if [ -f "$data/cluster/postmaster.pid" ]; then
                # pg_ctl could not stop it: end the server process itself.
                kill -KILL "$(head -1 "$data/cluster/postmaster.pid")" 2>/dev/null || true
            fi
            rm -rf "$data"
        fi
    fi
    rm -f "$state/data" "$state/url" "$state/port"
}

case "$action" in
start)
    mkdir -p "$state"
    stop_cluster # a cluster left behind by an interrupted run
    data=$(mktemp -d /tmp/copydesk-pg.XXXXXX)
    echo "$data" >"$state/data"
    chmod 700 "$data"
    if [ ${#as_owner[@]} -gt 0 ]; then
        chown postgres: "$data"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_owner[@]}" "$bindir/initdb" -D "$data/cluster" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 || {
        cat "$data/initdb.log" >&2
        exit 1
    }
    # Throwaway data: durability settings off, so creating a database per test is quick.
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data" \
        -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        -o "-c max_connections=200" start >/dev/null || {
        cat "$data/server.log" >&2
        exit 1
    }
    echo "$port" >"$state/port"
    echo "postgresql://postgres@/postgres?host=$data&port=$port" >"$state/url"
    echo "postgres-test-server: running on $data (socket) and 127.0.0.1:$port"
    ;;
stop)
    stop_cluster
    echo "postgres-test-server: stopped"
    ;;
*)
    echo "postgres-test-server: unknown action $action (start or stop)" >&2
    exit 2
    ;;
esac
