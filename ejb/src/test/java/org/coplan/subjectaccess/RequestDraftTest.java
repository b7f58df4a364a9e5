package org.coplan.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coplan.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class RequestDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aCompleteRequestHasNoProblems() {
        assertThat(new RequestDraft("P-000123", TODAY, RequestedBy.THE_PERSON, null, ReceivedHow.EMAIL, null).problems(TODAY)).isEmpty();
    }

    @Test
    void everyMissingAnswerIsNamedByItsField() {
        assertThat(new RequestDraft(" ", null, null, null, null, null).problems(TODAY)).extracting(FieldProblem::field)
                .containsExactly("personReference", "receivedOn", "requestedBy", "receivedHow");
    }

    @Test
    void someoneActingForThePersonMustBeNamedAndTheDateCannotBeInTheFuture() {
        assertThat(new RequestDraft("P-1", TODAY.plusDays(1), RequestedBy.SOMEONE_FOR_THEM, "", ReceivedHow.LETTER, null)
                .problems(TODAY)).extracting(FieldProblem::field).containsExactly("receivedOn", "requesterName");
    }

    @Test
    void overlongTextIsRefused() {
        assertThat(new RequestDraft("P-1", TODAY, RequestedBy.SOMEONE_FOR_THEM, "x".repeat(201), ReceivedHow.LETTER, "y".repeat(2001))
                .problems(TODAY)).extracting(FieldProblem::field).containsExactly("requesterName", "note");
    }
}
