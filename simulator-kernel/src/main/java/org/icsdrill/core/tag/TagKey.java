package org.icsdrill.core.tag;

/**
 * A plant's handle on one of its tags, usually an enum constant: the ordinal is the tag's index in
 * the plant's {@link TagCatalog}, so plant code reads and writes by array index.
 */
public interface TagKey {
    TagDef def();

    int ordinal();
}
