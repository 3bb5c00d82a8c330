#!/usr/bin/env bash
# System packages the test suite needs on a fresh machine (CI calls this before the tests).
# Idempotent: installs only what is missing. Needs root (CI and dev machines run as root).
#
# - chromium: Debian's browser, driven by playwright-core in test/playground/*.int.test.ts
#   (playwright never downloads a browser here; the tests use /usr/bin/chromium).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-system-deps: chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium

/usr/bin/chromium --version || true
