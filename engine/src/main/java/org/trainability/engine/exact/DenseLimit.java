package org.trainability.engine.exact;

import org.trainability.engine.RefusedInputException;
import org.trainability.engine.model.Model;
import org.trainability.engine.model.RbmModel;

/**
 * The dense limit of docs/math.md §6: exact enumeration and dense diagonalisation up to 2^12 = 4096
 * states. Beyond it the engine refuses with a message naming the two ways forward: the matrix-free
 * path (S·v in O(2^N·N), Lanczos and conjugate gradients, docs/math.md §6) and the sampler.
 * Stateless; thread-safe.
 */
public final class DenseLimit {

    /** The most units whose states the dense path enumerates. */
    public static final int MAX_UNITS = 12;
    /** The most states: 2^12. */
    public static final int MAX_STATES = 1 << MAX_UNITS;

    private DenseLimit() {
    }

    /**
     * The number of states of the model's enumerated units, if within the limit.
     *
     * @throws RefusedInputException beyond the limit, saying what to use instead
     */
    public static int stateCount(Model model) {
        int units = model.enumeratedUnits();
        if (units > MAX_UNITS) {
            String what = model instanceof RbmModel ? units + " visible units" : "N = " + units + " spins";
            throw new RefusedInputException(what + " give 2^" + units + " states, beyond the dense limit of "
                    + MAX_STATES + " states (N <= " + MAX_UNITS + "). The dense diagonalizer cannot run this model;"
                    + " run it with the sampler (./ledger.sh sample), which gives τ̂, ESS and RESOLVED verdicts at"
                    + " any size. Exact answers beyond this need the matrix-free path of docs/math.md §6 (S·v products,"
                    + " Lanczos, conjugate gradients on the Poisson equation), which this version does not have.");
        }
        return 1 << units;
    }
}
