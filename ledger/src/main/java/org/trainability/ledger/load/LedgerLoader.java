package org.trainability.ledger.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.trainability.ledger.model.Assumption;
import org.trainability.ledger.model.AuditReference;
import org.trainability.ledger.model.Entry;
import org.trainability.ledger.model.EntryHeader;
import org.trainability.ledger.model.EntryKind;
import org.trainability.ledger.model.Experiment;
import org.trainability.ledger.model.Finding;
import org.trainability.ledger.model.HistoricalClaim;
import org.trainability.ledger.model.Ledger;
import org.trainability.ledger.model.Obligation;
import org.trainability.ledger.model.Risk;
import org.trainability.ledger.model.Tag;
import org.trainability.ledger.model.TagChange;
import org.trainability.ledger.model.TheoremTier;
import org.trainability.ledger.model.UsesCycles;

/**
 * Reads the ledger: one YAML file per entry under {@code ledger/<folder>/}, where the folder is
 * fixed by the entry's kind ({@link EntryKind#folder()}).
 *
 * <p>Every problem — malformed YAML, a missing or unknown field, an unknown tag, a duplicate or
 * dangling id, a cycle in {@code uses} — is reported with file, line and field, all of them in
 * one {@link LedgerInputException}. Nothing is written. Stateless and thread-safe.
 */
public final class LedgerLoader {

    private static final Set<String> COMMON = Set.of("id", "kind", "title", "statement", "reported", "claimed",
            "uses", "assumes", "gatedOn", "history", "notes", "supersededBy", "withdrawnBecause",
            "belowReportedBecause");

    private static final Map<EntryKind, Set<String>> SPECIFIC = Map.of(
            EntryKind.THEOREM, Set.of("tier"),
            EntryKind.HISTORICAL, Set.of("reasons"),
            EntryKind.ASSUMPTION, Set.of("measuredAs"),
            EntryKind.OBLIGATION, Set.of("parent", "proof", "closesTo"),
            EntryKind.FINDING, Set.of("measuredAs"),
            EntryKind.RISK, Set.of("threat", "state", "mitigation"),
            EntryKind.EXPERIMENT, Set.of("seedName", "question", "modelFamily", "kernels", "grid", "verifies"));

    /** The ledger under {@code root/ledger}. */
    public Ledger load(Path root) throws LedgerInputException {
        var files = ledgerFiles(root);
        var problems = new ArrayList<LedgerInputException.Problem>();
        var located = new ArrayList<Located>();
        for (var file : files) {
            var name = root.relativize(file).toString();
            try {
                var text = Files.readString(file, StandardCharsets.UTF_8);
                readEntry(text, name, folderOf(root, file)).ifPresent(located::add);
            } catch (LedgerInputException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new LedgerInputException.Problem(name, 0, "", "cannot be read: " + e.getMessage()));
            }
        }
        // Links are checked only once every file reads cleanly: a file that failed to parse would
        // otherwise make every link to it look dangling.
        if (problems.isEmpty()) {
            problems.addAll(crossFileProblems(located));
        }
        var entries = new ArrayList<Entry>(located.stream().map(Located::entry).toList());
        if (problems.isEmpty()) {
            attachReportedFigures(root, entries, problems);
        }
        if (!problems.isEmpty()) {
            throw new LedgerInputException(problems);
        }
        return Ledger.of(entries);
    }

    /** Hands each experiment the research page's figures kept for it in evidence/reported/. */
    private static void attachReportedFigures(Path root, List<Entry> entries,
            List<LedgerInputException.Problem> problems) {
        var figures = ReportedFiguresLoader.read(root, problems);
        for (var id : figures.keySet()) {
            var index = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).id().equals(id)) {
                    index = i;
                }
            }
            var file = ReportedFiguresLoader.FOLDER + "/" + id + ".yaml";
            if (index < 0) {
                problems.add(new LedgerInputException.Problem(file, 1, "experiment",
                        "unknown entry '" + id + "' (no ledger file has this id)"));
            } else if (!(entries.get(index) instanceof Experiment x)) {
                problems.add(new LedgerInputException.Problem(file, 1, "experiment",
                        "'" + id + "' is a " + entries.get(index).kind() + ", not an experiment"));
            } else {
                entries.set(index, x.withReportedFigures(figures.get(id)));
            }
        }
    }

    /** The entry files, in a stable order. */
    public static List<Path> ledgerFiles(Path root) throws LedgerInputException {
        var ledgerDir = root.resolve("ledger");
        if (!Files.isDirectory(ledgerDir)) {
            throw new LedgerInputException(new LedgerInputException.Problem(ledgerDir.toString(), 0, "",
                    "no ledger folder here; run from the repository root or pass --root"));
        }
        var out = new ArrayList<Path>();
        for (var folder : Stream.of(EntryKind.values()).map(EntryKind::folder).distinct().toList()) {
            var dir = ledgerDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new LedgerInputException(new LedgerInputException.Problem(dir.toString(), 0, "",
                        "cannot be listed: " + e.getMessage()));
            }
        }
        return out;
    }

    private static String folderOf(Path root, Path file) {
        return file.getParent().getFileName().toString();
    }

    /**
     * Reads one entry from YAML text. {@code folder} is the folder it sits in, which must match its
     * kind; {@code file} names it in messages.
     */
    java.util.Optional<Located> readEntry(String text, String file, String folder)
            throws LedgerInputException {
        var doc = YamlDocument.parse(text, file);
        var problems = new ArrayList<LedgerInputException.Problem>();
        if (doc.root() == null || doc.root().isMissingNode() || !doc.root().isObject()) {
            throw new LedgerInputException(new LedgerInputException.Problem(file, 1, "",
                    "must be a YAML mapping of fields (id, kind, title, statement, reported, claimed, …)"));
        }
        var f = new Fields(doc, file, doc.root(), "", problems);
        var kindLabel = f.text("kind");
        var kind = EntryKind.parse(kindLabel);
        if (kind.isEmpty()) {
            if (!kindLabel.isEmpty()) {
                f.problem("kind", "unknown kind '" + kindLabel + "'; expected one of " + EntryKind.labels());
            }
            throw new LedgerInputException(problems);
        }
        if (!kind.get().folder().equals(folder)) {
            f.problem("kind", "a " + kind.get() + " belongs in ledger/" + kind.get().folder() + "/, not ledger/"
                    + folder + "/");
        }
        var known = new HashSet<>(COMMON);
        known.addAll(SPECIFIC.get(kind.get()));
        if (kind.get() == EntryKind.EXPERIMENT && f.has("reportedFigures")) {
            f.problem("reportedFigures", "the research page's figures are kept as data in evidence/reported/"
                    + Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".yaml, not in the record");
            known.add("reportedFigures");
        }
        f.rejectUnknown(known);
        var header = header(f, file);
        var entry = header == null ? null : entry(kind.get(), header, f);
        if (!problems.isEmpty()) {
            throw new LedgerInputException(problems);
        }
        return java.util.Optional.of(new Located(entry, file, doc));
    }

    private static EntryHeader header(Fields f, String file) {
        var id = f.text("id");
        var expectedName = id + ".yaml";
        var actualName = Path.of(file).getFileName().toString();
        if (!id.isEmpty() && !actualName.equals(expectedName) && !actualName.equals(id + ".yml")) {
            f.problem("id", "is '" + id + "' but the file is named " + actualName + "; name it " + expectedName);
        }
        var title = f.text("title");
        var statement = f.text("statement");
        var reported = f.tag("reported");
        var claimed = f.tag("claimed");
        var uses = f.textList("uses");
        var assumes = f.textList("assumes");
        var gatedOn = f.textList("gatedOn");
        var history = new ArrayList<TagChange>();
        for (var h : f.objectList("history")) {
            h.rejectUnknown(Set.of("date", "from", "to", "reason", "audit"));
            var audit = h.object("audit").map(a -> {
                a.rejectUnknown(Set.of("commit", "evidence"));
                return new AuditReference(a.text("commit"), a.text("evidence"));
            });
            history.add(new TagChange(h.date("date"), h.tag("from"), h.tag("to"), h.text("reason"), audit));
        }
        var supersededBy = f.optionalText("supersededBy");
        var withdrawnBecause = f.optionalText("withdrawnBecause");
        if (claimed == Tag.SUPERSEDED && supersededBy.isEmpty()) {
            f.problem("supersededBy", "missing: a superseded entry must name its successor");
        }
        if (claimed == Tag.WITHDRAWN && withdrawnBecause.isEmpty()) {
            f.problem("withdrawnBecause", "missing: a withdrawn entry must say why");
        }
        if (!history.isEmpty() && history.get(history.size() - 1).to() != claimed) {
            f.problem("claimed", "is '" + claimed + "' but the last history line moved it to '"
                    + history.get(history.size() - 1).to() + "'");
        }
        if (id.isEmpty() || title.isEmpty() || statement.isEmpty()) {
            return null;
        }
        if ((claimed == Tag.SUPERSEDED && supersededBy.isEmpty())
                || (claimed == Tag.WITHDRAWN && withdrawnBecause.isEmpty())) {
            return null;
        }
        return new EntryHeader(id, title, statement, reported, claimed, uses, assumes, gatedOn, history,
                f.textOrEmpty("notes"), supersededBy, withdrawnBecause, f.optionalText("belowReportedBecause"));
    }

    private static Entry entry(EntryKind kind, EntryHeader h, Fields f) {
        return switch (kind) {
            case THEOREM -> new TheoremTier(h, tier(f));
            case HISTORICAL -> new HistoricalClaim(h, f.textList("reasons"));
            case ASSUMPTION -> new Assumption(h, f.text("measuredAs"));
            case OBLIGATION -> new Obligation(h, f.optionalText("parent"), f.text("proof"), f.textList("closesTo"));
            case FINDING -> new Finding(h, f.text("measuredAs"));
            case RISK -> new Risk(h, f.text("threat"), f.text("state"), f.text("mitigation"));
            case EXPERIMENT -> new Experiment(h, f.text("seedName"), f.text("question"), f.text("modelFamily"),
                    f.textList("kernels"), f.text("grid"), f.textList("verifies"), List.of());
        };
    }

    private static TheoremTier.Tier tier(Fields f) {
        var label = f.text("tier");
        return switch (label) {
            case "conditional" -> TheoremTier.Tier.CONDITIONAL;
            case "operational" -> TheoremTier.Tier.OPERATIONAL;
            default -> {
                if (!label.isEmpty()) {
                    f.problem("tier", "unknown tier '" + label + "'; expected conditional or operational");
                }
                yield TheoremTier.Tier.CONDITIONAL;
            }
        };
    }

    /**
     * Parses one entry file's text without looking at other files (links are not resolved).
     *
     * @param text   the YAML text
     * @param file   the file's name for messages, relative to the repository root
     *               ({@code ledger/assumptions/A6.yaml}); its folder must match the entry's kind
     */
    public Entry parseEntry(String text, String file) throws LedgerInputException {
        var parent = Path.of(file).getParent();
        var folder = parent == null ? "" : parent.getFileName().toString();
        return readEntry(text, file, folder).orElseThrow().entry();
    }

    /** Duplicate ids, links to missing entries, and cycles in {@code uses}. */
    private static List<LedgerInputException.Problem> crossFileProblems(List<Located> located) {
        var problems = new ArrayList<LedgerInputException.Problem>();
        var byId = new LinkedHashMap<String, Located>();
        for (var l : located) {
            var previous = byId.putIfAbsent(l.entry().id(), l);
            if (previous != null) {
                problems.add(l.problem("id", "duplicate id '" + l.entry().id() + "', already used by "
                        + previous.file()));
            }
        }
        for (var l : located) {
            var e = l.entry();
            linkProblems(l, "uses", e.uses(), byId, problems);
            linkProblems(l, "assumes", e.assumes(), byId, problems);
            linkProblems(l, "gatedOn", e.gatedOn(), byId, problems);
            linkProblems(l, "supersededBy", e.header().supersededBy().stream().toList(), byId, problems);
            if (e instanceof Experiment x) {
                linkProblems(l, "verifies", x.verifies(), byId, problems);
            }
            if (e instanceof Obligation o) {
                linkProblems(l, "parent", o.parent().stream().toList(), byId, problems);
            }
        }
        if (problems.isEmpty()) {
            var uses = new LinkedHashMap<String, List<String>>();
            byId.forEach((id, l) -> uses.put(id, Ledger.dependencies(l.entry())));
            UsesCycles.find(uses).ifPresent(cycle -> {
                var first = byId.get(cycle.get(0));
                var field = first.entry().uses().contains(cycle.get(1)) ? "uses" : "gatedOn";
                problems.add(first.problem(field, "cycle in uses/gatedOn: " + String.join(" -> ", cycle)
                        + " (files: " + String.join(", ", cycle.stream().distinct().map(id -> byId.get(id).file())
                                .toList()) + ")"));
            });
        }
        return problems;
    }

    private static void linkProblems(Located l, String field, List<String> ids, Map<String, Located> byId,
            List<LedgerInputException.Problem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (!byId.containsKey(ids.get(i))) {
                var path = field.equals("supersededBy") || field.equals("parent") ? field : field + "[" + i + "]";
                problems.add(new LedgerInputException.Problem(l.file(), l.doc().lineOf(path), path,
                        "unknown entry '" + ids.get(i) + "' (no ledger file has this id)"));
            }
        }
    }

    /** An entry with the file it came from, for messages that need its lines. */
    record Located(Entry entry, String file, YamlDocument doc) {
        LedgerInputException.Problem problem(String field, String what) {
            return new LedgerInputException.Problem(file, doc.lineOf(field), field, what);
        }
    }
}
