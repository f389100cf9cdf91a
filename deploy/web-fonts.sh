#!/usr/bin/env bash
# Makes the web fonts (wwwroot/fonts/*.woff2) from the very faces the PDFs embed (src/KpiTracker.Reports/Fonts), so screen
# and print match on any computer. Run it only when those TTF files change; its output is committed. Needs fonttools and
# brotli (Debian: apt-get install fonttools python3-brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/KpiTracker.Reports/Fonts
out=src/KpiTracker.Web/wwwroot/fonts
# Arabic script, its presentation forms, and the joiners and marks Arabic text uses; the CSS gives the same ranges.
arabic="U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+2010-2011,U+204F,U+25CC,U+2E41"
# Latin with its extensions (names), general punctuation, currency, arrows and the triangles of rank changes.
latin="U+0000-024F,U+0259,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+1E00-1EFF,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2215,U+25B2,U+25BC,U+FEFF,U+FFFD"
for weight in Regular Bold; do
  lower=$(echo "$weight" | tr '[:upper:]' '[:lower:]')
  pyftsubset "$src/NotoNaskhArabic-$weight.ttf" --unicodes="$arabic" --layout-features='*' --flavor=woff2 \
    --output-file="$out/noto-naskh-arabic-$lower.woff2"
  pyftsubset "$src/NotoSans-$weight.ttf" --unicodes="$latin" --layout-features='*' --flavor=woff2 \
    --output-file="$out/noto-sans-latin-$lower.woff2"
done
{
  head -n 2 "$src/OFL.txt"
  echo
  echo "Files: noto-naskh-arabic-{regular,bold}.woff2 and noto-sans-latin-{regular,bold}.woff2, subsets (the Arabic and"
  echo "Latin ranges the screens use) of the faces in src/KpiTracker.Reports/Fonts, converted to WOFF2 by deploy/web-fonts.sh."
  tail -n +6 "$src/OFL.txt"
} > "$out/OFL.txt"
ls -l "$out"
