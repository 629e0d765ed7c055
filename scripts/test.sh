#!/usr/bin/env bash
# Installs what is missing, builds Copydesk with warnings as errors and runs every test with
# ctest. Used as is by CI (.ci/run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=dependencies.sh
source "$root/scripts/dependencies.sh"
copydesk_install_packages "${COPYDESK_BUILD_PACKAGES[@]}" "${COPYDESK_TEST_PACKAGES[@]}"

# Two builds run the same suite: gcc with warnings as errors, then clang with AddressSanitizer
# and UndefinedBehaviorSanitizer (any finding fails its test), which also builds the libFuzzer
# targets and runs each as a test for COPYDESK_FUZZ_SECONDS (60). COPYDESK_SANITIZER_BUILD=0
# skips the second build for a quicker local run; CI always runs both.
build="${COPYDESK_TEST_BUILD_DIR:-$root/build-test}"
sanitizer_build="${COPYDESK_SANITIZER_BUILD_DIR:-$root/build-test-sanitize}"
# ctest's fixture "postgres" starts a throwaway PostgreSQL cluster and stops it after the last
# test that needs it; this stops them too when ctest itself is interrupted.
stop_servers() {
    local dir
    for dir in "$build" "$sanitizer_build"; do
        "$root/scripts/postgres-test-server.sh" stop "$dir/tests/postgres-test" >/dev/null 2>&1 || true
    done
}
trap stop_servers EXIT

run_suite() {
    local dir="$1"
    shift
    cmake --build "$dir" --parallel "$(nproc)"
    (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@")
}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOPYDESK_WERROR=ON \
    -DCOPYDESK_BUILD_TESTS=ON
run_suite "$build" "$@"

if [ "${COPYDESK_SANITIZER_BUILD:-1}" != 0 ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$sanitizer_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCOPYDESK_WERROR=ON -DCOPYDESK_BUILD_TESTS=ON -DCOPYDESK_FUZZ=ON \
        -DCOPYDESK_FUZZ_SECONDS="${COPYDESK_FUZZ_SECONDS:-60}"
    # halt_on_error: a finding ends the test with a failure and the report on stderr.
    ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        run_suite "$sanitizer_build" "$@"
fi
