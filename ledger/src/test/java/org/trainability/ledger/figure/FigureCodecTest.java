package org.trainability.ledger.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.trainability.ledger.json.JsonShapeException;

/** The codec reads the documented shapes, older records' defaults, and refuses what it cannot draw. */
class FigureCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Figures read(String json) throws Exception {
        return FigureCodec.readAll("audit.json", "checks[0].figures", JSON.readTree(json));
    }

    @Test
    void scalarsKeepTheirKind() throws Exception {
        var f = read("{\"rate\": 0.958, \"cells\": 48, \"count\": \"46/48\", \"resolved\": false, \"gap\": \"Infinity\"}");
        assertThat(f.get("rate")).isEqualTo(new Scalar.Real(0.958));
        assertThat(f.get("cells")).isEqualTo(new Scalar.Whole(48));
        assertThat(f.text("count")).isEqualTo("46/48");
        assertThat(f.flag("resolved")).isFalse();
        assertThat(f.number("gap")).isInfinite();
    }

    @Test
    void anOlderXyPlotWithoutItsFlagsReadsWithTheDefaults() throws Exception {
        var f = read("{\"p\": {\"plot\": \"xy\", \"title\": \"t\", \"xLabel\": \"L\", \"yLabel\": \"tau\", \"logY\": true,"
                + " \"series\": [{\"name\": \"s\", \"x\": [1, 2], \"y\": [3.5, \"NaN\"], \"style\": \"line\"}]}}");
        var p = f.xy("p");
        assertThat(p.x().scale()).isEqualTo(XyPlot.Scale.LINEAR);
        assertThat(p.y().scale()).isEqualTo(XyPlot.Scale.LOG);
        assertThat(p.guide()).isEqualTo(XyPlot.Guide.NONE);
        assertThat(p.text().caption()).isEmpty();
        assertThat(p.series().get(0).y()[1]).isNaN();
    }

    @Test
    void aPlotOfAnUnknownKindIsRefusedByName() {
        assertThatThrownBy(() -> read("{\"p\": {\"plot\": \"pie\"}}")).isInstanceOf(JsonShapeException.class)
                .hasMessageContaining("audit.json: field 'checks[0].figures.p.plot'")
                .hasMessageContaining("unknown plot 'pie'");
    }

    @Test
    void aSeriesWithMoreXThanYIsRefused() {
        assertThatThrownBy(() -> read("{\"p\": {\"plot\": \"xy\", \"xLabel\": \"x\", \"yLabel\": \"y\","
                + " \"series\": [{\"name\": \"s\", \"x\": [1, 2], \"y\": [3], \"style\": \"points\"}]}}"))
                .isInstanceOf(JsonShapeException.class).hasMessageContaining("checks[0].figures.p.series[0].y");
    }

    @Test
    void aMisspelledFieldIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> read("{\"p\": {\"plot\": \"xy\", \"xLabel\": \"x\", \"yLabel\": \"y\", \"logx\": true,"
                + " \"series\": []}}")).isInstanceOf(JsonShapeException.class)
                .hasMessageContaining("checks[0].figures.p.logx").hasMessageContaining("unknown field");
    }

    @Test
    void anObjectThatIsNeitherTableNorPlotIsRefused() {
        assertThatThrownBy(() -> read("{\"m\": {\"a\": 1}}")).isInstanceOf(JsonShapeException.class)
                .hasMessageContaining("must be a table");
    }

    @Test
    void aTableRowOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> read("{\"t\": {\"table\": {\"columns\": [\"a\", \"b\"], \"rows\": [[1]]}}}"))
                .isInstanceOf(JsonShapeException.class).hasMessageContaining("checks[0].figures.t.table.rows[0]");
    }

    @Test
    void aTextSpelledLikeANonFiniteNumberCannotBeMade() {
        assertThatThrownBy(() -> new Scalar.Text("NaN")).isInstanceOf(IllegalArgumentException.class);
    }
}
