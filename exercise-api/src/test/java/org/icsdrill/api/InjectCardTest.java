package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InjectCardTest {

    private final InjectCard card = new InjectCard("card-1", 60, "operator", "The vendor calls", List.of("Patch now?"),
            Map.of("ja", new InjectText("ベンダーから電話", List.of("今すぐパッチを当てますか？"))));

    @Test
    void aConsoleInJapaneseShowsTheScenariosJapaneseWords() {
        assertThat(card.in("ja").text()).isEqualTo("ベンダーから電話");
        assertThat(card.in("ja").questions()).containsExactly("今すぐパッチを当てますか？");
    }

    @Test
    void aLanguageTheScenarioDoesNotGiveShowsTheCardAsWritten() {
        assertThat(card.in("en")).isEqualTo(new InjectText("The vendor calls", List.of("Patch now?")));
    }

    @Test
    void theCardTravelsAsJsonWithItsTranslations() {
        assertThat(ExerciseJson.cards(ExerciseJson.write(List.of(card)))).containsExactly(card);
    }
}
