package org.coplan.supportplan.sections;

import java.util.List;
import org.coplan.shared.FieldProblem;

/** One section of a plan version. Each kind says what is wrong with it and how it reads line by line. */
public sealed interface PlanSection permits AboutMe, Circle, Strengths, Outcomes, PathPlan, Actions, Risks {

    SectionKey key();

    /** The same content with text trimmed and a key given to every new item. */
    PlanSection normalised();

    /** What must change before the section can be saved, in plain words; empty when it is fine. */
    List<FieldProblem> problems();

    /** The section as labelled lines, for comparing two versions. */
    List<Line> lines();

    /** The empty section a new plan starts with. */
    static PlanSection empty(SectionKey key) {
        return switch (key) {
            case ABOUT_ME -> new AboutMe("", "", "", null);
            case CIRCLE -> new Circle(List.of());
            case STRENGTHS -> new Strengths(List.of());
            case OUTCOMES -> new Outcomes(List.of());
            case PATH -> new PathPlan("", "", "", "", "", "", "");
            case ACTIONS -> new Actions(List.of());
            case RISKS -> new Risks(List.of());
        };
    }
}
