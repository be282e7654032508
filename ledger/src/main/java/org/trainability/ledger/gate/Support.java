package org.trainability.ledger.gate;

import java.util.List;
import java.util.Objects;
import org.trainability.ledger.model.Tag;

/**
 * The gate's verdict on one entry: the tag the evidence supports, the checks it saw, and — when
 * the claim stands above the support — what is missing and the chain of {@code uses} that caused it.
 *
 * @param entryId    the entry
 * @param claimed    the tag the ledger claims
 * @param supported  the highest tag the evidence supports (derived, never set by hand)
 * @param checks     the check results that verify this entry
 * @param shortfalls unmet requirements of the claimed tag (empty when the claim is supported)
 * @param chain      when the claim fails because of what it uses: this entry, then each used entry
 *                   down to the one whose own evidence is missing (A2 ← O4 ← T-cond reads
 *                   {@code [T-cond, O4, A2]}); empty otherwise
 * @param rootCause  that last entry's own shortfalls, empty when {@code chain} is
 */
public record Support(
        String entryId,
        Tag claimed,
        Tag supported,
        List<CheckResult> checks,
        List<Shortfall> shortfalls,
        List<String> chain,
        List<Shortfall> rootCause) {

    public Support {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(supported, "supported");
        checks = List.copyOf(checks);
        shortfalls = List.copyOf(shortfalls);
        chain = List.copyOf(chain);
        rootCause = List.copyOf(rootCause);
    }

    /** True when the claimed tag stands higher than the evidence allows. */
    public boolean isViolation() {
        return !isClaimSupported(claimed, supported);
    }

    static boolean isClaimSupported(Tag claimed, Tag supported) {
        if (claimed.isTerminal()) {
            return claimed == supported;
        }
        return supported.isAtLeast(claimed);
    }

    /** The violation as lines of text, starting with the entry and its two tags. */
    public List<String> explain() {
        if (!isViolation()) {
            return List.of();
        }
        var lines = new java.util.ArrayList<String>();
        lines.add(entryId + ": claimed " + claimed + ", supported only " + supported);
        for (var s : shortfalls) {
            lines.add("  - " + s.what());
        }
        if (chain.size() > 1) {
            var upwards = new java.util.ArrayList<>(chain);
            java.util.Collections.reverse(upwards);
            lines.add("  chain: " + String.join(" -> ", upwards) + " (lost support propagates along uses)");
            for (var s : rootCause) {
                lines.add("  root cause in " + chain.get(chain.size() - 1) + ": " + s.what());
            }
        }
        return List.copyOf(lines);
    }
}
