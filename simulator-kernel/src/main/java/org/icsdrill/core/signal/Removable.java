package org.icsdrill.core.signal;

/** Undoes one installed hook (an attack or fault ending); removing twice does nothing. */
@FunctionalInterface
public interface Removable {
    void remove();
}
