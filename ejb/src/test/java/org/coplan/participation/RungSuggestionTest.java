package org.coplan.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RungSuggestionTest {

    /** TLAP as the reference data loads it (V2): ordinal, name, band, default rule. */
    static final List<RungInfo> TLAP = List.of(
            new RungInfo(101, 1, "Coercion", Band.NON_PARTICIPATION, "PROFESSIONAL_INFORMED", false),
            new RungInfo(102, 2, "Educating", Band.NON_PARTICIPATION, "PROFESSIONAL_INFORMED", false),
            new RungInfo(103, 3, "Informing", Band.TOKENISM, "PROFESSIONAL_INFORMED", false),
            new RungInfo(104, 4, "Consultation", Band.TOKENISM, "PROFESSIONAL_AFTER_CONSULTING", false),
            new RungInfo(105, 5, "Engagement", Band.TOKENISM, "PROFESSIONAL_AFTER_CONSULTING", false),
            new RungInfo(106, 6, "Co-design", Band.PARTICIPATION, "DECIDED_JOINTLY", false),
            new RungInfo(107, 7, "Co-production", Band.POWER, "PERSON_DECIDED", false));

    static final List<RungInfo> HART = List.of(
            new RungInfo(201, 1, "Manipulation", Band.NON_PARTICIPATION, "PROFESSIONAL_INFORMED", false),
            new RungInfo(202, 2, "Decoration", Band.NON_PARTICIPATION, "PROFESSIONAL_INFORMED", false),
            new RungInfo(203, 3, "Tokenism", Band.NON_PARTICIPATION, "PROFESSIONAL_INFORMED", false),
            new RungInfo(204, 4, "Assigned but informed", Band.PARTICIPATION, "PROFESSIONAL_INFORMED", false),
            new RungInfo(205, 5, "Consulted and informed", Band.PARTICIPATION, "PROFESSIONAL_AFTER_CONSULTING", false),
            new RungInfo(206, 6, "Adult-initiated shared decisions", Band.PARTICIPATION, "DECIDED_JOINTLY", false),
            new RungInfo(207, 7, "Child-initiated and directed", Band.POWER, "PERSON_DECIDED", false),
            new RungInfo(208, 8, "Child-initiated shared decisions", Band.POWER, "DECIDED_JOINTLY", false));

    private static String suggest(List<RungInfo> ladder, DecisionRule rule, Standing proposer, Standing... deciders) {
        return RungSuggestion.suggest(ladder, rule, proposer, List.of(deciders)).map(RungInfo::name).orElse("none");
    }

    @Test
    void professionalDecidedAndInformedSuggestsInformingNotCoercion() {
        assertThat(suggest(TLAP, DecisionRule.PROFESSIONAL_INFORMED, Standing.PRACTITIONER, Standing.PRACTITIONER))
                .isEqualTo("Informing");
    }

    @Test
    void eachRuleOnTlapSuggestsItsRung() {
        assertThat(suggest(TLAP, DecisionRule.PERSON_DECIDED, Standing.PERSON, Standing.PERSON)).isEqualTo("Co-production");
        assertThat(suggest(TLAP, DecisionRule.DECIDED_JOINTLY, Standing.PRACTITIONER, Standing.PERSON, Standing.PRACTITIONER))
                .isEqualTo("Co-design");
        assertThat(suggest(TLAP, DecisionRule.PROFESSIONAL_AFTER_CONSULTING, Standing.PRACTITIONER, Standing.MANAGER))
                .isEqualTo("Consultation");
    }

    @Test
    void whenThePersonProposedItTheHigherOfTwoFittingRungsIsSuggested() {
        assertThat(suggest(TLAP, DecisionRule.PROFESSIONAL_AFTER_CONSULTING, Standing.PERSON, Standing.MANAGER))
                .isEqualTo("Engagement");
        assertThat(suggest(HART, DecisionRule.DECIDED_JOINTLY, Standing.PRACTITIONER, Standing.PERSON, Standing.PRACTITIONER))
                .isEqualTo("Adult-initiated shared decisions");
        assertThat(suggest(HART, DecisionRule.DECIDED_JOINTLY, Standing.PERSON, Standing.PERSON, Standing.PRACTITIONER))
                .isEqualTo("Child-initiated shared decisions");
    }

    @Test
    void decidedElsewhereSitsWhereProfessionalsHoldThePower() {
        assertThat(suggest(TLAP, DecisionRule.DECIDED_ELSEWHERE, Standing.PRACTITIONER, Standing.PANEL)).isEqualTo("Informing");
        assertThat(suggest(HART, DecisionRule.DECIDED_ELSEWHERE, Standing.PRACTITIONER, Standing.PANEL))
                .isEqualTo("Assigned but informed");
    }

    @Test
    void aRetiredRungIsNeverSuggested() {
        List<RungInfo> retiredInforming = TLAP.stream()
                .map(r -> r.ordinal() == 3 ? new RungInfo(r.id(), 3, r.name(), r.band(), r.defaultDecisionRule(), true) : r)
                .toList();
        assertThat(suggest(retiredInforming, DecisionRule.PROFESSIONAL_INFORMED, Standing.PRACTITIONER, Standing.PRACTITIONER))
                .isEqualTo("Coercion");
    }

    @Test
    void aLadderWithNoRungForTheRuleOrItsPowerSuggestsNothing() {
        List<RungInfo> onlyLow = TLAP.subList(0, 3);
        assertThat(suggest(onlyLow, DecisionRule.PERSON_DECIDED, Standing.PERSON, Standing.PERSON)).isEqualTo("none");
    }
}
