package org.coplan.supportplan.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.shared.FieldProblem;

/** Actions: what will be done, by whom, by when, how it is going, and the outcome it serves. */
public record Actions(List<Action> items) implements PlanSection {

    /** Who does an action: the person, someone in their circle, the practitioner, a community offer, or someone else. */
    public enum WhoKind { PERSON, CIRCLE, PRACTITIONER, COMMUNITY_OFFER, OTHER }

    public enum Status { NOT_STARTED, IN_PROGRESS, DONE, STOPPED }

    /** One action. An action met by a community offer names the offer; the plan then shows which project made it. */
    public record Action(String key, String what, String who, WhoKind whoKind, LocalDate byWhen, Status status,
                         String outcomeKey, Long offerId) {
    }

    public Actions {
        items = Texts.list(items);
    }

    @Override
    public SectionKey key() {
        return SectionKey.ACTIONS;
    }

    @Override
    public Actions normalised() {
        return new Actions(items.stream().map(a -> new Action(Texts.keyOr(a.key(), "a-"), Texts.trim(a.what()),
                Texts.trim(a.who()), a.whoKind(), a.byWhen(), a.status() == null ? Status.NOT_STARTED : a.status(),
                Texts.trim(a.outcomeKey()).isEmpty() ? null : Texts.trim(a.outcomeKey()), a.offerId())).toList());
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.keys(problems, "items", items.stream().map(Action::key).toList(), "Action");
        for (int i = 0; i < items.size(); i++) {
            Action a = items.get(i);
            String at = "items[" + i + "].";
            Texts.required(problems, at + "what", a.what(), "Action " + (i + 1) + ": say what will be done.");
            Texts.limit(problems, at + "what", a.what(), Texts.LONG, "Action " + (i + 1));
            Texts.required(problems, at + "who", a.who(), "Action " + (i + 1) + ": say who will do it.");
            Texts.limit(problems, at + "who", a.who(), Texts.SHORT, "Who does action " + (i + 1));
            if (a.whoKind() == null) {
                problems.add(new FieldProblem(at + "whoKind", "Action " + (i + 1) + ": say whether the person, the circle, the practitioner, a community offer or someone else does it."));
            }
            if (a.whoKind() == WhoKind.COMMUNITY_OFFER && a.offerId() == null) {
                problems.add(new FieldProblem(at + "offerId", "Action " + (i + 1) + ": choose the community offer."));
            }
            if (a.offerId() != null && a.whoKind() != WhoKind.COMMUNITY_OFFER) {
                problems.add(new FieldProblem(at + "whoKind", "Action " + (i + 1) + " uses a community offer: choose 'a community offer' as who does it."));
            }
        }
        return problems;
    }

    /** The community offers the actions use. */
    public Set<Long> offerIds() {
        return items.stream().map(Action::offerId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Actions that name an outcome the plan does not have. */
    public List<FieldProblem> problemsAgainst(Set<String> outcomeKeys) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String key = items.get(i).outcomeKey();
            if (key != null && !outcomeKeys.contains(key)) {
                problems.add(new FieldProblem("items[" + i + "].outcomeKey",
                        "Action " + (i + 1) + " serves an outcome that is no longer in the plan: choose another."));
            }
        }
        return problems;
    }

    @Override
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Action a : items) {
            String c = Texts.caption(a.what());
            lines.add(new Line(a.key(), c, "what", Texts.trim(a.what())));
            lines.add(new Line(a.key(), c, "who", Texts.trim(a.who()) + (a.whoKind() == null ? "" : " (" + a.whoKind().name() + ")")));
            lines.add(new Line(a.key(), c, "byWhen", a.byWhen() == null ? "" : a.byWhen().toString()));
            lines.add(new Line(a.key(), c, "status", a.status() == null ? "" : a.status().name()));
            lines.add(new Line(a.key(), c, "outcomeKey", a.outcomeKey() == null ? "" : a.outcomeKey()));
            lines.add(new Line(a.key(), c, "offerId", a.offerId() == null ? "" : String.valueOf(a.offerId())));
        }
        return lines;
    }
}
