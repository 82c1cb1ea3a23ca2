package org.icsdrill.scenario.effect;

import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.scenario.engine.Effect;

/**
 * An effect that is nothing but hooks to remove when it stops: instrument modifiers, view filters,
 * forced actuators, suppressed alarms, policy entries. Stopping twice undoes once.
 */
public final class UndoEffect implements Effect {

    private final List<Removable> undo;
    private boolean stopped;

    private UndoEffect(List<Removable> undo) {
        this.undo = List.copyOf(undo);
    }

    public static Effect of(Removable... undo) {
        return new UndoEffect(List.of(undo));
    }

    public static Effect of(List<Removable> undo) {
        return new UndoEffect(new ArrayList<>(undo));
    }

    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        // in reverse order of installation, as hooks stacked on one signal expect
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).remove();
        }
    }
}
