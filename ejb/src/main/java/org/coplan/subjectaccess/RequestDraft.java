package org.coplan.subjectaccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/**
 * A new subject access request as a manager records it: whose record (by the person's
 * reference), when it came in, who asked and how.
 */
public record RequestDraft(String personReference, LocalDate receivedOn, RequestedBy requestedBy, String requesterName,
                           ReceivedHow receivedHow, String note) {

    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2000;

    /** What is wrong, field by field, in words a manager can act on. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (personReference == null || personReference.isBlank()) {
            problems.add(new FieldProblem("personReference", "Enter the person's reference, for example AD-0101."));
        }
        if (receivedOn == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the request was received."));
        } else if (receivedOn.isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "The date received cannot be in the future."));
        }
        if (requestedBy == null) {
            problems.add(new FieldProblem("requestedBy", "Choose who made the request."));
        } else if (requestedBy == RequestedBy.SOMEONE_FOR_THEM && (requesterName == null || requesterName.isBlank())) {
            problems.add(new FieldProblem("requesterName", "Enter the name of the person who asked for them."));
        }
        if (requesterName != null && requesterName.strip().length() > NAME_MAX) {
            problems.add(new FieldProblem("requesterName", "The name can be at most " + NAME_MAX + " characters."));
        }
        if (receivedHow == null) {
            problems.add(new FieldProblem("receivedHow", "Choose how the request came in."));
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "The note can be at most " + NOTE_MAX + " characters."));
        }
        return problems;
    }
}
