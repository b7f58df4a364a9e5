package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/**
 * PATH (Planning Alternative Tomorrows with Hope), from the dream back to the first step:
 * north star, a goal that is positive and possible within a year, now, who to enrol, how to
 * build strength, next steps and the first step.
 */
public record PathPlan(String northStar, String goal, String now, String enrol, String buildStrength, String nextSteps,
                       String firstStep) implements PlanSection {

    @Override
    public SectionKey key() {
        return SectionKey.PATH;
    }

    @Override
    public PathPlan normalised() {
        return new PathPlan(Texts.trim(northStar), Texts.trim(goal), Texts.trim(now), Texts.trim(enrol),
                Texts.trim(buildStrength), Texts.trim(nextSteps), Texts.trim(firstStep));
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.limit(problems, "northStar", northStar, Texts.LONG, "The north star");
        Texts.limit(problems, "goal", goal, Texts.LONG, "The goal");
        Texts.limit(problems, "now", now, Texts.LONG, "Now");
        Texts.limit(problems, "enrol", enrol, Texts.LONG, "Who to enrol");
        Texts.limit(problems, "buildStrength", buildStrength, Texts.LONG, "How to build strength");
        Texts.limit(problems, "nextSteps", nextSteps, Texts.LONG, "Next steps");
        Texts.limit(problems, "firstStep", firstStep, Texts.LONG, "The first step");
        return problems;
    }

    @Override
    public List<Line> lines() {
        return List.of(new Line("", "", "northStar", Texts.trim(northStar)), new Line("", "", "goal", Texts.trim(goal)),
                new Line("", "", "now", Texts.trim(now)), new Line("", "", "enrol", Texts.trim(enrol)),
                new Line("", "", "buildStrength", Texts.trim(buildStrength)),
                new Line("", "", "nextSteps", Texts.trim(nextSteps)), new Line("", "", "firstStep", Texts.trim(firstStep)));
    }
}
