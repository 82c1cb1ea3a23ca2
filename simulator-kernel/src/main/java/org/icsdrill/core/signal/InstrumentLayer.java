package org.icsdrill.core.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;

/**
 * The instruments of one plant: true value, plus Gaussian noise of the tag's declared size, then
 * any installed modifiers, then saturation at the instrument's span.
 */
public final class InstrumentLayer {

    private final TagCatalog catalog;
    private final List<List<SignalModifier>> modifiers;

    public InstrumentLayer(TagCatalog catalog) {
        this.catalog = catalog;
        this.modifiers = new ArrayList<>(catalog.size());
        for (int i = 0; i < catalog.size(); i++) {
            modifiers.add(new CopyOnWriteArrayList<>());
        }
    }

    public double sample(int tagIndex, double trueValue, double plantTimeSeconds, RandomGenerator random) {
        TagDef def = catalog.get(tagIndex);
        double measured = trueValue;
        if (def.noise() > 0) {
            measured += def.noise() * random.nextGaussian();
        }
        for (SignalModifier modifier : modifiers.get(tagIndex)) {
            measured = modifier.apply(measured, trueValue, plantTimeSeconds, random);
        }
        return def.isDiscrete() ? (measured >= 0.5 ? 1 : 0) : def.range().clamp(measured);
    }

    /** Installs a modifier on one field tag; later installs act after earlier ones. */
    public Removable install(int tagIndex, SignalModifier modifier) {
        if (!catalog.get(tagIndex).field()) {
            throw new IllegalArgumentException(catalog.get(tagIndex).name() + " is not a field signal");
        }
        List<SignalModifier> list = modifiers.get(tagIndex);
        list.add(modifier);
        return () -> list.remove(modifier);
    }
}
