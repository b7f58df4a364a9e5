package org.coplan.codesign;

import org.coplan.shared.ServiceArea;

/** A project as lists show it, with the caller's own role in it. */
public record ProjectSummary(long id, String name, String aim, String locality, ServiceArea serviceArea, String ladderName,
                             String targetRungName, ProjectStage stage, int memberCount, ProjectRole myRole) {

    /** The summary of a project loaded with its members and ladder, as one member sees it. */
    static ProjectSummary of(CoDesignProject p, ProjectRole myRole) {
        return new ProjectSummary(p.id(), p.name(), p.aim(), p.locality(), p.serviceArea(), p.ladder().name(),
                p.targetRung().name(), p.stage(), p.members().size(), myRole);
    }
}
