#!/usr/bin/env bash
# Make sure the dovecot binary is there for the integration tests (tests/servers/dovecot.py).
#
# The tests start a private Dovecot of their own (own config under a tmp dir, a free loopback
# port), so they never use, configure or stop a system-wide Dovecot. If the package's own
# service is running on port 143/993, it is simply left alone: nothing here conflicts with it.
set -euo pipefail

package=dovecot-imapd

have_dovecot() {
  command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]
}

if have_dovecot && command -v openssl >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "dovecot is missing: the IMAP integration tests need it. Install it with:" >&2
  echo "  sudo apt-get install -y $package" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "dovecot is missing and apt-get is not available: install $package (Dovecot 2.3 IMAP)" >&2
  exit 1
fi

echo "installing $package for the IMAP integration tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$package" openssl >/dev/null
have_dovecot || { echo "dovecot still missing after installing $package" >&2; exit 1; }
