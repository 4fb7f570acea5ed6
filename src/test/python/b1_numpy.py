"""NumPy reference of the MYV-B.1 simulation, for ci/bench.sh: per trial, n standard normals, failure when
sum(g^2) <= n/2. Vectorized in chunks of about 4 million normals, numpy.random.Generator(PCG64) ziggurat normals.
Single-threaded (NumPy's generator is). Prints JSON: {"n":..., "trials":..., "seconds":..., "trials_per_second":...}.

Usage: python3 src/test/python/b1_numpy.py N TRIALS
"""
import json
import sys
import time

import numpy as np


def run(n, trials, seed=7):
    rng = np.random.default_rng(seed)
    chunk = max(1, 4_000_000 // n)
    failures = 0
    done = 0
    start = time.perf_counter()
    while done < trials:
        k = min(chunk, trials - done)
        g = rng.standard_normal((k, n))
        failures += int(np.count_nonzero(np.einsum("ij,ij->i", g, g) <= n / 2))
        done += k
    seconds = time.perf_counter() - start
    return {"n": n, "trials": trials, "failures": failures, "seconds": seconds,
            "trials_per_second": trials / seconds, "numpy": np.__version__}


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]), int(sys.argv[2]))))
