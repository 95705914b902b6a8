#!/usr/bin/env bash
# Imports young people and their known connections from a case-management export (CSV; columns in
# docs/import-export.md). Administrators only. Idempotent: records are matched by the case system's ids, so
# running the same file twice changes nothing.
#
#   LIFELINKS_PASSWORD=... ./import-cases.sh cases.csv            # import
#   LIFELINKS_PASSWORD=... DRY_RUN=true ./import-cases.sh cases.csv  # report what would change, write nothing
#
# Every row is checked first: if any row is wrong, nothing is imported and every bad row is listed.
set -euo pipefail

usage() { echo "usage: $0 FILE.csv" >&2; exit 64; }
[[ $# -eq 1 ]] || usage
file=$1
[[ -r $file ]] || { echo "error: cannot read $file" >&2; exit 66; }
url=${LIFELINKS_URL:-http://localhost:8080}
user=${LIFELINKS_USER:-admin}
# An API token (LIFELINKS_TOKEN, sent as Bearer) is cheaper for the service than a password checked on every call.
if [[ -n ${LIFELINKS_TOKEN:-} ]]; then
    auth=(--oauth2-bearer "$LIFELINKS_TOKEN")
else
    : "${LIFELINKS_PASSWORD:?set LIFELINKS_TOKEN to an API token, or LIFELINKS_PASSWORD to the password of an administrator account}"
    auth=(--user "$user:$LIFELINKS_PASSWORD")
fi
dry_run=${DRY_RUN:-false}

echo "Uploading $(wc -l < "$file") lines of $file to $url (dry run: $dry_run) ..." >&2
response=$(mktemp)
trap 'rm -f "$response"' EXIT
status=$(curl --progress-bar "${auth[@]}" \
    --header 'Content-Type: text/csv' --data-binary "@$file" \
    --output "$response" --write-out '%{http_code}' \
    "$url/api/case-imports?dryRun=$dry_run")
if [[ $status != 200 ]]; then
    echo "error: the service answered $status:" >&2
    cat "$response" >&2; echo >&2
    exit 1
fi
if command -v python3 >/dev/null; then
    python3 - "$response" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
verb = "would be" if r['dryRun'] else "were"
print(f"{r['rows']} rows read. Changes that {verb} made (created / updated / unchanged):")
for kind in ('youngPeople', 'people', 'connections'):
    c = r[kind]
    print(f"  {kind:12} {c['created']:>7} {c['updated']:>7} {c['unchanged']:>7}")
for e in r['errors']:
    print(f"  line {e['line']}: {e['reason']}")
if r['errorCount'] > len(r['errors']):
    print(f"  ... and {r['errorCount'] - len(r['errors'])} more rows with problems")
PY
else
    cat "$response"; echo
fi
