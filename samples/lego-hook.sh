#!/bin/sh
# EXEC_PATH for lego's exec DNS provider: lego runs
#   lego-hook.sh present|cleanup _acme-challenge.<domain>. <value>            (default mode)
#   lego-hook.sh present|cleanup -- <domain> <token> <key-authorization>      (EXEC_MODE=RAW)
# and hzone adds or removes exactly that TXT value, waiting (present) until every authoritative
# nameserver of the zone serves it.
#
#   HCLOUD_TOKEN=...                      the API token (or HZONE_OPTS="--token-file FILE" / --context NAME)
#   HZONE=/path/to/hzone                  the hzone launcher (default: hzone on PATH)
#   HZONE_OPTS="--endpoint URL"           global options, before 'acme'
#   HZONE_ACME_OPTS="--timeout 120"       acme options (--nameserver HOST:PORT, --timeout SECONDS)
#
# With a CNAME-delegated _acme-challenge, lego's default mode passes the CNAME's target, which hzone refuses
# unless its first label is _acme-challenge: use EXEC_MODE=RAW (hzone follows the CNAME itself), or add
# --allow-any-name to HZONE_ACME_OPTS.
#
#   EXEC_PATH=/path/to/samples/lego-hook.sh EXEC_SEQUENCE_INTERVAL=1 \
#     lego --email you@example.com --dns exec --domains example.com --domains '*.example.com' run
#
# hzone already waits for the nameservers, so lego's own wait can be short (EXEC_POLLING_INTERVAL=1), and
# EXEC_SEQUENCE_INTERVAL=1 stops lego sleeping 60 s between the domains of one order.
set -eu
verb="$1"
shift
# shellcheck disable=SC2086  # the option variables are word lists on purpose
exec "${HZONE:-hzone}" ${HZONE_OPTS:-} acme "$verb" ${HZONE_ACME_OPTS:-} "$@"
