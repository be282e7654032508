package org.trainability.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void theLadderIsOrderedAndTerminalTagsStandOutsideIt() {
        assertThat(Tag.SOLID.isAtLeast(Tag.CONJECTURED)).isTrue();
        assertThat(Tag.CONJECTURED.isAtLeast(Tag.SOLID)).isFalse();
        assertThat(Tag.VALIDATED.isAtLeast(Tag.SOLID)).isTrue();
        assertThat(Tag.SUPERSEDED.isAtLeast(Tag.OPEN)).isFalse();
        assertThat(Tag.OPEN.isAtLeast(Tag.SUPERSEDED)).isFalse();
        assertThat(Tag.SUPERSEDED.isAtLeast(Tag.SUPERSEDED)).isTrue();
        assertThat(Tag.lower(Tag.SOLID, Tag.CONJECTURED)).isEqualTo(Tag.CONJECTURED);
        assertThat(Tag.OPEN.oneBelow()).isEqualTo(Tag.OPEN);
        assertThat(Tag.PROVEN_HERE.oneBelow()).isEqualTo(Tag.SOLID);
    }

    @Test
    void labelsRoundTrip() {
        for (var t : Tag.values()) {
            assertThat(Tag.parse(t.label())).contains(t);
        }
        assertThat(Tag.parse("proven")).isEmpty();
    }
}
