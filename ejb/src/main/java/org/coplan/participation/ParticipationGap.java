package org.coplan.participation;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The gap between the rung staff recorded and the rungs people with lived experience gave:
 * staff ordinal minus their ordinal, averaged over the ratings. Positive means staff placed the
 * decision higher on the ladder than the people it affected felt it was.
 */
public final class ParticipationGap {

    private ParticipationGap() {
    }

    public static OptionalDouble of(int staffOrdinal, Collection<Integer> livedExperienceOrdinals) {
        return livedExperienceOrdinals.stream().mapToInt(o -> staffOrdinal - o).average();
    }
}
