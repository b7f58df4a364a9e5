package org.coplan.supportplan.sections;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a plan version, in the order a plan reads. The path is the name the API and
 * the pages use ({@code /sections/about-me}); it is a contract and does not change.
 */
public enum SectionKey {
    ABOUT_ME("about-me", AboutMe.class),
    CIRCLE("circle", Circle.class),
    STRENGTHS("strengths", Strengths.class),
    OUTCOMES("outcomes", Outcomes.class),
    PATH("path", PathPlan.class),
    ACTIONS("actions", Actions.class),
    RISKS("risks", Risks.class);

    private final String path;
    private final Class<? extends PlanSection> type;

    SectionKey(String path, Class<? extends PlanSection> type) {
        this.path = path;
        this.type = type;
    }

    public String path() {
        return path;
    }

    public Class<? extends PlanSection> type() {
        return type;
    }

    public static Optional<SectionKey> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
