package org.trainability.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import org.trainability.engine.RefusedInputException;

class IsingModelExamples {

    @Example
    void stateZeroIsAllPlusAndBitIMeansSpinIMinus() {
        assertThat(SpinStates.spins(0, 3)).containsExactly(1, 1, 1);
        assertThat(SpinStates.spins(0b101, 3)).containsExactly(-1, 1, -1);
        assertThat(SpinStates.index(new int[] {-1, 1, -1})).isEqualTo(0b101);
        assertThat(SpinStates.flipAll(0b101, 3)).isEqualTo(0b010);
    }

    @Example
    void energyAndObservablesFollowTheContract() {
        var j = new double[][] {{0, 1, 0.5}, {1, 0, -2}, {0.5, -2, 0}};
        var model = new IsingModel(3, j, new double[] {0.25, 0, -1}, 1.0, true);
        var x = new int[] {1, -1, -1};
        // E = -(J01 x0x1 + J02 x0x2 + J12 x1x2) - Σ b_i x_i = -(-1 - 0.5 - 2) - (0.25 + 0 + 1)
        assertThat(model.energy(x)).isEqualTo(3.5 - 1.25);
        var f = new double[model.parameterCount()];
        model.observables(x, f);
        assertThat(f).containsExactly(1, 1, -1, -1, 1, 1);
        assertThat(model.localField(x, 0)).isEqualTo(-1 - 0.5 + 0.25);
    }

    @Example
    void fieldsAreParametersOnlyWhenTrained() {
        var model = IsingModel.withoutFields(new double[2][2], 1, false);
        assertThat(model.parameterNames()).containsExactly("J[0,1]");
    }

    @Example
    void arraysAreCopiedInAndOut() {
        var j = new double[][] {{0, 1}, {1, 0}};
        var model = IsingModel.withoutFields(j, 1, true);
        j[0][1] = 7;
        model.couplings()[1][0] = 9;
        assertThat(model.coupling(0, 1)).isEqualTo(1);
        assertThat(model.coupling(1, 0)).isEqualTo(1);
    }

    @Example
    void denoisingLayerAddsGammaTimesInputToTheFields() {
        var layer = new DenoisingLayer(IsingModel.withoutFields(new double[][] {{0, 1}, {1, 0}}, 2, false),
                0.5, new int[] {1, -1});
        var x = new int[] {1, 1};
        assertThat(layer.logWeight(x)).isEqualTo(layer.conditional().logWeight(x));
        assertThat(layer.parameterNames()).containsExactly("J[0,1]");
        assertThatThrownBy(() -> new DenoisingLayer(layer.energy(), -1, new int[] {1, 1}))
                .isInstanceOf(RefusedInputException.class).hasMessageContaining("gamma is -1.0");
    }

    @Example
    void noiseCouplingIsArtanhOfTheKeepCorrelation() {
        // Γ = artanh(e^{-λΔt}); at λΔt = 1e-12 the naive formula loses digits, this one does not.
        double lt = 1e-12;
        double expected = 0.5 * Math.log(2 / lt) - lt / 4; // series of artanh(e^{-ε}) ~ ½ln(2/ε) - ε/4
        assertThat(DenoisingLayer.couplingFromNoise(1e-6, 1e-6))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(DenoisingLayer.couplingFromNoise(1, 1)).isCloseTo(0.5 * Math.log((1 + Math.exp(-1)) / (1 - Math.exp(-1))),
                org.assertj.core.data.Offset.offset(1e-15));
    }
}
