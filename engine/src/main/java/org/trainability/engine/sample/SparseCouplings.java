package org.trainability.engine.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A symmetric coupling matrix J (zero diagonal) in compressed sparse rows: for site i its
 * neighbours are {@code neighbour[k]} with weight {@code weight[k]} for
 * {@code k ∈ [rowStart[i], rowStart[i+1])}, in increasing neighbour order. Every edge is stored in
 * both rows. Only non-zero couplings are kept, so a grid of degree 12 on 3,600 sites costs 43,200
 * entries rather than 13 million.
 *
 * <p>Construction refuses (IllegalArgumentException naming the entry) asymmetric or non-finite
 * couplings, self-couplings and out-of-range sites. Immutable; the arrays are never handed out, so
 * it is thread-safe.
 */
public final class SparseCouplings {

    /** Dense rows are kept too when at least this fraction of all pairs is coupled... */
    static final double DENSE_FRACTION = 0.25;
    /** ...and N is at most this (N² doubles: 32 MB). */
    static final int DENSE_MAX_SIZE = 2048;

    private final int size;
    final int[] rowStart;
    final int[] neighbour;
    final double[] weight;
    /**
     * For dense graphs, row i of J in full (zeros included), or null. A flip then updates the local
     * fields with one contiguous, vectorisable pass instead of an indexed scatter; adding the
     * zero entries leaves every local field as the sparse pass would (x + ±0 = x, up to the sign of a
     * zero field, which no draw can see), so the
     * numbers do not depend on which pass runs.
     */
    final double[][] rows;

    private SparseCouplings(int size, int[] rowStart, int[] neighbour, double[] weight) {
        this(size, rowStart, neighbour, weight, true);
    }

    private SparseCouplings(int size, int[] rowStart, int[] neighbour, double[] weight, boolean allowRows) {
        this.size = size;
        this.rowStart = rowStart;
        this.neighbour = neighbour;
        this.weight = weight;
        boolean dense = allowRows && size <= DENSE_MAX_SIZE
                && neighbour.length >= DENSE_FRACTION * size * (double) size;
        if (dense) {
            rows = new double[size][size];
            for (int i = 0; i < size; i++) {
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    rows[i][neighbour[k]] = weight[k];
                }
            }
        } else {
            rows = null;
        }
    }

    /** The same couplings without dense rows (for checking that both passes agree). */
    SparseCouplings withoutDenseRows() {
        return new SparseCouplings(size, rowStart, neighbour, weight, false);
    }

    /** Whether flips update local fields through dense rows (see {@link #DENSE_FRACTION}). */
    public boolean usesDenseRows() {
        return rows != null;
    }

    /**
     * The non-zero entries of a dense symmetric matrix.
     *
     * @param couplings J, N×N, symmetric with zero diagonal. Not modified.
     * @throws IllegalArgumentException if J is not square, not symmetric, has a non-zero diagonal
     *                                  or a non-finite entry
     */
    public static SparseCouplings fromDense(double[][] couplings) {
        int n = couplings.length;
        var starts = new int[n + 1];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            if (couplings[i].length != n) {
                throw new IllegalArgumentException("couplings row " + i + " has " + couplings[i].length
                        + " entries; J must be " + n + "×" + n);
            }
            for (int j = 0; j < n; j++) {
                double v = couplings[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("couplings[" + i + "][" + j + "] is " + v + "; J must be finite");
                }
                if (i == j && v != 0) {
                    throw new IllegalArgumentException("couplings[" + i + "][" + i + "] is " + v + "; the diagonal of J must be zero");
                }
                if (v != 0) {
                    nnz++;
                }
            }
            starts[i + 1] = nnz;
        }
        var nb = new int[nnz];
        var w = new double[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (couplings[i][j] != couplings[j][i]) {
                    throw new IllegalArgumentException("couplings[" + i + "][" + j + "] is " + couplings[i][j]
                            + " but couplings[" + j + "][" + i + "] is " + couplings[j][i] + "; J must be symmetric");
                }
                if (couplings[i][j] != 0) {
                    nb[k] = j;
                    w[k++] = couplings[i][j];
                }
            }
        }
        return new SparseCouplings(n, starts, nb, w);
    }

    /**
     * The couplings of an edge list: edge e joins {@code from[e]} and {@code to[e]} with weight
     * {@code weight[e]}. Each undirected edge is listed once; zero weights are dropped.
     *
     * @param size   N, the number of sites
     * @param from   one end of every edge. Not modified.
     * @param to     the other end. Not modified.
     * @param weight J on every edge. Not modified.
     * @throws IllegalArgumentException for unequal lengths, a site out of range, a self-loop, a
     *                                  repeated edge or a non-finite weight
     */
    public static SparseCouplings fromEdges(int size, int[] from, int[] to, double[] weight) {
        if (from.length != to.length || from.length != weight.length) {
            throw new IllegalArgumentException("edge lists differ in length: " + from.length + ", " + to.length
                    + ", " + weight.length);
        }
        var degree = new int[size];
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            if (a < 0 || a >= size || b < 0 || b >= size) {
                throw new IllegalArgumentException("edge " + e + " joins " + a + " and " + b + "; sites run 0…" + (size - 1));
            }
            if (a == b) {
                throw new IllegalArgumentException("edge " + e + " joins site " + a + " to itself; J has a zero diagonal");
            }
            if (!Double.isFinite(weight[e])) {
                throw new IllegalArgumentException("edge " + e + " has weight " + weight[e] + "; J must be finite");
            }
            if (weight[e] != 0) {
                degree[a]++;
                degree[b]++;
            }
        }
        var starts = new int[size + 1];
        for (int i = 0; i < size; i++) {
            starts[i + 1] = starts[i] + degree[i];
        }
        var fill = Arrays.copyOf(starts, size);
        var nb = new int[starts[size]];
        var w = new double[starts[size]];
        for (int e = 0; e < from.length; e++) {
            if (weight[e] == 0) {
                continue;
            }
            nb[fill[from[e]]] = to[e];
            w[fill[from[e]]++] = weight[e];
            nb[fill[to[e]]] = from[e];
            w[fill[to[e]]++] = weight[e];
        }
        for (int i = 0; i < size; i++) {
            sortRow(nb, w, starts[i], starts[i + 1]);
            for (int k = starts[i] + 1; k < starts[i + 1]; k++) {
                if (nb[k] == nb[k - 1]) {
                    throw new IllegalArgumentException("the edge between " + i + " and " + nb[k] + " is listed twice");
                }
            }
        }
        return new SparseCouplings(size, starts, nb, w);
    }

    private static void sortRow(int[] nb, double[] w, int from, int to) {
        for (int a = from + 1; a < to; a++) {
            int key = nb[a];
            double kw = w[a];
            int b = a - 1;
            while (b >= from && nb[b] > key) {
                nb[b + 1] = nb[b];
                w[b + 1] = w[b];
                b--;
            }
            nb[b + 1] = key;
            w[b + 1] = kw;
        }
    }

    /** N, the number of sites. */
    public int size() {
        return size;
    }

    /** The number of non-zero couplings of site i. */
    public int degree(int i) {
        return rowStart[i + 1] - rowStart[i];
    }

    /** The number of undirected edges (non-zero J_ij with i &lt; j). */
    public int edgeCount() {
        return neighbour.length / 2;
    }

    /** J_ij (zero when there is no edge). */
    public double coupling(int i, int j) {
        int k = Arrays.binarySearch(neighbour, rowStart[i], rowStart[i + 1], j);
        return k >= 0 ? weight[k] : 0;
    }

    /** The edges (i, j), i &lt; j, in lexicographic order, as pairs {@code {i, j}}. */
    public List<int[]> edges() {
        var out = new ArrayList<int[]>(edgeCount());
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (neighbour[k] > i) {
                    out.add(new int[] {i, neighbour[k]});
                }
            }
        }
        return out;
    }

    /** {@code Σ_j J_ij x_j}. @param x spins. Not modified. */
    public double couplingSum(int[] x, int i) {
        double s = 0;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            s += weight[k] * x[neighbour[k]];
        }
        return s;
    }

    /**
     * Whether no two sites of one colour are coupled, i.e. all sites of a colour can be resampled
     * at once.
     *
     * @param colour a colour per site. Not modified.
     */
    public boolean isProperColouring(int[] colour) {
        if (colour.length != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (colour[neighbour[k]] == colour[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A proper colouring found greedily in site order (each site takes the smallest colour none of
     * its earlier neighbours has). On a bipartite grid in row-major order this is the two-colour
     * checkerboard.
     */
    public int[] greedyColouring() {
        var colour = new int[size];
        Arrays.fill(colour, -1);
        var used = new boolean[size + 1];
        for (int i = 0; i < size; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int c = colour[neighbour[k]];
                if (c >= 0) {
                    used[c] = true;
                }
            }
            int c = 0;
            while (used[c]) {
                c++;
            }
            colour[i] = c;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int d = colour[neighbour[k]];
                if (d >= 0) {
                    used[d] = false;
                }
            }
        }
        return colour;
    }
}
