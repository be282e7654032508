/*
 * The bar for the Java sampler's throughput: a tight single-thread native loop of the same
 * algorithm as ScanKernel.RANDOM_SCAN on a SpinChain —
 *   random-scan heat-bath: pick i = nextInt(N); P(x_i = +1) = 1 / (1 + exp(-2 beta h_i));
 *   one uniform = nextDouble(); on a flip, h_j += -2 x_i(old) J_ij over the CSR row of i —
 * with the same generator algorithm (L64X128MixRandom: a 64-bit LCG plus xoroshiro128, mixed by
 * lea64), the same bounded-int rule (mask for powers of two, else modulo with rejection) and the
 * same double conversion, on the same three models as the JMH benchmark
 * (org.trainability.bench.SingleSiteUpdateBenchmark): dense N = 64 and N = 256 with couplings
 * uniform in [-1, 1]/sqrt(N), and a 64x64 periodic nearest-neighbour grid with J = 1, all at
 * beta = 0.4 and zero fields. (The couplings come from this file's own generator, so their values
 * differ from Java's; the cost per update depends only on N, the degree and the flip rate.)
 *
 * Dense models are run both ways the Java sampler could: through their full rows (a contiguous,
 * vectorisable pass — what SpinChain does for dense couplings) and through the CSR scatter (what
 * it does for sparse ones); the grid runs through CSR.
 *
 * Build and run (from the repository root):
 *   gcc -O3 -march=native -o engine/target/spin_update_native engine/src/test/c/spin_update_native.c -lm
 *   engine/target/spin_update_native [updates-per-model]
 * Prints one line per model: name, updates, seconds, updates per second, flip fraction.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct { uint64_t a, s, x0, x1; } lxm;

static inline uint64_t rotl(uint64_t v, int k) { return (v << k) | (v >> (64 - k)); }

static inline uint64_t lxm_next(lxm *g) {
    uint64_t z = g->s + g->x0;
    z = (z ^ (z >> 32)) * 0xdaba0b6eb09322e3ULL;
    z = (z ^ (z >> 32)) * 0xdaba0b6eb09322e3ULL;
    z ^= z >> 32;
    g->s = 0xd1342543de82ef95ULL * g->s + g->a;
    uint64_t q0 = g->x0, q1 = g->x1;
    q1 ^= q0;
    q0 = rotl(q0, 24);
    q0 = q0 ^ q1 ^ (q1 << 16);
    q1 = rotl(q1, 37);
    g->x0 = q0;
    g->x1 = q1;
    return z;
}

static inline double lxm_double(lxm *g) { return (double)(lxm_next(g) >> 11) * 0x1.0p-53; }

static inline int32_t lxm_int(lxm *g) { return (int32_t)(lxm_next(g) >> 32); }

static inline int lxm_bounded(lxm *g, int bound) {
    int32_t r = lxm_int(g);
    int32_t m = bound - 1;
    if ((bound & m) == 0) return r & m;
    for (int32_t u = (int32_t)((uint32_t)r >> 1); u + m - (r = u % bound) < 0; u = (int32_t)((uint32_t)lxm_int(g) >> 1)) {
    }
    return r;
}

static lxm seeded(uint64_t seed) {
    lxm g = {seed * 2 + 1, seed ^ 0x9e3779b97f4a7c15ULL, 0x243f6a8885a308d3ULL ^ seed, 0x13198a2e03707344ULL};
    for (int k = 0; k < 16; k++) lxm_next(&g);
    return g;
}

/* CSR rows; for dense graphs also the full rows (zeros included), as SparseCouplings keeps them. */
typedef struct { int n; int *start; int *nb; double *w; double *rows; } csr;

static csr dense_model(int n, lxm *g) {
    double *j = calloc((size_t)n * n, sizeof(double));
    csr c = {n, malloc((n + 1) * sizeof(int)), malloc((size_t)n * (n - 1) * sizeof(int)), malloc((size_t)n * (n - 1) * sizeof(double)), j};
    for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++) j[a * n + b] = j[b * n + a] = (2 * lxm_double(g) - 1) / sqrt((double)n);
    int k = 0;
    for (int a = 0; a < n; a++) {
        c.start[a] = k;
        for (int b = 0; b < n; b++)
            if (b != a) { c.nb[k] = b; c.w[k++] = j[a * n + b]; }
    }
    c.start[n] = k;
    return c;
}

static csr grid_model(int side) {
    int n = side * side;
    csr c = {n, malloc((n + 1) * sizeof(int)), malloc((size_t)4 * n * sizeof(int)), malloc((size_t)4 * n * sizeof(double)), NULL};
    int k = 0;
    for (int r = 0; r < side; r++)
        for (int q = 0; q < side; q++) {
            int i = r * side + q;
            int nbrs[4] = {((r + side - 1) % side) * side + q, r * side + (q + side - 1) % side,
                           r * side + (q + 1) % side, ((r + 1) % side) * side + q};
            /* CSR rows in increasing neighbour order, as SparseCouplings keeps them. */
            for (int x = 0; x < 4; x++)
                for (int y = x + 1; y < 4; y++)
                    if (nbrs[y] < nbrs[x]) { int t = nbrs[x]; nbrs[x] = nbrs[y]; nbrs[y] = t; }
            c.start[i] = k;
            for (int x = 0; x < 4; x++) { c.nb[k] = nbrs[x]; c.w[k++] = 1.0; }
        }
    c.start[n] = k;
    return c;
}

static void run(const char *name, csr c, int use_rows, double beta, long updates, lxm *g) {
    int n = c.n;
    int *x = malloc(n * sizeof(int));
    double *h = calloc(n, sizeof(double));
    for (int i = 0; i < n; i++) x[i] = (lxm_next(g) >> 63) ? 1 : -1;
    for (int i = 0; i < n; i++)
        for (int k = c.start[i]; k < c.start[i + 1]; k++) h[i] += c.w[k] * x[c.nb[k]];
    long flips = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long u = 0; u < updates; u++) {
        int i = lxm_bounded(g, n);
        double up = 1.0 / (1.0 + exp(-2.0 * beta * h[i]));
        int s = lxm_double(g) < up ? 1 : -1;
        if (s != x[i]) {
            int old = x[i];
            x[i] = -old;
            double d = -2.0 * old;
            if (use_rows) {
                const double *row = c.rows + (size_t)i * n;
                for (int j = 0; j < n; j++) h[j] += d * row[j];
            } else {
                for (int k = c.start[i], e = c.start[i + 1]; k < e; k++) h[c.nb[k]] += d * c.w[k];
            }
            flips++;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
    long check = 0;
    for (int i = 0; i < n; i++) check += x[i];
    printf("%-15s updates=%ld seconds=%.3f updatesPerSecond=%.4g flipFraction=%.3f (magnetisation %ld)\n", name,
           updates, secs, updates / secs, (double)flips / updates, check);
    free(x);
    free(h);
}

int main(int argc, char **argv) {
    long updates = argc > 1 ? atol(argv[1]) : 200000000L;
    lxm g = seeded(42);
    csr d64 = dense_model(64, &g);
    csr d256 = dense_model(256, &g);
    run("dense-64/rows", d64, 1, 0.4, updates, &g);
    run("dense-64/csr", d64, 0, 0.4, updates, &g);
    run("dense-256/rows", d256, 1, 0.4, updates, &g);
    run("dense-256/csr", d256, 0, 0.4, updates, &g);
    run("grid-64x64", grid_model(64), 0, 0.4, updates, &g);
    return 0;
}
