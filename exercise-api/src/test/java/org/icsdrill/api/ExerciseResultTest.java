package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseResultTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyCodeHasATextInBothLanguagesAndNoTextLacksACode(String language) throws IOException {
        Properties texts = texts(language);

        Set<String> keys = Arrays.stream(ResultCode.values()).map(ResultCode::key).collect(Collectors.toSet());
        assertThat(texts.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void japaneseTextsUseTheSameArgumentsAsTheEnglishOnes() throws IOException {
        Properties en = texts("en");
        Properties ja = texts("ja");
        for (ResultCode code : ResultCode.values()) {
            assertThat(placeholders(ja.getProperty(code.key()))).as(code.key())
                    .isEqualTo(placeholders(en.getProperty(code.key())));
        }
    }

    @Test
    void aResultReadsInTheConsolesLanguageWithItsArguments() {
        ExerciseResult result = ExerciseResult.done(ResultCode.ALARM_SHELVED, "chemical.R1.TT101", 15.0);

        assertThat(result.english()).isEqualTo("shelved chemical.R1.TT101 for 15.0 min");
        assertThat(result.text(Locale.JAPANESE)).isEqualTo("chemical.R1.TT101 を 15.0 分間保留しました");
        assertThat(result.text(Locale.FRENCH)).isEqualTo(result.english()); // no French texts: English
    }

    @Test
    void quotesAroundArgumentsSurviveMessageFormat() {
        assertThat(new ExerciseRefusal(ResultCode.HOST_NOT_AN_ADDRESS, "attacker.example").getMessage())
                .isEqualTo("name the host by its IP address, like 127.0.0.66, got 'attacker.example'");
        assertThat(new ExerciseRefusal(ResultCode.INVALID_SPEED, "fast").getMessage())
                .isEqualTo("speed must be a positive number or 'max', got 'fast'");
        assertThat(new ExerciseRefusal(ResultCode.NEEDS_ENGINEER, "restore_program").getMessage())
                .isEqualTo("restore_program needs an engineer's account");
    }

    @Test
    void aKeyIsTheCodeInCamelCaseAndAnUnknownKeyIsOther() {
        assertThat(ResultCode.AD_HOC_INJECT_HANDED_OUT.key()).isEqualTo("adHocInjectHandedOut");
        assertThat(ResultCode.ofKey("adHocInjectHandedOut")).isEqualTo(ResultCode.AD_HOC_INJECT_HANDED_OUT);
        assertThat(ResultCode.ofKey("somethingNewer")).isEqualTo(ResultCode.OTHER);
    }

    private static Properties texts(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ExerciseResult.class.getResourceAsStream("results_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
