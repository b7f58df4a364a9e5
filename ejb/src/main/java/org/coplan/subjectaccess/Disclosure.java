package org.coplan.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The copy of one person's data as it goes to them: who made it and when, the request it
 * answers (if one is recorded), what was held (already redacted), how many other people were
 * redacted, and what the reader should know about the copy's limits.
 *
 * @param content every record, as a tree of maps (field to value) and lists; values are String,
 *                Long, Boolean, Double, LocalDate, Instant or null
 */
public record Disclosure(long personId, String personReference, String personName, Instant producedAt, String producedBy,
                         RequestView request, Map<String, Object> content, int thirdParties, int redactions,
                         List<String> notes) {

    /** What a reader of every copy is told. */
    static final List<String> NOTES = List.of(
            "Other people's names are replaced by [Third party 1], [Third party 2] and so on; the same number is the same person "
                    + "throughout. Names of council staff are kept, because they acted for the council.",
            "Names are found from the people this record names in its own fields. A manager reads the copy before it is sent, "
                    + "to take out any other person mentioned only in free text.",
            "Co-design sessions record who attended by name only, not by a link to this record, so they are not part of this copy. "
                    + "Search the co-design projects by name if the person asks about them.",
            "Times are in UTC in the JSON file and in UK time in the PDF.");
}
