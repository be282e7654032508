package org.trainability.site.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.Severity;
import org.trainability.site.pages.Page;

/**
 * Converts pages from AsciiDoc to standalone HTML with AsciidoctorJ. JRuby's start-up costs
 * seconds, so one instance converts every page of a run; {@link #close()} releases it.
 *
 * <p>Conversion runs in Asciidoctor's SAFE mode with the repository root as base directory, so a
 * page may include proof documents from under the root and nothing outside it. Everything
 * Asciidoctor logs at warning level or above is kept, with the page it came from, in
 * {@link #problems()}. A page that would load from the network is refused with a
 * {@link PageRenderException}. Not thread-safe.
 */
public final class HtmlRenderer implements AutoCloseable {

    private final Asciidoctor asciidoctor;
    private final List<String> problems = new ArrayList<>();
    private String current = "";

    public HtmlRenderer() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.javaExtensionRegistry().postprocessor(new OfflinePage());
        asciidoctor.registerLogHandler(record -> {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                problems.add(current + ": " + record.getSeverity() + ": " + record.getMessage());
            }
        });
    }

    /**
     * @param page    the page. Not modified.
     * @param baseDir the directory includes are resolved against (the repository root)
     * @return the page as a standalone HTML document
     */
    public String render(Page page, Path baseDir) {
        current = page.path();
        var options = Options.builder()
                .safe(SafeMode.SAFE)
                .standalone(true)
                .backend("html5")
                .baseDir(baseDir.toAbsolutePath().toFile())
                .build();
        try {
            return asciidoctor.convert(page.asciidoc(), options);
        } catch (RuntimeException e) {
            var cause = rootCause(e);
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && cause.getMessage().contains("network")) {
                throw new PageRenderException(page.path() + ": " + cause.getMessage()
                        + "; the site must open offline, so keep such files in the repository and link them relatively",
                        e);
            }
            throw e;
        }
    }

    private static Throwable rootCause(Throwable t) {
        var c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /** Warnings and errors Asciidoctor logged, each prefixed by its page. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
