#!/usr/bin/env bash
# ONLY for a machine that cannot reach a container registry. With registry access you need none of this:
# `docker compose up -d --build` pulls eclipse-temurin:17-jre and apache/kafka:4.3.1 itself.
#
# Builds a stand-in for eclipse-temurin:17-jre (the base of every Dockerfile of this repository) from Debian's
# package mirror: a Debian bookworm root file system made by debootstrap with OpenJDK 17's headless JRE, curl and
# bash, imported with `docker import` and tagged with the name the Dockerfiles use. Needs root and debootstrap.
#
#   sudo deploy/offline-images/build-base-image.sh [tag]       # default tag: eclipse-temurin:17-jre
#
# Set DOCKER_HOST to reach an engine that is not on the default socket; MIRROR to use another Debian mirror.
set -euo pipefail

TAG="${1:-eclipse-temurin:17-jre}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SUITE=bookworm
WORK="$(mktemp -d /var/tmp/cooplog-rootfs.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

debootstrap --variant=minbase \
    --include=openjdk-17-jre-headless,ca-certificates,curl,procps \
    "$SUITE" "$WORK/rootfs" "$MIRROR"

# Leave out what a container does not need: package caches and lists, documentation.
chroot "$WORK/rootfs" apt-get clean
rm -rf "$WORK/rootfs"/var/lib/apt/lists/* "$WORK/rootfs"/usr/share/doc/* "$WORK/rootfs"/usr/share/man/* \
    "$WORK/rootfs"/var/cache/debconf/*-old "$WORK/rootfs"/var/log/*.log

JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
tar -C "$WORK/rootfs" -c . | docker import \
    --change "ENV JAVA_HOME=$JAVA_HOME" \
    --change "ENV PATH=$JAVA_HOME/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV LANG=C.UTF-8" \
    --change 'CMD ["bash"]' \
    --message "Debian $SUITE with OpenJDK 17 JRE (offline stand-in for eclipse-temurin:17-jre)" \
    - "$TAG"
docker run --rm "$TAG" java -version
