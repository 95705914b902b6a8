#!/usr/bin/env bash
# Exports a young person's network: their family tree as GEDCOM 7.0, or the whole network for analysts as JSON
# or GraphML. Every export is audited.
#
#   LIFELINKS_PASSWORD=... ./export-network.sh YOUNG-PERSON-ID gedcom family-tree.ged
#   LIFELINKS_PASSWORD=... ./export-network.sh YOUNG-PERSON-ID graphml network.graphml
#   LIFELINKS_TOKEN=llt_... ./export-network.sh YOUNG-PERSON-ID graphml network.graphml
#
# GEDCOM leaves out people hidden from the young person or under do-not-contact, and contact details; set
# INCLUDE_RESTRICTED=true or INCLUDE_CONTACT_DETAILS=true to ask for them (administrators and social workers
# only). JSON and GraphML never hold contact details, addresses, towns or postcodes.
set -euo pipefail

usage() { echo "usage: $0 YOUNG-PERSON-ID gedcom|json|graphml OUTPUT-FILE" >&2; exit 64; }
[[ $# -eq 3 ]] || usage
young_person=$1
format=$2
output=$3
url=${LIFELINKS_URL:-http://localhost:8080}
user=${LIFELINKS_USER:-admin}
# An API token (LIFELINKS_TOKEN, sent as Bearer) is cheaper for the service than a password checked on every call.
if [[ -n ${LIFELINKS_TOKEN:-} ]]; then
    auth=(--oauth2-bearer "$LIFELINKS_TOKEN")
else
    : "${LIFELINKS_PASSWORD:?set LIFELINKS_TOKEN to an API token, or LIFELINKS_PASSWORD to the password of the exporting account}"
    auth=(--user "$user:$LIFELINKS_PASSWORD")
fi

case $format in
    gedcom) path="gedcom?includeRestricted=${INCLUDE_RESTRICTED:-false}&includeContactDetails=${INCLUDE_CONTACT_DETAILS:-false}" ;;
    json) path="network/export.json" ;;
    graphml) path="network/export.graphml" ;;
    *) usage ;;
esac
partial=$(mktemp)
trap 'rm -f "$partial"' EXIT
status=$(curl --progress-bar "${auth[@]}" --output "$partial" --write-out '%{http_code}' \
    "$url/api/young-people/$young_person/$path")
if [[ $status != 200 ]]; then
    echo "error: the service answered $status:" >&2
    cat "$partial" >&2; echo >&2
    exit 1
fi
mv "$partial" "$output"
trap - EXIT
echo "Wrote $output ($(wc -c < "$output") bytes)" >&2
