package org.coplan.supportplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.coplan.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void agreementNeedsThePersonOrRepresentativeAndThePractitioner() {
        assertThat(SignOffRule.missing(EnumSet.noneOf(Signer.class), false))
                .containsExactly(SignOffRule.Needed.PERSON_OR_REPRESENTATIVE, SignOffRule.Needed.PRACTITIONER);
        assertThat(SignOffRule.missing(EnumSet.of(Signer.REPRESENTATIVE, Signer.PRACTITIONER), false)).isEmpty();
        assertThat(SignOffRule.missing(EnumSet.of(Signer.PERSON, Signer.PRACTITIONER), true)).containsExactly(SignOffRule.Needed.MANAGER);
        assertThat(SignOffRule.missing(EnumSet.of(Signer.MANAGER, Signer.PRACTITIONER), true))
                .containsExactly(SignOffRule.Needed.PERSON_OR_REPRESENTATIVE);
    }

    @Test
    void theNextReviewFollowsFromTheReviewShorterForChildren() {
        assertThat(ReviewSchedule.DEFAULT.nextAfter(TODAY, false)).isEqualTo(LocalDate.of(2027, 11, 28));
        assertThat(ReviewSchedule.DEFAULT.nextAfter(TODAY, true)).isEqualTo(LocalDate.of(2027, 5, 28));
        assertThat(new ReviewSchedule(9, 3).nextAfter(TODAY, true)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aReviewNeedsItsDateWhoCameAndWhoChaired() {
        ReviewDraft empty = new ReviewDraft(null, " ", null, "", "", "", "", null);
        assertThat(empty.problems(TODAY)).extracting(FieldProblem::field).containsExactly("heldOn", "attendees", "chaired", "working");
        ReviewDraft future = new ReviewDraft(TODAY.plusDays(1), "Ann, Sam", Chaired.CO_CHAIRED, "Swimming", "", "", "", TODAY);
        assertThat(future.problems(TODAY)).extracting(FieldProblem::field).containsExactly("heldOn", "nextReviewDue");
        ReviewDraft fine = new ReviewDraft(TODAY, "Ann, Sam", Chaired.PERSON_CHAIRED, "", "The bus", "I want to go alone", "Mum disagrees", null);
        assertThat(fine.problems(TODAY)).isEmpty();
    }

    @Test
    void aMeasureIsAWholeNumberFromOneToTenAgainstAnOutcomeOfThePlan() {
        assertThat(new MeasureDraft("o1", TODAY, 11, null).problems(Set.of("o1"), TODAY)).extracting(FieldProblem::field).containsExactly("score");
        assertThat(new MeasureDraft("o2", TODAY, 5, null).problems(Set.of("o1"), TODAY)).extracting(FieldProblem::field).containsExactly("outcomeKey");
        assertThat(new MeasureDraft("o1", TODAY.plusDays(1), 0, null).problems(Set.of("o1"), TODAY)).extracting(FieldProblem::field)
                .containsExactly("takenOn", "score");
        assertThat(new MeasureDraft("o1", TODAY, 1, "first").problems(Set.of("o1"), TODAY)).isEmpty();
    }

    @Test
    void sharingWithAnAgencyNamesTheAgency() {
        assertThat(new ConsentDraft(ConsentPurpose.AGENCY, " ", "Ann", TODAY, HowGiven.IN_PERSON).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("agency");
        assertThat(new ConsentDraft(ConsentPurpose.CODESIGN_THEMES, null, "Ann", TODAY, HowGiven.EASY_READ_FORM).problems(TODAY)).isEmpty();
        assertThat(new ConsentDraft(null, null, "", null, null).problems(TODAY)).extracting(FieldProblem::field)
                .containsExactly("purpose", "givenBy", "givenOn", "how");
    }

    @Test
    void aSignOffSaysWhoWhenAndHow() {
        assertThat(new SignOffDraft(null, "", TODAY.plusDays(2), null).problems(TODAY)).extracting(FieldProblem::field)
                .containsExactly("signer", "name", "signedOn", "how");
        assertThat(new SignOffDraft(Signer.PERSON, "Ann Adult", TODAY, HowGiven.VERBALLY).problems(TODAY)).isEmpty();
    }
}
