package org.coplan.web.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectBackingTest {

    @Test
    void hoursAndPoundsAreTypedAsNumbersAndKeptAsWholeMinutesAndPence() {
        assertThat(ProjectBacking.parseTimes("2.5", 60)).isEqualTo(150);
        assertThat(ProjectBacking.parseTimes(" 1.25 ", 60)).isEqualTo(75);
        assertThat(ProjectBacking.parseTimes("15.00", 100)).isEqualTo(1500);
        assertThat(ProjectBacking.parseTimes("£12.345", 100)).isEqualTo(1235);
        assertThat(ProjectBacking.parseTimes("two hours", 60)).isNull();
        assertThat(ProjectBacking.parseTimes("-1", 60)).isNull();
        assertThat(ProjectBacking.parseTimes(null, 60)).isNull();
    }
}
