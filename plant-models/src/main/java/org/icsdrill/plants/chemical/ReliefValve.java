package org.icsdrill.plants.chemical;

/** A spring-loaded relief valve: lifts at its set pressure, reseats below it after the blowdown. */
final class ReliefValve {

    private final double setPressure;
    private final double reseatPressure;
    private boolean open;
    private int lifts;

    ReliefValve(double setPressure, double reseatPressure) {
        if (!(reseatPressure < setPressure)) {
            throw new IllegalArgumentException("reseat pressure must be below the set pressure");
        }
        this.setPressure = setPressure;
        this.reseatPressure = reseatPressure;
    }

    /** Updates with the vessel pressure in kPa; returns whether the valve is open. */
    boolean update(double pressure) {
        if (open && pressure <= reseatPressure) {
            open = false;
        } else if (!open && pressure >= setPressure) {
            open = true;
            lifts++;
        }
        return open;
    }

    boolean isOpen() {
        return open;
    }

    int lifts() {
        return lifts;
    }

    void close() {
        open = false;
    }
}
