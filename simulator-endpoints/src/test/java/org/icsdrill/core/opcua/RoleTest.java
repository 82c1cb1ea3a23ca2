package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.icsdrill.core.tag.Access;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleWritesWhatItsJobNeeds() {
        assertThat(Role.VIEWER.mayWrite(Access.OPERATOR)).isFalse();
        assertThat(Role.OPERATOR.mayWrite(Access.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.mayWrite(Access.ENGINEER)).isFalse();
        assertThat(Role.ENGINEER.mayWrite(Access.ENGINEER)).isTrue();
        assertThat(Role.INSTRUCTOR.mayWrite(Access.ENGINEER)).isTrue();
        for (Role role : Role.values()) {
            assertThat(role.mayWrite(Access.READ_ONLY)).isFalse();
            assertThat(Role.fromKey(role.key())).isEqualTo(role);
        }
        assertThatThrownBy(() -> Role.fromKey("admin")).hasMessageContaining("viewer, operator, engineer or instructor");
    }
}
