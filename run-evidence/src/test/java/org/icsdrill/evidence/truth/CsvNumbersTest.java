package org.icsdrill.evidence.truth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers in the ground-truth CSV files: whole ones bare, others in Java's shortest round-trip form. */
class CsvNumbersTest {

    private static String csv(double value) {
        StringBuilder line = new StringBuilder("x=");
        CsvNumbers.appendNumber(line, value);
        return line.toString();
    }

    @Test
    void wholeNumbersAreWrittenWithoutAFraction() {
        assertThat(csv(0)).isEqualTo("x=0");
        assertThat(csv(40)).isEqualTo("x=40");
        assertThat(csv(-3)).isEqualTo("x=-3");
        assertThat(csv(-0.0)).isEqualTo("x=0");
        assertThat(csv(999_999_999_999_999.0)).isEqualTo("x=999999999999999");
    }

    @Test
    void otherNumbersAreTheShortestDecimalThatReadsBackTheSame() {
        assertThat(csv(99.5)).isEqualTo("x=99.5");
        assertThat(csv(-2.25)).isEqualTo("x=-2.25");
        assertThat(csv(0.1 + 0.2)).isEqualTo("x=0.30000000000000004");
        assertThat(Double.parseDouble(csv(0.1 + 0.2).substring(2))).isEqualTo(0.1 + 0.2);
    }

    @Test
    void veryLargeAndVerySmallNumbersAreWrittenAsJavaDoesWithAnExponent() {
        assertThat(csv(1e15)).isEqualTo("x=1.0E15"); // whole, but from 10^15 on no longer bare
        assertThat(csv(-1e16)).isEqualTo("x=-1.0E16");
        assertThat(csv(1e-7)).isEqualTo("x=1.0E-7");
    }

    @Test
    void notANumberAndTheInfinitiesAreWrittenAsJavaNamesThem() {
        assertThat(csv(Double.NaN)).isEqualTo("x=NaN");
        assertThat(csv(Double.POSITIVE_INFINITY)).isEqualTo("x=Infinity");
        assertThat(csv(Double.NEGATIVE_INFINITY)).isEqualTo("x=-Infinity");
    }
}
