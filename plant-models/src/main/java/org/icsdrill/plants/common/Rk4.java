package org.icsdrill.plants.common;

/**
 * The classical fourth-order Runge-Kutta step for a small autonomous ODE system, without allocation
 * per step (a plant takes hundreds of thousands of steps per test run). Shared by the plants
 * in this module.
 */
public final class Rk4 {

    /** dy/dt = f(y), with inputs held by the system over the step. */
    public interface System {
        void derivatives(double[] y, double[] dydt);
    }

    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] scratch;

    public Rk4(int dimension) {
        k1 = new double[dimension];
        k2 = new double[dimension];
        k3 = new double[dimension];
        k4 = new double[dimension];
        scratch = new double[dimension];
    }

    public void step(System system, double[] y, double h) {
        system.derivatives(y, k1);
        offset(y, k1, h / 2);
        system.derivatives(scratch, k2);
        offset(y, k2, h / 2);
        system.derivatives(scratch, k3);
        offset(y, k3, h);
        system.derivatives(scratch, k4);
        for (int i = 0; i < y.length; i++) {
            y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    private void offset(double[] y, double[] k, double h) {
        for (int i = 0; i < y.length; i++) {
            scratch[i] = y[i] + h * k[i];
        }
    }
}
