"""NumPy reference of one MYV trained-network trial, for ci/bench.sh: data in M (d - ell Gaussian coordinates, zeros
after), teacher labels (8 ReLU neurons on the M-coordinates), w ~ N(0, 1/d), u = +-1/sqrt(m), T full-batch GD steps on
the mean logistic loss with step 1, the margin evaluated after every step (as the Java trainer does). Single-threaded
BLAS (the caller sets OPENBLAS_NUM_THREADS=1). Prints JSON with networks per second.

Usage: python3 src/test/python/train_numpy.py D ELL M R T NETWORKS
"""
import json
import sys
import time

import numpy as np


def train_one(rng, d, ell, m, r, steps):
    n = d - ell
    x = np.zeros((r, d))
    c = rng.standard_normal((r, n))
    x[:, :n] = c
    teacher = rng.standard_normal((8, n))
    sign = np.where(rng.random(8) < 0.5, 1.0, -1.0)
    y = np.where(np.maximum(c @ teacher.T, 0) @ sign >= 0, 1.0, -1.0)
    u = np.where(rng.random(m) < 0.5, 1.0, -1.0) / np.sqrt(m)
    w = rng.standard_normal((m, d)) / np.sqrt(d)
    margin = np.min(y * (np.maximum(x @ w.T, 0) @ u))
    for _ in range(steps):
        pre = x @ w.T                                   # r x m
        out = np.maximum(pre, 0) @ u
        coeff = -1.0 / (1.0 + np.exp(y * out)) * y / r  # L'(y N) y / r
        g = ((coeff[:, None] * (pre >= 0)) * u[None, :]).T @ x
        w -= g
        margin = np.min(y * (np.maximum(x @ w.T, 0) @ u))
    return margin


def run(d, ell, m, r, steps, networks, seed=7):
    rng = np.random.default_rng(seed)
    train_one(rng, d, ell, m, r, steps)  # warm-up
    start = time.perf_counter()
    for _ in range(networks):
        train_one(rng, d, ell, m, r, steps)
    seconds = time.perf_counter() - start
    return {"d": d, "ell": ell, "m": m, "r": r, "steps": steps, "networks": networks, "seconds": seconds,
            "networks_per_second": networks / seconds, "numpy": np.__version__}


if __name__ == "__main__":
    print(json.dumps(run(*[int(a) for a in sys.argv[1:7]])))
