#!/usr/bin/env bash
# Installs the Debian 12 packages Copydesk needs to build, run and test, if any are missing.
# Sourced by run.sh and test.sh; uses sudo when not root.
set -euo pipefail

COPYDESK_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev
    libhunspell-dev hunspell-en-us
    libsqlite3-dev # bulk reads through SQLite's C API (app/storage/ResultRows)
    fonts-liberation
)
COPYDESK_TEST_PACKAGES=(
    python3 python3-jsonschema libxml2-utils sqlite3 hunspell
    clang-tidy # the clang_tidy test (scripts/clang-tidy-check.sh)
    postgresql # the server the storage contract tests also run against (a cluster of their own)
    chromium # tst_htmlsandbox loads exported pages in it, headless: no article content may run
    clang libclang-rt-14-dev # the sanitizer build of the suite and the libFuzzer targets
)

copydesk_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "copydesk: installing missing packages: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "copydesk: need root or sudo to install: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}
