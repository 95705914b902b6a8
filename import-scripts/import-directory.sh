#!/usr/bin/env bash
# Imports a reference directory (e.g. the register of former foster carers) into the tracing search.
#
#   LIFELINKS_PASSWORD=... ./import-directory.sh former-carers carers.csv
#   LIFELINKS_TOKEN=llt_... ./import-directory.sh former-carers carers.csv
#
# The CSV's header must be:
#   id,given_name,family_name,former_family_names,date_of_birth,birth_year,sex,town,postcode
# Records are added or replaced by id. Rows the service refuses are listed with their line numbers; the good
# rows are kept. Exits non-zero, printing the service's problem detail, if the import as a whole fails.
set -euo pipefail

usage() { echo "usage: $0 DIRECTORY-NAME FILE.csv" >&2; exit 64; }
[[ $# -eq 2 ]] || usage
name=$1
file=$2
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

echo "Uploading $(wc -l < "$file") lines of $file to directory '$name' at $url ..." >&2
response=$(mktemp)
trap 'rm -f "$response"' EXIT
# --progress-bar shows the upload as it streams; the service indexes rows as they arrive.
status=$(curl --progress-bar "${auth[@]}" \
    --header 'Content-Type: text/csv' --data-binary "@$file" \
    --output "$response" --write-out '%{http_code}' \
    "$url/api/directories/$name/records")
if [[ $status != 200 ]]; then
    echo "error: the service answered $status:" >&2
    cat "$response" >&2; echo >&2
    exit 1
fi
if command -v python3 >/dev/null; then
    python3 - "$response" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['directory']}: {r['rowsRead']} rows read, {r['added']} added, {r['replaced']} replaced, {r['rejected']} rejected")
for e in r['errors']:
    print(f"  line {e['line']}: {e['reason']}")
PY
else
    cat "$response"; echo
fi
