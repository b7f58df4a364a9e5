package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/** Strengths and assets of the person and of their community: what there is to build on. */
public record Strengths(List<Strength> items) implements PlanSection {

    public enum Kind { PERSON, COMMUNITY }

    /**
     * One strength. The framework category (optional) says what it helps with, so that community
     * assets named in several plans can be counted, anonymised, as a theme for co-design.
     */
    public record Strength(String key, Kind kind, String text, String framework, String category) {
    }

    public Strengths {
        items = Texts.list(items);
    }

    @Override
    public SectionKey key() {
        return SectionKey.STRENGTHS;
    }

    @Override
    public Strengths normalised() {
        return new Strengths(items.stream().map(s -> new Strength(Texts.keyOr(s.key(), "s-"), s.kind(), Texts.trim(s.text()),
                Texts.trim(s.framework()), Texts.trim(s.category()))).toList());
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.keys(problems, "items", items.stream().map(Strength::key).toList(), "Strength");
        for (int i = 0; i < items.size(); i++) {
            Strength s = items.get(i);
            Texts.required(problems, "items[" + i + "].text", s.text(), "Strength " + (i + 1) + " is empty: write it or remove it.");
            Texts.limit(problems, "items[" + i + "].text", s.text(), Texts.LONG, "Strength " + (i + 1));
            if (s.kind() == null) {
                problems.add(new FieldProblem("items[" + i + "].kind", "Say whether strength " + (i + 1) + " is the person's or the community's."));
            }
        }
        return problems;
    }

    @Override
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Strength s : items) {
            String c = Texts.caption(s.text());
            lines.add(new Line(s.key(), c, "kind", s.kind() == null ? "" : s.kind().name()));
            lines.add(new Line(s.key(), c, "text", Texts.trim(s.text())));
            lines.add(new Line(s.key(), c, "category", Texts.category(s.framework(), s.category())));
        }
        return lines;
    }
}
