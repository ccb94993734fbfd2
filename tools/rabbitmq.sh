#!/usr/bin/env bash
# rabbitmq.sh - the project's launcher for a throwaway RabbitMQ broker on loopback (Debian's rabbitmq-server), the AMQP
# broker the ceph-rgw target's AMQP topics publish to (README.md, "Ceph RGW"). Everything lives under $BASE: its own
# config, Mnesia database, logs, Erlang cookie ($BASE/home) and node name, and its own epmd on its own port, so it never
# touches a system broker or a system epmd. No plugins (no management UI).
#
#   rabbitmq.sh install   install Debian's rabbitmq-server when it is missing (root + apt-get; nothing when present)
#   rabbitmq.sh start     install if needed, start the broker on free loopback ports, wait until it accepts AMQP, and print
#                         KEY=VALUE lines: AMQP_PORT, AMQP_USER, AMQP_PASSWORD, BASE, PID (beam), EPMD_PID, VERSION
#   rabbitmq.sh stop      stop what start started, by the pids it recorded: the broker (rabbitmqctl stop, then TERM, then
#                         KILL after STOP_TIMEOUT) and its epmd; nothing else
#   rabbitmq.sh purge     end what start started at once (KILL by the recorded pids: everything it kept is deleted next,
#                         so a graceful stop would only cost seconds), then delete $BASE entirely
#   rabbitmq.sh pids      print the pids of what start started and still runs, one a line
#
# Env: BASE (required for start/stop/purge/pids), AMQP_PORT, DIST_PORT, EPMD_PORT (free ports when unset), AMQP_USER,
#      AMQP_PASSWORD, START_TIMEOUT (seconds, 90), STOP_TIMEOUT (seconds, 20).
# Tested with Debian bookworm's rabbitmq-server 3.10.8-1.1+deb12u1 on erlang-base 1:25.2.3+dfsg-1; start prints the installed
# version (VERSION=) and warns when it is another.
set -euo pipefail

TESTED_VERSION=3.10.8-1.1+deb12u1
# guest/guest, which RabbitMQ accepts from loopback only: Ceph RGW 16.2 refuses a topic whose push-endpoint carries a
# password over plain HTTP ("sending password over insecure transport"), and connects as guest/guest when it names none.
AMQP_USER=${AMQP_USER:-guest}
AMQP_PASSWORD=${AMQP_PASSWORD:-guest}
START_TIMEOUT=${START_TIMEOUT:-90}
STOP_TIMEOUT=${STOP_TIMEOUT:-20}
# Debian's /usr/sbin wrappers switch to the rabbitmq user when run as root, which would lose this broker's HOME (cookie)
# and environment: the scripts behind them are called directly.
SCRIPTS=/usr/lib/rabbitmq/bin

log() { printf '%s [rabbitmq] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

installed() { [[ -x $SCRIPTS/rabbitmq-server && -x $SCRIPTS/rabbitmqctl ]] && command -v epmd >/dev/null 2>&1; }

cmd_install() {
  installed && return 0
  [[ $(id -u) -eq 0 ]] || die "rabbitmq-server is missing; install as root: apt-get install -y --no-install-recommends rabbitmq-server"
  command -v apt-get >/dev/null 2>&1 || die "rabbitmq-server is missing, and apt-get is not available to install it"
  log "installing rabbitmq-server"
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get update -q -o DPkg::Lock::Timeout=120 >&2 || die "apt-get update failed"
  timeout 600 apt-get install -y -q -o DPkg::Lock::Timeout=120 --no-install-recommends rabbitmq-server >&2 || die "apt-get install failed"
  installed || die "still missing after install: $SCRIPTS/rabbitmq-server"
}

[[ ${1:-} == install ]] && { cmd_install; exit 0; }

[[ -n ${BASE:-} ]] || die "BASE must name the folder the broker lives in"
RUN=$BASE/run
LOGS=$BASE/log

free_port() {
  local p i
  for ((i = 0; i < 200; i++)); do
    # Below the kernel's ephemeral range (32768-60999 by default), so no outgoing connection of a busy machine can take it
    # as its local port between this check and the broker's bind; nothing answers on it (a connect fails).
    p=$((20000 + RANDOM % 12700))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  die "no free loopback port found"
}

# Why a start failed, on one line: the crash dump's slogan (e.g. a port taken) and the broker's last words.
start_failure() {
  local slogan=""
  [[ -s $LOGS/erl_crash.dump ]] && slogan=$(grep -m1 '^Slogan:' "$LOGS/erl_crash.dump" | cut -c1-300)
  printf '%s %s' "$slogan" "$(tail -n 5 "$LOGS/stdout.log" 2>/dev/null | tr -s '\n' ' ' | cut -c1-600)"
}

broker_env() {
  export HOME=$BASE/home
  export ERL_EPMD_PORT=$EPMD_PORT ERL_EPMD_ADDRESS=127.0.0.1
  # A broker that fails to start (e.g. its distribution port taken) writes erl_crash.dump into the working directory by
  # default, which is the caller's (the repository): keep it under $BASE, which purge removes.
  export ERL_CRASH_DUMP=$LOGS/erl_crash.dump
  export RABBITMQ_NODENAME=$NODE RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$AMQP_PORT RABBITMQ_DIST_PORT=$DIST_PORT
  export RABBITMQ_CONF_ENV_FILE=$BASE/rabbitmq-env.conf RABBITMQ_CONFIG_FILE=$BASE/rabbitmq.conf
  export RABBITMQ_ADVANCED_CONFIG_FILE=$BASE/advanced.config RABBITMQ_ENABLED_PLUGINS_FILE=$BASE/enabled_plugins
  export RABBITMQ_MNESIA_BASE=$BASE/mnesia RABBITMQ_LOG_BASE=$LOGS RABBITMQ_PID_FILE=$RUN/rabbitmq.pid
}

load_settings() {
  [[ -s $BASE/settings ]] || return 1
  # shellcheck source=/dev/null
  source "$BASE/settings"
  broker_env
}

pid_of() {
  local f=$RUN/$1.pid p
  [[ -s $f ]] || return 1
  p=$(<"$f")
  kill -0 "$p" 2>/dev/null || return 1
  echo "$p"
}

ctl() { timeout "${2:-30}" "$SCRIPTS/rabbitmqctl" -n "$NODE" -q "$1"; }

installed_version() { dpkg-query -W -f='${Version}' rabbitmq-server 2>/dev/null || echo unknown; }

cmd_start() {
  cmd_install
  [[ ! -e $BASE/settings ]] || die "$BASE already holds a broker; purge it first"
  mkdir -p "$BASE/home" "$RUN" "$LOGS" "$BASE/mnesia"
  AMQP_PORT=${AMQP_PORT:-$(free_port)}
  DIST_PORT=${DIST_PORT:-$(free_port)}
  EPMD_PORT=${EPMD_PORT:-$(free_port)}
  NODE=s3notify$AMQP_PORT@localhost
  printf 'AMQP_PORT=%s\nDIST_PORT=%s\nEPMD_PORT=%s\nNODE=%s\n' "$AMQP_PORT" "$DIST_PORT" "$EPMD_PORT" "$NODE" >"$BASE/settings"
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$BASE/home/.erlang.cookie"
  chmod 400 "$BASE/home/.erlang.cookie"
  : >"$BASE/rabbitmq-env.conf"
  echo '[].' >"$BASE/enabled_plugins"
  echo '[].' >"$BASE/advanced.config"
  cat >"$BASE/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
default_user = $AMQP_USER
default_pass = $AMQP_PASSWORD
default_vhost = /
disk_free_limit.absolute = 50MB
log.file.level = info
log.console = false
CONF
  broker_env
  local version t0=$SECONDS
  version=$(installed_version)
  [[ $version == "$TESTED_VERSION" ]] || log "warning: rabbitmq-server $version is installed; this script was tested with $TESTED_VERSION"

  log "starting epmd on 127.0.0.1:$EPMD_PORT"
  # Named after $BASE (exec -a) so that ps shows which broker this epmd serves.
  setsid bash -c 'exec -a "epmd[$0]" epmd -address 127.0.0.1 -port "$1"' "$BASE" "$EPMD_PORT" </dev/null >>"$LOGS/epmd.log" 2>&1 &
  echo $! >"$RUN/epmd.pid"
  log "starting rabbitmq-server $version ($NODE, AMQP 127.0.0.1:$AMQP_PORT) in $BASE"
  setsid "$SCRIPTS/rabbitmq-server" </dev/null >>"$LOGS/stdout.log" 2>&1 &
  echo $! >"$RUN/wrapper.pid"

  local deadline=$((SECONDS + START_TIMEOUT))
  until [[ -s $RUN/rabbitmq.pid ]] && (exec 3<>"/dev/tcp/127.0.0.1/$AMQP_PORT") 2>/dev/null; do
    pid_of wrapper >/dev/null || [[ -s $RUN/rabbitmq.pid ]] || die "rabbitmq-server exited during start: $(start_failure) (logs: $LOGS)"
    ((SECONDS < deadline)) || die "timed out after ${START_TIMEOUT}s waiting for AMQP on 127.0.0.1:$AMQP_PORT (logs: $LOGS)"
    sleep 0.3
  done
  ctl await_startup "$START_TIMEOUT" >/dev/null || die "rabbitmqctl await_startup failed (logs: $LOGS)"
  log "ready in $((SECONDS - t0))s: amqp://127.0.0.1:$AMQP_PORT"
  printf 'AMQP_PORT=%s\nAMQP_USER=%s\nAMQP_PASSWORD=%s\nBASE=%s\nPID=%s\nEPMD_PID=%s\nVERSION=%s\n' \
    "$AMQP_PORT" "$AMQP_USER" "$AMQP_PASSWORD" "$BASE" "$(<"$RUN/rabbitmq.pid")" "$(<"$RUN/epmd.pid")" "$version"
}

wait_gone() {
  local p=$1 i
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.2; done
  return 1
}

stop_pid() {
  local name=$1 p
  p=$(pid_of "$name") || { rm -f "$RUN/$name.pid"; return 0; }
  log "stopping $name (pid $p)"
  kill -TERM "$p" 2>/dev/null || true
  if ! wait_gone "$p"; then log "$name still alive after ${STOP_TIMEOUT}s: SIGKILL"; kill -KILL "$p" 2>/dev/null || true; fi
  rm -f "$RUN/$name.pid"
}

cmd_stop() {
  [[ -d $RUN ]] || return 0
  if load_settings && pid_of rabbitmq >/dev/null; then
    log "stopping $NODE (rabbitmqctl stop)"
    ctl stop "$STOP_TIMEOUT" >/dev/null 2>&1 || true
  fi
  stop_pid rabbitmq
  stop_pid wrapper
  stop_pid epmd
}

# Purge discards the broker's data, so nothing needs a graceful stop: every recorded process is killed at once and waited for.
cmd_kill() {
  [[ -d $RUN ]] || return 0
  local n p pids=()
  for n in rabbitmq wrapper epmd; do
    if p=$(pid_of "$n"); then log "killing $n (pid $p)"; kill -KILL "$p" 2>/dev/null || true; pids+=("$p"); fi
  done
  for p in "${pids[@]}"; do wait_gone "$p" || log "pid $p still alive after ${STOP_TIMEOUT}s"; done
  for n in rabbitmq wrapper epmd; do rm -f "$RUN/$n.pid"; done
}

cmd_pids() {
  local n
  for n in rabbitmq wrapper epmd; do pid_of "$n" || true; done
}

case ${1:-start} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  pids) cmd_pids ;;
  purge) cmd_kill; rm -rf "$BASE" ;;
  *) echo "usage: $0 install|start|stop|purge|pids" >&2; exit 2 ;;
esac
