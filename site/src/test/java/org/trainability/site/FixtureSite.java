package org.trainability.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.trainability.ledger.audit.Audit;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.audit.AuditReport;
import org.trainability.ledger.audit.AuditSnapshots;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.gate.CheckKind;
import org.trainability.ledger.gate.CheckResult;
import org.trainability.ledger.gate.NegativeControl;
import org.trainability.ledger.gate.Verdict;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.EntryHeader;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Tag;

/**
 * The site's test fixture: a copy of {@code src/test/resources/fixture} (a small ledger with proof
 * documents) plus an audit and two recorded snapshots built here by the ledger's real gate
 * ({@link Audit}), so the supported tags in them are the gate's, not typed by hand.
 *
 * <p>The check results are test data shaped like the real checks'. Where a figure has a closed form
 * it is computed from it: the random-scan spectrum of N independent spins (eigenvalues 1 − k/N with
 * multiplicity C(N, k); the even pair observables live on k = 2), the AR(1) autocorrelation time
 * (1 + ρ)/(2(1 − ρ)), and τ̂ ∝ L. The rest is generated from a fixed seed.
 */
final class FixtureSite {

    static final String COMMIT = "fixture-commit-1";
    static final Instant STARTED = Instant.parse("2026-11-26T10:00:00Z");

    private FixtureSite() {
    }

    /** Copies the fixture's files into {@code root}, removing whatever an earlier run left there. */
    static Path copyFixture(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var old = Files.walk(root)) {
                for (var p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path source;
        try {
            source = Path.of(FixtureSite.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (var files = Files.walk(source)) {
            for (var p : files.toList()) {
                var target = root.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
    }

    /** The fixture root with its audit at {@code audit} and its snapshots under evidence/audits/. */
    static void writeEvidence(Path root, Path audit) throws Exception {
        var ledger = new LedgerLoader().load(root);
        AuditJson.write(report(root, ledger, results(), COMMIT, STARTED), audit);
        // Snapshot 2 is the latest: before it, O1.c was claimed solid, O5.restriction passed and
        // exp4's check did not exist.
        var before = results().stream().filter(r -> !r.id().equals("exp4.tau-vs-L"))
                .map(r -> r.id().equals("O5.restriction") ? withVerdict(r, Verdict.PASS) : r).toList();
        var earlier = ledger.with(ledger.get("O1.c").withHeader(claimed(ledger.get("O1.c").header(), Tag.SOLID)));
        var snapshots = root.resolve("evidence/audits");
        AuditSnapshots.record(snapshots, report(root, earlier, before.subList(0, 3), "fixture-commit-00",
                STARTED.minusSeconds(172_800)), STARTED.minusSeconds(172_740));
        AuditSnapshots.record(snapshots, report(root, earlier, before, "fixture-commit-0", STARTED.minusSeconds(86_400)),
                STARTED.minusSeconds(86_340));
    }

    private static AuditReport report(Path root, Ledger ledger, List<CheckResult> results, String commit,
            Instant started) throws IOException {
        return Audit.of(ledger, results, ProofDocuments.read(root, ledger), commit, started, Duration.ofMillis(4_210));
    }

    private static EntryHeader claimed(EntryHeader h, Tag tag) {
        var history = h.history().subList(0, h.history().size() - 1);
        return new EntryHeader(h.id(), h.title(), h.statement(), h.reported(), tag, h.uses(), h.assumes(), h.gatedOn(),
                history, h.notes(), h.supersededBy(), h.withdrawnBecause(), h.belowReportedBecause());
    }

    private static CheckResult withVerdict(CheckResult r, Verdict v) {
        return new CheckResult(r.id(), r.kind(), r.verifies(), v, r.figures(), r.seed(), r.negativeControl(), r.cases(),
                r.checksStatement(), "passed in this earlier run");
    }

    /** The fixture's check results. */
    static List<CheckResult> results() {
        var out = new ArrayList<CheckResult>();
        out.add(check("A2.detailed-balance", CheckKind.PROPERTY, List.of("A2"), Verdict.PASS, "0x5eed", 500, false,
                "detailed balance holds to rounding on every reversible kernel; systematic-scan rejected",
                Map.of("max-relative-residual", 2.2e-16,
                        "kernels", table(List.of("kernel", "reversible", "max residual"), List.of(
                                List.of("random-scan", true, 1.1e-16), List.of("metropolis", true, 2.2e-16),
                                List.of("symmetric-scan", true, 1.7e-16), List.of("systematic-scan", false, 0.083))))));
        out.add(check("A2.spectra", CheckKind.NUMERICAL, List.of("A2", "O4"), Verdict.PASS, "none", 0, false,
                "random-scan spectrum of 4 independent spins matches 1 - k/N with multiplicity C(N,k)",
                Map.of("independent-spins", independentSpins(4), "gap", 0.25, "eigenvalues", 16)));
        out.add(check("A7.bulk-share", CheckKind.NUMERICAL, List.of("A7"), Verdict.PASS, "0xa7", 0, false,
                "bulk share of T_O below η on every construction model", Map.of("largest-bulk-share", 0.012, "eta", 0.05)));
        out.add(check("O1.decomposition", CheckKind.NUMERICAL, List.of("O1"), Verdict.PASS, "0x01", 0, false,
                "MSE = bias² + variance to 1e-12 on 12 models",
                Map.of("bias-squared", 1.2e-5, "variance", 3.4e-3, "largest-relative-gap", 4.1e-13)));
        out.add(check("O1.c.lumping", CheckKind.PROPERTY, List.of("O1.c", "O1"), Verdict.PASS, "0x01c", 1000, true,
                "projected and lumped Q_op agree on 1000 generated symmetric chains",
                Map.of("max-difference", 3.3e-16, "reproduce", "./ledger.sh audit   # O1.c.lumping, seed 0x01c")));
        out.add(check("O1.c.lumped-spectrum", CheckKind.NUMERICAL, List.of("O1.c"), Verdict.PASS, "none", 0, false,
                "the lumped spectrum equals the even sector of P on the Ising ring", Map.of("max-eigenvalue-gap", 5e-15)));
        out.add(check("O4.tau-property", CheckKind.PROPERTY, List.of("O4"), Verdict.PASS, "0x7a0", 200, false,
                "spectral τ_int matches the AR(1) closed form", Map.of("ar1-tau", ar1Tau())));
        out.add(check("O5.restriction", CheckKind.NUMERICAL, List.of("O5"), Verdict.FAIL, "0x05", 0, false,
                "bulk share of T_O is 0.31 > η = 0.05 on ising-ring-6 at β = 1.2",
                Map.of("bulk-share", 0.31, "eta", 0.05)));
        out.add(check("F4.ratio", CheckKind.NUMERICAL, List.of("F4"), Verdict.PASS, "0xf4", 0, false,
                "positive-phase MSE is 4.1% of the negative phase's (median)", Map.of("median-ratio", 0.041)));
        out.add(check("T-cond.assembly", CheckKind.PROPERTY, List.of("T-cond"), Verdict.PASS, "0x7c", 300, false,
                "Q_op / Q⊥ → 1 as γ_eff → 0 on generated plateau families", Map.of("worst-ratio", 1.031)));
        out.add(exp1Grid());
        out.add(exp4());
        out.add(exp7());
        var brokenPlot = new LinkedHashMap<String, Object>();
        brokenPlot.put("plot", "xy");
        brokenPlot.put("series", List.of());
        out.add(check("R1.tracking", CheckKind.NUMERICAL, List.of("R1"), Verdict.PASS, "0xe1", 0, false,
                "multi-mode tracks more cells than a single gap", Map.of("broken-plot", brokenPlot,
                        "cells", Map.of("single", 22, "multi", 46))));
        return out;
    }

    private static CheckResult check(String id, CheckKind kind, List<String> verifies, Verdict verdict, String seed,
            int cases, boolean statement, String detail, Map<String, Object> figures) {
        var control = id.equals("R1.tracking") ? NegativeControl.NONE : NegativeControl.FAILED_AS_EXPECTED;
        return new CheckResult(id, kind, verifies, verdict, figures, seed, control, cases, statement, detail);
    }

    private static Map<String, Object> table(List<String> columns, List<List<Object>> rows) {
        return Map.of("table", Map.of("columns", columns, "rows", rows));
    }

    /** Random-scan Gibbs on N independent spins: λ = 1 − k/N, multiplicity C(N, k); f_ij = −x_i x_j has k = 2. */
    private static Map<String, Object> independentSpins(int n) {
        var lambdas = new ArrayList<Double>();
        var marked = new ArrayList<Boolean>();
        var weights = new ArrayList<Double>();
        for (int k = 0; k <= n; k++) {
            long multiplicity = binomial(n, k);
            for (long m = 0; m < multiplicity; m++) {
                lambdas.add(1.0 - (double) k / n);
                marked.add(k == 2);
                // Each pair observable is one k = 2 character, of unit variance; odd sectors carry nothing.
                weights.add(k == 2 ? 1.0 : 0.0);
            }
        }
        var plot = new LinkedHashMap<String, Object>();
        plot.put("plot", "spectrum");
        plot.put("title", "Spectrum of random-scan Gibbs, N = " + n + " independent spins");
        plot.put("caption", "Closed form: λ = 1 − k/N with multiplicity C(N, k).");
        plot.put("lambdas", lambdas);
        plot.put("marked", marked);
        plot.put("weights", weights);
        return plot;
    }

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    private static Map<String, Object> ar1Tau() {
        var exact = new ArrayList<Double>();
        var measured = new ArrayList<Double>();
        var random = new SplittableRandom(0x7a0);
        for (double rho = 0.1; rho < 0.995; rho += 0.08) {
            double tau = (1 + rho) / (2 * (1 - rho));
            exact.add(tau);
            measured.add(tau * (1 + 0.03 * random.nextGaussian()));
        }
        return xy("Spectral τ_int against the AR(1) closed form", "Closed form τ_int = (1 + ρ)/(2(1 − ρ)).",
                "τ_int (closed form)", "τ_int (spectral)", true, true, true, List.of(series("AR(1), ρ = 0.1 … 0.98", exact, measured, "points")));
    }

    private static CheckResult exp1Grid() {
        var random = new SplittableRandom(0xe1);
        var qop = new ArrayList<Object>();
        var qperp = new ArrayList<Object>();
        var single = new ArrayList<Object>();
        var rows = new ArrayList<List<Object>>();
        int multiTracked = 0;
        int singleTracked = 0;
        for (int cell = 0; cell < 48; cell++) {
            double q = Math.pow(10, -1 + 4 * random.nextDouble());
            double p = q * (1 + (cell % 17 == 5 ? 0.6 : 0.05 * random.nextGaussian()));
            boolean odd = cell % 2 == 0;
            double s = odd ? q * Math.pow(10, 26 + 4 * random.nextDouble()) : q * (1 + 0.05 * random.nextGaussian());
            qop.add(q);
            qperp.add(p);
            single.add(cell == 4 || cell == 8 ? "Infinity" : s);
            multiTracked += Math.abs(p / q - 1) <= 0.1 ? 1 : 0;
            singleTracked += !odd && Math.abs(s / q - 1) <= 0.1 ? 1 : 0;
            if (cell < 12) {
                rows.add(List.of("ising-ring-" + (4 + cell % 4), 0.4 + 0.2 * (cell / 4), 100 * (1 + cell % 3), q, p,
                        p / q));
            }
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("cells-tracked-multi-mode", multiTracked + "/48");
        figures.put("cells-tracked-single-gap", singleTracked + "/48");
        figures.put("qperp-vs-qop", xy("Predicted against exact Q_op, 48 cells",
                "Within 10% of y = x counts as tracked.", "Q_op (exact)", "predicted", true, true, true,
                List.of(series("Q⊥ (multi-mode)", qop, qperp, "points"),
                        series("Q_single (single gap)", qop, single, "points"))));
        figures.put("grid", table(List.of("model", "beta", "K", "qOp", "qPerp", "ratio"), rows));
        return check("exp1.grid", CheckKind.NUMERICAL, List.of("exp1", "T-cond", "O5"), Verdict.PASS, "0xe1", 0, false,
                multiTracked + "/48 cells tracked by Q⊥, " + singleTracked + "/48 by a single gap", figures);
    }

    private static CheckResult exp4() {
        var lengths = List.of(1_000.0, 2_000.0, 4_000.0, 8_000.0, 16_000.0, 32_000.0);
        var tau = new ArrayList<Object>();
        var resolvable = new ArrayList<Object>();
        for (var l : lengths) {
            tau.add(0.165 * l);
            resolvable.add(l / 50);
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("tau-vs-L", xy("τ̂ against run length", "A run resolves τ̂ only below the line L/50.",
                "run length L", "τ̂", true, true, false, List.of(series("τ̂_max", new ArrayList<>(lengths), tau, "points"),
                        series("L/50", new ArrayList<>(lengths), resolvable, "line"))));
        figures.put("tau-over-L", 0.165);
        figures.put("log-log-slope", 1.0);
        figures.put("resolved", false);
        return check("exp4.tau-vs-L", CheckKind.AT_SCALE, List.of("exp4", "A6", "R5"), Verdict.UNRESOLVED, "0xe4", 0,
                false, "τ̂ grows in proportion to L (slope 1.0): UNRESOLVED", figures);
    }

    private static CheckResult exp7() {
        var gammas = new ArrayList<Object>();
        var betas = new ArrayList<Object>();
        var values = new ArrayList<List<Object>>();
        int crossable = 0;
        for (int i = 0; i < 8; i++) {
            gammas.add(0.2 * i);
        }
        for (int j = 0; j < 8; j++) {
            double beta = 0.2 + 0.2 * j;
            betas.add(beta);
            var row = new ArrayList<Object>();
            for (int i = 0; i < 8; i++) {
                double gamma = 0.2 * i;
                // min_a K/τ_int for K = 2000 on a layer whose slow mode's τ grows like e^{3β} and shrinks with Γ.
                double ratio = 2000 / (2 * Math.exp(3 * beta - 2.2 * gamma));
                row.add(ratio);
                crossable += ratio >= 50 ? 1 : 0;
            }
            values.add(row);
        }
        var heat = new LinkedHashMap<String, Object>();
        heat.put("plot", "heatmap");
        heat.put("title", "min K/τ_int over the (Γ, β) grid");
        heat.put("caption", "A cell is crossable when min K/τ_int ≥ 50.");
        heat.put("xLabel", "Γ (forward coupling)");
        heat.put("yLabel", "β");
        heat.put("xValues", gammas);
        heat.put("yValues", betas);
        heat.put("values", values);
        heat.put("valueLabel", "min K/τ_int");
        var figures = new LinkedHashMap<String, Object>();
        figures.put("grid", heat);
        figures.put("crossable-cells", crossable + "/64");
        return check("exp7.sweet-spot", CheckKind.NUMERICAL, List.of("exp7", "A6"), Verdict.PASS, "0xe7", 0, false,
                crossable + "/64 cells crossable", figures);
    }

    private static Map<String, Object> series(String name, List<?> x, List<?> y, String style) {
        return Map.of("name", name, "x", x, "y", y, "style", style);
    }

    private static Map<String, Object> xy(String title, String caption, String xLabel, String yLabel, boolean logX,
            boolean logY, boolean identity, List<Map<String, Object>> series) {
        var plot = new LinkedHashMap<String, Object>();
        plot.put("plot", "xy");
        plot.put("title", title);
        plot.put("caption", caption);
        plot.put("xLabel", xLabel);
        plot.put("yLabel", yLabel);
        plot.put("logX", logX);
        plot.put("logY", logY);
        plot.put("identity", identity);
        plot.put("series", series);
        return plot;
    }
}
