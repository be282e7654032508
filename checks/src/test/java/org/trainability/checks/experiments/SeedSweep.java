package org.trainability.checks.experiments;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.trainability.checks.EngineUnderTest;
import org.trainability.checks.Measurement;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.figure.Scalar;

/**
 * The script behind the seed counts quoted in {@link TemperingCut} and {@link TauGrowth}
 * (how often a correct engine passes, how often the control fails): runs one measurement over
 * chain seeds 1 … n and prints one line per seed. A command-line tool, not a test (surefire does
 * not pick it up):
 *
 * <pre>
 * ./ledger.sh --help &gt; /dev/null      # builds every module, test classes included
 * java -cp checks/target/test-classes:$(cat cli/target/runtime-classpath.txt) \
 *   org.trainability.checks.experiments.SeedSweep exp12 30      # or exp12-control, exp4, exp4-control
 * </pre>
 */
final class SeedSweep {

    private SeedSweep() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SeedSweep exp12|exp12-control|exp4|exp4-control SEEDS");
            System.exit(2);
        }
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var engine = EngineUnderTest.real();
        int seeds = Integer.parseInt(args[1]);
        for (long seed = 1; seed <= seeds; seed++) {
            Measurement m = switch (args[0]) {
                case "exp12" -> TemperingCut.Design.REAL.measure(engine, seed).present();
                case "exp12-control" -> TemperingCut.Design.CONTROL.measure(engine, seed).present();
                case "exp4" -> TauGrowth.Design.REAL.measure(engine, seed).present();
                case "exp4-control" -> TauGrowth.Design.CONTROL.measure(engine, seed).present();
                default -> throw new IllegalArgumentException("unknown measurement " + args[0]);
            };
            out.println("seed " + seed + " " + m.verdict() + " " + summary(args[0], m.figures()) + " | " + m.detail());
        }
    }

    private static String summary(String what, Figures f) {
        if (what.startsWith("exp4")) {
            return "slope " + f.number("growth-slope") + " verdict " + f.text("verdict");
        }
        double worstLaw = 0;
        for (var r : f.table("law-check").rows()) {
            if (((Scalar.Flag) r.get(7)).value()) {
                worstLaw = Math.max(worstLaw, Math.abs(r.get(6).asDouble()));
            }
        }
        return "ratio " + f.number("tau-max-ratio") + " lower " + f.number("tau-max-ratio-lower-bound") + " exact-z "
                + f.number("random-scan-exact-z") + " rs-slope " + f.number("random-scan-growth-slope") + " worst-law-z "
                + worstLaw;
    }
}
