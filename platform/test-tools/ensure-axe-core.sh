#!/usr/bin/env bash
# Puts the accessibility checker axe-core, at one pinned version, where the browser tests inject it into the pages.
#
#   ensure-axe-core.sh VERSION SHA512-INTEGRITY TARGET-FILE     e.g. 4.14.1 sha512-FHfa… target/axe/axe.min.js
#
# The tarball comes from the npm registry through `npm pack` (no install, no package scripts run) and is used only
# when its sha512 is the pinned one, so a test never runs a script it did not expect. The file is not committed:
# it is fetched once per target directory. npm comes from Debian when it is missing.
set -euo pipefail

version=$1 integrity=$2 target=$3
[[ -s $target ]] && exit 0

bash "$(dirname "$0")/ensure-debian-packages.sh" npm=npm

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "axe-core@$version" --ignore-scripts --silent >/dev/null)
tarball="$work/axe-core-$version.tgz"
actual=$(node -e 'const c = require("crypto"), fs = require("fs");
  process.stdout.write("sha512-" + c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$tarball")
if [[ $actual != "$integrity" ]]; then
  echo "axe-core $version from the registry is not the pinned one: $actual, expected $integrity" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" package/axe.min.js
mkdir -p "$(dirname "$target")"
mv "$work/package/axe.min.js" "$target"
