package org.trainability.checks.obligations;

import java.util.function.DoubleUnaryOperator;

/**
 * Decides by finite differences whether a function of one parameter is continuously differentiable
 * at a point t*. With the centred second difference
 * {@code kink(h) = |f(t*+h) − 2f(t*) + f(t*−h)| / h} — the jump between the right and the left slope —
 * a C² function has {@code kink(h) ≈ |f''| h}, a corner has {@code kink(h) ≈ |Δf'|} (constant) and
 * a jump {@code kink(h) ≈ |Δf|/h}. So f is judged smooth at t* when
 * {@code kink(h_small) ≤ 0.1 · kink(h_large) + 1e-7}, with {@code h_large/h_small = 100}: smooth functions
 * shrink the kink a hundredfold, corners and jumps do not. The floor 1e-7 is far above the
 * rounding of kink(h_small) for h_small ≥ 1e-5 (values accurate to ~1e-13) and far below any
 * corner the checks must see. Stateless; thread-safe.
 */
final class FiniteDifferenceSmoothness {

    static final double FLOOR = 1e-7;

    /**
     * The verdict.
     *
     * @param kinkLarge kink(h_large)
     * @param kinkSmall kink(h_small)
     * @param smooth    whether f is judged C¹ at t*
     */
    record Verdict(double kinkLarge, double kinkSmall, boolean smooth) {
    }

    private FiniteDifferenceSmoothness() {
    }

    static Verdict at(DoubleUnaryOperator f, double t, double hLarge) {
        double hSmall = hLarge / 100;
        double centre = f.applyAsDouble(t);
        double large = kink(f, t, hLarge, centre);
        double small = kink(f, t, hSmall, centre);
        return new Verdict(large, small, small <= 0.1 * large + FLOOR);
    }

    private static double kink(DoubleUnaryOperator f, double t, double h, double centre) {
        return Math.abs(f.applyAsDouble(t + h) - 2 * centre + f.applyAsDouble(t - h)) / h;
    }
}
