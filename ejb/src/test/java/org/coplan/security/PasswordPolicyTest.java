package org.coplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.security.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordOnTheShippedListIsRefusedWhateverItsLetterCase() {
        // Both are on the list of common passwords and at least 12 characters long.
        assertThat(PasswordPolicy.problem("password1234", "sam.practitioner")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problem("PassWord1234", "sam.practitioner")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problem("QWERTYUIOPASDFGHJKL", "x.y")).isEmpty();
    }

    @Test
    void digitsOrSymbolsPutAroundAListedWordDoNotMakeItSafe() {
        assertThat(PasswordPolicy.problem("Sunshine2026!!", "sam.practitioner")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problem("!!1monkey123456", "sam.practitioner")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problem("dragon#######", "sam.practitioner")).contains(Problem.COMMON);
    }

    @Test
    void aListedWordOrAShortOneRepeatedIsRefused() {
        assertThat(PasswordPolicy.problem("monkeymonkey", "sam.practitioner")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problem("abcabcabcabc", "sam.practitioner")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.problem("000000000000", "sam.practitioner")).contains(Problem.COMMON);
    }

    @Test
    void theUserNameOrCoPlanOrCouncilInsideThePasswordIsRefused() {
        assertThat(PasswordPolicy.problem("Welcome-to-CoPlan-99", "sam.practitioner")).contains(Problem.NAMES_US);
        assertThat(PasswordPolicy.problem("my city council rocks", "sam.practitioner")).contains(Problem.NAMES_US);
        assertThat(PasswordPolicy.problem("sam.practitioner1", "sam.practitioner")).contains(Problem.NAMES_US);
        assertThat(PasswordPolicy.problem("best Practitioner ever", "sam.practitioner")).contains(Problem.NAMES_US);
        // The same password is fine for someone else.
        assertThat(PasswordPolicy.problem("best Practitioner ever", "alex.family")).isEmpty();
    }

    @Test
    void twelveCharactersAtLeast() {
        assertThat(PasswordPolicy.problem("kettle-moss", "x.y")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.problem(null, "x.y")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.problem("kettle-moss!", "x.y")).isEmpty();
    }

    @Test
    void unrelatedWordsPassAndSoDoTheTestAndBenchmarkPasswords() {
        assertThat(PasswordPolicy.problem("orange kettle brave moss", "sam.practitioner")).isEmpty();
        assertThat(PasswordPolicy.problem("test-password-for-it", "it.new.1234abcd")).isEmpty();
        assertThat(PasswordPolicy.problem("benchmark-2026", "prac1.t1")).isEmpty();
    }

    @Test
    void theDemoCouncilsPublishedPasswordIsOutsideThePolicyAndSaysSo() {
        // The README prints it for anyone to use; the demo loader hashes it without the policy.
        assertThat(PasswordPolicy.problem("demo-council-2026", "sam.practitioner")).contains(Problem.NAMES_US);
    }

    @Test
    void theMessagesArePlainAndNameTheRule() {
        assertThat(Problem.TOO_SHORT.message()).isEqualTo("The password needs at least 12 characters.");
        assertThat(Problem.COMMON.message()).contains("common or breached passwords");
    }

    @Test
    void variantsAreFoundByTheirParts() {
        assertThat(PasswordPolicy.core("!!password2026")).isEqualTo("password");
        assertThat(PasswordPolicy.repeatedUnit("abab")).isEqualTo("ab");
        assertThat(PasswordPolicy.repeatedUnit("abcab")).isNull();
    }
}
