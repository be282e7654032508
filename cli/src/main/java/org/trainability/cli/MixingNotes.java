package org.trainability.cli;

import java.util.ArrayList;
import java.util.List;
import org.trainability.engine.estimate.ChainDiagnostics;

/**
 * What the multi-chain diagnostics say against a set of chains, in words, by the thresholds of
 * docs/math.md §5 (R̂ ≤ 1.01, bulk ESS ≥ 400). The RESOLVED verdict printed beside them does not
 * yet include these two conditions; the notes say so.
 */
final class MixingNotes {

    static final double MAX_RHAT = 1.01;
    static final double MIN_BULK_ESS = 400;

    private MixingNotes() {
    }

    static List<String> of(ChainDiagnostics.Summary d) {
        var notes = new ArrayList<String>();
        if (!(d.rhat() <= MAX_RHAT)) {
            notes.add(String.format("R-hat = %.4g > %.2f (bulk %.4g, tail %.4g): the chains have not mixed with each"
                    + " other (not yet part of the RESOLVED verdict)", d.rhat(), MAX_RHAT, d.rhatBulk(), d.rhatTail()));
        }
        if (!(d.essBulk() >= MIN_BULK_ESS)) {
            notes.add(String.format("bulk ESS = %.4g < %.0f (not yet part of the RESOLVED verdict)", d.essBulk(),
                    MIN_BULK_ESS));
        }
        return notes;
    }
}
