package org.trainability.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Inspects a generated site as a browser opening it from {@code file://} would: which links do not
 * resolve, and what a page would fetch from the network. Each finding is one sentence naming the
 * page. Used by the tests; each inspection has a negative control in {@code SiteInspectionTest}.
 */
final class SiteInspection {

    /** Elements whose attribute makes a browser fetch something as the page loads. */
    private static final Map<String, List<String>> LOADS = Map.of(
            "script", List.of("src"), "link", List.of("href"), "img", List.of("src", "srcset"),
            "iframe", List.of("src"), "embed", List.of("src"), "object", List.of("data"),
            "source", List.of("src", "srcset"), "video", List.of("src", "poster"), "audio", List.of("src"),
            "image", List.of("href", "xlink:href"));

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private final Path site;
    private final Map<Path, Document> pages = new HashMap<>();

    SiteInspection(Path site) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        try (var files = Files.walk(this.site)) {
            for (var f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(f, Jsoup.parse(f.toFile(), "UTF-8"));
            }
        }
    }

    Set<Path> pages() {
        return pages.keySet();
    }

    Document page(String relative) {
        var doc = pages.get(site.resolve(relative).normalize());
        if (doc == null) {
            throw new AssertionError("no page " + relative + " in " + site);
        }
        return doc;
    }

    /** Every link, stylesheet, script or image reference inside the site that does not resolve. */
    List<String> brokenLinks() throws IOException {
        var out = new ArrayList<String>();
        for (var entry : pages.entrySet()) {
            var page = entry.getKey();
            for (var el : entry.getValue().select("[href], [src], [xlink:href]")) {
                for (var attr : List.of("href", "src", "xlink:href")) {
                    if (el.hasAttr(attr)) {
                        check(page, el.attr(attr), el, out);
                    }
                }
            }
        }
        try (var files = Files.walk(site)) {
            for (var css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                var m = CSS_URL.matcher(Files.readString(css));
                while (m.find()) {
                    var target = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!isExternal(target) && !target.startsWith("data:")
                            && !Files.exists(css.getParent().resolve(strip(target)).normalize())) {
                        out.add(site.relativize(css) + ": url(" + target + ") does not resolve");
                    }
                }
            }
        }
        return out;
    }

    private void check(Path page, String href, Element el, List<String> out) {
        if (href.isEmpty() || isExternal(href) || href.startsWith("mailto:") || href.startsWith("data:")) {
            return;
        }
        var where = site.relativize(page) + ": <" + el.tagName() + "> " + href;
        int hash = href.indexOf('#');
        var path = hash < 0 ? href : href.substring(0, hash);
        var fragment = hash < 0 ? "" : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        var target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8))
                .normalize();
        if (!target.startsWith(site)) {
            out.add(where + " leaves the site");
            return;
        }
        if (!Files.exists(target)) {
            out.add(where + " does not resolve");
            return;
        }
        if (!fragment.isEmpty()) {
            var doc = pages.get(target);
            if (doc == null || doc.getElementById(fragment) == null && doc.select("a[name=" + fragment + "]").isEmpty()) {
                out.add(where + ": no element with id '" + fragment + "' there");
            }
        }
    }

    /** Everything a page would fetch from the network as it loads. */
    List<String> networkLoads() throws IOException {
        var out = new ArrayList<String>();
        for (var entry : pages.entrySet()) {
            var name = site.relativize(entry.getKey()).toString();
            out.addAll(networkLoads(name, entry.getValue()));
        }
        try (var files = Files.walk(site)) {
            for (var css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                out.addAll(cssLoads(site.relativize(css).toString(), Files.readString(css)));
            }
        }
        return out;
    }

    /** What one parsed page would fetch from the network; {@code name} labels the findings. */
    static List<String> networkLoads(String name, Document doc) {
        var out = new ArrayList<String>();
        for (var load : LOADS.entrySet()) {
            for (var el : doc.select(load.getKey())) {
                for (var attr : load.getValue()) {
                    var value = el.attr(attr);
                    if (isExternal(value) || value.contains("://")) {
                        out.add(name + ": <" + el.tagName() + " " + attr + "=\"" + value + "\"> loads from the network");
                    }
                }
            }
        }
        for (var style : doc.select("style")) {
            out.addAll(cssLoads(name + " <style>", style.data()));
        }
        for (var el : doc.select("[style]")) {
            out.addAll(cssLoads(name + " style=", el.attr("style")));
        }
        return out;
    }

    static List<String> cssLoads(String name, String css) {
        var out = new ArrayList<String>();
        var m = CSS_URL.matcher(css);
        while (m.find()) {
            var target = m.group(1) != null ? m.group(1) : m.group(2);
            if (isExternal(target) || target.contains("://")) {
                out.add(name + ": " + m.group() + " loads from the network");
            }
        }
        return out;
    }

    private static boolean isExternal(String ref) {
        var r = ref.strip().toLowerCase(java.util.Locale.ROOT);
        return r.startsWith("http:") || r.startsWith("https:") || r.startsWith("//");
    }

    private static String strip(String ref) {
        int cut = ref.length();
        for (var c : List.of('?', '#')) {
            int i = ref.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return ref.substring(0, cut);
    }
}
