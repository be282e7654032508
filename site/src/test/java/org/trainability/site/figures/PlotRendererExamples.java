package org.trainability.site.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import org.trainability.ledger.figure.HeatMap;
import org.trainability.ledger.figure.Image;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.SpectrumPlot;
import org.trainability.ledger.figure.XyPlot;
import org.trainability.ledger.figure.XyPlot.Axis;
import org.trainability.ledger.figure.XyPlot.Guide;
import org.trainability.ledger.figure.XyPlot.Series;

/** The plots come out as inline SVG that scales, and nothing is left out without a note. */
class PlotRendererExamples {

    private static final PlotText TEXT = PlotText.titled("t");

    @Example
    void anXyPlotIsAScalableSvgElement() {
        var plot = new XyPlot(TEXT, Axis.log("Q_op"), Axis.log("Q⊥"), Guide.IDENTITY, List.of(Series.points("s",
                new double[] {1, 10, 100}, new double[] {1.1, 9, 120})));
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
        var plot = new XyPlot(TEXT, Axis.linear("N"), Axis.log("error"), Guide.NONE, List.of(Series.points("s",
                new double[] {5, 6, 7}, new double[] {2.9e-15, 1.25e-14, 1.6e-15})));
        assertThat(PlotRenderer.render(plot, "r").notes()).isEmpty();
    }

    @Example
    void valuesALogAxisCannotShowAreCounted() {
        var plot = new XyPlot(TEXT, Axis.log("x"), Axis.log("y"), Guide.NONE, List.of(Series.points("s",
                new double[] {1, 0, 10, 5}, new double[] {1, 1, Double.NaN, -2})));
        assertThat(PlotRenderer.render(plot, "p").notes()).containsExactly(
                "1 value of s not drawn: non-finite (Infinity or NaN).",
                "2 values of s not drawn: not positive, so not on a log axis.");
    }

    @Example
    void aSpectrumMarksItsRelevantModes() {
        var s = new SpectrumPlot(TEXT, new double[] {1, 0.5, 0.5, 0}, new boolean[] {false, true, true, false},
                new double[] {0, 1, 1, 0});
        var rendered = PlotRenderer.render(s, "sp");
        assertThat(rendered.svg()).contains("in C*(O)").contains("outside C*(O)").contains("W_c");
        assertThat(rendered.notes()).containsExactly(
                "2 values of weights not drawn: zero, negative or non-finite, so not on the log axis.");
    }

    @Example
    void aHeatmapWritesItsValuesAndGreysOutMissingCells() {
        var h = new HeatMap(TEXT, "Γ", "β", new double[] {0, 1}, new double[] {0.2, 0.6000000000000001},
                new double[][] {{1, 2}, {3, Double.NaN}}, "v");
        var rendered = PlotRenderer.render(h, "hm");
        assertThat(rendered.svg()).contains(">3<").contains("—");
        assertThat(rendered.svg()).contains(">0.6<").doesNotContain("0.6000000000000001");
        assertThat(rendered.notes()).containsExactly("1 value of cells not drawn: non-finite, drawn grey.");
    }

    @Example
    void aWideSpreadOfValuesGetsALogColourScale() {
        var h = new HeatMap(TEXT, "x", "y", new double[] {1, 2}, new double[] {1}, new double[][] {{1, 1e4}}, "v");
        var wide = PlotRenderer.render(h, "hm");
        assertThat(wide.notes()).containsExactly("The colour scale is logarithmic: the values span 4.0 decades.");
        assertThat(wide.svg()).contains(">10000<").contains(">1000<");
        var narrow = new HeatMap(TEXT, "x", "y", new double[] {1, 2}, new double[] {1}, new double[][] {{1, 50}}, "v");
        assertThat(PlotRenderer.render(narrow, "hm").notes()).isEmpty();
    }

    @Example
    void twoPlotsOnOnePageShareNoDefinitions() {
        var plot = new XyPlot(TEXT, Axis.linear("x"), Axis.linear("y"), Guide.NONE, List.of(Series.line("s",
                new double[] {1, 2}, new double[] {1, 2})));
        var a = PlotRenderer.render(plot, "first").svg();
        var b = PlotRenderer.render(plot, "second").svg();
        var ids = java.util.regex.Pattern.compile("id='([^']+)'");
        var inA = ids.matcher(a).results().map(m -> m.group(1)).toList();
        var inB = ids.matcher(b).results().map(m -> m.group(1)).toList();
        assertThat(inA).isNotEmpty().doesNotContainAnyElementsOf(inB);
    }

    @Example
    void anImageIsOneGreyRectPerRunOfEqualPixels() {
        // Row 0: black, black, white; row 1: mid-grey (0.5 → 128 of 255), white, white.
        var image = new Image(TEXT, 3, 2, new double[] {0, 0, 1, 0.5, 1, 1});
        var rendered = PlotRenderer.render(image, "img");
        assertThat(rendered.notes()).isEmpty();
        assertThat(rendered.svg()).startsWith("<svg").contains("id='img'").contains("viewBox='0 0 3 2'");
        var rects = java.util.regex.Pattern.compile("<rect x='(\\d+)' y='(\\d+)' width='(\\d+)' height='1' fill='([^']+)'/>")
                .matcher(rendered.svg()).results().map(m -> m.group(1) + "," + m.group(2) + " " + m.group(3) + " "
                        + m.group(4)).toList();
        assertThat(rects).containsExactly("0,0 2 #000000", "2,0 1 #ffffff", "0,1 1 #808080", "1,1 2 #ffffff");
    }

    @Example
    void greyLevelsRunFromBlackToWhite() {
        assertThat(PlotRenderer.greyLevel(0)).isZero();
        assertThat(PlotRenderer.greyLevel(1)).isEqualTo(255);
        assertThat(PlotRenderer.greyLevel(0.5)).isEqualTo(128);
    }
}
