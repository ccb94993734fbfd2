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

# Prints "N passed, N failed, N skipped" from a TRX file's counters.
trx_summary() {
  local counters
  counters=$(grep -o '<Counters [^>]*>' "$1" | head -n 1)
  attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  echo "$(attr passed) passed, $(( $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted) )) failed, $(attr notExecuted) skipped"
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

run_tests() {
  local results=TestResults status=0
  rm -rf "$results"
  dotnet test tests/S3NotifyConformance.Tests -c "$CONFIGURATION" --nologo \
    --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?
  local trx
  trx=$(find "$results" -name '*.trx' -print -quit 2>/dev/null || true)
  if [[ -z $trx ]]; then
    echo "run.sh: the test run produced no TRX file (build failure?)" >&2
    echo "0 passed, 1 failed, 0 skipped"
    return 1
  fi
  trx_failures "$trx"
  trx_summary "$trx"
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
