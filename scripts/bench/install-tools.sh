#!/usr/bin/env bash
# Installs the benchmark's load tool, wrk, from the system's packages (Debian/Ubuntu) when it is missing.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then exit 0; fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q wrk >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q wrk >/dev/null; }
command -v wrk >/dev/null
