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
    void aStatusIsSaidPlainlyWithItsNameKept() {
        assertThat(Messages.load(Locale.JAPANESE).status("Bad_UserAccessDenied"))
                .isEqualTo("このユーザーには権限がありません（Bad_UserAccessDenied）");
        assertThat(Messages.load(Locale.ENGLISH).status("Bad_OutOfRange"))
                .isEqualTo("outside the tag's range (Bad_OutOfRange)");
        assertThat(Messages.load(Locale.ENGLISH).status("Bad_ShutdownOfTheUniverse")).isEqualTo("Bad_ShutdownOfTheUniverse");
        assertThat(Messages.load(Locale.ENGLISH).status("set point restored")).isEqualTo("set point restored");
    }

    @Test
    void aLanguageWithoutItsOwnFileFallsBackToEnglish() {
        assertThat(Messages.load(Locale.FRENCH).get("tab.overview")).isEqualTo("Overview");
    }
}
