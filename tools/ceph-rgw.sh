#!/usr/bin/env bash
# ceph-rgw.sh - the project's launcher for a throwaway single-node Ceph RGW (Pacific, 16.2.x) on loopback, written to the
# operating facts worked out for this project (README.md, "Ceph RGW"): 1 mon + 1 osd (memstore in RAM, or bluestore on a sparse
# file with OSD_STORE=bluestore) + radosgw (civetweb with TCP_NODELAY),
# no mgr, pools pre-created with 8 PGs, readiness gated on an HTTP answer from RGW. Everything lives under $BASE.
#
#   ceph-rgw.sh install   install Debian's packages when a binary is missing (root + apt-get; nothing when present)
#   ceph-rgw.sh start     install if needed, bootstrap a new cluster in $BASE, start mon, osd, rgw, create the S3 user
#   ceph-rgw.sh stop      stop the daemons by their pid files (rgw, osd, mon), SIGKILL after STOP_TIMEOUT
#   ceph-rgw.sh purge     end the daemons at once (KILL by their pid files: the cluster's data is deleted next, so a
#                         graceful stop would only cost seconds), then delete $BASE entirely
#   ceph-rgw.sh pids      print the pids of running daemons, one a line
#   ceph-rgw.sh restart-rgw  stop radosgw by its pid file and start it again on the same port (RGW_PORT), waiting until it
#                         answers HTTP (a store-restart fault; mon and osd keep running, so persistent topics' queues survive)
#
# Env: BASE (required for start/stop/purge/pids), RGW_PORT (8000), MON_PORT (13300), S3_ACCESS_KEY, S3_SECRET_KEY,
#      START_TIMEOUT (seconds per wait step, 90), STOP_TIMEOUT (seconds per daemon, 20), RGW_DEBUG (1),
#      OSD_STORE (memstore: objects in the OSD's RAM, up to 2 GiB, gone with the cluster; bluestore: a 10 GiB sparse file
#      under $BASE, for data that does not fit or an OSD restart).
# The s3notify target 'ceph-rgw' drives this script with a fresh BASE and free ports, and purges after the run.
set -euo pipefail

PACKAGES=(ceph-mon ceph-osd radosgw ceph-common)
RGW_PORT=${RGW_PORT:-8000}
MON_PORT=${MON_PORT:-13300}
S3_UID=${S3_UID:-s3notify}
S3_ACCESS_KEY=${S3_ACCESS_KEY:-S3NOTIFYACCESSKEY000}
S3_SECRET_KEY=${S3_SECRET_KEY:-s3notifysecretkey0000000000000000000000000}
START_TIMEOUT=${START_TIMEOUT:-90}
STOP_TIMEOUT=${STOP_TIMEOUT:-20}
RGW_DEBUG=${RGW_DEBUG:-1}
OSD_STORE=${OSD_STORE:-memstore}
RGW_NAME=client.rgw.s3notify

log() { printf '%s [ceph-rgw] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

missing_binaries() {
  local b
  for b in ceph-mon ceph-osd radosgw ceph ceph-authtool monmaptool radosgw-admin uuidgen; do
    command -v "$b" >/dev/null 2>&1 || echo "$b"
  done
}

cmd_install() {
  local missing
  missing=$(missing_binaries | tr '\n' ' ')
  [[ -z $missing ]] && return 0
  [[ $(id -u) -eq 0 ]] || die "missing: $missing; install as root: apt-get install -y --no-install-recommends ${PACKAGES[*]}"
  command -v apt-get >/dev/null 2>&1 || die "missing: $missing, and apt-get is not available to install ${PACKAGES[*]}"
  log "installing ${PACKAGES[*]} (missing: $missing)"
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get update -q -o DPkg::Lock::Timeout=120 >&2 || die "apt-get update failed"
  timeout 600 apt-get install -y -q -o DPkg::Lock::Timeout=120 --no-install-recommends "${PACKAGES[@]}" uuid-runtime >&2 || die "apt-get install failed"
  missing=$(missing_binaries | tr '\n' ' ')
  [[ -z $missing ]] || die "still missing after install: $missing"
}

[[ ${1:-} == install ]] && { cmd_install; exit 0; }

[[ -n ${BASE:-} ]] || die "BASE must name the folder the cluster lives in"
CONF=$BASE/ceph.conf
ADMIN_KEYRING=$BASE/keyring
DATA=$BASE/data
RUN=$BASE/run
LOGS=$BASE/logs
export CEPH_CONF=$CONF
export CEPH_ARGS="--conf $CONF"

c() { timeout 60 ceph --connect-timeout 30 "$@"; }

pid_of() {
  local f=$RUN/$1.pid p
  [[ -s $f ]] || return 1
  p=$(<"$f")
  kill -0 "$p" 2>/dev/null || return 1
  echo "$p"
}

wait_for() {
  local what=$1; shift
  local deadline=$((SECONDS + START_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || die "timed out after ${START_TIMEOUT}s waiting for $what (logs: $LOGS)"
    sleep 0.5
  done
}

write_conf() {
  # civetweb, not beast: with beast, radosgw 16.2.15 aborts on a multi-object delete in a bucket with a notification
  # configuration (NOTES.md, "Pitfalls"). tcp_nodelay=1: civetweb sends a streamed answer (listings, SNS answers) in
  # several small writes, and without it each such call waited ~40 ms for the client's delayed ACK (measured 2026-12-02:
  # ListObjectsV2, ListObjectVersions, ListMultipartUploads and DeleteTopic 37-48 ms each, 9-21 ms with it).
  # memstore: a throwaway cluster needs no disk; bluestore's writes and syncs made the OSD the busiest daemon of a run.
  cat >"$CONF" <<CONF
[global]
fsid = $(<"$BASE/fsid")
mon host = [v2:127.0.0.1:$MON_PORT]
public network = 127.0.0.0/8
ms bind ipv6 = false
ms bind msgr1 = false
auth cluster required = cephx
auth service required = cephx
auth client required = cephx
auth allow insecure global id reclaim = false
keyring = $ADMIN_KEYRING
run dir = $RUN
admin socket = $RUN/\$name.asok
pid file = $RUN/\$name.pid
log file = $LOGS/\$name.log
log to stderr = false
err to stderr = false
mon cluster log file = $LOGS/cluster.log
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
mon max pg per osd = 1000
osd crush chooseleaf type = 0
mon data avail warn = 1
mon data avail crit = 0
paxos propose interval = 0.1

[mon]
mon data = $DATA/\$name

[osd]
osd data = $DATA/\$name
keyring = $DATA/\$name/keyring
osd objectstore = $OSD_STORE
memstore device bytes = 2147483648
osd crush initial weight = 1
# the bluestore settings apply with OSD_STORE=bluestore only
bluestore block create = true
bluestore block size = 10737418240
bluestore block db create = false
bluestore block wal create = false
bluestore cache autotune = false
bluestore cache size = 134217728
osd memory target = 939524096

[$RGW_NAME]
keyring = $DATA/rgw/keyring
rgw data = $DATA/rgw
rgw frontends = civetweb port=127.0.0.1:$RGW_PORT num_threads=64 tcp_nodelay=1
debug rgw = $RGW_DEBUG
CONF
}

bootstrap() {
  log "bootstrapping a new cluster in $BASE (mon 127.0.0.1:$MON_PORT, rgw 127.0.0.1:$RGW_PORT)"
  mkdir -p "$DATA/mon.a" "$DATA/osd.0" "$DATA/rgw" "$RUN" "$LOGS"
  uuidgen >"$BASE/fsid"
  write_conf
  ceph-authtool --create-keyring "$ADMIN_KEYRING" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-authtool "$ADMIN_KEYRING" --gen-key -n client.admin \
    --cap mon 'allow *' --cap osd 'allow *' --cap mds 'allow *' --cap mgr 'allow *' >/dev/null
  monmaptool --create --fsid "$(<"$BASE/fsid")" --addv a "[v2:127.0.0.1:$MON_PORT]" "$BASE/monmap" >/dev/null
  ceph-mon --mkfs -i a --monmap "$BASE/monmap" --keyring "$ADMIN_KEYRING"
  log "starting ceph-mon"
  ceph-mon -i a -c "$CONF"      # -c (also in CEPH_ARGS) puts $BASE in the command line: ps shows which cluster a daemon is
  wait_for "mon quorum" c mon stat

  local osd_uuid osd_key
  osd_uuid=$(uuidgen); osd_key=$(ceph-authtool --gen-print-key)
  printf '{"cephx_secret": "%s"}' "$osd_key" >"$RUN/osd-secret.json"
  c osd new "$osd_uuid" 0 -i "$RUN/osd-secret.json" >/dev/null
  rm -f "$RUN/osd-secret.json"
  ceph-authtool --create-keyring "$DATA/osd.0/keyring" --name osd.0 --add-key "$osd_key" >/dev/null
  ceph-osd -i 0 --mkfs --osd-uuid "$osd_uuid" >>"$LOGS/osd-mkfs.log" 2>&1 || die "osd mkfs failed (logs: $LOGS)"
  c auth get-or-create "$RGW_NAME" mon 'allow rw' osd 'allow rwx' mgr 'allow rw' -o "$DATA/rgw/keyring"
  # Pre-created pools: radosgw would create each lazily, ~2 s apiece on the first requests of a run.
  local p
  for p in .rgw.root default.rgw.control default.rgw.meta default.rgw.log \
           default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
    printf 'osd pool create %s 8 8 replicated\nosd pool application enable %s rgw\n' "$p" "$p"
  done | timeout 120 ceph >>"$LOGS/bootstrap.log" 2>&1 || die "pool creation failed (see $LOGS/bootstrap.log)"
}

rgw_answers() { curl -sf -m 5 -o /dev/null "http://127.0.0.1:$RGW_PORT/"; }

cmd_start() {
  cmd_install
  [[ ! -e $BASE/fsid ]] || die "$BASE already holds a cluster; purge it first"
  mkdir -p "$BASE" "$LOGS"
  local t0=$SECONDS
  bootstrap
  log "starting ceph-osd (bluestore on a sparse file)"
  ceph-osd -i 0 -c "$CONF"
  wait_for "osd.0 up" bash -c "ceph --connect-timeout 10 osd dump 2>/dev/null | grep -q '^osd.0 up'"
  log "starting radosgw (civetweb) on 127.0.0.1:$RGW_PORT"
  radosgw -n "$RGW_NAME" -c "$CONF"
  wait_for "radosgw on 127.0.0.1:$RGW_PORT" rgw_answers
  timeout 60 radosgw-admin user create --uid="$S3_UID" --display-name="s3notify" \
    --access-key="$S3_ACCESS_KEY" --secret-key="$S3_SECRET_KEY" >/dev/null
  log "ready in $((SECONDS - t0))s: http://127.0.0.1:$RGW_PORT"
}

stop_one() {
  local name=$1 p i
  p=$(pid_of "$name") || { rm -f "$RUN/$name.pid"; return 0; }
  log "stopping $name (pid $p)"
  kill -TERM "$p" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$p" 2>/dev/null; then log "$name still alive after ${STOP_TIMEOUT}s: SIGKILL"; kill -KILL "$p" 2>/dev/null || true; fi
  rm -f "$RUN/$name.pid"
}

cmd_stop() {
  [[ -d $RUN ]] || return 0
  stop_one "$RGW_NAME"
  stop_one osd.0
  stop_one mon.a
}

# Purge discards the cluster, so nothing needs a graceful stop: the daemons are killed at once and waited for.
cmd_kill() {
  [[ -d $RUN ]] || return 0
  local n p i pids=()
  for n in "$RGW_NAME" osd.0 mon.a; do
    if p=$(pid_of "$n"); then log "killing $n (pid $p)"; kill -KILL "$p" 2>/dev/null || true; pids+=("$p"); fi
  done
  for p in "${pids[@]}"; do
    for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
  done
  for n in "$RGW_NAME" osd.0 mon.a; do rm -f "$RUN/$n.pid"; done
}

cmd_restart_rgw() {
  [[ -e $BASE/fsid ]] || die "$BASE holds no cluster"
  local t0=$SECONDS
  stop_one "$RGW_NAME"
  log "starting radosgw (civetweb) again on 127.0.0.1:$RGW_PORT"
  radosgw -n "$RGW_NAME" -c "$CONF"
  wait_for "radosgw on 127.0.0.1:$RGW_PORT" rgw_answers
  log "radosgw answers again after $((SECONDS - t0))s"
}

cmd_pids() {
  local n
  for n in mon.a osd.0 "$RGW_NAME"; do pid_of "$n" || true; done
}

case ${1:-start} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  pids) cmd_pids ;;
  restart-rgw) cmd_restart_rgw ;;
  purge) cmd_kill; rm -rf "$BASE" ;;
  *) echo "usage: $0 install|start|stop|purge|pids|restart-rgw" >&2; exit 2 ;;
esac
