package org.coplan.participationaudit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run as formulas are neutralised; the rest are quoted as RFC 4180 says. */
class AuditCsvTest {

    @Test
    void formulaLikeCellsAreNeutralised() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(AuditCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tTab")).isEqualTo("'\tTab");
    }

    @Test
    void plainTextAndNumbersStayAsTheyAre() {
        assertThat(AuditCsv.cell("Leith Adult Support Team")).isEqualTo("Leith Adult Support Team");
        assertThat(AuditCsv.cell("-1.5")).as("a negative gap is a number").isEqualTo("-1.5");
        assertThat(AuditCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
