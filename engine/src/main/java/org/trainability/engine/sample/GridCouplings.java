package org.trainability.engine.sample;

import java.util.ArrayList;

/**
 * Coupling graphs on periodic {@code rows × cols} grids, site {@code r·cols + c}: the
 * nearest-neighbour grid (degree 4, bipartite when both sides are even, so the two-colour
 * checkerboard applies) and grids of any translation-invariant neighbourhood, such as the degree-12
 * neighbourhood used for DTM-sized benchmarks (a 60×60 grid of degree 12 has 3,600 sites).
 *
 * <p>Stateless; thread-safe.
 */
public final class GridCouplings {

    /** The four nearest neighbours, each undirected edge listed once by its forward offset. */
    public static final int[][] NEAREST = {{0, 1}, {1, 0}};

    /**
     * A degree-12 neighbourhood: nearest, diagonal and distance-2 axial neighbours (forward offsets;
     * each gives two neighbours).
     */
    public static final int[][] DEGREE_12 = {{0, 1}, {1, 0}, {1, 1}, {1, -1}, {0, 2}, {2, 0}};

    private GridCouplings() {
    }

    /**
     * A periodic grid whose every site is coupled with strength {@code j} to the sites at the given
     * forward offsets (and so, by symmetry, to those at the negated offsets).
     *
     * @param rows    at least 1
     * @param cols    at least 1
     * @param offsets forward offsets {dr, dc}; none may be (0,0) and the grid must be large enough
     *                that no two offsets reach the same site. Not modified.
     * @param j       the coupling on every edge
     * @throws IllegalArgumentException when the grid is too small for the offsets (an edge would
     *                                  repeat or close on itself)
     */
    public static SparseCouplings periodic(int rows, int cols, int[][] offsets, double j) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a grid needs at least one row and column, got " + rows + "×" + cols);
        }
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                for (int[] d : offsets) {
                    int rr = Math.floorMod(r + d[0], rows);
                    int cc = Math.floorMod(c + d[1], cols);
                    from.add(r * cols + c);
                    to.add(rr * cols + cc);
                }
            }
        }
        int e = from.size();
        var a = new int[e];
        var b = new int[e];
        var w = new double[e];
        for (int k = 0; k < e; k++) {
            a[k] = from.get(k);
            b[k] = to.get(k);
            w[k] = j;
        }
        try {
            return SparseCouplings.fromEdges(rows * cols, a, b, w);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " periodic grid is too small for its "
                    + "neighbourhood (" + ex.getMessage() + ")", ex);
        }
    }

    /** The nearest-neighbour periodic grid with coupling j. */
    public static SparseCouplings nearestNeighbour(int rows, int cols, double j) {
        return periodic(rows, cols, NEAREST, j);
    }
}
