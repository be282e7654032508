package org.trainability.site.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** The plots come out as inline SVG that scales, and nothing is left out without a note. */
class PlotRendererExamples {

    private static final PlotText TEXT = new PlotText(Optional.of("t"), Optional.empty());

    @Example
    void anXyPlotIsAScalableSvgElement() {
        var plot = new XyPlot("q", TEXT, "Q_op", "Q⊥", true, true, true, List.of(new XyPlot.Series("s",
                new double[] {1, 10, 100}, new double[] {1.1, 9, 120}, XyPlot.Style.POINTS)));
        var rendered = PlotRenderer.render(plot, "svg-q");
        assertThat(rendered.svg()).startsWith("<svg").contains("id='svg-q'").contains("viewBox='0.0 0.0 720.0 420.0'");
        assertThat(rendered.svg().substring(0, rendered.svg().indexOf('>'))).doesNotContain("width=");
        assertThat(rendered.svg()).contains("y = x");
        assertThat(rendered.notes()).isEmpty();
    }

    @Example
    void roundingLevelValuesGetAnAxisOfTheirOwn() {
        // JFreeChart's default minimum auto range (1e-8) would swamp residuals near 1e-15 (on a log
        // axis it reached below zero and nothing was drawn); the minimum scales with the data.
        assertThat(PlotRenderer.minimumRange(1.6e-15, 1.25e-14)).isLessThan(1e-16).isPositive();
        assertThat(PlotRenderer.minimumRange(1, 1)).isEqualTo(1e-6);
        assertThat(PlotRenderer.minimumRange(0, 0)).isEqualTo(1e-8);
        var plot = new XyPlot("r", TEXT, "N", "error", false, true, false, List.of(new XyPlot.Series("s",
                new double[] {5, 6, 7}, new double[] {2.9e-15, 1.25e-14, 1.6e-15}, XyPlot.Style.POINTS)));
        assertThat(PlotRenderer.render(plot, "r").notes()).isEmpty();
    }

    @Example
    void valuesALogAxisCannotShowAreCounted() {
        var plot = new XyPlot("q", TEXT, "x", "y", true, true, false, List.of(new XyPlot.Series("s",
                new double[] {1, 0, 10, 5}, new double[] {1, 1, Double.NaN, -2}, XyPlot.Style.POINTS)));
        assertThat(PlotRenderer.render(plot, "p").notes()).containsExactly(
                "1 value of s not drawn: non-finite (Infinity or NaN).",
                "2 values of s not drawn: not positive, so not on a log axis.");
    }

    @Example
    void aSpectrumMarksItsRelevantModes() {
        var s = new SpectrumPlot("s", TEXT, new double[] {1, 0.5, 0.5, 0}, new boolean[] {false, true, true, false},
                new double[] {0, 1, 1, 0});
        var rendered = PlotRenderer.render(s, "sp");
        assertThat(rendered.svg()).contains("in C*(O)").contains("outside C*(O)").contains("W_c");
        assertThat(rendered.notes()).containsExactly(
                "2 values of weights not drawn: zero, negative or non-finite, so not on the log axis.");
    }

    @Example
    void aHeatmapWritesItsValuesAndGreysOutMissingCells() {
        var h = new HeatmapPlot("h", TEXT, "Γ", "β", List.of("0", "1"), List.of("0.2", "0.4"),
                new double[][] {{1, 2}, {3, Double.NaN}}, "v");
        var rendered = PlotRenderer.render(h, "hm");
        assertThat(rendered.svg()).contains(">3<").contains("—");
        assertThat(rendered.notes()).containsExactly("1 value of cells not drawn: non-finite, drawn grey.");
    }

    @Example
    void aWideSpreadOfValuesGetsALogColourScale() {
        var h = new HeatmapPlot("h", TEXT, "x", "y", List.of("a", "b"), List.of("c"), new double[][] {{1, 1e4}}, "v");
        var wide = PlotRenderer.render(h, "hm");
        assertThat(wide.notes()).containsExactly("The colour scale is logarithmic: the values span 4.0 decades.");
        assertThat(wide.svg()).contains(">10000<").contains(">1000<");
        var narrow = new HeatmapPlot("h", TEXT, "x", "y", List.of("a", "b"), List.of("c"), new double[][] {{1, 50}}, "v");
        assertThat(PlotRenderer.render(narrow, "hm").notes()).isEmpty();
    }

    @Example
    void twoPlotsOnOnePageShareNoDefinitions() {
        var plot = new XyPlot("q", TEXT, "x", "y", false, false, false, List.of(new XyPlot.Series("s",
                new double[] {1, 2}, new double[] {1, 2}, XyPlot.Style.LINE)));
        var a = PlotRenderer.render(plot, "first").svg();
        var b = PlotRenderer.render(plot, "second").svg();
        var ids = java.util.regex.Pattern.compile("id='([^']+)'");
        var inA = ids.matcher(a).results().map(m -> m.group(1)).toList();
        var inB = ids.matcher(b).results().map(m -> m.group(1)).toList();
        assertThat(inA).isNotEmpty().doesNotContainAnyElementsOf(inB);
    }
}
