package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/** Risks and contingency: what could go wrong, what to do then, and who decides. */
public record Risks(List<Risk> items) implements PlanSection {

    /**
     * One risk. The framework category (optional) says what the worry is about, so that worries
     * shared by several people can be counted, anonymised, as a theme for co-design.
     */
    public record Risk(String key, String whatCouldGoWrong, String whatToDo, String whoDecides, String framework,
                       String category) {
    }

    public Risks {
        items = Texts.list(items);
    }

    @Override
    public SectionKey key() {
        return SectionKey.RISKS;
    }

    @Override
    public Risks normalised() {
        return new Risks(items.stream().map(r -> new Risk(Texts.keyOr(r.key(), "r-"), Texts.trim(r.whatCouldGoWrong()),
                Texts.trim(r.whatToDo()), Texts.trim(r.whoDecides()), Texts.trim(r.framework()), Texts.trim(r.category())))
                .toList());
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.keys(problems, "items", items.stream().map(Risk::key).toList(), "Risk");
        for (int i = 0; i < items.size(); i++) {
            Risk r = items.get(i);
            String at = "items[" + i + "].";
            Texts.required(problems, at + "whatCouldGoWrong", r.whatCouldGoWrong(), "Risk " + (i + 1) + ": say what could go wrong.");
            Texts.required(problems, at + "whatToDo", r.whatToDo(), "Risk " + (i + 1) + ": say what to do if it happens.");
            Texts.limit(problems, at + "whatCouldGoWrong", r.whatCouldGoWrong(), Texts.LONG, "Risk " + (i + 1));
            Texts.limit(problems, at + "whatToDo", r.whatToDo(), Texts.LONG, "What to do for risk " + (i + 1));
            Texts.limit(problems, at + "whoDecides", r.whoDecides(), Texts.SHORT, "Who decides for risk " + (i + 1));
        }
        return problems;
    }

    @Override
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Risk r : items) {
            String c = Texts.caption(r.whatCouldGoWrong());
            lines.add(new Line(r.key(), c, "whatCouldGoWrong", Texts.trim(r.whatCouldGoWrong())));
            lines.add(new Line(r.key(), c, "whatToDo", Texts.trim(r.whatToDo())));
            lines.add(new Line(r.key(), c, "whoDecides", Texts.trim(r.whoDecides())));
            lines.add(new Line(r.key(), c, "category", Texts.category(r.framework(), r.category())));
        }
        return lines;
    }
}
