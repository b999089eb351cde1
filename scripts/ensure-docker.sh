#!/usr/bin/env bash
# Make sure a Docker engine answers on the default socket. Installs Debian's
# docker.io and starts dockerd in the background when none runs, because CI
# machines start without an engine and Docker tests must fail, never skip.
set -euo pipefail

log() { echo "[ensure-docker] $*" >&2; }

if docker info >/dev/null 2>&1; then
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "installing docker.io from Debian"
  apt-get update -qq
  apt-get install -y -qq docker.io >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  mkdir -p /var/log
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 120); do
    if docker info >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
fi

if ! docker info >/dev/null 2>&1; then
  log "dockerd did not come up; last lines of /var/log/dockerd.log:"
  tail -n 30 /var/log/dockerd.log >&2 || true
  exit 1
fi
log "docker engine ready: $(docker version --format '{{.Server.Version}}')"
