package org.trainability.engine.sample;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A {@link SpinLaw} under a single-site or coloured-block {@link SpinKernel}: the sampler of the
 * Ising, fully visible Boltzmann machine and denoising-layer models. The window's observable sums
 * are kept lazily per flip ({@link WindowRecorder}) and, when asked, the flips are logged so the
 * series can be rebuilt ({@link FlipLog}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SpinChainSampler implements ChainSampler {

    private final SpinLaw law;
    private final SpinKernel kernel;

    /**
     * @param law    the law and its observables
     * @param kernel the kernel
     */
    public SpinChainSampler(SpinLaw law, SpinKernel kernel) {
        this.law = law;
        this.kernel = kernel;
    }

    /** The law sampled. */
    public SpinLaw law() {
        return law;
    }

    @Override
    public int parameterCount() {
        return law.parameterCount();
    }

    @Override
    public int units() {
        return law.size();
    }

    @Override
    public long updatesPerStep() {
        return kernel.updatesPerStep(law.size());
    }

    @Override
    public String kernel() {
        return kernel.label();
    }

    @Override
    public ChainWindow run(int[] start, long burnIn, int window, boolean keepSeries, RandomGenerator rng) {
        Windows.check(burnIn, window);
        var chain = new SpinChain(law, start);
        kernel.advance(chain, rng, burnIn);
        var recorder = new WindowRecorder(chain, keepSeries);
        chain.recorder = recorder;
        kernel.advance(chain, rng, window - 1L);
        long end = chain.time + 1;
        var means = recorder.means(end);
        var log = recorder.log(end);
        chain.recorder = null;
        return new ChainWindow(means, Optional.ofNullable(log), (burnIn + window - 1L) * updatesPerStep());
    }

    @Override
    public void trace(int[] start, long steps, RandomGenerator rng, StateVisitor visitor) {
        var chain = new SpinChain(law, start);
        for (long t = 0; t < steps; t++) {
            kernel.advance(chain, rng, 1);
            visitor.visit(chain.x);
        }
    }
}
