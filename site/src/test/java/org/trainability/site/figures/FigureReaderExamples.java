package org.trainability.site.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import net.jqwik.api.Example;

/**
 * Reading the shapes of docs/figures.md, and refusing, visibly, the values that break them. (Plain
 * examples, not {@code @Group}s: surefire's default exclusion of inner classes would skip groups.)
 */
class FigureReaderExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Figure figure(String text) {
        return FigureReader.figure("f", json(text));
    }

    @Example
    void numbersTextsAndBooleans() {
        assertThat(figure("0.958")).isEqualTo(new Scalar("f", "0.958", java.util.OptionalDouble.of(0.958)));
        assertThat(((Scalar) figure("\"46/48\"")).text()).isEqualTo("46/48");
        assertThat(((Scalar) figure("false")).text()).isEqualTo("false");
    }

    @Example
    void nonFiniteStringsAreNumbers() {
        var s = (Scalar) figure("\"Infinity\"");
        assertThat(s.number()).hasValue(Double.POSITIVE_INFINITY);
        assertThat(((Scalar) figure("\"NaN\"")).number().getAsDouble()).isNaN();
    }

    @Example
    void theReproduceCommandIsAScalarByName() {
        var figures = FigureReader.read(json("{\"reproduce\": \"./ledger.sh audit --only x\", \"n\": 3}"));
        assertThat(figures).extracting(Figure::name).containsExactly("reproduce", "n");
    }

    @Example
    void aTable() {
        var t = (Table) figure("{\"table\": {\"columns\": [\"a\", \"b\"], \"rows\": [[1, \"x\"], [2.5, true]]}}");
        assertThat(t.columns()).containsExactly("a", "b");
        assertThat(t.rows()).containsExactly(java.util.List.of("1", "x"), java.util.List.of("2.5", "true"));
    }

    @Example
    void anXyPlotWithLogAxesAndTheIdentity() {
        var p = (XyPlot) figure("{\"plot\": \"xy\", \"title\": \"T\", \"xLabel\": \"Q_op\", \"logX\": true,"
                + " \"logY\": true, \"identity\": true, \"series\": [{\"name\": \"s\", \"x\": [1, 10],"
                + " \"y\": [1.1, \"Infinity\"], \"style\": \"line\"}]}");
        assertThat(p.logX()).isTrue();
        assertThat(p.identity()).isTrue();
        assertThat(p.text().title()).hasValue("T");
        assertThat(p.series().get(0).y()[1]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(p.series().get(0).style()).isEqualTo(XyPlot.Style.LINE);
    }

    @Example
    void aSpectrumWithMarksAndWeights() {
        var s = (SpectrumPlot) figure("{\"plot\": \"spectrum\", \"lambdas\": [1, 0.5, 0.2],"
                + " \"marked\": [false, true, false], \"weights\": [0, 0.9, 1e-31]}");
        assertThat(s.markedCount()).isEqualTo(1);
        assertThat(s.weights()).containsExactly(0, 0.9, 1e-31);
    }

    @Example
    void aHeatmapWithBooleanCells() {
        var h = (HeatmapPlot) figure("{\"plot\": \"heatmap\", \"xValues\": [0, 0.5], \"yValues\": [1],"
                + " \"values\": [[true, 3]], \"valueLabel\": \"v\"}");
        assertThat(h.values()[0]).containsExactly(1, 3);
        assertThat(h.xValues()).containsExactly("0", "0.5");
    }

    @Example
    void otherJsonIsKeptAsStructured() {
        assertThat(figure("{\"single\": 22, \"multi\": 46}")).isEqualTo(new Structured("f", "{\"single\":22,\"multi\":46}"));
        assertThat(figure("[1, 2]")).isInstanceOf(Structured.class);
    }

    @Example
    void anUnknownPlot() {
        assertThat(((Malformed) figure("{\"plot\": \"pie\"}")).reason()).contains("unknown plot 'pie'");
    }

    @Example
    void seriesOfUnequalLength() {
        var m = (Malformed) figure("{\"plot\": \"xy\", \"series\": [{\"x\": [1, 2], \"y\": [1]}]}");
        assertThat(m.reason()).contains("series[0]").contains("2 x values but 1 y values");
    }

    @Example
    void marksThatDoNotMatchTheEigenvalues() {
        var m = (Malformed) figure("{\"plot\": \"spectrum\", \"lambdas\": [1, 0.5], \"marked\": [true]}");
        assertThat(m.reason()).contains("'marked' must be a list of 2 booleans");
    }

    @Example
    void aRaggedHeatmap() {
        var m = (Malformed) figure("{\"plot\": \"heatmap\", \"xValues\": [1, 2], \"yValues\": [1],"
                + " \"values\": [[1]]}");
        assertThat(m.reason()).contains("values[0]");
    }

    @Example
    void aTableRowOfTheWrongWidth() {
        var m = (Malformed) figure("{\"table\": {\"columns\": [\"a\"], \"rows\": [[1, 2]]}}");
        assertThat(m.reason()).contains("rows[0]").contains("2 cells for 1 columns");
    }

    @Example
    void aNumberThatIsNotOne() {
        var m = (Malformed) figure("{\"plot\": \"xy\", \"series\": [{\"x\": [1], \"y\": [\"lots\"]}]}");
        assertThat(m.reason()).contains("series[0].y[0]").contains("must be a number");
    }
}
