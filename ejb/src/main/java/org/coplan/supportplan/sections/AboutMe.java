package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/**
 * About me, written in the first person: what is important to me, what people like and admire
 * about me, and how best to support me; and whose words they are.
 */
public record AboutMe(String importantToMe, String admiredFor, String howToSupport, WrittenBy writtenBy)
        implements PlanSection {

    /** Whose words About me is in. The first two count as the person's own words. */
    public enum WrittenBy {
        PERSON, PERSON_WITH_HELP, FAMILY, PRACTITIONER;

        public boolean personsOwnWords() {
            return this == PERSON || this == PERSON_WITH_HELP;
        }
    }

    @Override
    public SectionKey key() {
        return SectionKey.ABOUT_ME;
    }

    @Override
    public AboutMe normalised() {
        return new AboutMe(Texts.trim(importantToMe), Texts.trim(admiredFor), Texts.trim(howToSupport), writtenBy);
    }

    public boolean isBlank() {
        return Texts.trim(importantToMe).isEmpty() && Texts.trim(admiredFor).isEmpty() && Texts.trim(howToSupport).isEmpty();
    }

    @Override
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.limit(problems, "importantToMe", importantToMe, Texts.LONG, "What is important to me");
        Texts.limit(problems, "admiredFor", admiredFor, Texts.LONG, "What people like and admire about me");
        Texts.limit(problems, "howToSupport", howToSupport, Texts.LONG, "How best to support me");
        if (!isBlank() && writtenBy == null) {
            problems.add(new FieldProblem("writtenBy", "Say whose words these are."));
        }
        return problems;
    }

    @Override
    public List<Line> lines() {
        return List.of(new Line("", "", "importantToMe", Texts.trim(importantToMe)),
                new Line("", "", "admiredFor", Texts.trim(admiredFor)),
                new Line("", "", "howToSupport", Texts.trim(howToSupport)),
                new Line("", "", "writtenBy", writtenBy == null ? "" : writtenBy.name()));
    }
}
