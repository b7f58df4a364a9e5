package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coplan.shared.FieldProblem;

/** All the sections of one version, each present (empty when nothing is written yet). */
public record PlanContent(Map<SectionKey, PlanSection> sections) {

    public PlanContent {
        Map<SectionKey, PlanSection> all = new EnumMap<>(SectionKey.class);
        for (SectionKey key : SectionKey.values()) {
            PlanSection s = sections.get(key);
            all.put(key, s == null ? PlanSection.empty(key) : s);
        }
        sections = Map.copyOf(all);
    }

    public static PlanContent empty() {
        return new PlanContent(Map.of());
    }

    public PlanSection get(SectionKey key) {
        return sections.get(key);
    }

    public AboutMe aboutMe() {
        return (AboutMe) get(SectionKey.ABOUT_ME);
    }

    public Outcomes outcomes() {
        return (Outcomes) get(SectionKey.OUTCOMES);
    }

    public Actions actions() {
        return (Actions) get(SectionKey.ACTIONS);
    }

    public Risks risks() {
        return (Risks) get(SectionKey.RISKS);
    }

    public Strengths strengths() {
        return (Strengths) get(SectionKey.STRENGTHS);
    }

    public PlanContent with(PlanSection section) {
        Map<SectionKey, PlanSection> copy = new EnumMap<>(sections);
        copy.put(section.key(), section);
        return new PlanContent(copy);
    }

    /**
     * Problems with the whole version once one section is replaced: the section's own rules,
     * and actions that serve an outcome that is not in the plan.
     */
    public List<FieldProblem> problemsWith(PlanSection changed) {
        PlanContent after = with(changed);
        List<FieldProblem> problems = new ArrayList<>(changed.problems());
        if (changed.key() == SectionKey.ACTIONS) {
            problems.addAll(after.actions().problemsAgainst(after.outcomes().keys()));
        } else if (changed.key() == SectionKey.OUTCOMES) {
            // Removing an outcome that an action serves would leave the action pointing at nothing.
            List<String> used = after.actions().items().stream().map(Actions.Action::outcomeKey)
                    .filter(k -> k != null && !after.outcomes().keys().contains(k)).distinct().toList();
            if (!used.isEmpty()) {
                problems.add(new FieldProblem("items", "An outcome you removed is still served by an action. "
                        + "Change those actions first, or keep the outcome."));
            }
        }
        return problems;
    }

    /** What a version needs before it can be agreed: the person's About me and at least one outcome. */
    public List<FieldProblem> readinessProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (aboutMe().isBlank()) {
            problems.add(new FieldProblem("about-me", "About me is empty. A plan is agreed only once it says what matters to the person."));
        }
        if (outcomes().items().isEmpty()) {
            problems.add(new FieldProblem("outcomes", "The plan has no outcomes yet. Add at least one, in the person's words."));
        }
        return problems;
    }

    /** Every change from this version to a later one, section by section. */
    public Map<SectionKey, List<Change>> changesTo(PlanContent later) {
        Map<SectionKey, List<Change>> changes = new EnumMap<>(SectionKey.class);
        for (SectionKey key : SectionKey.values()) {
            changes.put(key, Change.between(get(key), later.get(key)));
        }
        return changes;
    }
}
