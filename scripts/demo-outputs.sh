#!/usr/bin/env bash
# Runs the demo in a scratch folder and writes what a reader sees (CSV outputs, every PDF's text, every email's
# text) into one folder, so two builds can be compared with `diff -r`:
#   scripts/demo-outputs.sh /tmp/before   # on the old build
#   scripts/demo-outputs.sh /tmp/after    # on the new build
#   diff -r /tmp/before /tmp/after
# Needs pdftotext (poppler-utils) and python3; the run id, as-of and run date are the same for both runs.
set -euo pipefail
target=$(realpath -m "$1")
jar=$(realpath "$(dirname "$0")/../target/revenue-blueprint.jar")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && java -jar "$jar" --demo >/dev/null 2>&1)
rm -rf "$target" && mkdir -p "$target"
period=$(ls "$work/out" | grep -v outbox)
cp "$work/out/$period/"*.csv "$target/"
find "$work/out/$period" -name '*.pdf' | sort | while read -r pdf; do
  pdftotext -layout "$pdf" "$target/$(basename "$pdf" .pdf).txt"
done
for eml in "$work/out/outbox/"*.eml; do
  python3 - "$eml" > "$target/$(basename "$eml" .eml).txt" <<'PY'
import email, sys
from email import policy
message = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
print('To:', message['To']); print('Subject:', message['Subject'])
for part in message.walk():
    if part.get_content_type() in ('text/plain', 'text/html'):
        print(part.get_content())
    elif part.get_filename():
        print('Attachment:', part.get_filename())
PY
done
echo "$target"
