package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console tells in one line what the machine lacks before JavaFX fails on it. */
class ConsoleRequirementsTest {

    @Test
    void findsALibraryTheLinkerWouldAndNotOneThatIsAbsent() {
        assertThat(ConsoleLauncher.hasLibrary("libc.so.6")).isTrue();
        assertThat(ConsoleLauncher.hasLibrary("libicsdrill-not-there.so.0")).isFalse();
    }

    @Test
    void aMissingRequirementIsOneLineNamingThePackage() {
        boolean gtk = ConsoleLauncher.hasLibrary("libgtk-3.so.0");
        assertThat(ConsoleLauncher.missingRequirement("en").isPresent()).isEqualTo(!gtk);
        assertThat(ConsoleLauncher.missingRequirement("ja").isPresent())
                .isEqualTo(!gtk || !ConsoleLauncher.hasJapaneseFont());
        ConsoleLauncher.missingRequirement("ja").ifPresent(line -> {
            assertThat(line).doesNotContain("\n");
            assertThat(line).contains(gtk ? "fonts-noto-cjk" : "libgtk-3-0");
        });
    }
}
