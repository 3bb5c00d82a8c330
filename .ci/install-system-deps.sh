#!/usr/bin/env bash
# System packages the test suite needs on a fresh machine (.ci/run calls this before `npm ci`).
# Idempotent: installs only what is missing, so it is cheap to run every time. Runs as root
# (CI and the dev machines are root); falls back to sudo otherwise.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get update
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "$@"
}

# chromium: Debian's browser, driven by playwright-core in test/playground/playground.int.test.ts.
# Playwright never downloads a browser here; the test launches /usr/bin/chromium.
if [ -x /usr/bin/chromium ]; then
  echo "install-system-deps: chromium present"
else
  apt_install chromium
  echo "install-system-deps: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
fi

# A JDK 17+ (java and javac) and Maven: the embedded Neo4j's launcher is compiled with javac and its
# jars are fetched from Maven Central with mvn on the first start.
if command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1; then
  echo "install-system-deps: $(java -version 2>&1 | head -n 1) present"
else
  apt_install openjdk-17-jdk-headless
fi
if command -v mvn >/dev/null 2>&1; then
  echo "install-system-deps: maven present"
else
  apt_install maven
fi

# Python 3 and the packages in requirements-dev.txt: test/export/check_exports.py reads the exports
# back with NetworkX and pyld, and test/notebooks/ executes the example notebook with nbclient on
# the python3 kernel (ipykernel).
PY_REQUIREMENTS="$(cd "$(dirname "$0")/.." && pwd)/requirements-dev.txt"
if ! command -v python3 >/dev/null 2>&1; then
  apt_install python3 python3-pip
fi
if python3 -c 'import networkx, pyld, pandas, matplotlib, requests, nbclient, nbformat, ipykernel, jupyter_client' >/dev/null 2>&1; then
  echo "install-system-deps: Python test packages present ($(python3 --version))"
else
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt_install python3-pip
  fi
  # Debian's own python3 refuses pip installs (PEP 668, "externally managed") unless told to;
  # other Pythons (pyenv, a venv) take the plain install.
  python3 -m pip install --quiet --disable-pip-version-check -r "$PY_REQUIREMENTS" \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages -r "$PY_REQUIREMENTS"
  echo "install-system-deps: installed the Python test packages of requirements-dev.txt"
fi
if ! python3 -c 'from jupyter_client.kernelspec import KernelSpecManager; KernelSpecManager().get_kernel_spec("python3")' >/dev/null 2>&1; then
  python3 -m ipykernel install --user --name python3
fi
