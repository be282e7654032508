package org.trainability.checks.evidence;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trainability.ledger.figure.Figures;
import org.trainability.ledger.gate.CheckResult;

/**
 * The evidence one check run leaves: its result, and what is needed to trust and reproduce it.
 *
 * @param result                the result the gate reads
 * @param description           what the check measures
 * @param parameters            the check's parameters
 * @param negativeControlDetail what the negative control found
 * @param negativeControlFigures the negative control's figures
 * @param durationMillis        wall time of both runs
 * @param commit                the project commit it ran on
 * @param statementFingerprint  SHA-256 of the statements of the entries it verified, so evidence
 *                              about a statement that has since changed is recognised as stale
 * @param recordedAt            when it ran
 */
public record EvidenceRecord(
        CheckResult result,
        String description,
        Map<String, Object> parameters,
        String negativeControlDetail,
        Figures negativeControlFigures,
        long durationMillis,
        String commit,
        String statementFingerprint,
        Instant recordedAt) {

    public EvidenceRecord {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(description, "description");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        Objects.requireNonNull(negativeControlDetail, "negativeControlDetail");
        Objects.requireNonNull(negativeControlFigures, "negativeControlFigures");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(statementFingerprint, "statementFingerprint");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
