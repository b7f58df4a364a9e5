package org.coplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

    @Test
    void aDateReadsTheSameWhateverTheDriverGaveForIt() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertThat(SqlValues.date(day)).isEqualTo(day);
        assertThat(SqlValues.date(java.sql.Date.valueOf(day))).isEqualTo(day);
        assertThat(SqlValues.date(java.sql.Timestamp.valueOf("2026-11-29 10:15:00"))).isEqualTo(day);
        assertThat(SqlValues.date("2026-11-29 00:00:00")).isEqualTo(day);
        assertThat(SqlValues.date(null)).isNull();
    }
}
