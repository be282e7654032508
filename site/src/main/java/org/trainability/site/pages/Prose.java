package org.trainability.site.pages;

/**
 * The site's only hand-written text: prose about the project that no ledger field holds. Every
 * number, tag and verdict on the site comes from the ledger or the audit, never from here.
 *
 * <p>Constants only.
 */
final class Prose {

    private Prose() {
    }

    static final String INTRO = """
            This site shows, for each claim of the thermodynamic-trainability program, what stands behind it \
            right now. It is generated from the ledger (`ledger/`), the proof documents (`obligations/`) and the \
            last audit, which runs every check and lets a tag stand only where this build's evidence supports it. \
            Each entry carries three tags: the one the research page gives it, the one the ledger *claims*, and \
            the one the audit *supports*. Where a claim stands above its evidence it is marked in red.""";

    static final String VALIDATED = """
            `validated` belongs to the operational tier alone: the claim that stem:[Q_{op} \\approx Q^{\\perp}] \
            holds on a real DTM at the stem:[K] one runs. The gate grants it only when the claim's own at-scale \
            check passes on a RESOLVED estimate, and every hypothesis it is gated on — A6 \
            (stem:[K \\gg \\tau_{int}]) and A7 (overlapping-bulk relaxation) — is itself supported at `solid` or \
            above by RESOLVED at-scale evidence. An UNRESOLVED estimate (chain shorter than stem:[50\\,\\hat\\tau], \
            or stem:[\\hat\\tau] still growing with the run length) supports nothing; the research page's \
            re-freeze (exp4) found exactly that, stem:[\\tau_{max} \\propto L], and figures quoted from the \
            research page never support a tag on their own.""";

    static final String GRAPH = """
            Each box is an entry, filled by the tag the audit supports. A solid arrow goes from an entry to an \
            entry it *uses* (its support is capped by them); a dashed blue arrow goes from an experiment to an \
            entry its checks *verify*. A red dashed border and a line "≠ claimed …" mark a claim standing above \
            its evidence; a grey "claimed …" line marks evidence above the claim. Every box links to its page; \
            hover for the title.""";
}
