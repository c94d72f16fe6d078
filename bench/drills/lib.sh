# shellcheck shell=bash
# What the drills share (sourced): tools, a throw-away PostgreSQL cluster of their own, a TCP proxy in front of it,
# Redress domains started with config/redress, demo logins. The system PostgreSQL (127.0.0.1:5432) is never touched:
# a drill stops, restarts and cuts off only the cluster it made. Set before sourcing: DRILLS, REPO, WORK.

say() { printf '[drill] %s\n' "$*"; }
die() { printf '[drill] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_PORT=${PG_PORT:-25432}
EAR=${EAR:-$REPO/app-ear/target/redress.ear} # another build: EAR=/path/to/redress.ear

# Every drill's start: the tools it names ("command:package"), a fresh $WORK, and on any exit (unless KEEP=1) the domains,
# the cluster and $WORK gone. $1 is what stays up with KEEP=1, in words. A drill with more to stop (a proxy, HAProxy, a
# client) defines drill_stop_own before calling this; it runs first, KEEP=1 or not (see each drill).
drill_begin() { # $1 what KEEP=1 leaves up, then the tools
    DRILL_KEPT=$1
    shift
    drill_tools "$@"
    [ -d "$WORK" ] && { say "removing the previous drill's $WORK"; rm -rf "$WORK"; }
    mkdir -p "$WORK"
    trap drill_cleanup EXIT
    trap 'exit 130' INT TERM
    began=$SECONDS
}

drill_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if declare -F drill_stop_own >/dev/null; then drill_stop_own || true; fi
    if [ -n "${KEEP:-}" ]; then
        say "KEEP=1: $DRILL_KEPT stay up"
    else
        redress_stop_all
        pg_stop
        rm -rf "$WORK"
    fi
    exit "$rc"
}

# Installs what is missing with apt-get (as root), else says what to install.
drill_tools() { # $@: commands, each "command:package"
    local pair cmd pkg missing=()
    for pair in "$@"; do
        cmd=${pair%%:*}
        pkg=${pair#*:}
        command -v "$cmd" >/dev/null || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing ${missing[*]} (apt-get install -y)"
        timeout 600 apt-get install -y -q "${missing[@]}" >/dev/null || die "could not install ${missing[*]}"
    else
        die "please install: ${missing[*]}"
    fi
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found (PG_BIN=$PG_BIN): apt-get install postgresql"
}

# PostgreSQL refuses to run as root: the cluster runs as the postgres user when the drill runs as root.
pg_as() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A fresh cluster in $WORK/pg on 127.0.0.1:$PG_PORT, trust authentication on loopback, fsync on (what was
# acknowledged must survive a restart), and database redress owned by the ordinary role redress.
pg_create() {
    local dir="$WORK/pg"
    if (echo > "/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
        die "port $PG_PORT is taken (another drill still running?); set PG_PORT"
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    pg_as "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$WORK/initdb.log" 2>&1 \
        || { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
    pg_start
    psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE redress LOGIN" -c "CREATE DATABASE redress OWNER redress" >/dev/null
    PG_CREATED=true
}

pg_start() {
    pg_as "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w -t 60 -l "$WORK/pg/postgresql.log" \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg -c max_connections=200" start >/dev/null
}

pg_restart() {
    pg_as "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w -t 60 -m fast -l "$WORK/pg/postgresql.log" \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg -c max_connections=200" restart >/dev/null
}

pg_stop() {
    [ -d "$WORK/pg/data" ] && pg_as "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
}

psql_drill() { psql -X -q -A -t -h 127.0.0.1 -p "$PG_PORT" -U redress -d redress -v ON_ERROR_STOP=1 "$@"; }

# A TCP proxy on $1 in front of the cluster (bench/drills/DrillProxy.java, compiled into $WORK/client), which the drill
# can make a partition (proxy_silence): connections stay open and nothing answers, as when the network or the database
# host stops; proxy_speak ends it. Sets PROXY_PID.
proxy_start() {
    local port=$1
    mkdir -p "$WORK/client"
    javac -d "$WORK/client" "$DRILLS/DrillProxy.java" "$DRILLS/DrillClient.java"
    rm -f "$WORK/silence"
    java -Xmx128m -cp "$WORK/client" DrillProxy "$port" "$PG_PORT" "$WORK/silence" >>"$WORK/proxy.log" 2>&1 &
    PROXY_PID=$!
    for _ in $(seq 1 100); do
        (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    die "the proxy did not start"
}

proxy_silence() { touch "$WORK/silence"; }
proxy_speak() { rm -f "$WORK/silence"; }
proxy_stop() {
    if [ -n "${PROXY_PID:-}" ]; then
        rm -f "$WORK/silence"
        kill "$PROXY_PID" 2>/dev/null || true
    fi
}

# The EAR as it is, else (or with REBUILD=1) a build.
drill_ear() {
    if [ -f "$EAR" ] && [ -z "${REBUILD:-}" ]; then
        say "using $EAR (built $(date -r "$EAR" '+%Y-%m-%d %H:%M:%S'); REBUILD=1 to rebuild)"
    else
        say "building Redress (mvn package, tests skipped)"
        (cd "$REPO" && timeout 1200 mvn -q -B package -DskipTests) || die "build failed"
    fi
}

# Starts Redress in a domain of its own: $1 REDRESS_HOME, $2 port base (http base+80), $3 JDBC URL, $4 demo (true/false).
# The Payara installation unpacked by the first start is shared with later homes through a symbolic link. The server
# writes a GC log to $1.gc.log (every collection with its pause, UTC time and the JVM's uptime; a restart moves the
# previous one to $1.gc.log.0), so a stall the client saw can be matched with a pause.
redress_start() {
    local home=$1 base=$2 url=$3 demo=$4 log="$1.start.log"
    mkdir -p "$home"
    if [ -n "${SHARED_PAYARA:-}" ] && [ ! -e "$home/payara-6.2025.10" ]; then
        ln -s "$SHARED_PAYARA" "$home/payara-6.2025.10"
    fi
    say "starting Redress: http $((base + 80)), REDRESS_HOME=$home, database $url"
    STARTED_HOMES+=("$home:$base") # stopped at the end even when the start fails half-way (a domain may be running)
    REDRESS_HOME=$home REDRESS_PORTBASE=$base REDRESS_DETACH=1 REDRESS_DB_URL=$url REDRESS_DB_USER=redress \
        REDRESS_DB_PASSWORD= REDRESS_DEMO=$demo REDRESS_JVM_OPTIONS="-Xlog:gc*:file=$home.gc.log:utctime,uptime,level,tags" timeout 900 bash "$REPO/config/redress" run --no-build >"$log" 2>&1 \
        || { tail -n 30 "$log" >&2; die "Redress did not come up (log: $log, $home/domains/redress/logs/server.log)"; }
    SHARED_PAYARA=${SHARED_PAYARA:-$home/payara-6.2025.10}
}

redress_stop_all() {
    local entry pid
    for entry in ${STARTED_HOMES[@]+"${STARTED_HOMES[@]}"}; do
        REDRESS_HOME=${entry%%:*} REDRESS_PORTBASE=${entry##*:} timeout 120 bash "$REPO/config/redress" stop >/dev/null 2>&1 || true
        # a domain whose start timed out is not listening for asadmin yet: its JVM would outlive the drill
        pid=$(redress_pid "${entry%%:*}")
        [ -z "$pid" ] || { kill -9 "$pid" 2>/dev/null && say "killed the JVM of ${entry%%:*} (asadmin could not stop it)"; }
    done
}

# The JVM of the domain in $1 (REDRESS_HOME).
redress_pid() {
    ps -eo pid=,args= | awk -v dir="$1/domains/redress" 'index($0, dir) && $2 ~ /java/ && !/admin-cli/ { print $1; exit }'
}

# base64(user:password) of the demo login with role $2, from the logins file $1.
demo_login() {
    local user password
    read -r user password < <(awk -v role="$2" '$1 == role { print $2, $3; exit }' "$1") || true
    [ -n "${user:-}" ] && [ -n "${password:-}" ] || die "no $2 login in $1"
    printf '%s:%s' "$user" "$password" | base64 -w0
}

# curl with a demo login: $1 base64 credentials, then curl arguments; prints the body, fails unless 2xx.
api() {
    local auth=$1 out code
    shift
    out=$(mktemp)
    code=$(curl -s -o "$out" -w '%{http_code}' --max-time 30 -H "Authorization: Basic $auth" -H 'Content-Type: application/json' "$@") || code=000
    cat "$out"
    rm -f "$out"
    [[ "$code" == 2* ]] || { echo >&2; say "HTTP $code from curl $*" >&2; return 1; }
}

# Requests a measure on account $1 as $AGENT and has $SUPERVISOR approve it, through $BASE (or $2... see below);
# prints the restriction's id. $1 account, $2 measure, $3 extra JSON fields (e.g. "liftsRestrictionId":12), $4 base URL.
restrict() {
    local account=$1 measure=$2 extra=${3:-} base=${4:-$BASE} body id
    if [ "$measure" = LIFT ]; then
        body="{\"measure\":\"LIFT\",\"justification\":\"Refresh completed, confirmed by the KYC team.\",$extra}"
    else
        body="{\"measure\":\"$measure\",\"reasonCode\":\"KYC_REFRESH_OVERDUE\",\"justification\":\"Identity refresh overdue for months; reminders unanswered.\",\"evidence\":[\"ticket DRILL-1\"],\"windowDays\":14${extra:+,$extra}}"
    fi
    api "$AGENT" -X POST "$base/redress/api/v1/accounts/$account/restrictions" -d "$body" >/dev/null || return 1
    id=$(psql_drill -c "SELECT max(id) FROM restriction WHERE account_id = '$account' AND state = 'REQUESTED'")
    [ -n "$id" ] || { say "no requested restriction on $account"; return 1; }
    api "$SUPERVISOR" -X POST "$base/redress/api/v1/restrictions/$id/approve" -d '{}' >/dev/null || return 1
    echo "$id"
}

STARTED_HOMES=()
PG_CREATED=false
