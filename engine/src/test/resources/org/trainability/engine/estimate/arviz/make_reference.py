"""Reference values for ChainDiagnosticsTest: ArviZ's rank-normalised split-R-hat (bulk, tail),
bulk-ESS, tail-ESS, the ESS of the mean and the MCSE of the mean (Vehtari et al. 2021) on fixed
series. Run once in a throwaway environment (`python -m venv v && v/bin/pip install arviz`), then
`v/bin/python make_reference.py > reference.json`. The series themselves are written into the
JSON, so the Java test never depends on numpy's generators.

Generated with the versions recorded in the output ("versions")."""
import json
import sys

import arviz
import numpy as np
import scipy
from arviz.stats import diagnostics as d

rng = np.random.default_rng(20261205)


def ar1(phi, chains, draws, shift=None):
    x = np.zeros((chains, draws))
    for c in range(chains):
        v = rng.normal()
        for t in range(draws):
            v = phi * v + np.sqrt(1 - phi * phi) * rng.normal()
            x[c, t] = v + (0 if shift is None else shift[c])
    return x


cases = {
    "iid-normal-4x250": rng.normal(size=(4, 250)),
    "ar1-0.9-4x250": ar1(0.9, 4, 250),
    "ar1-0.99-2x400": ar1(0.99, 2, 400),
    "stuck-in-two-wells-4x200": ar1(0.5, 4, 200, shift=[3, 3, -3, -3]),
    "shifted-one-chain-4x200": ar1(0.3, 4, 200, shift=[0, 0, 0, 0.8]),
    "spins-with-ties-4x300": np.sign(ar1(0.8, 4, 300) + 0.3),
    "odd-length-3x101": ar1(0.6, 3, 101),
    "heavy-tails-4x250": rng.standard_cauchy(size=(4, 250)),
    "magnetisation-levels-6x150": np.round(ar1(0.95, 6, 150) * 3) / 3,
}

out = {"versions": {"arviz": arviz.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
       "cases": []}
for name, x in cases.items():
    split = d._split_chains(x)
    out["cases"].append({
        "name": name,
        "chains": x.tolist(),
        "rhatBulk": float(d._rhat(d._z_scale(split))),
        "rhatTail": float(d._rhat(d._z_scale(np.abs(split - np.median(split))))),
        "rhat": float(d._rhat_rank(x)),
        "essBulk": float(d._ess_bulk(x)),
        "essTail": float(d._ess_tail(x)),
        "essMean": float(d._ess_mean(x)),
        "mcseMean": float(d._mcse_mean(x)),
        # the public API on the same draws, to show the private functions are what it reports
        "api": {"rhat": float(arviz.rhat(x)), "essBulk": float(arviz.ess(x, method="bulk")),
                "essTail": float(arviz.ess(x, method="tail")), "mcseMean": float(arviz.mcse(x))},
    })
json.dump(out, sys.stdout, indent=1)
