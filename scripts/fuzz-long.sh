#!/usr/bin/env bash
# Fuzzes every Jazzer target for a while, one after the other (never two at once: each takes a core), each in its
# own JVM with a bounded heap, and prints a line per target: executions, execs/s, and whether it found a crash.
#
#   scripts/fuzz-long.sh [DURATION] [TARGET...]      e.g. scripts/fuzz-long.sh 10m HtmlExtractorFuzzTest
#
# DURATION is per target (Jazzer's syntax: 30s, 10m, 2h; default 5m). FUZZ_RUNS=N stops a target after N inputs
# instead; FUZZ_HEAP sets the heap (default -Xmx768m). A crash is saved by Jazzer beside the test as
# src/test/resources/<package>/<Class>Inputs/<method>/crash-<sha1>: minimise it, fix the bug, commit it, and from
# then on every `./mvnw verify` replays it. Logs go to target/fuzz/<Class>.log.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/java-home.sh"
lede_pick_java
cd "$root"
duration=${1:-5m}
shift || true
all=(lede-core:HtmlExtractorFuzzTest lede-core:TextDumpFuzzTest lede-core:CharsetFuzzTest lede-core:DatesFuzzTest
  lede-core:FeedReaderFuzzTest lede-core:SitemapReaderFuzzTest lede-core:WarcInputsFuzzTest
  lede-core:RecordFilesFuzzTest lede-core:RobotsFuzzTest lede-store:UserQueryFuzzTest
  "lede-app:ApiParametersFuzzTest#any_parameters_are_read_or_refused_with_a_problem"
  "lede-app:ApiParametersFuzzTest#a_cursor_given_out_opens_to_what_was_sealed")
targets=()
if [ $# -eq 0 ]; then targets=("${all[@]}"); else
  for t in "$@"; do for a in "${all[@]}"; do [[ "$a" == *":$t"* || "$a" == *"#$t" ]] && targets+=("$a"); done; done
fi
mkdir -p target/fuzz
env_runs=()
[ -n "${FUZZ_RUNS:-}" ] && env_runs=(JAZZER_MAX_EXECUTIONS="$FUZZ_RUNS")
failed=0
for t in "${targets[@]}"; do
  module=${t%%:*}
  test=${t#*:}
  log="target/fuzz/${test//[#]/-}.log"
  start=$(date +%s)
  /usr/bin/time -f '%U %S' -o "$log.cpu" env JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" "${env_runs[@]}" ./mvnw -B -o -ntp -pl "$module" -am \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Dtest.heap="${FUZZ_HEAP:--Xmx768m}" test >"$log" 2>&1
  rc=$?
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1)
  execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
  rate=$(sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$last")
  rss=$(sed -nE 's/.*rss: ([0-9]+Mb).*/\1/p' <<<"$last")
  cpu=$(awk 'END { printf "%.0f", $1 + $2 }' "$log.cpu" 2>/dev/null)
  verdict=ok
  if [ $rc -ne 0 ]; then verdict="FAILED (see $log)"; failed=1; fi
  # wall and CPU seconds include Maven's and the JVM's start (about a CPU-minute): on a shared machine the CPU time
  # says more than exec/s, which libFuzzer counts against the wall clock
  printf '%-70s %10s inputs %6s exec/s  rss %6s  wall %4ss  cpu %4ss  %s\n' "$test" "${execs:-?}" "${rate:-?}" \
    "${rss:-?}" "$(( $(date +%s) - start ))" "${cpu:-?}" "$verdict"
done
exit $failed
