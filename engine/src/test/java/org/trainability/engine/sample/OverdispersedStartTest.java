package org.trainability.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Where {@link StartLaw.Overdispersed} puts each of M chains. */
class OverdispersedStartTest {

    @Test
    void halfStartAllPlusHalfAllMinusAndAnOddOneUniform() {
        var law = new StartLaw.Overdispersed();
        var rng = RandomGeneratorFactory.of("L64X128MixRandom").create(1);
        assertThat(law.drawForChain(0, 5, 6, rng)).containsOnly(1);
        assertThat(law.drawForChain(1, 5, 6, rng)).containsOnly(1);
        assertThat(law.drawForChain(2, 5, 6, rng)).containsOnly(-1);
        assertThat(law.drawForChain(3, 5, 6, rng)).containsOnly(-1);
        var uniform = law.drawForChain(4, 5, 64, rng);
        assertThat(uniform).contains(1, -1);
    }

    @Test
    void aLawThatDependsOnTheChainCannotBeDrawnWithoutIt() {
        var rng = RandomGeneratorFactory.of("L64X128MixRandom").create(1);
        assertThatThrownBy(() -> new StartLaw.Overdispersed().draw(6, rng)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyOtherLawDrawsEveryChainAlike() {
        var a = RandomGeneratorFactory.of("L64X128MixRandom").create(9);
        var b = RandomGeneratorFactory.of("L64X128MixRandom").create(9);
        assertThat(new StartLaw.Uniform().drawForChain(3, 4, 10, a)).containsExactly(new StartLaw.Uniform().draw(10, b));
    }
}
