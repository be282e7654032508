package org.trainability.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFilesTest {

    private static final String ISING = """
            {"type":"ising","n":3,"couplings":[[0,0.5,-0.25],[0.5,0,1],[-0.25,1,0]],
             "fields":[0.1,0,-0.2],"beta":1.5,"trainFields":true,
             "dataMoments":[0.1,0.2,0.3,0.4,0.5,0.6]}""";

    @Test
    void readsAnIsingFileInJson(@TempDir Path dir) throws Exception {
        var file = dir.resolve("m.json");
        Files.writeString(file, ISING);
        var problem = ModelFiles.read(file);
        var model = (IsingModel) problem.model();
        assertThat(model.n()).isEqualTo(3);
        assertThat(model.coupling(1, 2)).isEqualTo(1.0);
        assertThat(model.beta()).isEqualTo(1.5);
        assertThat(model.parameterNames()).containsExactly("J[0,1]", "J[0,2]", "J[1,2]", "b[0]", "b[1]", "b[2]");
        assertThat(problem.dataExpectations()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
    }

    @Test
    void readsTheSameModelFromYaml(@TempDir Path dir) throws Exception {
        var file = dir.resolve("m.yaml");
        Files.writeString(file, """
                type: ising
                n: 3
                couplings: [[0, 0.5, -0.25], [0.5, 0, 1], [-0.25, 1, 0]]
                fields: [0.1, 0, -0.2]
                beta: 1.5
                trainFields: true
                dataMoments: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
                """);
        assertThat(ModelFiles.read(file)).isEqualTo(ModelFiles.parse(ISING, false, "x"));
    }

    @ParameterizedTest
    @CsvSource({"ising, 1e308", "ising, 1e300", "rbm, 1e307"})
    void aBetaWhoseEnergiesLeaveDoublePrecisionIsRefusedByName(String type, String beta) {
        String text = type.equals("ising")
                ? "{\"type\":\"ising\",\"n\":3,\"couplings\":[[0,1,1],[1,0,1],[1,1,0]],\"beta\":" + beta + "}"
                : "{\"type\":\"rbm\",\"visible\":2,\"hidden\":1,\"weights\":[[50],[-50]],\"beta\":" + beta + "}";
        assertThatThrownBy(() -> ModelFiles.parse(text, false, "hot.json")).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("model file hot.json: beta = ").hasMessageContaining("double precision");
    }

    @Test
    void readsAnRbmWithDataStatesAsRaoBlackwellisedMoments() {
        var problem = ModelFiles.parse("""
                {"type":"rbm","visible":2,"hidden":1,"weights":[[0.5],[-1]],"visibleFields":[0,0],
                 "hiddenFields":[0.25],"beta":1.0,"trainFields":false,"dataStates":[[1,-1],[1,1]]}""", false, "r");
        var rbm = (RbmModel) problem.model();
        assertThat(rbm.parameterNames()).containsExactly("W[0,0]", "W[1,0]");
        // E[-v_i h | v] = -v_i tanh(c + Wᵀv), averaged over the two data states.
        double t1 = Math.tanh(0.25 + 0.5 + 1.0);
        double t2 = Math.tanh(0.25 + 0.5 - 1.0);
        assertThat(problem.dataExpectations()).containsExactly((-t1 - t2) / 2, (t1 - t2) / 2);
    }

    @Test
    void readsADenoisingLayerWithGammaFromTheNoiseRate() {
        var problem = ModelFiles.parse("""
                {"type":"denoising","n":2,"couplings":[[0,1],[1,0]],"lambda":2.0,"dt":0.5,
                 "input":[1,-1],"trainFields":false,"dataMoments":[0.3]}""", false, "d");
        var layer = (DenoisingLayer) problem.model();
        double q = Math.exp(-1.0);
        assertThat(layer.gamma()).isCloseTo(0.5 * Math.log((1 + q) / (1 - q)), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(layer.conditional().field(1)).isEqualTo(-layer.gamma());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            asymmetric J        | "couplings":[[0,1,0],[0.5,0,0],[0,0,0]]                 | couplings[0][1] is 1.0 but couplings[1][0] is 0.5; J must be symmetric
            non-zero diagonal   | "couplings":[[0,0,0],[0,2,0],[0,0,0]]                   | couplings[1][1] is 2.0; the diagonal of J must be zero
            wrong row count     | "couplings":[[0,0,0],[0,0,0]]                           | couplings has 2 rows; expected 3
            short row           | "couplings":[[0,0,0],[0,0],[0,0,0]]                     | couplings[1] has 2 entries; expected 3
            NaN coupling        | "couplings":[[0,NaN,0],[NaN,0,0],[0,0,0]]               | couplings[0][1] is NaN; it must be a finite number
            """)
    void refusesBadCouplingsNamingTheField(String what, String couplings, String message) {
        var text = "{\"type\":\"ising\",\"n\":3," + couplings + ",\"dataMoments\":[0,0,0,0,0,0]}";
        assertThatThrownBy(() -> ModelFiles.parse(text, false, "bad.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("model file bad.json: ")
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            moments of the wrong length | "dataMoments":[0,0]                   | dataMoments has 2 entries but the model has 3 parameters (3 couplings); give one moment per parameter
            spin not ±1                 | "dataStates":[[1,0]]                  | dataStates[0][1] is 0; spins are -1 or +1
            state of the wrong length   | "dataStates":[[1,1,1]]                | dataStates[0] has 3 spins but the model has 2 spins
            no data                     | "beta":1                              | no data: give dataMoments
            unknown field               | "dataMoments":[0],"coupling":1        | unknown field "coupling" for type ising
            negative beta               | "dataMoments":[0],"beta":-1           | beta is -1.0; the inverse temperature must be >= 0
            """)
    void refusesBadDataAndFields(String what, String rest, String message) {
        var text = "{\"type\":\"ising\",\"n\":2,\"couplings\":[[0,1],[1,0]],\"trainFields\":false," + rest + "}";
        if (what.startsWith("moments")) {
            text = "{\"type\":\"ising\",\"n\":3,\"couplings\":[[0,0,0],[0,0,0],[0,0,0]],\"trainFields\":false,\"fields\":[0,0,0]," + rest + "}";
        }
        String finalText = text;
        assertThatThrownBy(() -> ModelFiles.parse(finalText, false, "bad.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining(message);
    }

    @Test
    void reportsMalformedJsonWithItsPosition() {
        assertThatThrownBy(() -> ModelFiles.parse("{\"type\":\"ising\",", false, "bad.json"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not valid JSON at line 1");
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelFiles.read(dir.resolve("absent.json")))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("cannot be read");
    }
}
