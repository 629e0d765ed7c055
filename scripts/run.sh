#!/usr/bin/env bash
# Installs what is missing, builds Copydesk and launches the editor on the default database.
# Extra arguments go to the editor (e.g. --db FILE).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=dependencies.sh
source "$root/scripts/dependencies.sh"
copydesk_install_packages "${COPYDESK_BUILD_PACKAGES[@]}"

build="${COPYDESK_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOPYDESK_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)"
exec "$build/app/copydesk" "$@"
