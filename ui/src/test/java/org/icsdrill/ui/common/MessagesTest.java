package org.icsdrill.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void japaneseTranslatesEveryEnglishKey() {
        Messages english = Messages.load(Locale.ENGLISH);
        Messages japanese = Messages.load(Locale.JAPANESE);

        assertThat(japanese.bundle().keySet()).containsExactlyInAnyOrderElementsOf(english.bundle().keySet());
        assertThat(japanese.get("status.tripped")).isEqualTo("トリップ");
        assertThat(japanese.get("faceplate.refused", "Bad_UserAccessDenied"))
                .isEqualTo("サーバーが拒否しました: Bad_UserAccessDenied");
    }

    @Test
    void aLanguageWithoutItsOwnFileFallsBackToEnglish() {
        assertThat(Messages.load(Locale.FRENCH).get("tab.overview")).isEqualTo("Overview");
    }
}
