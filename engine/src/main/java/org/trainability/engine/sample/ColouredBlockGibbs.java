package org.trainability.engine.sample;

import java.util.random.RandomGenerator;

/**
 * Block Gibbs on a proper colouring: one step resamples every site of colour 0 given the rest, then
 * every site of colour 1, and so on. Sites of one colour are not coupled, so resampling them one
 * after another is the same in law as resampling them at once — the way hardware samplers update a
 * grid. On a bipartite grid the colouring is the two-colour checkerboard ({@link #checkerboard}).
 * The stationary law is π; like any fixed sweep order it is not reversible in general.
 *
 * <p>Construction refuses a colouring with two coupled sites of one colour. Immutable, thread-safe.
 */
public final class ColouredBlockGibbs implements SpinKernel {

    private final int[][] classes;
    private final String name;

    /**
     * @param couplings the coupling graph the colouring must respect
     * @param colour    a colour ≥ 0 per site. Not modified.
     * @param name      the kernel's name
     */
    public ColouredBlockGibbs(SparseCouplings couplings, int[] colour, String name) {
        if (!couplings.isProperColouring(colour)) {
            throw new IllegalArgumentException("the colouring puts two coupled sites in one colour class, so a class "
                    + "cannot be resampled as a block; use a proper colouring (e.g. the two-colour checkerboard "
                    + "of a grid with even sides)");
        }
        int colours = 0;
        for (int c : colour) {
            if (c < 0) {
                throw new IllegalArgumentException("colours must be >= 0, got " + c);
            }
            colours = Math.max(colours, c + 1);
        }
        var counts = new int[colours];
        for (int c : colour) {
            counts[c]++;
        }
        classes = new int[colours][];
        for (int c = 0; c < colours; c++) {
            classes[c] = new int[counts[c]];
        }
        var fill = new int[colours];
        for (int i = 0; i < colour.length; i++) {
            classes[colour[i]][fill[colour[i]]++] = i;
        }
        this.name = name;
    }

    /**
     * The two-colour checkerboard of a bipartite coupling graph.
     *
     * @throws IllegalArgumentException when the graph is not bipartite (no two colours suffice)
     */
    public static ColouredBlockGibbs checkerboard(SparseCouplings couplings) {
        var colour = couplings.greedyColouring();
        for (int c : colour) {
            if (c > 1) {
                throw new IllegalArgumentException("the coupling graph needs more than two colours, so it has no "
                        + "checkerboard; a grid needs nearest-neighbour couplings and even sides");
            }
        }
        return new ColouredBlockGibbs(couplings, colour, "checkerboard");
    }

    /** How many colour classes a step sweeps. */
    public int colours() {
        return classes.length;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public long updatesPerStep(int size) {
        return size;
    }

    @Override
    public void advance(SpinChain chain, RandomGenerator rng, long steps) {
        for (long s = 0; s < steps; s++) {
            chain.time++;
            for (int[] block : classes) {
                for (int i : block) {
                    chain.heatBath(i, rng);
                }
            }
        }
    }
}
