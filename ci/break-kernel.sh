#!/usr/bin/env bash
# Proves that the static check can fail: copies the project to a scratch folder, breaks a kernel method on purpose
# (a write to a frozen coordinate in MYV's projection and training step, WUMA's ball step and the experiments'
# descent step), runs the KeY step there, and expects it to fail naming every broken contract. Exit 0 when the check
# caught the break.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch"/
mkdir -p "$scratch/../shared" 2>/dev/null || true
k="$scratch/src/main/java/org/reluspec/kernel"
# one break per family: MYV's projection, WUMA's ball step, the experiments' descent step, the output layer WUMA's
# and VYS's networks share
break_one() {   # file, exact text, replacement
  grep -qF "$2" "$k/$1" || { echo "ci/break-kernel.sh: '$2' not found in $1"; exit 1; }
  python3 - "$k/$1" "$2" "$3" <<'PY'
import sys
p, old, new = sys.argv[1:]
s = open(p).read()
open(p, 'w').write(s.replace(old, new, 1))
PY
}
break_one CoordinateProjections.java 'out[k] = k < split ? x[k] : 0.0;' 'out[k] = x[k];'
break_one RowBall.java 'return w0i + factor * (wi - w0i);' 'return w0i + factor * (wi - w0i + 1.0E-300);'
break_one GradientStep.java 'return wk - eta * (gk + lambda * wk);' 'return wk - eta * (gk + lambda * wk + 4.9E-324);'
break_one TwoLayerNet.java 'out += v[j] * Math.max(0.0, h[hOffset + j]);' 'out += v[j] * h[hOffset + j];'
break_one GradientStep.java 'return decay * wk - eta * gk;' 'return decay * wk - eta * gk + 4.9E-324;'
broken='CoordinateProjections::projectOntoM RowBall::towards GradientStep::descended TwoLayerNet::outputFrom'
broken="$broken GradientStep::stepped"
echo "ci/break-kernel.sh: broke projectOntoM (writes frozen coordinates), RowBall.towards (moves a coordinate at its"
echo "  initialization), GradientStep.descended (moves a parameter without gradient), TwoLayerNet.outputFrom (drops the"
echo "  ReLU, so inactive neurons add to the output), GradientStep.stepped (MYV's training step moves a weight whose"
echo "  gradient is zero); running the proof step on the copy"
set +e
(cd "$scratch" && mvn -B -ntp -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
   -Dit.test='KernelProofIT#kernelContractsCloseOrAreKnownOpen' -Dexec.skip=true) > "$scratch/out.txt" 2>&1
status=$?
set -e
missing=""
for name in $broken; do
  grep -q "$name" "$scratch/out.txt" || missing="$missing $name"
done
if [ $status -ne 0 ] && [ -z "$missing" ]; then
  grep -m6 -E 'REGRESSION|OPEN and not in known-open' "$scratch/out.txt" || true
  echo "ci/break-kernel.sh: OK, the proof step failed and named $broken"
  exit 0
fi
echo "ci/break-kernel.sh: FAILED, status $status; not named:${missing:- (all named)}"
tail -30 "$scratch/out.txt"
exit 1
