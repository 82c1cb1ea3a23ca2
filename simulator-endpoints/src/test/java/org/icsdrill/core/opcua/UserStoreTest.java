package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void firstRunCreatesTheFileAndARandomOperatorPassword() throws IOException {
        UserStore store = UserStore.open(dataDir);

        assertThat(dataDir.resolve(UserStore.FILE_NAME)).exists();
        Credentials operator = store.createdDefaultOperator().orElseThrow();
        assertThat(operator.username()).isEqualTo("operator");
        assertThat(operator.role()).isEqualTo(Role.OPERATOR);
        assertThat(operator.password()).hasSize(UserStore.PASSWORD_LENGTH);
        assertThat(operator.toString()).doesNotContain(operator.password());
        assertThat(Files.readString(store.file())).doesNotContain(operator.password())
                .contains("operator=operator:" + UserStore.ITERATIONS + ":");
    }

    @Test
    void twoStoresGetDifferentPasswords() throws IOException {
        String first = UserStore.open(dataDir.resolve("a")).createdDefaultOperator().orElseThrow().password();
        String second = UserStore.open(dataDir.resolve("b")).createdDefaultOperator().orElseThrow().password();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void verifiesTheRightPasswordAndRejectsWrongOnesAndUnknownUsers() throws IOException {
        UserStore store = UserStore.open(dataDir);
        String password = store.createdDefaultOperator().orElseThrow().password();

        assertThat(store.authenticate("operator", password)).contains(Role.OPERATOR);
        assertThat(store.authenticate("operator", password + "x")).isEmpty();
        assertThat(store.authenticate("operator", "")).isEmpty();
        assertThat(store.authenticate("nobody", password)).isEmpty();
    }

    @Test
    void secondRunKeepsTheUsersAndCreatesNothing() throws IOException {
        String password = UserStore.open(dataDir).createdDefaultOperator().orElseThrow().password();
        String before = Files.readString(dataDir.resolve(UserStore.FILE_NAME));

        UserStore again = UserStore.open(dataDir);

        assertThat(again.createdDefaultOperator()).isEmpty();
        assertThat(Files.readString(again.file())).isEqualTo(before);
        assertThat(again.authenticate("operator", password)).contains(Role.OPERATOR);
    }

    @Test
    void addsAnEngineerThatSurvivesARestart() throws IOException {
        Credentials engineer = UserStore.open(dataDir).addUser("engineer", Role.ENGINEER);

        UserStore again = UserStore.open(dataDir);

        assertThat(again.authenticate("engineer", engineer.password())).contains(Role.ENGINEER);
        assertThat(again.role("engineer")).contains(Role.ENGINEER);
    }

    @Test
    void rejectsShortPasswordsAndOddNames() throws IOException {
        UserStore store = UserStore.open(dataDir);

        assertThatThrownBy(() -> store.setPassword("eve", Role.OPERATOR, "short"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.setPassword("bad name", Role.OPERATOR, "long enough password"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAMalformedFile() throws IOException {
        Files.writeString(dataDir.resolve(UserStore.FILE_NAME), "operator=garbage\n");

        assertThatThrownBy(() -> UserStore.open(dataDir)).isInstanceOf(IOException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void rolesWriteWhatTheirAccessAllows() {
        assertThat(Role.OPERATOR.mayWrite(org.icsdrill.core.tag.Access.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.mayWrite(org.icsdrill.core.tag.Access.ENGINEER)).isFalse();
        assertThat(Role.ENGINEER.mayWrite(org.icsdrill.core.tag.Access.ENGINEER)).isTrue();
        assertThat(Role.ENGINEER.mayWrite(org.icsdrill.core.tag.Access.READ_ONLY)).isFalse();
    }
}
