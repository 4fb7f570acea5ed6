"""NumPy reference for VysBenchmark (ci/bench.sh): full-batch GD on the exponential loss over every parameter of a
width-1000 two-layer network with biases (output bias 0), m = d = 100 points on sqrt(d) S^{d-1}, in the log domain
(ln L by log-sum-exp, step theta += exp(ln eta + ln L) sum_i p_i y_i grad N(x_i)). Prints JSON with steps_per_second.
Usage: python3 vys_numpy.py seconds
"""
import json
import sys
import time

import numpy as np

budget = float(sys.argv[1])
d, k = 100, 1000
rng = np.random.default_rng(13)
x = rng.standard_normal((d, d))
x *= np.sqrt(d) / np.linalg.norm(x, axis=1, keepdims=True)
y = np.where(np.arange(d) % 2 == 0, 1.0, -1.0)
bound = 1 / np.sqrt(d)
w = rng.uniform(-bound, bound, (k, d))
b = rng.uniform(-bound, bound, k)
v = rng.uniform(-1 / np.sqrt(k), 1 / np.sqrt(k), k)
eta = 1e-5


def step():
    global w, b, v
    h = x @ w.T + b                      # n x k
    a = np.maximum(h, 0)
    q = y * (a @ v)
    lt = -q
    mx = lt.max()
    logl = mx + np.log(np.exp(lt - mx).sum())
    p = np.exp(-q - logl) * y            # -l'(q) y / L
    active = h > 0
    gv = (a * p[:, None]).sum(axis=0)
    c = active * p[:, None] * v[None, :]  # n x k
    gb = c.sum(axis=0)
    gw = c.T @ x                         # k x d
    s = np.exp(np.log(eta) + logl)
    w += s * gw
    b += s * gb
    v += s * gv
    return logl


for _ in range(20):
    step()
n = 0
start = time.perf_counter()
while time.perf_counter() - start < budget:
    step()
    n += 1
print(json.dumps({"d": d, "k": k, "m": d, "steps_per_second": n / (time.perf_counter() - start)}))
