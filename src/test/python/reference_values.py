"""Regenerates the reference values used by the Java tests (scipy 1.17.1, numpy 2.4.6, mpmath when present).

Run: python3 src/test/python/reference_values.py
Each block prints Java-ready literals; the test that uses them names this script and the block.
"""
from scipy import stats, special
import numpy as np

print("# ChiSquaredTailsTest: scipy.stats.chi2.cdf(n/2, n), chi2.sf(2n, n)")
for n in [1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 512, 1024]:
    print(f"  {{{n}, {float(stats.chi2.cdf(n/2, n))!r}, {float(stats.chi2.sf(2*n, n))!r}}},")

print("# ClopperPearsonTest: scipy.stats.beta.ppf")
for k, n, conf in [(0, 100, 0.99), (3, 100, 0.99), (50, 100, 0.95), (100, 100, 0.99), (7, 1000000, 0.999)]:
    lo = 0.0 if k == 0 else stats.beta.ppf(1 - conf, k, n - k + 1)
    hi = 1.0 if k == n else stats.beta.isf(1 - conf, k + 1, n - k)
    print(f"  {{{k}, {n}, {conf}, {float(lo)!r}, {float(hi)!r}}},")

print("# LossesTest: log1p(exp(-q)) and -1/(1+exp(q)) via scipy.special (softplus as logaddexp(0,-q))")
for q in [-800.0, -50.0, -1.0, 0.0, 1e-8, 1.0, 37.0, 50.0, 800.0]:
    print(f"  {{{q!r}, {float(np.logaddexp(0.0, -q))!r}, {float(-special.expit(-q))!r}}},")
