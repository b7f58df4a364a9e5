package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coplan.shared.FieldProblem;

/** The circle of support: the people in the person's life, what they do, and what of the plan each may see. */
public record Circle(List<Member> items) implements PlanSection {

    public record Member(String key, String name, String relationship, String role, String contact, Set<String> maySee) {
    }

    public Circle {
        items = Texts.list(items);
    }

    @Override
    public SectionKey key() {
        return SectionKey.CIRCLE;
    }

    @Override
    public Circle normalised() {
        return new Circle(items.stream().map(m -> new Member(Texts.keyOr(m.key(), "c-"), Texts.trim(m.name()),
                Texts.trim(m.relationship()), Texts.trim(m.role()), Texts.trim(m.contact()),
                m.maySee() == null ? Set.of() : new TreeSet<>(m.maySee()))).toList());
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.keys(problems, "items", items.stream().map(Member::key).toList(), "Person");
        for (int i = 0; i < items.size(); i++) {
            Member m = items.get(i);
            String at = "items[" + i + "].";
            Texts.required(problems, at + "name", m.name(), "Person " + (i + 1) + " in the circle needs a name.");
            Texts.required(problems, at + "relationship", m.relationship(),
                    "Say how " + nameOr(m, i) + " is related to or knows the person.");
            Texts.limit(problems, at + "name", m.name(), Texts.SHORT, "The name");
            Texts.limit(problems, at + "relationship", m.relationship(), Texts.SHORT, "The relationship");
            Texts.limit(problems, at + "role", m.role(), Texts.LONG, "What they do");
            Texts.limit(problems, at + "contact", m.contact(), Texts.SHORT, "The contact details");
            for (String section : m.maySee() == null ? Set.<String>of() : m.maySee()) {
                if (SectionKey.fromPath(section).isEmpty()) {
                    problems.add(new FieldProblem(at + "maySee", "'" + section + "' is not a section of the plan."));
                }
            }
        }
        return problems;
    }

    private static String nameOr(Member m, int i) {
        return Texts.trim(m.name()).isEmpty() ? "person " + (i + 1) : Texts.trim(m.name());
    }

    @Override
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Member m : items) {
            String c = Texts.caption(m.name());
            lines.add(new Line(m.key(), c, "name", Texts.trim(m.name())));
            lines.add(new Line(m.key(), c, "relationship", Texts.trim(m.relationship())));
            lines.add(new Line(m.key(), c, "role", Texts.trim(m.role())));
            lines.add(new Line(m.key(), c, "contact", Texts.trim(m.contact())));
            lines.add(new Line(m.key(), c, "maySee", m.maySee() == null ? "" : String.join(", ", new TreeSet<>(m.maySee()))));
        }
        return lines;
    }
}
