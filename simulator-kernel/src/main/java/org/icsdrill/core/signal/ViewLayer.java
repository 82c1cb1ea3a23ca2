package org.icsdrill.core.signal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The installed view filters of one plant, applied in install order. */
public final class ViewLayer {

    private final List<ViewFilter> filters = new CopyOnWriteArrayList<>();

    public Removable install(ViewFilter filter) {
        filters.add(filter);
        return () -> filters.remove(filter);
    }

    /** Returns the view to publish: the PLC values unless a filter changes them. */
    public double[] apply(double[] plcValues, double plantTimeSeconds) {
        double[] view = plcValues.clone();
        for (ViewFilter filter : filters) {
            filter.apply(view, plcValues, plantTimeSeconds);
        }
        return view;
    }

    public boolean isEmpty() {
        return filters.isEmpty();
    }
}
