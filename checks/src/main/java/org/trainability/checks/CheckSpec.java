package org.trainability.checks;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trainability.ledger.gate.CheckKind;

/**
 * What a check declares about itself before it runs.
 *
 * @param id              unique id, conventionally {@code ENTRY.what} ({@code A2.detailed-balance})
 * @param kind            property, numerical or at-scale
 * @param verifies        the ledger entries it is evidence for
 * @param seed            the seed of every random stream it uses (recorded with its evidence)
 * @param parameters      its parameters, JSON-shaped, recorded with its evidence
 * @param checksStatement true when it tests the very statement of what it verifies
 * @param description     one sentence: what it measures and what would make it fail
 */
public record CheckSpec(
        String id,
        CheckKind kind,
        List<String> verifies,
        long seed,
        Map<String, Object> parameters,
        boolean checksStatement,
        String description) {

    public CheckSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        verifies = List.copyOf(verifies);
        if (verifies.isEmpty()) {
            throw new IllegalArgumentException(id + " verifies no entry");
        }
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        Objects.requireNonNull(description, "description");
    }

    /** The seed as it is written in evidence. */
    public String seedText() {
        return "0x" + Long.toHexString(seed);
    }
}
