#!/bin/sh
# Builds otadash.icns from the PNG renders of resources/icons/otadash.svg (macOS: sips and iconutil).
set -eu
icons="$1"   # resources/icons
out="$2"     # .../otadash.icns
set_dir="$(mktemp -d)/otadash.iconset"
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    cp "$icons/otadash-$size.png" "$set_dir/icon_${size}x${size}.png"
    double=$((size * 2))
    if [ -f "$icons/otadash-$double.png" ]; then
        cp "$icons/otadash-$double.png" "$set_dir/icon_${size}x${size}@2x.png"
    else
        sips -z "$double" "$double" "$icons/otadash-512.png" --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
    fi
done
iconutil -c icns "$set_dir" -o "$out"
