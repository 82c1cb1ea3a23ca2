package org.icsdrill.plants;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build, not only an import rule, keeps the plants off the protocols and the screen: their
 * module sees the kernel alone (ADR 16), so none of these classes is even on the classpath.
 */
class PlantClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.eclipse.milo.opcua.stack.core.types.builtin.NodeId",
        "com.ghgande.j2mod.modbus.Modbus", "javafx.application.Platform",
        "org.icsdrill.core.opcua.OpcUaEndpoint", "org.icsdrill.core.modbus.ModbusTcpServer",
        "org.icsdrill.api.ExerciseJson"})
    void aPlantCannotReach(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }
}
