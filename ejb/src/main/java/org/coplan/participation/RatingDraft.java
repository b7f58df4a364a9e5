package org.coplan.participation;

/**
 * A lived-experience rating as entered: the rung, a comment and, when staff record what the
 * person or a family member told them, who gave it. A partner rating themselves leaves the
 * standing and name empty.
 */
public record RatingDraft(Long rungId, String comment, RaterStanding standing, String raterName) {
}
