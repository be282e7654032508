package org.trainability.checks.evidence;

import java.util.List;
import org.trainability.ledger.audit.EvidenceDigest;
import org.trainability.ledger.model.Ledger;

/**
 * SHA-256 over the ids and statements of the entries a check verifies (sorted by id): changes
 * when any of those statements is edited.
 */
public final class StatementFingerprint {

    private StatementFingerprint() {
    }

    public static String of(Ledger ledger, List<String> ids) {
        var sb = new StringBuilder();
        ids.stream().sorted().distinct().forEach(id -> sb.append(id).append('\n')
                .append(ledger.find(id).map(e -> e.header().statement()).orElse("<no such entry>")).append("\n\0"));
        return EvidenceDigest.sha256(sb.toString());
    }
}
