#!/usr/bin/env bash
# Installs the Debian packages a test needs unless their commands are already there.
#
#   ensure-debian-packages.sh COMMAND=PACKAGE...      e.g. chromium=chromium chromedriver=chromium-driver
#
# Run by the build before the tests that drive a real program (a browser, docker-compose), so that `./mvnw verify`
# stays the one test command on a fresh Debian machine. As root it installs with apt-get; otherwise through
# passwordless sudo; failing both, it names the command to run and fails.
set -euo pipefail

missing=()
for pair in "$@"; do
  command -v "${pair%%=*}" >/dev/null 2>&1 || missing+=("${pair#*=}")
done
((${#missing[@]})) || exit 0

if [[ $(id -u) == 0 ]]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "These tests need the Debian packages ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
install=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends)
echo "Installing the Debian packages ${missing[*]} for the tests" >&2
"${install[@]}" "${missing[@]}" >/dev/null || {
  "${as_root[@]}" apt-get update -q >/dev/null
  "${install[@]}" "${missing[@]}" >/dev/null
}
