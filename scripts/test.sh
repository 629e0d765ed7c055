#!/usr/bin/env bash
# Installs what is missing, builds Copydesk with warnings as errors and runs every test with
# ctest. Used as is by CI (.ci/run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=dependencies.sh
source "$root/scripts/dependencies.sh"
copydesk_install_packages "${COPYDESK_BUILD_PACKAGES[@]}" "${COPYDESK_TEST_PACKAGES[@]}"

build="${COPYDESK_TEST_BUILD_DIR:-$root/build-test}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOPYDESK_WERROR=ON \
    -DCOPYDESK_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
# ctest's fixture "postgres" starts a throwaway PostgreSQL cluster and stops it after the last
# test that needs it; this stops it too when ctest itself is interrupted.
trap '"$root/scripts/postgres-test-server.sh" stop "$build/tests/postgres-test" >/dev/null 2>&1 || true' EXIT
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
