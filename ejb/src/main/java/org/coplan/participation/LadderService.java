package org.coplan.participation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.coplan.audit.NotAudited;
import org.coplan.security.Callers;

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
}
