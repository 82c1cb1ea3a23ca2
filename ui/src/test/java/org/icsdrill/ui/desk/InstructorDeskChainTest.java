package org.icsdrill.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.DeskState;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.junit.jupiter.api.Test;

/** The desk's kill-chain line: the last stage reached, the next one due and why it was stopped; none without a chain. */
class InstructorDeskChainTest {

    private static String chainLine(Locale locale, ChainProgress chain) {
        InstructorDeskViewModel desk = new InstructorDeskViewModel(null, Messages.load(locale));
        DeskState state = new DeskState("s", "S", "", Map.of(), -1, List.of(), List.of(), List.of(), List.of(), chain);
        desk.apply(new ExerciseUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(state), Optional.empty(), Optional.empty(),
                Optional.empty()));
        return desk.chainProperty().get();
    }

    @Test
    void showsHowFarTheChainGotInTheConsolesLanguage() {
        ChainProgress stopped = new ChainProgress("vpn", "rdp", 2460, "the session as vendor-support on remote-access was ended");
        assertThat(chainLine(Locale.ENGLISH, stopped)).isEqualTo("reached vpn; next rdp at 00:41:00, stopped last"
                + " time: the session as vendor-support on remote-access was ended");
        assertThat(chainLine(Locale.JAPANESE, new ChainProgress("", "phish", 300, "")))
                .isEqualTo("到達: 未到達。次は 00:05:00 に phish");
        assertThat(chainLine(Locale.ENGLISH, ChainProgress.NONE)).as("no chain, no line").isEmpty();
    }
}
