package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.coplan.shared.ServiceArea;
import org.junit.jupiter.api.Test;

class PersonTest {

    private final Team team = new Team("Leith Adult Support Team", ServiceArea.ADULTS, "Leith");

    @Test
    void ageCountsWholeYearsAndTurnsOnTheBirthday() {
        LocalDate born = LocalDate.of(2008, 11, 28);
        assertThat(Person.ageOn(born, LocalDate.of(2026, 11, 27))).isEqualTo(17);
        assertThat(Person.ageOn(born, LocalDate.of(2026, 11, 28))).isEqualTo(18);
    }

    @Test
    void aLeapDayBirthdayCountsOnTheFirstOfMarchInOtherYears() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        assertThat(Person.ageOn(born, LocalDate.of(2025, 2, 28))).isEqualTo(12);
        assertThat(Person.ageOn(born, LocalDate.of(2025, 3, 1))).isEqualTo(13);
    }

    @Test
    void aPersonIsAChildUntilTheirEighteenthBirthday() {
        Person person = new Person("CH-1", "Kai", "Henderson", LocalDate.of(2008, 11, 28), team);
        assertThat(person.isChildOn(LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(person.isChildOn(LocalDate.of(2026, 11, 28))).isFalse();
    }

    @Test
    void anAgeBeforeBirthIsRefused() {
        assertThatThrownBy(() -> Person.ageOn(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonNeedsAReferenceNamesADateOfBirthAndATeam() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        assertThatThrownBy(() -> new Person(" ", "A", "B", born, team)).hasMessageContaining("reference");
        assertThatThrownBy(() -> new Person("R", "", "B", born, team)).hasMessageContaining("given name");
        assertThatThrownBy(() -> new Person("R", "A", null, born, team)).hasMessageContaining("family name");
        assertThatThrownBy(() -> new Person("R", "A", "B", null, team)).hasMessageContaining("date of birth");
        assertThatThrownBy(() -> new Person("R", "A", "B", born, null)).hasMessageContaining("team");
    }

    @Test
    void aBlankPreferredNameMeansNone() {
        Person person = new Person("AD-1", "Catriona", "Doyle", LocalDate.of(1974, 1, 1), team);
        person.preferToBeCalled("  Cat ");
        assertThat(person.preferredName()).isEqualTo("Cat");
        person.preferToBeCalled(" ");
        assertThat(person.preferredName()).isNull();
    }
}
