#!/usr/bin/env python3
"""Prints the units of a checkpoint file (reluspec ... --checkpoint FILE): one line per unit, its address and its
numbers decoded from the exact bits. Which number is which is the experiment's units() in the source, e.g. VYS-Fig1a:
perturbation / sqrt(d), fraction on the margin, relative KKT residual, reached 1e-30, diverged. With --summary, one
line per configuration instead (the address without its "/seed N"): how many seeds are in, then per number the median,
the mean and the range over the finite values (a diverged unit's NaN is counted apart), so a partial run can be read
configuration by configuration.
Usage: python3 ci/units.py FILE [ADDRESS-PREFIX] [--summary]"""
import json
import math
import re
import signal
import statistics
import struct
import sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly

args = [a for a in sys.argv[1:] if a != "--summary"]
summary = len(args) < len(sys.argv) - 1
if len(args) not in (1, 2) or any(a.startswith("--") for a in args):
    sys.exit(print(__doc__.splitlines()[-1], file=sys.stderr) or 2)
try:
    lines = open(args[0], encoding="utf-8").read().splitlines()
except OSError as e:
    print(f"units.py: cannot read {args[0]}: {e.strerror}", file=sys.stderr)
    sys.exit(2)
prefix = args[1] if len(args) == 2 else ""
groups = {}
for n, line in enumerate(lines, 1):
    try:
        record = json.loads(line)
        if "address" not in record:
            continue
        values = [struct.unpack(">d", bytes.fromhex(h.rjust(16, "0")))[0] for h in record["bits"]]
    except (ValueError, KeyError, TypeError, struct.error):
        print(f"units.py: {args[0]} line {n} is not a checkpoint record", file=sys.stderr)
        sys.exit(2)
    if not record["address"].startswith(prefix):
        continue
    if summary:
        groups.setdefault(re.sub(r"/seed \d+$", "", record["address"]), []).append(values)
    else:
        print(record["address"] + "\t" + "\t".join(f"{v:.6g}" for v in values))


def describe(column):
    """A diverged unit's NaN would make median and range depend on the units' order: count it apart instead."""
    finite = [v for v in column if math.isfinite(v)]
    text = (f"median {statistics.median(finite):.6g} mean {statistics.fmean(finite):.6g} "
            f"range [{min(finite):.6g}, {max(finite):.6g}]") if finite else "no finite value"
    return text + (f" ({len(column) - len(finite)} not finite)" if len(finite) < len(column) else "")


for config, rows in groups.items():
    print(config + f"\tseeds {len(rows)}\t" + "\t".join(describe(c) for c in zip(*rows)))
