package org.coplan.codesign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coplan.participation.DecisionOwners;
import org.coplan.participation.OwnerType;
import org.coplan.security.CurrentUser;

/** Sessions' answer to the decision ledger: the same rights as on the session's project. */
@ApplicationScoped
public class SessionDecisionOwners implements DecisionOwners {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectDecisionOwners projectOwners;

    @Override
    public OwnerType type() {
        return OwnerType.SESSION;
    }

    @Override
    public Optional<OwnerAccess> access(CurrentUser me, long sessionId) {
        return projects.session(sessionId).flatMap(s -> projectOwners.access(me, s.project().id()));
    }
}
