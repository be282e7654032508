package org.trainability.site.figures;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import org.trainability.ledger.figure.PlotText;
import org.trainability.ledger.figure.Scalar;
import org.trainability.ledger.figure.Table;
import org.trainability.ledger.figure.Values;

/** Scalars and lists of values as the site writes them; tables and plots are not text. */
class FigureTextExamples {

    @Example
    void eachKindOfScalar() {
        assertThat(FigureText.of(new Scalar.Real(0.958))).isEqualTo("0.958");
        assertThat(FigureText.of(new Scalar.Real(2.2e-16))).isEqualTo("2.2e-16");
        assertThat(FigureText.of(new Scalar.Real(Double.POSITIVE_INFINITY))).isEqualTo("Infinity");
        assertThat(FigureText.of(new Scalar.Whole(48))).isEqualTo("48");
        assertThat(FigureText.of(new Scalar.Text("46/48"))).isEqualTo("46/48");
        assertThat(FigureText.of(new Scalar.Flag(false))).isEqualTo("false");
    }

    @Example
    void aListOfValues() {
        assertThat(FigureText.of(new Values(new double[] {0.5, 0.9085602964160698, Double.NaN})))
                .isEqualTo("[0.5, 0.90856, NaN]");
    }

    @Example
    void onlyScalarsAndValuesAreInline() {
        assertThat(FigureText.inline(new Scalar.Whole(3))).hasValue("3");
        assertThat(FigureText.inline(new Values(new double[0]))).hasValue("[]");
        assertThat(FigureText.inline(Table.withColumns("a").row(1L).build())).isEmpty();
        assertThat(FigureText.inline(new org.trainability.ledger.figure.Image(PlotText.none(), 1, 1,
                new double[] {0}))).isEmpty();
    }
}
