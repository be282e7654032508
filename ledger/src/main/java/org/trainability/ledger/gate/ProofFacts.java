package org.trainability.ledger.gate;

/**
 * What the gate needs to know of an obligation's proof document.
 *
 * @param path            the document, relative to the repository root
 * @param exists          the file is there
 * @param namesSteps      it has a Proof section with at least one numbered step
 * @param namesLiterature it has a Literature section with at least one item
 * @param complete        it declares {@code :proof-status: complete} (the proof is written in full)
 */
public record ProofFacts(String path, boolean exists, boolean namesSteps, boolean namesLiterature,
        boolean complete) {

    public static ProofFacts missing(String path) {
        return new ProofFacts(path, false, false, false, false);
    }
}
