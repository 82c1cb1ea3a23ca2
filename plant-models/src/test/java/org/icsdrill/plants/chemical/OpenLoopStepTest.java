package org.icsdrill.plants.chemical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A coolant valve step with every loop in manual, compared with the linearised model.
 *
 * <p>The linear model is the book's 2x2 Jacobian in (cA, T) ({@link CstrParameters#jacobian}, Seborg
 * ch. 4), with this plant's jacket added as a third state because the plant manipulates the coolant
 * flow, not Tc directly. The jacket row is the linearised jacket energy balance
 * {@code dTj/dt = Fc/Vj (Tcin - Tj) + UA (T - Tj)/(Vj ρw Cw)}, and the input is the coolant flow Fc.
 * Feed and outlet flows are fixed (loops in manual) so the volume stays at the book's 100 L.
 *
 * <p>The book's operating point is open-loop unstable (eigenvalue +2.83 1/min), so the step response has
 * no final value and no 63 % time. Instead the test compares the times at which the reactor temperature
 * has moved by 0.5, 1 and 2 K, which the unstable mode dominates, and requires agreement within 20 %.
 */
class OpenLoopStepTest {

    private static final double VALVE_STEP = -1;

    @Test
    void lessCoolantHeatsTheReactorAtTheLinearModelsRate() {
        CstrParameters book = CstrParameters.SEBORG;
        EquipmentParameters eq = EquipmentParameters.STANDARD;
        OperatingPoint op = OperatingPoint.DESIGN;
        LinearModel linear = jacketedLinearModel(book, eq, op);
        double flowStep = VALVE_STEP / 100 * eq.coolantMaxFlow();

        PlantHarness h = new PlantHarness(31);
        h.allLoopsManual();
        h.write(ChemicalTag.TV101, op.coolantValve() + VALVE_STEP);
        double[] levels = {0.5, 1, 2};
        double[] simulated = new double[levels.length];
        int reached = 0;
        while (reached < levels.length && h.time() < 600) {
            h.step();
            double rise = h.truth(ChemicalTag.TT101) - op.temperature();
            assertThat(rise).as("less cooling must not cool").isGreaterThan(-1e-6);
            while (reached < levels.length && rise >= levels[reached]) {
                simulated[reached++] = h.time();
            }
        }
        assertThat(reached).as("temperature rose by 2 K within 10 minutes").isEqualTo(levels.length);

        for (int i = 0; i < levels.length; i++) {
            double expected = 60 * linear.timeToReach(1, levels[i], flowStep, 10);
            System.out.printf("coolant step -1 %%: T +%.1f K after %.1f s simulated, %.1f s linear model%n",
                    levels[i], simulated[i], expected);
            assertThat(simulated[i]).isBetween(0.8 * expected, 1.2 * expected);
        }
    }

    /** States (cA, T, Tj), time in minutes, input Fc in L/min. */
    static LinearModel jacketedLinearModel(CstrParameters book, EquipmentParameters eq, OperatingPoint op) {
        double[][] reactor = book.jacobian(op.concentration(), op.temperature());
        double coolantFlow = op.coolantValve() / 100 * eq.coolantMaxFlow();
        double jacketCapacity = eq.jacketVolume() * eq.coolantVolumetricHeatCapacity();
        double[][] a = {
            {reactor[0][0], reactor[0][1], 0},
            {reactor[1][0], reactor[1][1], book.coolingRate()},
            {0, book.ua() / jacketCapacity, -coolantFlow / eq.jacketVolume() - book.ua() / jacketCapacity}
        };
        double[] b = {0, 0, (eq.coolantSupplyTemperature() - op.jacketTemperature()) / eq.jacketVolume()};
        return new LinearModel(a, b);
    }
}
