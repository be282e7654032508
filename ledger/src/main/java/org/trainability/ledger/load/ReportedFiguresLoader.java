package org.trainability.ledger.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trainability.ledger.model.ReportedFigure;

/**
 * Reads the research page's reported figures, kept as data in {@code evidence/reported/<id>.yaml}
 * (one file per experiment): {@code experiment: exp4} and {@code figures:} a list of
 * {@code name}, {@code value}, {@code source} and optionally {@code ours} (the figure of ours to
 * show beside it, {@code CHECK-ID#figure}). They are shown beside our figures and never support a
 * tag. Problems are reported with file, line and field. Stateless.
 */
final class ReportedFiguresLoader {

    static final String FOLDER = "evidence/reported";

    private ReportedFiguresLoader() {
    }

    /** Figures by experiment id; problems are added to {@code problems}. */
    static Map<String, List<ReportedFigure>> read(Path root, List<LedgerInputException.Problem> problems) {
        var out = new LinkedHashMap<String, List<ReportedFigure>>();
        var dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new LedgerInputException.Problem(FOLDER, 0, "", "cannot be listed: " + e.getMessage()));
            return out;
        }
        for (var file : files) {
            var name = root.relativize(file).toString();
            try {
                var doc = YamlDocument.parse(Files.readString(file, StandardCharsets.UTF_8), name);
                if (doc.root() == null || !doc.root().isObject()) {
                    problems.add(new LedgerInputException.Problem(name, 1, "",
                            "must be a YAML mapping with 'experiment' and 'figures'"));
                    continue;
                }
                var local = new ArrayList<LedgerInputException.Problem>();
                var f = new Fields(doc, name, doc.root(), "", local);
                f.rejectUnknown(Set.of("experiment", "figures"));
                var id = f.text("experiment");
                var stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                if (!id.isEmpty() && !id.equals(stem)) {
                    f.problem("experiment", "is '" + id + "' but the file is named " + file.getFileName()
                            + "; name it " + id + ".yaml");
                }
                var figures = new ArrayList<ReportedFigure>();
                for (var r : f.objectList("figures")) {
                    r.rejectUnknown(Set.of("name", "value", "source", "ours"));
                    figures.add(new ReportedFigure(r.text("name"), r.text("value"), r.text("source"),
                            r.optionalText("ours")));
                }
                problems.addAll(local);
                if (local.isEmpty()) {
                    out.put(id, List.copyOf(figures));
                }
            } catch (LedgerInputException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new LedgerInputException.Problem(name, 0, "", "cannot be read: " + e.getMessage()));
            }
        }
        return out;
    }
}
