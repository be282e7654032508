package org.trainability.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trainability.ledger.gate.ProofFacts;

class ProofDocumentsTest {

    @Test
    void readsStepsLiteratureAndCompleteness() {
        var facts = ProofDocuments.parse("o.adoc", """
                = O1.c
                :proof-status: complete

                == Proof
                . The group acts.
                . The chain lumps.

                == Literature
                * Kemeny and Snell 1960
                """);
        assertThat(facts).isEqualTo(new ProofFacts("o.adoc", true, true, true, true));
    }

    @Test
    void stepsOutsideTheProofSectionDoNotCount() {
        var facts = ProofDocuments.parse("o.adoc", """
                = O2
                :proof-status: assembly

                == Statement
                . Not a step.

                == Proof
                Words but no steps.
                """);
        assertThat(facts).isEqualTo(new ProofFacts("o.adoc", true, false, false, false));
    }
}
