package org.trainability.checks.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trainability.ledger.store.AtomicFiles;

/**
 * A folder of evidence records, one file per check ({@code <check-id>.json}), each written
 * atomically.
 */
public final class EvidenceStore {

    private EvidenceStore() {
    }

    public static void write(Path dir, List<EvidenceRecord> records) throws IOException {
        Files.createDirectories(dir);
        for (var r : records) {
            AtomicFiles.writeString(dir.resolve(fileName(r.result().id())), EvidenceJson.toText(r));
        }
    }

    /** The file a check's evidence goes to: its id, with anything but letters, digits, '.', '-' and '_' replaced. */
    public static String fileName(String checkId) {
        return checkId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }

    /**
     * Every record in {@code dir}, refusing the whole folder when any record's digest does not
     * match (the message names every such file).
     */
    public static List<EvidenceRecord> read(Path dir) throws EvidenceException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new EvidenceException(dir + ": no such evidence folder");
        }
        var records = new ArrayList<EvidenceRecord>();
        var problems = new ArrayList<String>();
        try (var list = Files.list(dir)) {
            for (var file : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    records.add(EvidenceJson.read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                } catch (EvidenceException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EvidenceException("refused: " + String.join("\nrefused: ", problems));
        }
        if (records.isEmpty()) {
            throw new EvidenceException(dir + ": holds no evidence records");
        }
        return records;
    }
}
