package org.trainability.site;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.trainability.ledger.audit.ProofDocuments;
import org.trainability.ledger.gate.ProofFacts;
import org.trainability.ledger.load.LedgerInputException;
import org.trainability.ledger.load.LedgerLoader;
import org.trainability.ledger.model.Obligation;
import org.trainability.site.evidence.AuditEvidence;
import org.trainability.site.evidence.EvidenceInputException;
import org.trainability.site.evidence.SnapshotArchive;
import org.trainability.site.evidence.ValidationOutlook;
import org.trainability.site.pages.Page;
import org.trainability.site.pages.SiteModel;
import org.trainability.site.pages.SitePages;
import org.trainability.site.render.HtmlRenderer;
import org.trainability.site.render.PageRenderException;
import org.trainability.site.render.SiteAssets;
import org.trainability.site.render.SiteDirectory;

/**
 * Generates the evidence site: reads the ledger, the audit JSON and the recorded snapshots, builds
 * every page as AsciiDoc, converts them with one AsciidoctorJ instance, copies the offline assets,
 * and puts the site in place at once ({@link SiteDirectory}).
 *
 * <pre>
 * java org.trainability.site.SiteGenerator [--root DIR] [--audit FILE] [--out DIR]
 * </pre>
 *
 * <p>Defaults: the root is the {@code ledger.root} system property, else the current directory; the
 * audit is {@code ROOT/cli/target/audit/audit.json} (what {@code mvn verify} writes); the output
 * is {@code ROOT/site/target/site}. Exit status 0 on success, 2 on bad input (a missing audit, a
 * malformed ledger or evidence file, a figure the site cannot draw, a page that would load from the
 * network, an unknown option) with one message and no stack trace; the previous site is then left as
 * it was.
 *
 * <p>Stateless; each call builds its own model and renderer (or uses the one passed in).
 */
public final class SiteGenerator {

    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private SiteGenerator() {
    }

    public static void main(String[] args) {
        // The plots and the graph measure text with AWT fonts; no display is needed or wanted.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the generator with these arguments and streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("site: " + e.getMessage());
            err.println(Options.USAGE);
            return BAD_INPUT;
        }
        if (options.help()) {
            out.println(Options.USAGE);
            return OK;
        }
        try {
            long started = System.nanoTime();
            var result = generate(options.root(), options.audit(), options.out());
            for (var problem : result.problems()) {
                err.println("site: asciidoctor: " + problem);
            }
            out.printf("site: %d pages written to %s in %.1f s; open %s%n", result.pages(), options.out(),
                    (System.nanoTime() - started) / 1e9, options.out().resolve("index.html"));
            return OK;
        } catch (LedgerInputException e) {
            err.println("site: the ledger cannot be read:\n" + e.getMessage());
            return BAD_INPUT;
        } catch (EvidenceInputException | PageRenderException e) {
            err.println("site: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("site: cannot write the site to " + options.out() + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /**
     * What a run produced.
     *
     * @param pages    how many pages were written
     * @param problems what Asciidoctor warned about, by page
     */
    public record Result(int pages, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Generates the site with a renderer of its own (one JRuby start).
     *
     * @param root  the repository root (ledger/, obligations/, evidence/)
     * @param audit the audit JSON
     * @param out   the site's directory, replaced as a whole
     */
    public static Result generate(Path root, Path audit, Path out)
            throws LedgerInputException, EvidenceInputException, IOException {
        var absoluteRoot = root.toAbsolutePath().normalize();
        var pages = pages(absoluteRoot, audit);
        try (var renderer = new HtmlRenderer()) {
            return write(pages, absoluteRoot, out, renderer);
        }
    }

    /**
     * Generates the site with the given renderer, so that several sites can share one JRuby start.
     * Only the problems Asciidoctor reports during this call are returned.
     */
    public static Result generate(Path root, Path audit, Path out, HtmlRenderer renderer)
            throws LedgerInputException, EvidenceInputException, IOException {
        var absoluteRoot = root.toAbsolutePath().normalize();
        return write(pages(absoluteRoot, audit), absoluteRoot, out, renderer);
    }

    /** Reads everything the site shows and builds its pages; touches nothing on disk. */
    static List<Page> pages(Path root, Path audit) throws LedgerInputException, EvidenceInputException, IOException {
        var ledger = new LedgerLoader().load(root);
        var evidence = AuditEvidence.read(audit);
        var snapshot = SnapshotArchive.latest(root);
        var proofFacts = ProofDocuments.read(root, ledger);
        var proofs = new HashMap<String, ProofFacts>();
        for (var e : ledger.entries()) {
            if (e instanceof Obligation o) {
                proofs.put(o.proof(), proofFacts.apply(o.proof()));
            }
        }
        var model = new SiteModel(root, ledger, evidence, snapshot, ValidationOutlook.of(ledger, evidence, proofFacts),
                proofs);
        return new SitePages().build(model);
    }

    private static Result write(List<Page> pages, Path root, Path out, HtmlRenderer renderer) throws IOException {
        int before = renderer.problems().size();
        SiteDirectory.replace(out, dir -> {
            for (var page : pages) {
                var file = dir.resolve(page.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, renderer.render(page, root), StandardCharsets.UTF_8);
            }
            SiteAssets.copyInto(dir);
        });
        var problems = renderer.problems();
        return new Result(pages.size(), problems.subList(before, problems.size()));
    }

    /** The command line. */
    record Options(Path root, Path audit, Path out, boolean help) {

        static final String USAGE = "usage: SiteGenerator [--root DIR] [--audit FILE] [--out DIR]\n"
                + "  --root DIR    the repository root (default: the ledger.root property, else .)\n"
                + "  --audit FILE  the audit JSON (default: ROOT/cli/target/audit/audit.json)\n"
                + "  --out DIR     where the site goes (default: ROOT/site/target/site)";

        static Options parse(String[] args) {
            Path root = null;
            Path audit = null;
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                var a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    return new Options(Path.of("."), Path.of("."), Path.of("."), true);
                }
                if (!List.of("--root", "--audit", "--out").contains(a)) {
                    throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                var value = Path.of(args[++i]);
                switch (a) {
                    case "--root" -> root = value;
                    case "--audit" -> audit = value;
                    default -> out = value;
                }
            }
            if (root == null) {
                root = Path.of(System.getProperty("ledger.root", "."));
            }
            root = root.toAbsolutePath().normalize();
            if (audit == null) {
                audit = root.resolve("cli/target/audit/audit.json");
            }
            if (out == null) {
                out = root.resolve("site/target/site");
            }
            return new Options(root, audit, out, false);
        }
    }
}
