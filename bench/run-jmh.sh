#!/usr/bin/env bash
# JMH micro-benchmark of the in-process decision, StatusMatrix.decide(Standing, Action, Instant).
#
#   bench/run-jmh.sh              install domain-ejb into ~/.m2, build bench/jmh, run it (about 2 minutes)
#   SKIP_INSTALL=1 bench/run-jmh.sh      use the domain-ejb already installed in ~/.m2
#   JMH_OPTS='-wi 5 -i 10' bench/run-jmh.sh   more warm-up/measurement (appended; later options win)
#   bench/run-jmh.sh Frozen       only benchmarks matching a regular expression
#
# Prints JMH's own table, then a summary: mean (avgt) and the sampled median and p99 per benchmark,
# against the issue's target of at most 2 microseconds median.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH/.." && pwd)
JMH_DIR="$BENCH/jmh"
JAR="$JMH_DIR/target/benchmarks.jar"
RESULT="$JMH_DIR/target/jmh-result.csv"
TARGET_NS=2000
FILTER=${1:-DecisionBenchmark}

say() { printf '[bench] %s\n' "$*"; }

started=$SECONDS
if [ -z "${SKIP_INSTALL:-}" ]; then
    # Only domain-ejb (and the parent pom): the web-war and app-ear builds are not needed here.
    say "installing domain-ejb into the local Maven repository (mvn install -pl domain-ejb -am, tests skipped)"
    (cd "$REPO" && mvn -q -B install -pl domain-ejb -am -Dmaven.test.skip=true)
fi
say "building $JMH_DIR"
(cd "$JMH_DIR" && mvn -q -B package)
[ -f "$JAR" ] || { echo "[bench] ERROR: $JAR was not built" >&2; exit 1; }

# Modest settings: one fork, 2 x 2 s warm-up, 4 x 2 s measurement, average time and sampled time,
# four benchmarks: about 100 s on two cores.
# shellcheck disable=SC2086
java -jar "$JAR" "$FILTER" -f 1 -wi 2 -w 2s -i 4 -r 2s -bm avgt,sample -tu ns \
    -rf csv -rff "$RESULT" ${JMH_OPTS:-}

echo
echo "== StatusMatrix.decide, in process (JDK $(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/'), $(nproc) CPUs) =="
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
awk -F, -v target="$TARGET_NS" '
    function unq(s) { gsub(/"/, "", s); return s }
    NR == 1 { next }
    {
        name = unq($1); mode = unq($2); score = unq($5) + 0
        sub(/^.*DecisionBenchmark\./, "", name)
        split(name, part, ":")
        b = part[1]
        if (!(b in seen)) { seen[b] = 1; order[++n] = b }
        if (mode == "avgt") avg[b] = score
        else if (part[2] == "p0.50") p50[b] = score
        else if (part[2] == "p0.99") p99[b] = score
        else if (part[2] == "" && mode == "sample") smean[b] = score
    }
    END {
        printf "%-44s %12s %14s %12s  %s\n", "benchmark", "avgt ns/op", "median ns/op", "p99 ns/op", "median <= " target " ns"
        fail = 0
        for (i = 1; i <= n; i++) {
            b = order[i]
            ok = (b in p50) && p50[b] <= target
            if (!ok) fail = 1
            printf "%-44s %12.1f %14.1f %12.1f  %s\n", b, avg[b], p50[b], p99[b], ok ? "PASS" : "FAIL"
        }
        printf "\nTarget (issue): median decision at most %d ns (2 us): %s\n", target, fail ? "NOT MET" : "met"
        printf "Note: sampled times include the timer (System.nanoTime) overhead, a few tens of ns; avgt does not.\n"
    }' "$RESULT"
say "done in $((SECONDS - started)) s; raw results: $RESULT"
