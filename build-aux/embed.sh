#!/bin/sh
# embed.sh NAME FILE: writes C source defining the NUL-terminated array NAME
# holding FILE's bytes, so the binary carries its default config.
set -e
name=$1
file=$2
printf '/* generated from %s by embed.sh; do not edit */\n' "$(basename "$file")"
printf 'const char %s[] = {\n' "$name"
od -An -v -tx1 "$file" | sed -e 's/  */ /g' -e 's/^ //' -e 's/ $//' -e '/^$/d' \
    -e 's/\([0-9a-f][0-9a-f]\)/0x\1,/g'
printf '0x00 };\n'
