package org.trainability.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every jqwik property in the repository fixes its seed, so that every run of the suite generates
 * the same cases (a failure is reproducible from the commit alone). Scans the sources of all
 * modules. The one deliberate exception is marked on its line.
 */
class FixedSeedsTest {

    static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    static final Pattern PROPERTY = Pattern.compile("@Property(\\([^)]*\\))?(?![A-Za-z])");

    @Test
    void everyPropertyFixesItsSeed() throws IOException {
        var unseeded = new ArrayList<String>();
        int seen = 0;
        try (var files = Files.walk(REPO)) {
            for (var file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/")
                    && !p.toString().contains("/target/")).toList()) {
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i);
                    // Annotation lines only: not comments, strings or imports that mention it.
                    if (!line.strip().startsWith("@Property") || !PROPERTY.matcher(line.strip()).lookingAt()) {
                        continue;
                    }
                    seen++;
                    if (!line.contains("seed") && !line.contains("deliberately without a seed")) {
                        unseeded.add(REPO.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(seen).as("the scan finds the properties").isGreaterThan(30);
        assertThat(unseeded).as("@Property without seed = \"…\"").isEmpty();
    }
}
