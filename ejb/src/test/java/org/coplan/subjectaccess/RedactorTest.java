package org.coplan.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private final Redactor redactor = new Redactor(Set.of("Jamie", "Jamie Reid", "Reid", "jamie.self"),
            Set.of("sam.practitioner", "Sam Patel"), Map.of("alex.family", "Alex Morgan"));

    @Test
    void keepsThePersonAndStaffAndLabelsEveryoneElseTheSameWayThroughout() {
        Map<String, Object> tree = map(
                "person", map("givenName", "Jamie", "familyName", "Reid"),
                "decisions", List.of(map("participants", List.of(
                        map("name", "Jamie Reid", "standing", "PERSON"),
                        map("name", "Sam Patel", "standing", "PRACTITIONER"),
                        map("name", "Alex Morgan", "standing", "FAMILY_CARER"),
                        map("name", "Robin Neighbour", "standing", "FAMILY_CARER")))),
                "ratings", List.of(map("raterName", "Alex Morgan", "recordedBy", "alex.family", "commentText",
                        "Alex Morgan felt heard; Robin was not asked. Jamie chose the day.")),
                "recordViews", List.of(map("actor", "sam.practitioner"), map("actor", "alex.family")));

        Map<String, Object> out = redactor.redact(tree);

        assertThat(out.get("person")).isEqualTo(map("givenName", "Jamie", "familyName", "Reid"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> participants = (List<Map<String, Object>>) ((List<Map<String, Object>>) out.get("decisions")).get(0)
                .get("participants");
        assertThat(participants).extracting(p -> p.get("name"))
                .containsExactly("Jamie Reid", "Sam Patel", "[Third party 1]", "[Third party 2]");
        @SuppressWarnings("unchecked")
        Map<String, Object> rating = ((List<Map<String, Object>>) out.get("ratings")).get(0);
        assertThat(rating.get("raterName")).isEqualTo("[Third party 1]");
        assertThat(rating.get("recordedBy")).as("a login name gets its owner's label").isEqualTo("[Third party 1]");
        assertThat(rating.get("commentText")).isEqualTo("[Third party 1] felt heard; [Third party 2] was not asked. Jamie chose the day.");
        assertThat(out.get("recordViews")).isEqualTo(List.of(map("actor", "sam.practitioner"), map("actor", "[Third party 1]")));
        assertThat(redactor.thirdParties()).isEqualTo(2);
        assertThat(redactor.redactions()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aNameTypedWithThePersonsOrAProfessionalsStandingIsKeptAsTyped() {
        Map<String, Object> out = redactor.redact(map("participants", List.of(
                map("name", "Jamie R.", "standing", "PERSON"),
                map("name", "Dr Lee", "standing", "COMMISSIONER"),
                map("name", "Pat Panel", "standing", "PANEL")),
                "signOffs", List.of(map("signerName", "J Reid", "signer", "PERSON"), map("signerName", "Mum", "signer", "REPRESENTATIVE"))));
        assertThat(out.toString()).contains("Jamie R.", "Dr Lee", "J Reid").doesNotContain("Pat Panel", "Mum");
        assertThat(redactor.thirdParties()).isEqualTo(2);
    }

    @Test
    void aNameInsideAnotherWordIsLeftAlone() {
        Map<String, Object> out = redactor.redact(map("name", "Alex Morgan", "note", "Alexandra and alex spoke; Morganite is a stone."));
        assertThat(out.get("note")).isEqualTo("Alexandra and [Third party 1] spoke; Morganite is a stone.");
    }

    @Test
    void aFirstNameThePersonSharesIsNotTakenOutOfText() {
        Redactor sameName = new Redactor(Set.of("Alex Reid", "Alex", "Reid"), Set.of(), Map.of());
        Map<String, Object> out = sameName.redact(map("name", "Alex Morgan", "note", "Alex Morgan and Alex spoke."));
        assertThat(out.get("note")).isEqualTo("[Third party 1] and Alex spoke.");
    }

    @Test
    void nothingToRedactLeavesTheCopyAsItWas() {
        Map<String, Object> tree = map("person", map("givenName", "Jamie"), "count", 3L, "when", null);
        assertThat(redactor.redact(tree)).isEqualTo(tree);
        assertThat(redactor.redactions()).isZero();
    }
}
