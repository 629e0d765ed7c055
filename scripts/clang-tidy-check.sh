#!/usr/bin/env bash
# Runs clang-tidy (the checks of the repository's .clang-tidy) over every .cpp of the core,
# storage and spelling layers, in parallel, with the compile commands of a build directory.
# Fails on any warning or error. The ctest test clang_tidy runs it on the test build.
#
#   scripts/clang-tidy-check.sh BUILD_DIR [JOBS]
set -euo pipefail

build_dir=${1:?usage: clang-tidy-check.sh BUILD_DIR [JOBS]}
jobs=${2:-$(nproc)}
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

run_clang_tidy=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
clang_tidy=$(command -v clang-tidy || command -v clang-tidy-14 || true)
if [ -z "$run_clang_tidy" ] || [ -z "$clang_tidy" ]; then
    echo "clang-tidy-check: clang-tidy / run-clang-tidy not found; install the Debian package" \
        "clang-tidy (scripts/dependencies.sh lists it among the test packages)" >&2
    exit 1
fi
if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "clang-tidy-check: $build_dir/compile_commands.json is missing;" \
        "configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
    exit 1
fi

# The layers' .cpp files: app/core (with review/), app/storage, app/spelling.
files_regex="^${source_dir}/app/(core|storage|spelling)/.*\\.cpp\$"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
"$run_clang_tidy" -clang-tidy-binary "$clang_tidy" -p "$build_dir" -j "$jobs" -quiet \
    "$files_regex" >"$log" 2>&1 || status=$?

# run-clang-tidy's own exit status covers WarningsAsErrors; counting the diagnostics also
# catches a warning that a future .clang-tidy would not promote to an error. (It colours its
# output even into a file: strip the escapes first.)
sed -i 's/\x1b\[[0-9;]*m//g' "$log"
diagnostics=$(grep -cE '^/.*:[0-9]+:[0-9]+: (warning|error): ' "$log" || true)
if [ "$status" -ne 0 ] || [ "$diagnostics" -ne 0 ]; then
    grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' \
        "$log" >&2 || true
    echo "clang-tidy-check: $diagnostics warning(s)/error(s) (run-clang-tidy exit status $status)" >&2
    exit 1
fi
echo "clang-tidy-check: no warnings in app/core, app/storage, app/spelling"
