package org.trainability.ledger.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;


import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every figure survives writing to JSON text and reading back, non-finite numbers included. */
class FigureCodecProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300, seed = "20261205")
    void writingThenReadingGivesTheSameFigures(@ForAll("figureSets") Figures figures) throws Exception {
        var text = JSON.writeValueAsString(FigureCodec.writeAll(figures));
        var back = FigureCodec.readAll("test", "figures", JSON.readTree(text));
        assertThat(back).isEqualTo(figures);
    }

    @Provide
    Arbitrary<Figures> figureSets() {
        var names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        return Arbitraries.maps(names, figures()).ofMaxSize(6).map(Figures::of);
    }

    private static Arbitrary<Figure> figures() {
        return Arbitraries.oneOf(scalars().map(s -> (Figure) s), tables(), xyPlots(), spectra(), heatMaps(), images(),
                reals(8).map(Values::new));
    }

    private static Arbitrary<Double> real() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1e-300,
                        Double.MAX_VALUE, 2.0));
    }

    private static Arbitrary<double[]> reals(int max) {
        return real().array(double[].class).ofMaxSize(max);
    }

    private static Arbitrary<Scalar> scalars() {
        return Arbitraries.oneOf(real().map(Scalar.Real::new),
                Arbitraries.longs().map(Scalar.Whole::new),
                Arbitraries.strings().ofMaxLength(12).filter(s -> !FigureCodec.isNonFiniteName(s)).map(Scalar.Text::new),
                Arbitraries.of(true, false).map(Scalar.Flag::new));
    }

    private static Arbitrary<PlotText> texts() {
        var text = Arbitraries.strings().ofMaxLength(10).optional();
        return Combinators.combine(text, text).as(PlotText::new);
    }

    private static Arbitrary<Figure> tables() {
        return Arbitraries.integers().between(1, 4).flatMap(columns -> scalars().list().ofSize(columns).list()
                .ofMaxSize(5).map(rows -> {
                    var names = new ArrayList<String>();
                    for (int c = 0; c < columns; c++) {
                        names.add("c" + c);
                    }
                    return new Table(names, rows);
                }));
    }

    private static Arbitrary<Figure> xyPlots() {
        var series = Arbitraries.integers().between(0, 6).flatMap(n -> Combinators.combine(
                Arbitraries.strings().ofMaxLength(5), real().array(double[].class).ofSize(n),
                real().array(double[].class).ofSize(n), Arbitraries.of(XyPlot.Style.class)).as(XyPlot.Series::new));
        var axis = Combinators.combine(Arbitraries.strings().ofMaxLength(5), Arbitraries.of(XyPlot.Scale.class))
                .as(XyPlot.Axis::new);
        return Combinators.combine(texts(), axis, axis, Arbitraries.of(XyPlot.Guide.class), series.list().ofMaxSize(3))
                .as(XyPlot::new);
    }

    private static Arbitrary<Figure> spectra() {
        return Arbitraries.integers().between(0, 6).flatMap(n -> Combinators.combine(texts(),
                real().array(double[].class).ofSize(n), Arbitraries.of(true, false).list().ofSize(n),
                Arbitraries.of(true, false)).as((t, l, m, w) -> {
                    var marked = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        marked[i] = m.get(i);
                    }
                    return new SpectrumPlot(t, l, marked, w ? l : new double[0]);
                }));
    }

    private static Arbitrary<Figure> heatMaps() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4))
                .flatAs((cols, rows) -> Combinators.combine(texts(), real().array(double[].class).ofSize(cols),
                        real().array(double[].class).ofSize(rows),
                        real().array(double[].class).ofSize(cols).list().ofSize(rows))
                        .as((t, xs, ys, values) -> new HeatMap(t, "x", "y", xs, ys,
                                values.toArray(double[][]::new), "v")));
    }

    private static Arbitrary<Figure> images() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
                .flatAs((w, h) -> Combinators.combine(texts(),
                        Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(w * h))
                        .as((t, pixels) -> new Image(t, w, h, pixels)));
    }

}
