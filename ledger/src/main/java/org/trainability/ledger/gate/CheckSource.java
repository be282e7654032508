package org.trainability.ledger.gate;

import java.util.List;

/**
 * Where check results come from: running the checks of this build, or reading evidence kept from
 * an earlier run. The ledger knows only this interface; the checks module implements it.
 */
@FunctionalInterface
public interface CheckSource {

    /** The results; a source that runs checks runs them here. */
    List<CheckResult> results() throws Exception;

    /** No checks at all: the gate then supports nothing above {@code open}. */
    static CheckSource none() {
        return List::of;
    }
}
