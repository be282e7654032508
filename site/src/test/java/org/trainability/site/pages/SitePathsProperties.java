package org.trainability.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;

/** Entry ids map to safe, distinct file names. */
class SitePathsProperties {

    @Property(seed = "20261127", tries = 2000)
    void fileNamesUseOnlySafeCharacters(@ForAll @NotEmpty String id) {
        assertThat(SitePaths.fileName(id)).matches("[A-Za-z0-9_][A-Za-z0-9._-]*");
    }

    @Property(seed = "20261127", tries = 2000)
    void distinctIdsGetDistinctFileNames(@ForAll @NotEmpty String a, @ForAll @NotEmpty String b) {
        if (!a.equals(b)) {
            assertThat(SitePaths.fileName(a)).isNotEqualTo(SitePaths.fileName(b));
        }
    }

    @Example
    void theLedgersIdsReadAsThemselves() {
        assertThat(SitePaths.entryPage("O1.c")).isEqualTo("entries/O1.c.html");
        assertThat(SitePaths.entryPage("T-cond")).isEqualTo("entries/T-cond.html");
        assertThat(SitePaths.fileName("a_b")).isEqualTo("a_5Fb");
        assertThat(SitePaths.fileName("..")).isEqualTo("_2E.");
        assertThat(SitePaths.fileName("τ/L")).isEqualTo("_u03C4_2FL");
    }
}
