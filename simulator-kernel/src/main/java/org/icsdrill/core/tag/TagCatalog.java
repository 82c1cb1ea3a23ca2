package org.icsdrill.core.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered tag declarations of one plant; a tag's index is its position. */
public final class TagCatalog {

    private final List<TagDef> tags;
    private final List<TagKey> keys;
    private final Map<String, Integer> indexByName;
    private final TagTranslations translations;

    /** @param declaredBy the enum that declares the keys, whose translations lie beside it; null for none */
    private TagCatalog(List<? extends TagKey> keys, Class<?> declaredBy) {
        this.keys = List.copyOf(keys);
        List<TagDef> defs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).ordinal() != i) {
                throw new IllegalArgumentException("tag key " + keys.get(i).def().name() + " is not at its ordinal");
            }
            defs.add(keys.get(i).def());
        }
        this.tags = List.copyOf(defs);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.tags.size(); i++) {
            if (index.put(this.tags.get(i).name(), i) != null) {
                throw new IllegalArgumentException("tag declared twice: " + this.tags.get(i).name());
            }
        }
        this.indexByName = Collections.unmodifiableMap(index);
        this.translations = declaredBy == null ? TagTranslations.none()
                : TagTranslations.beside(declaredBy, indexByName.keySet());
    }

    public static TagCatalog of(List<TagDef> tags) {
        List<TagKey> keys = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            keys.add(new IndexKey(tags.get(i), i));
        }
        return new TagCatalog(keys, null);
    }

    /**
     * Builds the catalog from an enum of tag keys, so that each key's ordinal is its index, with the
     * translated descriptions kept beside the enum ({@link TagTranslations}).
     */
    public static <E extends Enum<E> & TagKey> TagCatalog fromEnum(Class<E> keys) {
        return new TagCatalog(List.of(keys.getEnumConstants()), keys);
    }

    /** The tags' descriptions in the console's other languages. */
    public TagTranslations translations() {
        return translations;
    }

    public int size() {
        return tags.size();
    }

    public TagDef get(int index) {
        return tags.get(index);
    }

    public TagKey key(int index) {
        return keys.get(index);
    }

    public List<TagDef> all() {
        return tags;
    }

    public Optional<Integer> indexOf(String name) {
        return Optional.ofNullable(indexByName.get(name));
    }

    public int require(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("unknown tag: " + name);
        }
        return index;
    }

    private record IndexKey(TagDef def, int ordinal) implements TagKey {
    }
}
