/** The site's shared look: the colours of the tags, used by the pages' CSS and the graph's SVG alike. */
package org.trainability.site.style;
