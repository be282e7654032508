package org.trainability.site;

import org.trainability.site.render.HtmlRenderer;

/**
 * One AsciidoctorJ renderer for the whole test run: JRuby takes seconds to start, and every test
 * class that converts AsciiDoc shares this one. Surefire runs the test classes in one JVM.
 */
public final class SharedRenderer {

    private static HtmlRenderer renderer;

    private SharedRenderer() {
    }

    public static synchronized HtmlRenderer get() {
        if (renderer == null) {
            renderer = new HtmlRenderer();
        }
        return renderer;
    }
}
