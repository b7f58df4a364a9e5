package org.coplan.participation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.coplan.audit.NotAudited;
import org.coplan.security.Callers;
import org.coplan.shared.ServiceArea;

/** The ladders of participation, for every signed-in user: they are reference data, not personal data. */
@Stateless
public class LadderService {

    @Inject
    LadderRepository ladders;

    @Inject
    Callers callers;

    @NotAudited("reference data with no personal data in it")
    public List<LadderView> ladders() {
        callers.current();
        return ladders.allWithRungs().stream().map(LadderView::of).toList();
    }

    /** A ladder with its rungs, for the services that place a new plan or project on it (they check their own access). */
    @NotAudited("reference data with no personal data in it")
    public java.util.Optional<Ladder> ladderEntity(long ladderId) {
        return ladders.allWithRungs().stream().filter(l -> l.id() == ladderId).findFirst();
    }

    /** The ladder a service's new plans sit on, for the services that create them (they check access to the person). */
    @NotAudited("reference data with no personal data in it")
    public Ladder defaultLadderEntity(ServiceArea area) {
        return ladders.defaultFor(area);
    }
}
