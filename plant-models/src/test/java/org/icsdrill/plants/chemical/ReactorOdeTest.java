package org.icsdrill.plants.chemical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The plant's balances reduce to the book's model at the book's volume and flows. */
class ReactorOdeTest {

    @Test
    void reactionAndHeatBalancesAreTheTextbooksAtTheBooksVolumeAndFlow() {
        CstrParameters book = CstrParameters.SEBORG;
        ReactorOde ode = new ReactorOde(book, EquipmentParameters.STANDARD);
        ode.feedFlow = book.flow();
        double[] dydt = new double[ReactorOde.SIZE];
        double[][] points = {{0.5, 350, 300}, {0.8, 330, 290}, {0.2, 370, 310}, {0.05, 420, 330}};
        for (double[] p : points) {
            double[] y = {p[0], p[1], book.volume(), p[2], 3};
            ode.derivatives(y, dydt);
            double[] expected = book.derivatives(p[0], p[1], p[2]);
            assertThat(dydt[ReactorOde.CONCENTRATION]).isCloseTo(expected[0], within(1e-9));
            assertThat(dydt[ReactorOde.TEMPERATURE]).isCloseTo(expected[1], within(1e-9));
        }
    }

    @Test
    void theDesignPointIsAnEquilibriumOfTheWholePlant() {
        OperatingPoint op = OperatingPoint.DESIGN;
        EquipmentParameters eq = EquipmentParameters.STANDARD;
        ReactorOde ode = new ReactorOde(CstrParameters.SEBORG, eq);
        ode.feedFlow = op.pumpSpeed() / 100 * eq.feedMaxFlow();
        ode.coolantFlow = op.coolantValve() / 100 * eq.coolantMaxFlow();
        ode.outletOpening = op.outletValve() / 100;
        double[] y = {op.concentration(), op.temperature(), op.volume(), op.jacketTemperature(), op.padGas()};
        double[] dydt = new double[ReactorOde.SIZE];
        ode.derivatives(y, dydt);
        for (double rate : dydt) {
            assertThat(rate).isCloseTo(0, within(1e-9));
        }
        assertThat(ode.pressure(y)).isCloseTo(eq.padPressure(), within(1e-9));
    }
}
