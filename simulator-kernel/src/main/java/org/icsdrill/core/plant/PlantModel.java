package org.icsdrill.core.plant;

import java.util.List;
import java.util.Optional;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;

/**
 * The plant SPI: everything the kernel needs to run a plant, and nothing about protocols. The
 * kernel wires the layers (instruments, PLC, safety system, actuators, physics, network view) so
 * that attacks and faults can be placed at any layer from outside the plant's classes.
 */
public interface PlantModel {

    /** Short lowercase id used on the command line and in tag paths, such as {@code chemical}. */
    String id();

    String displayName();

    String description();

    /**
     * The name and description in {@code language} (an ISO 639 code such as {@code ja}), or empty where
     * the plant has none; {@link #displayName()} and {@link #description()} are the English ones.
     */
    default Optional<PlantTitle> title(String language) {
        return Optional.empty();
    }

    TagCatalog tags();

    /** The state tag that the safety system latches when it trips. */
    TagKey tripState();

    /**
     * The momentary command that resets the safety system once its trip conditions have cleared
     * (the "reset the SIS" response); empty for a plant without one.
     */
    default Optional<TagKey> safetyReset() {
        return Optional.empty();
    }

    /**
     * Latches the safety system's trip now, as the emergency shutdown push-button on a control desk
     * does. Runs on the simulation thread; the safety program's next scan then holds the plant in
     * its safe state until a reset. By default the trip state itself is latched.
     */
    default void emergencyShutdown(ControllerMemory memory) {
        memory.set(tripState(), true);
    }

    PhysicalProcess createProcess();

    /**
     * The physical inputs at the plant's boundary that another plant may drive (fuel supply, electrical bus),
     * each with its unit and nominal value; the process runs at the nominal values until they are set. None
     * by default.
     */
    default List<BoundaryInput> inputs() {
        return List.of();
    }

    /**
     * The physics on a calendar: schedules, weather and demand follow the local time of plant time 0. By
     * default the plant has no calendar and ignores it.
     */
    default PhysicalProcess createProcess(PlantCalendar calendar) {
        return createProcess();
    }

    /** A fresh copy of the golden PLC program. */
    ControlProgram createControlProgram();

    /** The golden PLC program on a calendar (time schedules); by default it ignores the calendar. */
    default ControlProgram createControlProgram(PlantCalendar calendar) {
        return createControlProgram();
    }

    /** A fresh copy of the safety instrumented system's program, on its own sensors. */
    ControlProgram createSafetyProgram();

    /**
     * The plant's mimic: its equipment drawn and bound to its tags. The simulator publishes it to
     * the consoles, which draw whatever they are given; a plant without one has no mimic screen.
     */
    default Optional<MimicLayout> mimic() {
        return Optional.empty();
    }
}
