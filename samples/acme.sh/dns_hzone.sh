#!/usr/bin/env sh
# acme.sh DNS API plugin for Hetzner Cloud DNS through hzone.
#
# Install: copy this file to ~/.acme.sh/dnsapi/dns_hzone.sh, then
#   export HCLOUD_TOKEN=...                 # or HZONE_OPTS="--token-file /root/.hcloud-token"
#   export HZONE=/path/to/hzone             # if hzone is not on PATH
#   acme.sh --issue --dns dns_hzone -d example.com -d '*.example.com' --dnssleep 1
#
# hzone adds the TXT value with add_records (never replacing other values at the name) and returns once
# every authoritative nameserver of the zone serves it, so acme.sh's own wait can be cut to a second
# (--dnssleep 1). The settings are saved in the account config for renewals.

# Usage: dns_hzone_add _acme-challenge.www.example.com "XKrxpRBosdIKFzxW_CT3KLZNf6q0HG9i01zxXp5CPBs"
dns_hzone_add() {
  fulldomain=$1
  txtvalue=$2
  _dns_hzone_settings
  _info "hzone: adding the TXT value at $fulldomain"
  # shellcheck disable=SC2086
  if ! "$HZONE" $HZONE_OPTS acme present $HZONE_ACME_OPTS "$fulldomain." "$txtvalue"; then
    _err "hzone could not add the TXT value at $fulldomain (see the lines above)"
    return 1
  fi
  return 0
}

# Usage: dns_hzone_rm _acme-challenge.www.example.com "XKrxpRBosdIKFzxW_CT3KLZNf6q0HG9i01zxXp5CPBs"
dns_hzone_rm() {
  fulldomain=$1
  txtvalue=$2
  _dns_hzone_settings
  _info "hzone: removing the TXT value at $fulldomain"
  # shellcheck disable=SC2086
  if ! "$HZONE" $HZONE_OPTS acme cleanup $HZONE_ACME_OPTS "$fulldomain." "$txtvalue"; then
    _err "hzone could not remove the TXT value at $fulldomain (see the lines above)"
    return 1
  fi
  return 0
}

# Reads HZONE, HZONE_OPTS, HZONE_ACME_OPTS and HCLOUD_TOKEN from the environment or from the values saved
# at the first issue, and saves them for renewals.
_dns_hzone_settings() {
  HZONE="${HZONE:-$(_readaccountconf_mutable HZONE)}"
  HZONE="${HZONE:-hzone}"
  HZONE_OPTS="${HZONE_OPTS:-$(_readaccountconf_mutable HZONE_OPTS)}"
  HZONE_ACME_OPTS="${HZONE_ACME_OPTS:-$(_readaccountconf_mutable HZONE_ACME_OPTS)}"
  HCLOUD_TOKEN="${HCLOUD_TOKEN:-$(_readaccountconf_mutable HCLOUD_TOKEN)}"
  _saveaccountconf_mutable HZONE "$HZONE"
  _saveaccountconf_mutable HZONE_OPTS "$HZONE_OPTS"
  _saveaccountconf_mutable HZONE_ACME_OPTS "$HZONE_ACME_OPTS"
  if [ -n "$HCLOUD_TOKEN" ]; then
    _saveaccountconf_mutable HCLOUD_TOKEN "$HCLOUD_TOKEN"
    export HCLOUD_TOKEN
  fi
}
