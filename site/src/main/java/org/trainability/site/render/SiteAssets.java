package org.trainability.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.regex.Pattern;
import org.trainability.site.style.TagPalette;

/**
 * The files every page loads, copied into the site so it opens from {@code file://} with no
 * network: KaTeX (its stylesheet, script, auto-render extension and every font its stylesheet
 * names, from the {@code org.webjars.npm:katex} jar) and the site's stylesheet with the tag colours
 * of {@link TagPalette}. Stateless.
 */
public final class SiteAssets {

    static final String KATEX_DIR = "assets/katex";
    static final String SITE_CSS = "assets/site.css";
    private static final Pattern FONT_URL = Pattern.compile("url\\((fonts/[A-Za-z0-9_.-]+)\\)");

    private SiteAssets() {
    }

    /** Copies the assets under {@code site}. */
    public static void copyInto(Path site) throws IOException {
        var webjar = "META-INF/resources/webjars/katex/" + katexVersion() + "/dist/";
        var katex = site.resolve(KATEX_DIR);
        copy(webjar + "katex.min.js", katex.resolve("katex.min.js"));
        copy(webjar + "contrib/auto-render.min.js", katex.resolve("contrib/auto-render.min.js"));
        var css = resource(webjar + "katex.min.css");
        write(katex.resolve("katex.min.css"), css);
        var fonts = new LinkedHashSet<String>();
        var m = FONT_URL.matcher(new String(css, StandardCharsets.UTF_8));
        while (m.find()) {
            fonts.add(m.group(1));
        }
        if (fonts.isEmpty()) {
            throw new IllegalStateException("KaTeX's stylesheet names no fonts; the webjar's layout has changed");
        }
        for (var font : fonts) {
            copy(webjar + font, katex.resolve(font));
        }
        var siteCss = new String(resource("org/trainability/site/render/site.css"), StandardCharsets.UTF_8)
                + "\n/* Tag colours (TagPalette). */\n" + TagPalette.css();
        write(site.resolve(SITE_CSS), siteCss.getBytes(StandardCharsets.UTF_8));
    }

    static String katexVersion() throws IOException {
        var props = new Properties();
        try (InputStream in = SiteAssets.class.getResourceAsStream("katex.properties")) {
            if (in == null) {
                throw new IllegalStateException("katex.properties is missing from the site module's resources");
            }
            props.load(in);
        }
        return props.getProperty("version");
    }

    private static void copy(String resource, Path target) throws IOException {
        write(target, resource(resource));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: is the KaTeX webjar a dependency?");
            }
            return in.readAllBytes();
        }
    }

    private static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }
}
