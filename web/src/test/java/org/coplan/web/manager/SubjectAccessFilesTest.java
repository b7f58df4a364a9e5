package org.coplan.web.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.coplan.subjectaccess.Disclosure;
import org.coplan.subjectaccess.ReceivedHow;
import org.coplan.subjectaccess.RequestView;
import org.coplan.subjectaccess.RequestedBy;
import org.junit.jupiter.api.Test;

class SubjectAccessFilesTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.coplan.web.messages", Locale.UK);

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private final Disclosure copy = new Disclosure(42, "P-000042", "Jamie Reid", Instant.parse("2026-11-29T15:04:05Z"), "Morgan Manager",
            new RequestView(7, 42, "Jamie Reid", "P-000042", "North team", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 21),
                    RequestedBy.THE_PERSON, null, ReceivedHow.EMAIL, null, "morgan.manager", Instant.parse("2026-11-20T10:00:00Z"),
                    null, null, null, null, 0),
            map("person", map("givenName", "Jamie", "dateOfBirth", LocalDate.of(2001, 2, 3), "preferredName", null),
                    "supportPlans", List.of(map("id", 5L, "createdAt", Instant.parse("2026-01-02T09:30:00Z"),
                            "versions", List.of(map("versionNo", 1, "sections", List.of(map("sectionKey", "ABOUT_ME",
                                    "body", map("whatMatters", "Swimming with [Third party 1]", "tags", List.of("water", "friends")))))),
                            "decisions", List.of())),
                    "recordViews", List.of(map("actor", "sam.practitioner", "outcome", "SUCCESS", "inputChanged", true))),
            1, 2, List.of("A note for the reader."));

    @Test
    void theJsonHoldsEveryFieldAndTheRequest() {
        JsonObject json = SubjectAccessFiles.json(copy);
        assertThat(json.getString("personReference")).isEqualTo("P-000042");
        assertThat(json.getJsonObject("request").getString("dueOn")).isEqualTo("2026-12-21");
        assertThat(json.getJsonObject("request").isNull("sentOn")).isTrue();
        assertThat(json.getInt("thirdPartiesRedacted")).isEqualTo(1);
        assertThat(json.getJsonObject("person").getString("dateOfBirth")).isEqualTo("2001-02-03");
        assertThat(json.getJsonObject("person").isNull("preferredName")).isTrue();
        JsonObject plan = json.getJsonArray("supportPlans").getJsonObject(0);
        assertThat(plan.getJsonNumber("id").longValue()).isEqualTo(5L);
        assertThat(plan.getString("createdAt")).isEqualTo("2026-01-02T09:30:00Z");
        assertThat(plan.getJsonArray("versions").getJsonObject(0).getJsonArray("sections").getJsonObject(0)
                .getJsonObject("body").getJsonArray("tags").getString(1)).isEqualTo("friends");
        assertThat(json.getJsonArray("recordViews").getJsonObject(0).getBoolean("inputChanged")).isTrue();
        assertThat(json.getJsonArray("notes").getString(0)).isEqualTo("A note for the reader.");
    }

    @Test
    void thePdfSaysTheSameInWords() throws IOException {
        byte[] pdf = SubjectAccessFiles.pdf(copy, WORDS);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        assertThat(text.toString())
                .contains("Copy of the data CoPlan holds about Jamie Reid")
                .contains("P-000042")
                .contains("Due by: 21 December 2026")
                .contains("Date of birth", "3 February 2001")
                .contains("Support plan 1")
                .contains("Swimming with [Third party 1]")
                .contains("Who looked at or changed the record (1)")
                .contains("Created at", "2 January 2026 at 09:30")
                .contains("A note for the reader.")
                .doesNotContain("Preferred name");
    }

    @Test
    void aFieldWithoutALabelIsNamedInWords() {
        assertThat(SubjectAccessFiles.label(WORDS, "lastSavedAt")).isEqualTo("Last saved at");
        assertThat(SubjectAccessFiles.label(WORDS, "supportPlans")).isEqualTo("Support plans");
    }
}
