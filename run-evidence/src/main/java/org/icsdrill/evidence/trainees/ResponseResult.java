package org.icsdrill.evidence.trainees;

import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.evidence.record.ActionTaken;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.scenario.model.Expectations;

/** The first accepted response action to an attack the scenario expects a response to, if any. */
public record ResponseResult(RecordReader.Attack attack, Expectations.Respond expected, Optional<ActionTaken> first) {

    /** Seconds from the attack's start to the first accepted action; empty when there was none. */
    public OptionalDouble timeToRespond() {
        return first.map(a -> OptionalDouble.of(a.plantTime() - attack.start())).orElse(OptionalDouble.empty());
    }

    public boolean onTime() {
        return timeToRespond().isPresent() && timeToRespond().getAsDouble() <= expected.within().toMillis() / 1000.0;
    }
}
