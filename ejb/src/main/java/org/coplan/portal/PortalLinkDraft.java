package org.coplan.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.shared.FieldProblem;
import org.coplan.supportplan.sections.SectionKey;

/**
 * A link as a practitioner types it: the family user's login name, who they are to the person,
 * the sections they may see, the person's own wishes about it, and (for a child aged 12 or
 * more) the child's own view.
 */
public record PortalLinkDraft(String familyUsername, PortalRelationship relationship, Set<SectionKey> sections,
                              String personWishes, String childView) {

    /** From this age a child's own view of who sees their plan is recorded. */
    public static final int CHILD_VIEW_FROM_AGE = 12;

    public List<FieldProblem> problems(boolean child, int age) {
        List<FieldProblem> problems = new ArrayList<>();
        if (familyUsername == null || familyUsername.isBlank()) {
            problems.add(new FieldProblem("familyUsername", "Give the login name of the family user."));
        }
        if (relationship == null) {
            problems.add(new FieldProblem("relationship", "Say who they are to the person."));
        }
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", "Choose at least one part of the plan they may see."));
        }
        if (personWishes == null || personWishes.isBlank()) {
            problems.add(new FieldProblem("personWishes", "Record what the person wants: who may see their plan, and which parts."));
        } else if (personWishes.length() > 2000) {
            problems.add(new FieldProblem("personWishes", "Keep the person's wishes to 2000 characters."));
        }
        if (child && age >= CHILD_VIEW_FROM_AGE && (childView == null || childView.isBlank())) {
            problems.add(new FieldProblem("childView", "The child is " + age + ": record their own view of who sees their plan."));
        } else if (childView != null && childView.length() > 2000) {
            problems.add(new FieldProblem("childView", "Keep the child's view to 2000 characters."));
        }
        return problems;
    }
}
