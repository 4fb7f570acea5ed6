"""NumPy reference for LazyBenchmark (ci/bench.sh): the same two computations, timed in one run.

flip step: f(x), grad f(x) with relu'(0) = 1, pre-activations and slopes along -sign f grad f / ||grad f||, sorted
breakpoints and the walk, vectorized with cumulative sums over the sorted breakpoints (m = 1000).
lazy training: initialization (signs, N(0, I_d) weights) and 200 SGD steps of batch 8 on the logistic loss, lr 0.1,
on 512 unit-norm points with teacher labels. Prints JSON with flips_per_second and networks_per_second.
flip steps of a set: the same for the 64 inputs at once, the products as matrix products and the walk per input.
Usage: python3 lazy_numpy.py d seconds
"""
import json
import sys
import time

import numpy as np

d = int(sys.argv[1])
budget = float(sys.argv[2])
m = 1000
rng = np.random.default_rng(11)


def unit(n):
    x = rng.standard_normal((n, d))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


a = np.where(rng.random(m) < 0.5, 1.0, -1.0)
W = rng.standard_normal((m, d))
inputs = unit(64)
v = a / np.sqrt(m)


def flip_step(x):
    h = W @ x
    f = v @ np.maximum(h, 0)
    g = (v * (h >= 0)) @ W
    gn = np.linalg.norm(g)
    u = -np.sign(f) * g / gn
    s = W @ u
    return walk(h, s, f, gn)


def flip_steps(xs):
    """The flip steps of a set at once: the products as matrix products (as FlipStep.minimalAll), then each walk."""
    h = xs @ W.T                                   # n x m
    f = np.maximum(h, 0) @ v
    g = ((h >= 0) * v) @ W                         # n x d
    gn = np.linalg.norm(g, axis=1)
    u = (-np.sign(f) / gn)[:, None] * g
    s = u @ W.T
    return [walk(h[j], s[j], f[j], gn[j]) for j in range(xs.shape[0])]


def walk(h, s, f, gn):
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -h / s
    active0 = (h > 0) | ((h == 0) & (s > 0))
    alpha0 = np.sum(v * h * active0)
    beta0 = np.sum(v * s * active0)
    mask = (s != 0) & (t > 0) & (t < 1e6)
    idx = np.nonzero(mask)[0]
    order = idx[np.argsort(t[idx], kind="stable")]
    tb = np.append(t[order], 1e6)
    sign = np.where(s[order] > 0, 1.0, -1.0)
    alpha = alpha0 + np.concatenate(([0.0], np.cumsum(sign * v[order] * h[order])))
    beta = beta0 + np.concatenate(([0.0], np.cumsum(sign * v[order] * s[order])))
    f_hi = alpha + beta * tb
    hit = np.nonzero(np.sign(f_hi) != np.sign(f))[0]
    if hit.size == 0:
        return np.inf
    k = hit[0]
    lo = 0.0 if k == 0 else tb[k - 1]
    tt = -alpha[k] / beta[k] if beta[k] != 0 else lo
    return -np.sign(f) * min(tb[k], max(lo, tt)) / gn


xs = unit(512)
teacher = unit(1)[0]
ys = np.where(xs @ teacher >= 0, 1.0, -1.0)


def train():
    aa = np.where(rng.random(m) < 0.5, 1.0, -1.0)
    w = rng.standard_normal((m, d))
    for _ in range(200):
        j = rng.integers(0, 512, 8)
        xb = xs[j]
        yb = ys[j]
        h = xb @ w.T                               # 8 x m
        f = (np.maximum(h, 0) @ aa) / np.sqrt(m)
        coef = -0.1 / 8 * (-1.0 / (1.0 + np.exp(yb * f))) * yb / np.sqrt(m)   # -eta/B L'(q) y / sqrt m
        w += ((h >= 0) * coef[:, None] * aa[None, :]).T @ xb
    return w[0, 0]


def rate(fn):
    fn()
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < budget:
        fn()
        n += 1
    return n / (time.perf_counter() - start)


state = {"i": 0}


def one_flip():
    state["i"] = (state["i"] + 1) % 64
    return flip_step(inputs[state["i"]])


print(json.dumps({"d": d, "m": m, "flips_per_second": rate(one_flip),
                  "set_flips_per_second": 64 * rate(lambda: flip_steps(inputs)),
                  "networks_per_second": rate(train)}))
