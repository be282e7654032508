"""The per-parameter work of ParameterDiagnosticsBenchmark in numpy and ArviZ, for a same-session
speed comparison: tau-hat with Sokal's automatic window (emcee's algorithm, chain-averaged
autocorrelation by real FFT) at L/4, L/2 and L, then ArviZ's rank-normalised R-hat, bulk ESS,
tail ESS and MCSE of the mean, on M = 4 AR(1) chains (phi = 0.99) of L = 100,000 draws.
Run on one thread: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python parameter_diagnostics_numpy.py
Prints the mean milliseconds per parameter over 20 repetitions after 3 warm-ups."""
import time

import arviz
import numpy as np
from arviz.stats import diagnostics as d


def acf(x):
    n = x.shape[1]
    m = 1 << (2 * n - 1).bit_length()
    f = np.fft.rfft(x - x.mean(axis=1, keepdims=True), n=m, axis=1)
    c = np.fft.irfft(f * np.conjugate(f), n=m, axis=1)[:, :n]
    return (c / c[:, :1]).mean(axis=0)


def tau(x, c=5.0):
    rho = acf(x)
    taus = 2.0 * np.cumsum(rho) - 1.0
    window = np.arange(len(taus)) < c * taus
    w = np.argmin(window) if np.any(~window) else len(taus) - 1
    return taus[w] / 2


def tau_part(x):
    n = x.shape[1]
    for length in (n // 4, n // 2, n):
        tau(x[:, :length])


def diagnostics_part(x):
    d._rhat_rank(x)
    d._ess_bulk(x)
    d._ess_tail(x)
    d._mcse_mean(x)


def per_parameter(x):
    tau_part(x)
    diagnostics_part(x)


rng = np.random.default_rng(2026)
x = np.zeros((4, 100_000))
for m in range(4):
    v = rng.normal()
    for t in range(x.shape[1]):
        v = 0.99 * v + np.sqrt(1 - 0.99 ** 2) * rng.normal()
        x[m, t] = v
for _ in range(3):
    per_parameter(x)
reps = 20
timings = {}
for name, part in (("tau-hat", tau_part), ("diagnostics", diagnostics_part)):
    start = time.perf_counter()
    for _ in range(reps):
        part(x)
    timings[name] = 1000 * (time.perf_counter() - start) / reps
print(f"numpy {np.__version__} + arviz {arviz.__version__}: {sum(timings.values()):.1f} ms per parameter"
      f" (tau-hat {timings['tau-hat']:.1f}, diagnostics {timings['diagnostics']:.1f})")
