package org.trainability.site.render;

/**
 * A page that cannot be rendered as an offline page: it would load something from the network
 * (say, an image linked by URL in a statement). The message names the page and what it would load.
 *
 * <p>Thrown by {@link HtmlRenderer#render}; the generator turns it into exit status 2.
 */
public final class PageRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
