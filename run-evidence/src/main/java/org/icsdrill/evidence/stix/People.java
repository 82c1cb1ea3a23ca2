package org.icsdrill.evidence.stix;

import java.util.LinkedHashMap;
import java.util.Map;

/** How people are named in a bundle: by their user names, or, anonymised, as "trainee 1", "trainee 2"... in order of appearance. */
final class People {

    private final boolean anonymise;
    private final StixTexts texts;
    private final Map<String, String> names = new LinkedHashMap<>();

    People(boolean anonymise, StixTexts texts) {
        this.anonymise = anonymise;
        this.texts = texts;
    }

    String name(String user) {
        if (!anonymise) {
            return user;
        }
        return names.computeIfAbsent(user, u -> texts.get("person.anonymous", String.valueOf(names.size() + 1)));
    }
}
