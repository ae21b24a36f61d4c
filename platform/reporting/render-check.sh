#!/usr/bin/env bash
# Turns the DOCX and PDF renditions in a directory into PNG pages, to look at them.
# Needs LibreOffice Writer and poppler (Debian: libreoffice-writer-nogui poppler-utils fonts-liberation2);
# no test depends on them. See docs/reports.md.
#
#   platform/reporting/render-check.sh DIR [DPI]
#
# writes DIR/png/<name>.docx-<page>.png (the DOCX as LibreOffice lays it out) and DIR/png/<name>.pdf-<page>.png.
set -euo pipefail

dir=${1:?usage: render-check.sh DIR [DPI]}
dpi=${2:-70}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-check: $tool is not installed" >&2; exit 1; }
done

out="$dir/png"
converted=$(mktemp -d)
trap 'rm -rf "$converted"' EXIT
mkdir -p "$out"

shopt -s nullglob
docx=("$dir"/*.docx)
if ((${#docx[@]})); then
  # A profile of its own, so a running LibreOffice does not swallow the conversion.
  soffice -env:UserInstallation="file://$converted/profile" --headless --convert-to pdf \
    --outdir "$converted" "${docx[@]}" >/dev/null
  for pdf in "$converted"/*.pdf; do
    pdftoppm -png -r "$dpi" "$pdf" "$out/$(basename "$pdf" .pdf).docx"
  done
fi
for pdf in "$dir"/*.pdf; do
  pdftoppm -png -r "$dpi" "$pdf" "$out/$(basename "$pdf" .pdf).pdf"
done
ls "$out"
