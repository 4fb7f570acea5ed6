#!/usr/bin/env python3
"""Prints the units of a checkpoint file (reluspec ... --checkpoint FILE): one line per unit, its address and its
numbers decoded from the exact bits. Which number is which is the experiment's units() in the source, e.g. VYS-Fig1a:
perturbation / sqrt(d), fraction on the margin, relative KKT residual, reached 1e-30, diverged.
Usage: python3 ci/units.py FILE [ADDRESS-PREFIX]"""
import json
import struct
import sys

if len(sys.argv) not in (2, 3):
    sys.exit(print(__doc__.splitlines()[-1], file=sys.stderr) or 2)
try:
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
except OSError as e:
    print(f"units.py: cannot read {sys.argv[1]}: {e.strerror}", file=sys.stderr)
    sys.exit(2)
prefix = sys.argv[2] if len(sys.argv) == 3 else ""
for n, line in enumerate(lines, 1):
    try:
        record = json.loads(line)
        if "address" not in record:
            continue
        values = [struct.unpack(">d", bytes.fromhex(h.rjust(16, "0")))[0] for h in record["bits"]]
    except (ValueError, KeyError, TypeError, struct.error):
        print(f"units.py: {sys.argv[1]} line {n} is not a checkpoint record", file=sys.stderr)
        sys.exit(2)
    if record["address"].startswith(prefix):
        print(record["address"] + "\t" + "\t".join(f"{v:.6g}" for v in values))
