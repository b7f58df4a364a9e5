package org.coplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void passwordsAreHashedWithArgon2idAndASaltOfTheirOwn() {
        String first = Passwords.hash("correct horse battery");
        String second = Passwords.hash("correct horse battery");
        assertThat(first).contains("argon2id").doesNotContain("correct horse battery");
        assertThat(first).isNotEqualTo(second);
        assertThat(Passwords.matches("correct horse battery", first)).isTrue();
        assertThat(Passwords.matches("correct horse battery", second)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String hash = Passwords.hash("correct horse battery");
        assertThat(Passwords.matches("correct horse batterY", hash)).isFalse();
        assertThat(Passwords.matches(null, hash)).isFalse();
    }

    @Test
    void aPasswordNeedsTwelveCharacters() {
        assertThatThrownBy(() -> Passwords.hash("elevenchars")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Passwords.hash("twelve chars")).isNotBlank();
    }
}
