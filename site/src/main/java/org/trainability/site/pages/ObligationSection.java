package org.trainability.site.pages;

import java.nio.file.Files;
import java.util.List;
import org.trainability.ledger.gate.ProofFacts;
import org.trainability.ledger.model.Obligation;

/**
 * The obligation-specific part of an entry page: its parent and sub-obligations, the literature it
 * closes to, the gate's reading of its proof document, and the proof document itself, included into
 * the page (headings shifted down two levels). A missing document is said, not skipped.
 *
 * <p>Stateless.
 */
final class ObligationSection {

    private ObligationSection() {
    }

    static void write(AsciiDoc doc, SiteModel model, Obligation o, Links links) {
        doc.section(1, "The obligation");
        var children = model.children(o.id()).stream().map(Obligation::id).toList();
        doc.table("1,4", "obligation", List.of(), List.of(
                List.of("Refines", o.parent().map(links::entry).orElse("—")),
                List.of("Sub-obligations", links.entries(children)),
                List.of("Closes to", o.closesTo().isEmpty() ? "—" : String.join("; ", o.closesTo())),
                List.of("Proof document", AsciiDoc.code(o.proof()))));
        doc.section(1, "Proof document");
        var facts = model.proofs().getOrDefault(o.proof(), ProofFacts.missing(o.proof()));
        var file = model.root().resolve(o.proof()).normalize();
        if (!facts.exists() || !Files.isRegularFile(file) || !file.startsWith(model.root())) {
            doc.admonition("WARNING", "proof-missing", "The proof document " + AsciiDoc.code(o.proof())
                    + " does not exist, so the gate holds this obligation below `solid` until it does.");
            return;
        }
        doc.paragraph("The gate reads it as: " + fact(facts.namesSteps(), "a Proof section with numbered steps")
                + " · " + fact(facts.namesLiterature(), "a Literature section naming what it closes to") + " · "
                + fact(facts.complete(), "marked complete (`:proof-status: complete`)") + ".");
        // Sections cannot sit inside a delimited block, so the document is included as sections of its own.
        doc.line("include::" + o.proof() + "[leveloffset=+2]");
        doc.blank();
    }

    private static String fact(boolean holds, String what) {
        return holds ? AsciiDoc.label("fact-yes", "✓") + " " + what : AsciiDoc.label("fact-no", "✗") + " no " + what;
    }
}
