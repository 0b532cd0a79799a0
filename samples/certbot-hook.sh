#!/bin/sh
# certbot manual hooks for DNS-01 with hzone. certbot sets CERTBOT_DOMAIN and CERTBOT_VALIDATION:
#
#   certbot certonly --manual --preferred-challenges dns \
#     --manual-auth-hook '/path/to/samples/certbot-hook.sh auth' \
#     --manual-cleanup-hook '/path/to/samples/certbot-hook.sh cleanup' \
#     -d example.com -d '*.example.com'
#
# certbot runs every auth hook before it asks the CA to validate, so the apex and the wildcard put two
# values at the same name; hzone adds and removes them one by one. The auth hook returns once every
# authoritative nameserver serves the value (certbot itself does not wait).
#
#   HCLOUD_TOKEN=...                  the API token (or HZONE_OPTS="--token-file FILE" / --context NAME)
#   HZONE=/path/to/hzone              the hzone launcher (default: hzone on PATH)
#   HZONE_OPTS, HZONE_ACME_OPTS       as in lego-hook.sh
set -eu
case "${1:-}" in
  auth) verb=certbot-auth ;;
  cleanup) verb=certbot-cleanup ;;
  *) echo "usage: $0 auth|cleanup (as certbot's --manual-auth-hook / --manual-cleanup-hook)" >&2; exit 64 ;;
esac
# shellcheck disable=SC2086
exec "${HZONE:-hzone}" ${HZONE_OPTS:-} acme "$verb" ${HZONE_ACME_OPTS:-}
