package org.coplan.codesign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coplan.participation.DecisionOwners;
import org.coplan.participation.OwnerType;
import org.coplan.security.CurrentUser;

/**
 * Projects' answer to the decision ledger: members see the project's decisions; its facilitators
 * record them; members with lived experience rate them on the ladder themselves.
 */
@ApplicationScoped
public class ProjectDecisionOwners implements DecisionOwners {

    @Inject
    ProjectRepository projects;

    @Override
    public OwnerType type() {
        return OwnerType.PROJECT;
    }

    @Override
    public Optional<OwnerAccess> access(CurrentUser me, long projectId) {
        return projects.findWithMembers(projectId)
                .flatMap(p -> p.member(me.id()).map(m -> new OwnerAccess(p.ladder().id(),
                        m.role() == ProjectRole.FACILITATOR, false, m.role().livedExperience())));
    }
}
