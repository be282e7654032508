package org.trainability.engine.sample;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Block Gibbs on a restricted Boltzmann machine (docs/math.md §1, kernel {@code block-rbm}):
 * {@code E(v,h) = −vᵀWh − bᵀv − cᵀh}; one step draws {@code h ~ p(h|v)},
 * {@code P(h_j=+1|v) = 1/(1+e^{−2β(c_j+(Wᵀv)_j)})}, then {@code v ~ p(v|h)},
 * {@code P(v_i=+1|h) = 1/(1+e^{−2β(b_i+(Wh)_i)})} — the v-marginal chain, reversible on v. The
 * state is v and the observables are the Rao–Blackwellised ones (functions of v), in parameter
 * order: {@code −v_i tanh(β(c_j+(Wᵀv)_j))} row-major, then, with trained fields, {@code −v_i} and
 * {@code −tanh(β(c_j+(Wᵀv)_j))}.
 *
 * <p>It also samples the <em>positive phase</em> of such a model ({@link #samplePositivePhase}):
 * given data states v, h is drawn from p(h|v) and the plain observables {@code −v_i h_j},
 * {@code −v_i}, {@code −h_j} are averaged, so that F4's positive-phase MSE can be measured against
 * the exact, Rao–Blackwellised positive phase.
 *
 * <p>Immutable (arrays copied) and thread-safe.
 */
public final class RbmBlockSampler implements ChainSampler {

    private final int visible;
    private final int hidden;
    private final double[] weights;
    private final double[] visibleFields;
    private final double[] hiddenFields;
    private final double beta;
    private final boolean trainFields;

    /**
     * @param weights       W, n×m. Not modified.
     * @param visibleFields b, length n. Not modified.
     * @param hiddenFields  c, length m. Not modified.
     * @param beta          β ≥ 0
     * @param trainFields   whether b and c are parameters
     * @throws IllegalArgumentException for ragged or mis-sized arrays, non-finite numbers or a bad β
     */
    public RbmBlockSampler(double[][] weights, double[] visibleFields, double[] hiddenFields, double beta,
                           boolean trainFields) {
        this.visible = weights.length;
        if (visible == 0) {
            throw new IllegalArgumentException("an RBM needs at least one visible unit");
        }
        this.hidden = weights[0].length;
        if (hidden == 0) {
            throw new IllegalArgumentException("an RBM needs at least one hidden unit");
        }
        this.weights = new double[visible * hidden];
        for (int i = 0; i < visible; i++) {
            if (weights[i].length != hidden) {
                throw new IllegalArgumentException("weights row " + i + " has " + weights[i].length + " entries, expected " + hidden);
            }
            for (int j = 0; j < hidden; j++) {
                finite("weights[" + i + "][" + j + "]", weights[i][j]);
                this.weights[i * hidden + j] = weights[i][j];
            }
        }
        if (visibleFields.length != visible || hiddenFields.length != hidden) {
            throw new IllegalArgumentException("fields of lengths " + visibleFields.length + " and " + hiddenFields.length
                    + " for an RBM with " + visible + " visible and " + hidden + " hidden units");
        }
        for (int i = 0; i < visible; i++) {
            finite("visibleFields[" + i + "]", visibleFields[i]);
        }
        for (int j = 0; j < hidden; j++) {
            finite("hiddenFields[" + j + "]", hiddenFields[j]);
        }
        if (!(beta >= 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta is " + beta + "; it must be finite and >= 0");
        }
        this.visibleFields = visibleFields.clone();
        this.hiddenFields = hiddenFields.clone();
        this.beta = beta;
        this.trainFields = trainFields;
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " is " + v + "; it must be finite");
        }
    }

    @Override
    public int parameterCount() {
        return visible * hidden + (trainFields ? visible + hidden : 0);
    }

    @Override
    public int units() {
        return visible;
    }

    @Override
    public long updatesPerStep() {
        return (long) visible + hidden;
    }

    @Override
    public String kernel() {
        return "block-rbm";
    }

    /** {@code a_j = c_j + (Wᵀv)_j} for every hidden unit. */
    private void hiddenInputs(int[] v, double[] a) {
        System.arraycopy(hiddenFields, 0, a, 0, hidden);
        for (int i = 0; i < visible; i++) {
            int vi = v[i];
            int row = i * hidden;
            for (int j = 0; j < hidden; j++) {
                a[j] += weights[row + j] * vi;
            }
        }
    }

    private void drawHidden(double[] a, int[] h, RandomGenerator rng) {
        for (int j = 0; j < hidden; j++) {
            h[j] = rng.nextDouble() < 1.0 / (1.0 + Math.exp(-2.0 * beta * a[j])) ? 1 : -1;
        }
    }

    private void drawVisible(int[] h, int[] v, RandomGenerator rng) {
        for (int i = 0; i < visible; i++) {
            double s = visibleFields[i];
            int row = i * hidden;
            for (int j = 0; j < hidden; j++) {
                s += weights[row + j] * h[j];
            }
            v[i] = rng.nextDouble() < 1.0 / (1.0 + Math.exp(-2.0 * beta * s)) ? 1 : -1;
        }
    }

    /** The Rao–Blackwellised observables of v, given its hidden inputs a; t is scratch space. */
    private void raoBlackwellised(int[] v, double[] a, double[] t, double[] out) {
        for (int j = 0; j < hidden; j++) {
            t[j] = Math.tanh(beta * a[j]);
        }
        int k = 0;
        for (int i = 0; i < visible; i++) {
            for (int j = 0; j < hidden; j++) {
                out[k++] = -v[i] * t[j];
            }
        }
        if (trainFields) {
            for (int i = 0; i < visible; i++) {
                out[k++] = -v[i];
            }
            for (int j = 0; j < hidden; j++) {
                out[k++] = -t[j];
            }
        }
    }

    /**
     * The Rao–Blackwellised observables of a visible state (the exact positive phase of one data
     * state).
     *
     * @param v visible spins. Not modified.
     */
    public double[] observables(int[] v) {
        var a = new double[hidden];
        hiddenInputs(v, a);
        var out = new double[parameterCount()];
        raoBlackwellised(v, a, new double[hidden], out);
        return out;
    }

    @Override
    public ChainWindow run(int[] start, long burnIn, int window, boolean keepSeries, RandomGenerator rng) {
        Windows.check(burnIn, window);
        if (start.length != visible) {
            throw new IllegalArgumentException("a start state of " + start.length + " spins for an RBM with " + visible + " visible units");
        }
        var v = start.clone();
        var h = new int[hidden];
        var a = new double[hidden];
        hiddenInputs(v, a);
        for (long t = 0; t < burnIn; t++) {
            drawHidden(a, h, rng);
            drawVisible(h, v, rng);
            hiddenInputs(v, a);
        }
        var recorder = new StepRecorder(parameterCount(), window, keepSeries);
        var f = new double[parameterCount()];
        var scratch = new double[hidden];
        for (int t = 0; t < window; t++) {
            if (t > 0) {
                drawHidden(a, h, rng);
                drawVisible(h, v, rng);
                hiddenInputs(v, a);
            }
            raoBlackwellised(v, a, scratch, f);
            recorder.add(f);
        }
        return new ChainWindow(recorder.means(), Optional.ofNullable(recorder.series()),
                (burnIn + window - 1L) * updatesPerStep());
    }

    @Override
    public void trace(int[] start, long steps, RandomGenerator rng, StateVisitor visitor) {
        if (start.length != visible) {
            throw new IllegalArgumentException("a start state of " + start.length + " spins for an RBM with " + visible + " visible units");
        }
        var v = start.clone();
        var h = new int[hidden];
        var a = new double[hidden];
        for (long t = 0; t < steps; t++) {
            hiddenInputs(v, a);
            drawHidden(a, h, rng);
            drawVisible(h, v, rng);
            visitor.visit(v);
        }
    }

    /**
     * One sampled positive phase: for each of {@code draws} draws, data state
     * {@code d = draw mod D} is taken (so the data are cycled in order), h is drawn from p(h|v_d),
     * and {@code −v_i h_j}, {@code −v_i}, {@code −h_j} are averaged over the draws.
     *
     * @param data  the data states. Not modified.
     * @param draws how many (v, h) pairs; a multiple of D weighs every data state equally
     * @param rng   the stream
     * @return the sampled E_data[f_a] in parameter order
     */
    public double[] samplePositivePhase(java.util.List<int[]> data, int draws, RandomGenerator rng) {
        if (data.isEmpty() || draws < 1) {
            throw new IllegalArgumentException("the positive phase needs data states and at least one draw");
        }
        var sum = new double[parameterCount()];
        var a = new double[hidden];
        var h = new int[hidden];
        for (int d = 0; d < draws; d++) {
            int[] v = data.get(d % data.size());
            if (v.length != visible) {
                throw new IllegalArgumentException("a data state has " + v.length + " spins, the RBM " + visible + " visible units");
            }
            hiddenInputs(v, a);
            drawHidden(a, h, rng);
            int k = 0;
            for (int i = 0; i < visible; i++) {
                for (int j = 0; j < hidden; j++) {
                    sum[k++] -= v[i] * h[j];
                }
            }
            if (trainFields) {
                for (int i = 0; i < visible; i++) {
                    sum[k++] -= v[i];
                }
                for (int j = 0; j < hidden; j++) {
                    sum[k++] -= h[j];
                }
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= draws;
        }
        return sum;
    }
}
