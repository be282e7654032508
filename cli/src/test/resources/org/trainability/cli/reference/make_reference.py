#!/usr/bin/env python3
"""Independent reference values for SpectralReferenceTest, written from math.md alone with
numpy/scipy (dense scipy.linalg.eigh, no code shared with the Java engine).

Run from this folder:  python3 make_reference.py   (writes reference.json)
Tool versions are recorded in the output.
"""
import json, itertools, math, platform
import numpy as np
import scipy
import scipy.linalg

def spins(s, n):
    return np.array([1 if ((s >> i) & 1) == 0 else -1 for i in range(n)], dtype=float)

def ising_parts(model):
    n = model["n"]; J = np.array(model["couplings"], float); b = np.array(model.get("fields", [0]*n), float)
    if model["type"] == "denoising":
        b = b + model["gamma"] * np.array(model["input"], float)
    beta = model.get("beta", 1.0); train = model.get("trainFields", True)
    X = np.array([spins(s, n) for s in range(2**n)])
    E = -0.5 * np.einsum("si,ij,sj->s", X, J, X) - X @ b
    pairs = [(i, j) for i in range(n) for j in range(i+1, n)]
    F = [-X[:, i] * X[:, j] for i, j in pairs]
    if train:
        F += [-X[:, i] for i in range(n)]
    return X, J, b, beta, -beta * E, np.array(F)

def heat_bath_site(X, J, b, beta, i):
    S = X.shape[0]; T = np.zeros((S, S))
    for s in range(S):
        h = J[i] @ X[s] + b[i]
        p_plus = math.exp(beta*h) / (2*math.cosh(beta*h))
        t = s ^ (1 << i)
        if X[s, i] > 0:
            T[s, s] += p_plus; T[s, t] += 1 - p_plus
        else:
            T[s, s] += 1 - p_plus; T[s, t] += p_plus
    return T

def kernel(name, X, J, b, beta):
    S, n = X.shape
    if name == "random-scan":
        return sum(heat_bath_site(X, J, b, beta, i) for i in range(n)) / n
    if name == "symmetric-scan":
        P = np.eye(S)
        for i in list(range(n)) + list(range(n-1, -1, -1)):
            P = P @ heat_bath_site(X, J, b, beta, i)
        return P
    if name == "metropolis":
        P = np.zeros((S, S))
        for s in range(S):
            for i in range(n):
                h = J[i] @ X[s] + b[i]
                dE = 2 * X[s, i] * h
                P[s, s ^ (1 << i)] += min(1.0, math.exp(-beta*dE)) / n
            P[s, s] = 1 - P[s].sum()
        return P
    raise ValueError(name)

def rbm_parts(model):
    n, m = model["visible"], model["hidden"]
    W = np.array(model["weights"], float); b = np.array(model["visibleFields"], float); c = np.array(model["hiddenFields"], float)
    beta = model.get("beta", 1.0); train = model.get("trainFields", True)
    V = np.array([spins(s, n) for s in range(2**n)]); H = np.array([spins(s, m) for s in range(2**m)])
    logw = beta * V @ b + np.sum(np.log(2*np.cosh(beta*(c + V @ W))), axis=1)
    T = np.tanh(beta*(c + V @ W))
    F = [-V[:, i] * T[:, j] for i in range(n) for j in range(m)]
    if train:
        F += [-V[:, i] for i in range(n)] + [-T[:, j] for j in range(m)]
    # p(h|v) and p(v|h)
    A = np.exp(beta * H @ (c[:, None] + W.T @ V.T)).T  # unnormalised p(h|v): rows v
    A /= A.sum(axis=1, keepdims=True)
    B = np.exp(beta * V @ (b[:, None] + W @ H.T)).T   # rows h
    B /= B.sum(axis=1, keepdims=True)
    return V, logw, np.array(F), A @ B

def data_expectations(model, F_of_state):
    if "dataMoments" in model:
        return np.array(model["dataMoments"], float)
    return np.mean([F_of_state(np.array(x, float)) for x in model["dataStates"]], axis=0)

def analyse(model, kname, K, M, eps, delta=1e-9):
    if model["type"] == "rbm":
        V, logw, F, P = rbm_parts(model)
        n = model["visible"]
        def f_of(v):
            s = sum((1 << i) for i in range(n) if v[i] < 0)
            return F[:, s]
    else:
        X, J, b, beta, logw, F = ising_parts(model)
        P = kernel(kname, X, J, b, beta)
        n = model["n"]
        def f_of(x):
            s = sum((1 << i) for i in range(n) if x[i] < 0)
            return F[:, s]
    pi = np.exp(logw - logw.max()); pi /= pi.sum()
    d = np.sqrt(pi)
    S = (d[:, None] * P) / d[None, :]
    S = 0.5 * (S + S.T)
    lam, U = scipy.linalg.eigh(S)
    order = np.argsort(-lam); lam = lam[order]; U = U[:, order]
    mean = F @ pi
    var = ((F - mean[:, None])**2) @ pi
    fhat = ((F - mean[:, None]) * d[None, :]) @ U          # A x S
    # clusters: {0} alone, then maximal runs with neighbour gaps <= delta
    clusters = [[0]]; j = 1
    while j < len(lam):
        c = [j]
        while j + 1 < len(lam) and lam[j] - lam[j+1] <= delta:
            j += 1; c.append(j)
        clusters.append(c); j += 1
    lam_c = np.array([lam[c].mean() for c in clusters])
    W = np.array([[np.sum(fhat[a, c]**2) for c in clusters] for a in range(F.shape[0])])
    Wc = W.sum(axis=0)
    with np.errstate(divide="ignore"):
        mode = (1 + lam_c) / (2 * (1 - lam_c))  # the stationary cluster 0 is never used
    tauvar = (W[:, 1:] * mode[None, 1:]).sum(axis=1)
    tau = tauvar / var
    tO = tauvar.sum()
    g = data_expectations(model, f_of) - mean
    g2 = float(g @ g)
    cstar = [c for c in range(1, len(clusters)) if Wc[c] > eps * var.sum()]
    gamma_eff = sum(Wc[c] for c in cstar) / sum(Wc[c] / (1 - lam_c[c]) for c in cstar)
    r_eff = g2 / sum(Wc[c] for c in cstar)
    # exact MSE by the double sum over the window, written out (no closed form)
    def pair_sum(l):
        dd = np.arange(1, K)
        return K + 2 * np.sum((K - dd) * l**dd)
    mse = sum(Wc[c] * pair_sum(lam_c[c]) for c in range(1, len(clusters))) / K**2 / M
    gap = 1 - lam[1]
    def separation(c):
        # distance from the cluster to the nearest eigenvalue outside it: weights are conditioned
        # by eps/separation (Davis-Kahan), which the Java test uses to scale its tolerance
        inside = set(clusters[c])
        return float(min(abs(lam[j] - lam[i]) for i in clusters[c] for j in range(len(lam)) if j not in inside))
    return {
        "states": len(lam), "gap": gap, "lambdas": lam[:10].tolist(), "variance": var.tolist(),
        "tauInt": tau.tolist(), "tO": tO, "cStar": [{"lambda": lam_c[c], "multiplicity": len(clusters[c]), "weight": Wc[c],
                   "separation": separation(c)} for c in cstar],
        "gammaEff": gamma_eff, "rEff": r_eff, "gradient": g.tolist(), "gradNorm2": g2,
        "qOp": g2 / mse, "qPerp": K * M / 2 * g2 / tO, "qPerpCStar": gamma_eff * K * M / 2 * r_eff,
        "qSingle": gap * K * M / 2 * g2 / Wc[1],
    }

rng = np.random.default_rng(20260601)
def random_ising(n, beta, train):
    J = np.triu(rng.uniform(-1, 1, (n, n)), 1); J = J + J.T
    return {"type": "ising", "n": n, "couplings": J.tolist(), "fields": rng.uniform(-0.5, 0.5, n).tolist(),
            "beta": beta, "trainFields": train}

cases = []
m1 = random_ising(5, 1.3, True); m1["dataMoments"] = rng.uniform(-0.8, 0.8, 15).tolist()
cases.append({"name": "ising-5 random-scan", "model": m1, "kernel": "random-scan", "window": 50, "chains": 3, "epsilon": 1e-3})
cases.append({"name": "ising-5 metropolis", "model": m1, "kernel": "metropolis", "window": 50, "chains": 3, "epsilon": 1e-3})
cases.append({"name": "ising-5 symmetric-scan", "model": m1, "kernel": "symmetric-scan", "window": 20, "chains": 1, "epsilon": 1e-2})
m2 = random_ising(4, 0.8, False)
m2["type"] = "denoising"; m2["gamma"] = 0.4; m2["input"] = [1, -1, -1, 1]
m2["dataStates"] = [[1, -1, -1, 1], [1, 1, -1, 1], [-1, -1, -1, 1]]
cases.append({"name": "denoising-4 random-scan", "model": m2, "kernel": "random-scan", "window": 200, "chains": 2, "epsilon": 1e-3})
m3 = {"type": "rbm", "visible": 4, "hidden": 3,
      "weights": rng.uniform(-0.7, 0.7, (4, 3)).tolist(), "visibleFields": rng.uniform(-0.3, 0.3, 4).tolist(),
      "hiddenFields": rng.uniform(-0.3, 0.3, 3).tolist(), "beta": 1.0, "trainFields": True,
      "dataStates": [[1, 1, -1, 1], [1, -1, -1, 1], [-1, 1, 1, -1]]}
cases.append({"name": "rbm-4x3 block-rbm", "model": m3, "kernel": "block-rbm", "window": 100, "chains": 1, "epsilon": 1e-3})

for c in cases:
    c["expected"] = analyse(c["model"], c["kernel"], c["window"], c["chains"], c["epsilon"])

def clean(o):
    if isinstance(o, dict): return {k: clean(v) for k, v in o.items()}
    if isinstance(o, list): return [clean(v) for v in o]
    if isinstance(o, (np.floating,)): return float(o)
    if isinstance(o, (np.integer,)): return int(o)
    return o

out = {"producedBy": "make_reference.py", "python": platform.python_version(), "numpy": np.__version__,
       "scipy": scipy.__version__, "eigensolver": "scipy.linalg.eigh (LAPACK, as linked by scipy)",
       "cases": clean(cases)}
with open("reference.json", "w") as f:
    json.dump(out, f, indent=1)
print("wrote", len(cases), "cases")
