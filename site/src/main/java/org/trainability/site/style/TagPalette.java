package org.trainability.site.style;

import java.util.Locale;
import org.trainability.ledger.model.Tag;

/**
 * The one place tags get their colours, used by the graph's SVG and by the pages' CSS, so a tag
 * looks the same everywhere. The ladder goes from grey (open) through amber and blue to greens;
 * the two terminal tags are muted. Stateless.
 */
public final class TagPalette {

    /** The colour that marks a claim standing above its evidence. */
    public static final String VIOLATION = "#c62828";

    private TagPalette() {
    }

    /** The fill colour of a tag's badge or node, as CSS hex. */
    public static String fill(Tag tag) {
        return switch (tag) {
            case OPEN -> "#e4e4e4";
            case CONJECTURED -> "#fbd98d";
            case SOLID -> "#9ecae1";
            case PROVEN_HERE -> "#7fc97f";
            case VALIDATED -> "#1b7837";
            case SUPERSEDED -> "#d9cce8";
            case WITHDRAWN -> "#bdbdbd";
        };
    }

    /** A text colour that reads on {@link #fill}. */
    public static String text(Tag tag) {
        return switch (tag) {
            case OPEN -> "#333333";
            case CONJECTURED -> "#5a3d00";
            case SOLID -> "#08306b";
            case PROVEN_HERE -> "#00441b";
            case VALIDATED -> "#ffffff";
            case SUPERSEDED -> "#3f007d";
            case WITHDRAWN -> "#333333";
        };
    }

    /** The CSS class of a tag's badge: {@code tag-proven-here}. */
    public static String cssClass(Tag tag) {
        return "tag-" + tag.label().toLowerCase(Locale.ROOT);
    }

    /** CSS rules giving every tag badge its colours. */
    public static String css() {
        var sb = new StringBuilder();
        for (var t : Tag.values()) {
            sb.append(".tag.").append(cssClass(t)).append(" { background: ").append(fill(t)).append("; color: ")
                    .append(text(t)).append("; }\n");
        }
        return sb.toString();
    }
}
