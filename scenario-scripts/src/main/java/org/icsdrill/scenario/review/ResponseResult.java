package org.icsdrill.scenario.review;

import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.record.ActionTaken;
import org.icsdrill.scenario.record.RecordReader;

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
