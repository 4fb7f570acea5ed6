#!/usr/bin/env bash
# Benchmarks (not tests): JMH throughput of the MYV-B.1 simulation at n = 16, 64, 256 with 1 and 2 threads, and a
# vectorized NumPy reference of the same experiment in the same run. Writes target/bench/ and prints the ratio
# Java (1 thread) / NumPy (1 thread) per n. Usage: bash ci/bench.sh [quick]
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh >/dev/null
mkdir -p target/bench
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
if [ "${1:-}" = quick ]; then JMH_ARGS=(-f 1 -wi 2 -w 1s -i 3 -r 1s); else JMH_ARGS=(-f 1 -wi 3 -w 2s -i 5 -r 2s); fi
java -cp "$CP" org.openjdk.jmh.Main MyvB1Benchmark "${JMH_ARGS[@]}" -rf json -rff target/bench/jmh.json \
  | grep -E "^Benchmark|MyvB1Benchmark"
for n in 16 64 256; do
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 src/test/python/b1_numpy.py "$n" $((40000000 / n)) \
    > "target/bench/numpy-$n.json"
done
python3 - <<'PY'
import json
jmh = json.load(open("target/bench/jmh.json"))
java = {(int(b["params"]["n"]), int(b["params"]["threads"])): b["primaryMetric"]["score"] for b in jmh}
print(f"{'n':>5} {'Java 1 thr':>14} {'Java 2 thr':>14} {'NumPy 1 thr':>14} {'Java/NumPy per core':>20}")
for n in (16, 64, 256):
    npy = json.load(open(f"target/bench/numpy-{n}.json"))["trials_per_second"]
    print(f"{n:>5} {java[(n,1)]:>14.4g} {java[(n,2)]:>14.4g} {npy:>14.4g} {java[(n,1)]/npy:>20.2f}")
PY
