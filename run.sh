#!/usr/bin/env bash
# S3NotifyConformance: ./run.sh [s3notify arguments]   runs the harness (no arguments: the suite on the embedded store)
#                      ./run.sh test                   runs the project's own tests
set -euo pipefail
cd "$(dirname "$0")"

CONFIGURATION=${CONFIGURATION:-Release}
CLI_DLL="src/S3NotifyConformance.Cli/bin/$CONFIGURATION/net10.0/s3notify.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "run.sh: the .NET 10 SDK is required but 'dotnet' is not on PATH (install it from https://dot.net, then re-run)" >&2
    exit 2
  fi
  if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    echo "run.sh: the .NET 10 SDK is required; found: $(dotnet --list-sdks 2>/dev/null | tr '\n' ' ' || echo none)" >&2
    exit 2
  fi
}

# Builds only when a source or project file is newer than the program (or the program is missing).
build_if_needed() {
  if [[ -f $CLI_DLL ]] && [[ -z $(find src Directory.Build.props Directory.Packages.props S3NotifyConformance.sln -newer "$CLI_DLL" \
        \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.sln' \) -not -path '*/obj/*' -not -path '*/bin/*' -print -quit) ]]; then
    return 0
  fi
  echo "run.sh: building ($CONFIGURATION)..." >&2
  dotnet build src/S3NotifyConformance.Cli -c "$CONFIGURATION" --nologo -v quiet -clp:ErrorsOnly >&2
}

# Prints "N passed, N failed, N skipped" from the counters of one or more TRX files (added up).
trx_summary() {
  local passed=0 failed=0 skipped=0 counters file
  for file in "$@"; do
    counters=$(grep -o '<Counters [^>]*>' "$file" | head -n 1)
    attr() { local v; v=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"); echo "${v:-0}"; }
    passed=$(( passed + $(attr passed) ))
    failed=$(( failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted) ))
    skipped=$(( skipped + $(attr notExecuted) ))
  done
  echo "$passed passed, $failed failed, $skipped skipped"
}

# Lists the failed tests with their failure messages (on one line each), so the lines just above the summary say what
# broke even where only the tail of the output is kept.
trx_failures() {
  awk '
    function flush() { if (failed) printf "FAILED %s%s\n", name, (msg == "" ? "" : ": " substr(msg, 1, 600)); failed = 0 }
    /<UnitTestResult / && /outcome="(Failed|Error|Timeout|Aborted)"/ {
      flush(); name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name); failed = 1; msg = ""; inmsg = 0
    }
    failed && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
    failed && inmsg {
      line = $0; done = sub(/<\/Message>.*/, "", line); gsub(/^[ \t]+|[ \t]+$/, "", line)
      if (line != "") msg = (msg == "" ? line : msg " | " line)
      if (done) inmsg = 0
    }
    failed && /<\/UnitTestResult>/ { flush() }
    END { flush() }
  ' "$1" | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
}

# One `dotnet test` process: its TRX goes to $1 (a folder), the rest of the arguments to dotnet test.
test_process() {
  local results=$1
  shift
  dotnet test tests/S3NotifyConformance.Tests -c "$CONFIGURATION" --nologo --no-build \
    --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
}

# Builds once, then runs the tests. Without arguments the real-store suites (category RealTarget: whole suites against Ceph
# RGW and fauxqs, which mostly wait on those stores) run in a second process beside the others, their console output kept in
# TestResults/real-targets.log and shown when they end; with arguments (e.g. --filter) one process runs what they select.
run_tests() {
  local results=TestResults status=0 real_status=0 real_pid='' trx
  rm -rf "$results"
  mkdir -p "$results"
  if ! dotnet build tests/S3NotifyConformance.Tests -c "$CONFIGURATION" --nologo -v quiet -clp:ErrorsOnly; then
    echo "run.sh: the build failed" >&2
    echo "0 passed, 1 failed, 0 skipped"
    return 1
  fi

  if [[ $# -eq 0 ]]; then
    test_process "$results/real-targets" --filter "TestCategory=RealTarget" >"$results/real-targets.log" 2>&1 &
    real_pid=$!
    test_process "$results/other" --filter "TestCategory!=RealTarget" || status=$?
    wait "$real_pid" || real_status=$?
    echo "run.sh: the real-store suites (TestCategory=RealTarget), run beside the tests above:"
    grep -v '^\s*$' "$results/real-targets.log" | tail -n 40 || true
    (( status == 0 )) && status=$real_status
  else
    test_process "$results" "$@" || status=$?
  fi

  mapfile -t trx < <(find "$results" -name '*.trx' 2>/dev/null | sort)
  if [[ ${#trx[@]} -eq 0 || ( -n $real_pid && ${#trx[@]} -lt 2 ) ]]; then
    echo "run.sh: a test process produced no TRX file (it crashed?)" >&2
    for file in "${trx[@]}"; do trx_failures "$file"; done
    echo "0 passed, 1 failed, 0 skipped"
    return 1
  fi
  for file in "${trx[@]}"; do trx_failures "$file"; done
  trx_summary "${trx[@]}"
  return $status
}

require_dotnet
if [[ ${1:-} == test ]]; then
  shift
  run_tests "$@"
  exit $?
fi
build_if_needed
if [[ $# -eq 0 ]]; then
  set -- run
fi
exec dotnet "$CLI_DLL" "$@"
