package org.trainability.ledger.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change of a claimed tag. Changes made before this project kept audits (for
 * example those the research page reports) carry no audit reference.
 */
public record TagChange(LocalDate date, Tag from, Tag to, String reason, Optional<AuditReference> audit) {
    public TagChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(audit, "audit");
    }
}
