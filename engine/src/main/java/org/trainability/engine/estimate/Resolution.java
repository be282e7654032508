package org.trainability.engine.estimate;

/**
 * Whether a τ̂ estimate may be relied on (docs/math.md §5). An UNRESOLVED estimate can never support a
 * status.
 */
public enum Resolution {
    /** L ≥ 50 τ̂ and τ̂ is not still growing with L. */
    RESOLVED,
    /** Too short, still growing, no window found, or no estimate at all. */
    UNRESOLVED;

    /** True for {@link #RESOLVED}. */
    public boolean isResolved() {
        return this == RESOLVED;
    }

    /** The worse of two verdicts (UNRESOLVED wins). */
    public static Resolution worst(Resolution a, Resolution b) {
        return a == UNRESOLVED || b == UNRESOLVED ? UNRESOLVED : RESOLVED;
    }
}
