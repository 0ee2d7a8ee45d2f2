#!/usr/bin/env bash
# What L2Analyzers' analyzers and generator cost a build.
#
# Writes a synthetic consumer project to a temporary folder (500 attributed layers in 100 networks, 200 files of
# hand-written training loops, 2,000 ordinary classes; see tests/L2Analyzers.Benchmarks/Synthetic/ConsumerSources.cs),
# then builds it alternately without and with L2Analyzers (the runtime always referenced; the analyzer assembly added as
# an Analyzer item), each with -p:ReportAnalyzer=true. Prints each L2 analyzer's and the generator's time (the median
# over the runs), the build times, and the share of the build the L2 analyzers and generator take (target: at most 5%).
#
# With "unused" as third argument the project references the package but does not use it: the 2,000 ordinary classes
# alone (no attribute, no runtime call). There the analyzers and the generator must return early; target: at most 1% of
# the compiler's (Csc task's) time.
#
# Usage: build/analyzer-cost.sh [runs (default 3)] [markdown output file] [used (default) | unused]
set -euo pipefail

runs="${1:-3}"
output="${2:-}"
usage="${3:-used}"
case "$usage" in
    used) target=5 ;;
    unused) target=1 ;;
    *) echo "The third argument is 'used' or 'unused', not '$usage'." >&2; exit 2 ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/l2analyzers-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "Building the runtime, the analyzers and the project writer (Release)..." >&2
dotnet build "$root/tests/L2Analyzers.Benchmarks" -c Release -nologo -v:q >&2
runtime="$root/src/L2Analyzers.Runtime/bin/Release/net8.0/L2Analyzers.Runtime.dll"
analyzers="$root/src/L2Analyzers/bin/Release/netstandard2.0/L2Analyzers.dll"
dotnet "$root/tests/L2Analyzers.Benchmarks/bin/Release/net10.0/L2Analyzers.Benchmarks.dll" write-consumer "$work/consumer" $([ "$usage" = unused ] && echo unused) >&2
files="$(find "$work/consumer" -name '*.cs' | wc -l)"
dotnet restore "$work/consumer" -nologo -v:q -p:RestorePackagesPath="$work/packages" >&2

# build <with: true|false> <log>: a full recompilation (no incremental build), timed.
build() {
    local start end
    start="$(date +%s.%N)"
    dotnet build "$work/consumer" -c Release --no-restore --no-incremental -nologo -v:detailed -clp:PerformanceSummary \
        -p:L2AnalyzersRuntime="$runtime" -p:L2AnalyzersAssembly="$analyzers" -p:WithL2Analyzers="$1" -p:ReportAnalyzer=true \
        > "$2" || { tail -30 "$2" >&2; echo "The synthetic project failed to build (WithL2Analyzers=$1); log: $2" >&2; exit 1; }
    end="$(date +%s.%N)"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "build_seconds %.3f\n", e - s }' >> "$2.times"
    # The Csc task's own time from the performance summary, and every L2Analyzers analyzer and generator line of the
    # ReportAnalyzer tables ("  2.242  26  L2Analyzers.Analyzers.Calls.L2CallAnalyzer (L2R001, ...)").
    awk '/ ms +Csc +[0-9]+ calls/ { for (i = 1; i <= NF; i++) if ($(i + 1) == "ms") { printf "csc_seconds %.3f\n", $i / 1000; exit } }' "$2" >> "$2.times"
    awk '$3 ~ /^L2Analyzers\.[A-Za-z]/ { t = $1; sub(/^</, "", t); printf "%s %s\n", $3, t }' "$2" >> "$2.times"
}

echo "Building $files files: one warm-up build (not counted), then $runs runs each without and with L2Analyzers, alternating..." >&2
build true "$work/warmup.log"
for run in $(seq 1 "$runs"); do
    build false "$work/without-$run.log"
    build true "$work/with-$run.log"
done

# median <key> <files...>: the median of a key over the runs' .times files.
median() {
    local key="$1"
    shift
    cat "$@" | awk -v k="$key" '$1 == k { print $2 }' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

without=("$work"/without-*.log.times)
with=("$work"/with-*.log.times)
build_without="$(median build_seconds "${without[@]}")"
build_with="$(median build_seconds "${with[@]}")"
csc_without="$(median csc_seconds "${without[@]}")"
csc_with="$(median csc_seconds "${with[@]}")"
names="$(cat "${with[@]}" | awk '$1 ~ /^L2Analyzers\./ { print $1 }' | sort -u)"

share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }

{
    if [ "$usage" = unused ]; then
        echo "### Analyzer and generator cost where the package is referenced but not used (build/analyzer-cost.sh $runs <file> unused)"
        echo
        echo "A synthetic consumer project of $files files (2,000 ordinary classes; no L2Analyzers attribute, runtime call or using),"
        echo "referencing the runtime, compiled from scratch $runs times without and $runs times with the L2Analyzers analyzer assembly,"
        echo "alternating, with \`-p:ReportAnalyzer=true\`; medians. Times in seconds †, wall-clock inside the compiler server."
    else
        echo "### Analyzer and generator cost (build/analyzer-cost.sh)"
        echo
        echo "A synthetic consumer project of $files files (500 \`[DenseLayer]\` + \`[L2]\` layers in 100 \`[Network]\`s, 200 hand-written"
        echo "training loops with \`[L2]\` fields and runtime L2 calls, 2,000 ordinary classes), compiled from scratch $runs times without and"
        echo "$runs times with the L2Analyzers analyzer assembly, alternating, with \`-p:ReportAnalyzer=true\`; medians. The SDK's own"
        echo "analyzers and generators run in both builds. Times in seconds †, wall-clock inside the compiler server (analyzers run"
        echo "concurrently, so their times can add up to more than the compilation's elapsed time)."
    fi
    echo
    echo "| build | whole \`dotnet build\` s † | Csc task s † |"
    echo "|---|---:|---:|"
    echo "| without L2Analyzers | $build_without | $csc_without |"
    echo "| with L2Analyzers | $build_with | $csc_with |"
    echo
    echo "| L2Analyzers component | time s † | share of the build with L2Analyzers | share of its Csc task |"
    echo "|---|---:|---:|---:|"
    total=0
    for name in $names; do
        seconds="$(median "$name" "${with[@]}")"
        total="$(awk -v a="$total" -v b="$seconds" 'BEGIN { printf "%.3f", a + b }')"
        echo "| \`${name#L2Analyzers.}\` | $seconds | $(share "$seconds" "$build_with")% | $(share "$seconds" "$csc_with")% |"
    done
    # The used project is judged against the whole build, the unused one against the compiler's time.
    if [ "$usage" = unused ]; then
        verdict="$(awk -v t="$total" -v b="$csc_with" -v g="$target" 'BEGIN { print (100 * t / b <= g ? "✅" : "❌") }')"
        echo "| **all analyzers + generator** | **$total** | $(share "$total" "$build_with")% | **$(share "$total" "$csc_with")%** $verdict (target ≤ $target%) |"
    else
        verdict="$(awk -v t="$total" -v b="$build_with" -v g="$target" 'BEGIN { print (100 * t / b <= g ? "✅" : "❌") }')"
        echo "| **all analyzers + generator** | **$total** | **$(share "$total" "$build_with")%** $verdict (target ≤ $target%) | $(share "$total" "$csc_with")% |"
    fi
    echo
    echo "Build time added, with against without: $(awk -v a="$build_with" -v b="$build_without" 'BEGIN { printf "%+.1f s (%+.1f%%)", a - b, 100 * (a - b) / b }')."
    echo "This difference includes compiling the generated code; on a loaded machine it carries the noise of every run."
} | tee "${output:-/dev/null}"
