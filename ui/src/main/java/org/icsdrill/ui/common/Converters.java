package org.icsdrill.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values: one way only, since the views never parse typed text back. */
public final class Converters {

    private Converters() {
    }

    /** Shows each value as {@code text} says; null as nothing. */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
