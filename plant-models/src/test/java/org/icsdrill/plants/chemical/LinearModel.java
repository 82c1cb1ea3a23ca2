package org.icsdrill.plants.chemical;

/**
 * A linear model dx/dt = A x + B u and its exact response to a step in u, from the matrix
 * exponential of the augmented matrix [[A, B], [0, 0]] (Van Loan, IEEE TAC 23(3), 1978): its top-right
 * block at time t is the integral of exp(A s) B over [0, t]. Computed by scaling and squaring a
 * Taylor series, which is exact to rounding for these small, well-scaled matrices.
 */
final class LinearModel {

    private final double[][] augmented;
    private final int n;

    LinearModel(double[][] a, double[] b) {
        n = a.length;
        augmented = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, augmented[i], 0, n);
            augmented[i][n] = b[i];
        }
    }

    /** State deviation at time t (in A's time unit) after a unit step of u at time zero. */
    double[] stepResponse(double t) {
        double[][] e = expm(scale(augmented, t));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = e[i][n];
        }
        return x;
    }

    /** The first time at which component {@code index} of the step response reaches {@code level}. */
    double timeToReach(int index, double level, double stepSize, double horizon) {
        double lo = 0;
        double hi = horizon;
        if (stepSize * stepResponse(hi)[index] < level) {
            throw new IllegalStateException("not reached within the horizon");
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (stepSize * stepResponse(mid)[index] >= level) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static double[][] expm(double[][] m) {
        double norm = 0;
        for (double[] row : m) {
            double sum = 0;
            for (double v : row) {
                sum += Math.abs(v);
            }
            norm = Math.max(norm, sum);
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.25) / Math.log(2)));
        double[][] a = scale(m, Math.pow(2, -squarings));
        int size = m.length;
        double[][] result = identity(size);
        double[][] term = identity(size);
        for (int k = 1; k <= 20; k++) {
            term = scale(multiply(term, a), 1.0 / k);
            result = add(result, term);
        }
        for (int i = 0; i < squarings; i++) {
            result = multiply(result, result);
        }
        return result;
    }

    private static double[][] identity(int size) {
        double[][] id = new double[size][size];
        for (int i = 0; i < size; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[][] scale(double[][] m, double factor) {
        double[][] r = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                r[i][j] = m[i][j] * factor;
            }
        }
        return r;
    }

    private static double[][] add(double[][] x, double[][] y) {
        double[][] r = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                r[i][j] = x[i][j] + y[i][j];
            }
        }
        return r;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int size = x.length;
        double[][] r = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < size; k++) {
                for (int j = 0; j < size; j++) {
                    r[i][j] += x[i][k] * y[k][j];
                }
            }
        }
        return r;
    }
}
