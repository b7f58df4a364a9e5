package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.shared.FieldProblem;

/**
 * Personal outcomes in the person's own words, each tagged with a category of an outcome
 * framework (Talking Points for adults, SHANARRI for children, or a council's own). Whether a
 * framework and category exist is reference data, checked by the service.
 */
public record Outcomes(List<Outcome> items) implements PlanSection {

    public record Outcome(String key, String words, String framework, String category) {
    }

    public Outcomes {
        items = Texts.list(items);
    }

    @Override
    public SectionKey key() {
        return SectionKey.OUTCOMES;
    }

    public Set<String> keys() {
        return items.stream().map(Outcome::key).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Outcomes normalised() {
        return new Outcomes(items.stream().map(o -> new Outcome(Texts.keyOr(o.key(), "o-"), Texts.trim(o.words()),
                Texts.trim(o.framework()), Texts.trim(o.category()))).toList());
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.keys(problems, "items", items.stream().map(Outcome::key).toList(), "Outcome");
        for (int i = 0; i < items.size(); i++) {
            Outcome o = items.get(i);
            Texts.required(problems, "items[" + i + "].words", o.words(),
                    "Outcome " + (i + 1) + " is empty: write it in the person's words, or remove it.");
            Texts.limit(problems, "items[" + i + "].words", o.words(), Texts.LONG, "Outcome " + (i + 1));
            Texts.required(problems, "items[" + i + "].category", o.category(),
                    "Choose what outcome " + (i + 1) + " is about (its framework category).");
        }
        return problems;
    }

    @Override
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Outcome o : items) {
            String c = Texts.caption(o.words());
            lines.add(new Line(o.key(), c, "words", Texts.trim(o.words())));
            lines.add(new Line(o.key(), c, "category", Texts.trim(o.framework()) + " / " + Texts.trim(o.category())));
        }
        return lines;
    }
}
