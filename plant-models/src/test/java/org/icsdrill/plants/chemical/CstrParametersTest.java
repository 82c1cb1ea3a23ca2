package org.icsdrill.plants.chemical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The textbook model itself (Seborg et al., Table 2.3), before any of this plant's equipment. */
class CstrParametersTest {

    private final CstrParameters book = CstrParameters.SEBORG;

    @Test
    void theBooksOperatingPointIsASteadyState() {
        // k(350 K) = 7.2e10 exp(-25) = 0.99993 1/min, so the book's rounded point is steady to 0.01 K/min.
        double[] rates = book.derivatives(0.5, 350, 300);
        assertThat(rates[0]).isCloseTo(0, within(1e-4));
        assertThat(rates[1]).isCloseTo(0, within(0.01));
        assertThat(book.steadyCoolantTemperature(350)).isCloseTo(300, within(0.01));
        assertThat(book.steadyConcentration(350)).isCloseTo(0.5, within(1e-4));
    }

    @Test
    void jacobianMatchesFiniteDifferences() {
        double[][] jacobian = book.jacobian(0.5, 350);
        double h = 1e-6;
        double[] dc = difference(book.derivatives(0.5 + h, 350, 300), book.derivatives(0.5 - h, 350, 300), 2 * h);
        double[] dT = difference(book.derivatives(0.5, 350 + h, 300), book.derivatives(0.5, 350 - h, 300), 2 * h);
        for (int row = 0; row < 2; row++) {
            assertThat(jacobian[row][0]).isCloseTo(dc[row], within(1e-4 * Math.abs(dc[row]) + 1e-6));
            assertThat(jacobian[row][1]).isCloseTo(dT[row], within(1e-4 * Math.abs(dT[row]) + 1e-6));
        }
    }

    @Test
    void theOperatingPointIsOpenLoopUnstable() {
        double[][] j = book.jacobian(0.5, 350);
        double trace = j[0][0] + j[1][1];
        double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
        double root = Math.sqrt(trace * trace / 4 - det);
        // A saddle: one eigenvalue about -0.45 1/min, the other about +2.83 1/min (doubling every 15 s).
        assertThat(det).isNegative();
        assertThat(trace / 2 - root).isCloseTo(-0.454, within(0.002));
        assertThat(trace / 2 + root).isCloseTo(2.833, within(0.002));
    }

    private static double[] difference(double[] plus, double[] minus, double width) {
        return new double[] {(plus[0] - minus[0]) / width, (plus[1] - minus[1]) / width};
    }
}
