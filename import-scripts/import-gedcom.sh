#!/usr/bin/env bash
# Imports a GEDCOM family tree (5.5.1 or 7.0; UTF-8, UTF-16, ANSEL, ASCII or ANSI) into a young person's network.
#
#   LIFELINKS_PASSWORD=... ./import-gedcom.sh YOUNG-PERSON-ID tree.ged [@I1@]
#   LIFELINKS_TOKEN=llt_... ./import-gedcom.sh YOUNG-PERSON-ID tree.ged [@I1@]
#
# The optional third argument is the tree's individual who is the young person: their parents, siblings and
# the rest then become kin of the young person, with relationships in words. The import is all or nothing: a
# file the service cannot read is refused with the line number and reason, and nothing changes.
set -euo pipefail

usage() { echo "usage: $0 YOUNG-PERSON-ID FILE.ged [ROOT-XREF]" >&2; exit 64; }
[[ $# -eq 2 || $# -eq 3 ]] || usage
young_person=$1
file=$2
root=${3:-}
[[ -r $file ]] || { echo "error: cannot read $file" >&2; exit 66; }
url=${LIFELINKS_URL:-http://localhost:8080}
user=${LIFELINKS_USER:-admin}
# An API token (LIFELINKS_TOKEN, sent as Bearer) is cheaper for the service than a password checked on every call.
if [[ -n ${LIFELINKS_TOKEN:-} ]]; then
    auth=(--oauth2-bearer "$LIFELINKS_TOKEN")
else
    : "${LIFELINKS_PASSWORD:?set LIFELINKS_TOKEN to an API token, or LIFELINKS_PASSWORD to the password of the importing account}"
    auth=(--user "$user:$LIFELINKS_PASSWORD")
fi

query=""
[[ -n $root ]] && query="?root=$(printf '%s' "$root" | sed 's/@/%40/g')"
echo "Uploading $file ($(wc -c < "$file") bytes) to young person $young_person at $url ..." >&2
response=$(mktemp)
trap 'rm -f "$response"' EXIT
status=$(curl --progress-bar "${auth[@]}" \
    --header 'Content-Type: application/octet-stream' --data-binary "@$file" \
    --output "$response" --write-out '%{http_code}' \
    "$url/api/young-people/$young_person/gedcom$query")
if [[ $status != 200 ]]; then
    echo "error: the service answered $status:" >&2
    cat "$response" >&2; echo >&2
    exit 1
fi
if command -v python3 >/dev/null; then
    python3 - "$response" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['individuals']} individuals, {r['families']} families: {r['created']} people created, "
      f"{len(r['merged'])} merged with people already recorded, {r['kinshipRecorded']} kinship links, "
      f"{r['restricted']} hidden from the young person (RESN)")
for m in r['merged']:
    print(f"  merged {m['xref']} {m['name']} with {m['personId']}")
for d in r['toDecide']:
    print(f"  to decide: {d['xref']} {d['name']} (created as {d['personId']}) may be {', '.join(d['possibleDuplicates'])}")
for s in r['kinshipSkipped']:
    print(f"  kept as recorded: {s}")
PY
else
    cat "$response"; echo
fi
