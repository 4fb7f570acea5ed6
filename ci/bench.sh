#!/usr/bin/env bash
# Benchmarks (not tests), each against a NumPy reference of the same computation in the same run:
#  1. JMH throughput of the MYV-B.1 simulation at n = 16, 64, 256 with 1 and 2 threads vs vectorized NumPy;
#  2. MYV training throughput (networks trained per second, one trained-network trial) for the Theorem 5.1 setting
#     (d 2000, m 3, r 10, 30 GD steps) and a small one (d 100, m 20, r 20, 100 steps) vs NumPy with 1-thread BLAS;
#  3. WUMA: the exact flip step (m 1000; one input at a time, and a set of 64 at once) and lazy SGD per network
#     (200 steps, batch 8) at d 196, 784 vs NumPy, on the reference products and through BLAS (OpenBLAS, one thread,
#     like NumPy's);
#  4. VYS: steps per second of section 6's schedule at d = m = 100, width 1000, reference and BLAS, vs NumPy.
# Writes target/bench/ and prints the ratios Java / NumPy per core. Usage: bash ci/bench.sh [quick]
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh >/dev/null
mkdir -p target/bench
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
# the kernel's four-way sums and in-turn axpys on the Vector API (same bits as the scalar loops; RowDots.lanes())
LANES="--add-modules jdk.incubator.vector"
if [ "${1:-}" = quick ]; then JMH_ARGS=(-f 1 -wi 2 -w 1s -i 3 -r 1s); else JMH_ARGS=(-f 1 -wi 3 -w 2s -i 5 -r 2s); fi
java $LANES -cp "$CP" org.openjdk.jmh.Main MyvB1Benchmark "${JMH_ARGS[@]}" -rf json -rff target/bench/jmh.json \
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

OPENBLAS_NUM_THREADS=1 java $LANES -cp "$CP" org.openjdk.jmh.Main MyvTrainingBenchmark "${JMH_ARGS[@]}" -rf json \
  -rff target/bench/jmh-train.json \
  | grep -E "^Benchmark|MyvTrainingBenchmark"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 src/test/python/train_numpy.py 2000 1000 3 10 30 200 \
  > target/bench/numpy-train-t5.json
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 src/test/python/train_numpy.py 100 50 20 20 100 200 \
  > target/bench/numpy-train-small.json
python3 - <<'PY'
import json
jmh = json.load(open("target/bench/jmh-train.json"))
java = {(b["params"]["setting"], b["params"]["products"]): b["primaryMetric"]["score"] for b in jmh}
print(f"{'setting':>8} {'reference nets/s':>17} {'BLAS nets/s':>12} {'NumPy nets/s':>13} {'ref/NumPy':>10} "
      f"{'BLAS/NumPy':>11}")
for s in ("t5", "small"):
    npy = json.load(open(f"target/bench/numpy-train-{s}.json"))["networks_per_second"]
    ref, blas = java[(s, "REFERENCE")], java[(s, "BLAS")]
    print(f"{s:>8} {ref:>17.4g} {blas:>12.4g} {npy:>13.4g} {ref/npy:>10.2f} {blas/npy:>11.2f}")
PY

OPENBLAS_NUM_THREADS=1 java $LANES -cp "$CP" org.openjdk.jmh.Main LazyBenchmark "${JMH_ARGS[@]}" -rf json \
  -rff target/bench/jmh-lazy.json \
  | grep -E "^Benchmark|LazyBenchmark"
for d in 196 784; do
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 src/test/python/lazy_numpy.py "$d" 3 > "target/bench/numpy-lazy-$d.json"
done
python3 - <<'PY'
import json
jmh = json.load(open("target/bench/jmh-lazy.json"))
java = {(b["benchmark"].rsplit(".", 1)[1], int(b["params"]["d"])): b["primaryMetric"]["score"] for b in jmh}
print(f"{'d':>5} {'Java flips/s':>13} {'NumPy flips/s':>14} {'ratio':>6} {'Java nets/s':>12} {'BLAS nets/s':>12} "
      f"{'NumPy nets/s':>13} {'ratio':>6} {'BLAS ratio':>10}")
for d in (196, 784):
    npy = json.load(open(f"target/bench/numpy-lazy-{d}.json"))
    jf, jt, jb = java[("flipStep", d)], java[("lazyTraining", d)], java[("lazyTrainingBlas", d)]
    jf1, jfb = java[("flipStepBlas", d)], 64 * java[("flipStepsBlas", d)]
    nn, nf, nfs = npy['networks_per_second'], npy['flips_per_second'], npy['set_flips_per_second']
    print(f"{d:>5} {jf:>13.4g} {nf:>14.4g} {jf/nf:>6.2f} "
          f"{jt:>12.4g} {jb:>12.4g} {nn:>13.4g} {jt/nn:>6.2f} {jb/nn:>10.2f}")
    print(f"{'':>5} one flip through BLAS: {jf1:.4g}/s, {jf1/nf:.2f} x NumPy's one-at-a-time flips")
    print(f"{'':>5} flips of a set of 64 through BLAS: {jfb:.4g}/s; NumPy, the same set at once: {nfs:.4g}/s; "
          f"{jfb/nfs:.2f} x")
PY

OPENBLAS_NUM_THREADS=1 java $LANES -cp "$CP" org.openjdk.jmh.Main VysBenchmark "${JMH_ARGS[@]}" -rf json \
  -rff target/bench/jmh-vys.json | grep -E "^Benchmark|VysBenchmark"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 src/test/python/vys_numpy.py 3 > target/bench/numpy-vys.json
python3 - <<'PY'
import json
jmh = json.load(open("target/bench/jmh-vys.json"))
steps = {b["params"]["products"]: 20 * b["primaryMetric"]["score"] for b in jmh}
npy = json.load(open("target/bench/numpy-vys.json"))["steps_per_second"]
print(f"{'VYS schedule, d = m = 100, width 1000':>40} {'reference':>10} {'BLAS':>10} {'NumPy':>10}")
print(f"{'steps/s':>40} {steps['REFERENCE']:>10.4g} {steps['BLAS']:>10.4g} {npy:>10.4g}")
print(f"{'ratio to NumPy':>40} {steps['REFERENCE']/npy:>10.2f} {steps['BLAS']/npy:>10.2f}")
PY
