package org.trainability.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.trainability.ledger.audit.Audit;
import org.trainability.ledger.audit.AuditJson;
import org.trainability.ledger.audit.AuditReport;
import org.trainability.ledger.audit.AuditSnapshots;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.HeatMap;
import org.trainability.ledger.figure.Image;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.SpectrumPlot;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.Values;
import org.trainability.ledger.figure.XyPlot;
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
 * ({@link Audit}), so the supported tags in them are the gate's, not typed by hand. The figures are
 * the ledger's figure records, written by {@link AuditJson} through the checks' own codec.
 *
 * <p>The check results are test data shaped like the real checks'. Where a figure has a closed form
 * it is computed from it: the random-scan spectrum of N independent spins (eigenvalues 1 − k/N with
 * multiplicity C(N, k); the even pair observables live on k = 2), the AR(1) autocorrelation time
 * (1 + ρ)/(2(1 − ρ)), τ̂ ∝ L, and a ring drawn as a Gaussian profile of the distance from the
 * image's centre. The rest is generated from a fixed seed.
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
                Figures.builder().put("max-relative-residual", 2.2e-16)
                        .put("kernels", Table.withColumns("kernel", "reversible", "max residual")
                                .row("random-scan", true, 1.1e-16).row("metropolis", true, 2.2e-16)
                                .row("symmetric-scan", true, 1.7e-16).row("systematic-scan", false, 0.083).build())
                        .build()));
        out.add(check("A2.spectra", CheckKind.NUMERICAL, List.of("A2", "O4"), Verdict.PASS, "none", 0, false,
                "random-scan spectrum of 4 independent spins matches 1 - k/N with multiplicity C(N,k)",
                Figures.builder().put("independent-spins", independentSpins(4)).put("gap", 0.25)
                        .put("eigenvalues", 16L).build()));
        out.add(check("A7.bulk-share", CheckKind.NUMERICAL, List.of("A7"), Verdict.PASS, "0xa7", 0, false,
                "bulk share of T_O below η on every construction model",
                Figures.builder().put("largest-bulk-share", 0.012).put("eta", 0.05).build()));
        out.add(check("O1.decomposition", CheckKind.NUMERICAL, List.of("O1"), Verdict.PASS, "0x01", 0, false,
                "MSE = bias² + variance to 1e-12 on 12 models", Figures.builder().put("bias-squared", 1.2e-5)
                        .put("variance", 3.4e-3).put("largest-relative-gap", 4.1e-13).build()));
        out.add(check("O1.c.lumping", CheckKind.PROPERTY, List.of("O1.c", "O1"), Verdict.PASS, "0x01c", 1000, true,
                "projected and lumped Q_op agree on 1000 generated symmetric chains",
                Figures.builder().put("max-difference", 3.3e-16)
                        .put("reproduce", "./ledger.sh audit   # O1.c.lumping, seed 0x01c").build()));
        out.add(check("O1.c.lumped-spectrum", CheckKind.NUMERICAL, List.of("O1.c"), Verdict.PASS, "none", 0, false,
                "the lumped spectrum equals the even sector of P on the Ising ring",
                Figures.builder().put("max-eigenvalue-gap", 5e-15).build()));
        out.add(check("O4.tau-property", CheckKind.PROPERTY, List.of("O4"), Verdict.PASS, "0x7a0", 200, false,
                "spectral τ_int matches the AR(1) closed form", Figures.builder().put("ar1-tau", ar1Tau()).build()));
        out.add(check("O5.restriction", CheckKind.NUMERICAL, List.of("O5"), Verdict.FAIL, "0x05", 0, false,
                "bulk share of T_O is 0.31 > η = 0.05 on ising-ring-6 at β = 1.2",
                Figures.builder().put("bulk-share", 0.31).put("eta", 0.05).build()));
        out.add(check("F4.ratio", CheckKind.NUMERICAL, List.of("F4"), Verdict.PASS, "0xf4", 0, false,
                "positive-phase MSE is 4.1% of the negative phase's (median)",
                Figures.builder().put("median-ratio", 0.041).build()));
        out.add(check("T-cond.assembly", CheckKind.PROPERTY, List.of("T-cond"), Verdict.PASS, "0x7c", 300, false,
                "Q_op / Q⊥ → 1 as γ_eff → 0 on generated plateau families",
                Figures.builder().put("worst-ratio", 1.031).build()));
        out.add(exp1Grid());
        out.add(exp4());
        out.add(exp7());
        out.add(check("R1.tracking", CheckKind.NUMERICAL, List.of("R1"), Verdict.PASS, "0xe1", 0, false,
                "multi-mode tracks more cells than a single gap", Figures.builder()
                        .put("cells-tracked", new Values(new double[] {22, 46}))
                        .put("layer-input", ring(28, 9, 2)).build()));
        return out;
    }

    private static CheckResult check(String id, CheckKind kind, List<String> verifies, Verdict verdict, String seed,
            int cases, boolean statement, String detail, Figures figures) {
        var control = id.equals("R1.tracking") ? NegativeControl.NONE : NegativeControl.FAILED_AS_EXPECTED;
        return new CheckResult(id, kind, verifies, verdict, figures, seed, control, cases, statement, detail);
    }

    /** Random-scan Gibbs on N independent spins: λ = 1 − k/N, multiplicity C(N, k); f_ij = −x_i x_j has k = 2. */
    private static SpectrumPlot independentSpins(int n) {
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
        var marks = new boolean[marked.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = marked.get(i);
        }
        return new SpectrumPlot(PlotText.of("Spectrum of random-scan Gibbs, N = " + n + " independent spins",
                "Closed form: λ = 1 − k/N with multiplicity C(N, k)."), numbers(lambdas), marks, numbers(weights));
    }

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }

    private static XyPlot ar1Tau() {
        var exact = new ArrayList<Double>();
        var measured = new ArrayList<Double>();
        var random = new SplittableRandom(0x7a0);
        for (double rho = 0.1; rho < 0.995; rho += 0.08) {
            double tau = (1 + rho) / (2 * (1 - rho));
            exact.add(tau);
            measured.add(tau * (1 + 0.03 * random.nextGaussian()));
        }
        return new XyPlot(PlotText.of("Spectral τ_int against the AR(1) closed form",
                "Closed form τ_int = (1 + ρ)/(2(1 − ρ))."), XyPlot.Axis.log("τ_int (closed form)"),
                XyPlot.Axis.log("τ_int (spectral)"), XyPlot.Guide.IDENTITY,
                List.of(XyPlot.Series.points("AR(1), ρ = 0.1 … 0.98", exact, measured)));
    }

    private static CheckResult exp1Grid() {
        var random = new SplittableRandom(0xe1);
        var qop = new ArrayList<Double>();
        var qperp = new ArrayList<Double>();
        var single = new ArrayList<Double>();
        var grid = Table.withColumns("model", "beta", "K", "qOp", "qPerp", "ratio");
        int multiTracked = 0;
        int singleTracked = 0;
        for (int cell = 0; cell < 48; cell++) {
            double q = Math.pow(10, -1 + 4 * random.nextDouble());
            double p = q * (1 + (cell % 17 == 5 ? 0.6 : 0.05 * random.nextGaussian()));
            boolean odd = cell % 2 == 0;
            double s = odd ? q * Math.pow(10, 26 + 4 * random.nextDouble()) : q * (1 + 0.05 * random.nextGaussian());
            qop.add(q);
            qperp.add(p);
            single.add(cell == 4 || cell == 8 ? Double.POSITIVE_INFINITY : s);
            multiTracked += Math.abs(p / q - 1) <= 0.1 ? 1 : 0;
            singleTracked += !odd && Math.abs(s / q - 1) <= 0.1 ? 1 : 0;
            if (cell < 12) {
                grid.row("ising-ring-" + (4 + cell % 4), 0.4 + 0.2 * (cell / 4), 100 * (1 + cell % 3), q, p, p / q);
            }
        }
        var figures = Figures.builder()
                .put("cells-tracked-multi-mode", multiTracked + "/48")
                .put("cells-tracked-single-gap", singleTracked + "/48")
                .put("qperp-vs-qop", new XyPlot(PlotText.of("Predicted against exact Q_op, 48 cells",
                        "Within 10% of y = x counts as tracked."), XyPlot.Axis.log("Q_op (exact)"),
                        XyPlot.Axis.log("predicted"), XyPlot.Guide.IDENTITY,
                        List.of(XyPlot.Series.points("Q⊥ (multi-mode)", qop, qperp),
                                XyPlot.Series.points("Q_single (single gap)", qop, single))))
                .put("grid", grid.build())
                .build();
        return check("exp1.grid", CheckKind.NUMERICAL, List.of("exp1", "T-cond", "O5"), Verdict.PASS, "0xe1", 0, false,
                multiTracked + "/48 cells tracked by Q⊥, " + singleTracked + "/48 by a single gap", figures);
    }

    private static CheckResult exp4() {
        var lengths = List.of(1_000.0, 2_000.0, 4_000.0, 8_000.0, 16_000.0, 32_000.0);
        var tau = new ArrayList<Double>();
        var resolvable = new ArrayList<Double>();
        for (var l : lengths) {
            tau.add(0.165 * l);
            resolvable.add(l / 50);
        }
        var figures = Figures.builder()
                .put("tau-vs-L", new XyPlot(PlotText.of("τ̂ against run length",
                        "A run resolves τ̂ only below the line L/50."), XyPlot.Axis.log("run length L"),
                        XyPlot.Axis.log("τ̂"), XyPlot.Guide.NONE, List.of(XyPlot.Series.points("τ̂_max", lengths, tau),
                                XyPlot.Series.line("L/50", lengths, resolvable))))
                .put("tau-over-L", 0.165)
                .put("log-log-slope", 1.0)
                .put("resolved", false)
                .build();
        return check("exp4.tau-vs-L", CheckKind.AT_SCALE, List.of("exp4", "A6", "R5"), Verdict.UNRESOLVED, "0xe4", 0,
                false, "τ̂ grows in proportion to L (slope 1.0): UNRESOLVED", figures);
    }

    private static CheckResult exp7() {
        var gammas = new double[8];
        var betas = new double[8];
        var values = new double[8][8];
        int crossable = 0;
        for (int i = 0; i < 8; i++) {
            gammas[i] = 0.2 * i;
        }
        for (int j = 0; j < 8; j++) {
            betas[j] = 0.2 + 0.2 * j;
            for (int i = 0; i < 8; i++) {
                // min_a K/τ_int for K = 2000 on a layer whose slow mode's τ grows like e^{3β} and shrinks with Γ.
                values[j][i] = 2000 / (2 * Math.exp(3 * betas[j] - 2.2 * gammas[i]));
                crossable += values[j][i] >= 50 ? 1 : 0;
            }
        }
        var heat = new HeatMap(PlotText.of("min K/τ_int over the (Γ, β) grid",
                "A cell is crossable when min K/τ_int ≥ 50."), "Γ (forward coupling)", "β", gammas, betas, values,
                "min K/τ_int");
        var figures = Figures.builder().put("grid", heat).put("crossable-cells", crossable + "/64").build();
        return check("exp7.sweet-spot", CheckKind.NUMERICAL, List.of("exp7", "A6"), Verdict.PASS, "0xe7", 0, false,
                crossable + "/64 cells crossable", figures);
    }

    /**
     * A bright ring on black, {@code size} pixels square: grey level exp(−(r − radius)² / (2 width²))
     * at distance r from the centre.
     */
    static Image ring(int size, double radius, double width) {
        var pixels = new double[size * size];
        double centre = (size - 1) / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x - centre, y - centre);
                pixels[y * size + x] = Math.exp(-(r - radius) * (r - radius) / (2 * width * width));
            }
        }
        return new Image(PlotText.of("The layer's input", "A ring of radius " + (int) radius + " pixels."), size, size,
                pixels);
    }

    private static double[] numbers(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
