package org.icsdrill.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an attack or fault kind takes: its parameter specs and the rules they must keep. */
class SignatureTest {

    @Test
    void aChoiceHasWordsAndNothingElseHas() {
        assertThatThrownBy(() -> new ParamSpec("mode", ParamType.CHOICE, true, Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode: a choice needs words, and only a choice has them");
        assertThatThrownBy(() -> new ParamSpec("value", ParamType.NUMBER, true, Optional.empty(), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: a choice needs words, and only a choice has them");
    }

    @Test
    void aRequiredParameterHasNoDefault() {
        assertThatThrownBy(() -> new ParamSpec("value", ParamType.NUMBER, true,
                Optional.of(new ParamValue.NumberValue(1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value: a required parameter has no default");
    }

    @Test
    void theFactoriesSayWhetherRequiredAndWhatDefault() {
        assertThat(ParamSpec.required("target", ParamType.TAG))
                .isEqualTo(new ParamSpec("target", ParamType.TAG, true, Optional.empty(), List.of()));
        assertThat(ParamSpec.optional("ramp", ParamType.DURATION).required()).isFalse();
        assertThat(ParamSpec.withDefault("host", ParamType.HOST, new ParamValue.TextValue("attacker")).defaultValue())
                .contains(new ParamValue.TextValue("attacker"));
        ParamSpec mode = ParamSpec.choice("mode", "bypass", "move_limit");
        assertThat(mode.required()).isTrue();
        assertThat(mode.choices()).containsExactly("bypass", "move_limit");
        ParamSpec protocol = ParamSpec.choiceWithDefault("protocol", "modbus", "opcua");
        assertThat(protocol.required()).isFalse();
        assertThat(protocol.defaultValue()).as("the first word").contains(new ParamValue.TextValue("modbus"));
    }

    @Test
    void exactlyOneOfNamesOnlyOptionalParameters() {
        Signature spoof = Signature.of(ParamSpec.required("target", ParamType.FIELD_TAG),
                ParamSpec.optional("value", ParamType.NUMBER), ParamSpec.optional("offset", ParamType.NUMBER));

        assertThat(spoof.exactlyOneOf("value", "offset").exactlyOneOf()).containsExactly("value", "offset");
        assertThatThrownBy(() -> spoof.exactlyOneOf("target", "value")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be an optional parameter");
        assertThatThrownBy(() -> spoof.exactlyOneOf("rate")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be an optional parameter");
    }

    @Test
    void aSignatureFindsItsParametersByNameInOrder() {
        Signature signature = AttackKind.UNAUTHORIZED_COMMAND.signature();

        assertThat(signature.names()).containsExactly("target", "value", "protocol", "host");
        assertThat(signature.find("protocol").map(ParamSpec::type)).contains(ParamType.CHOICE);
        assertThat(signature.find("rate")).isEmpty();
        assertThat(Signature.of().names()).isEmpty();
    }

    @Test
    void onlyANetworkAttackHasASenderTheAttackerUnlessItNamesAHost() {
        Parameters fromScada = new Parameters(java.util.Map.of("host", new ParamValue.TextValue("scada")));

        assertThat(AttackKind.UNAUTHORIZED_COMMAND.sender(Parameters.NONE)).contains("attacker");
        assertThat(AttackKind.UNAUTHORIZED_COMMAND.sender(fromScada)).contains("scada");
        assertThat(AttackKind.DENIAL_OF_SERVICE.delivery()).isEqualTo(Delivery.NETWORK);
        assertThat(AttackKind.BLOCK_COMMAND.delivery()).isEqualTo(Delivery.NETWORK_PATH);
        assertThat(AttackKind.BLOCK_COMMAND.sender(fromScada)).as("it drops others' requests").isEmpty();
        assertThat(AttackKind.MODIFY_PARAMETER.delivery()).isEqualTo(Delivery.CONTROLLER);
        assertThat(AttackKind.REPLAY.delivery()).isEqualTo(Delivery.CONTROLLER);
        assertThat(AttackKind.SPOOF_REPORTING.delivery()).isEqualTo(Delivery.INSTRUMENT);
        assertThat(AttackKind.SPOOF_REPORTING.sender(Parameters.NONE)).isEmpty();
        assertThat(AttackKind.REMOTE_SYSTEM_DISCOVERY.yamlName()).isEqualTo("remote_system_discovery");
    }
}
