package org.coplan.codesign;

import org.coplan.shared.ServiceArea;

/** A project as lists show it, with the caller's own role in it. */
public record ProjectSummary(long id, String name, String aim, String locality, ServiceArea serviceArea, String ladderName,
                             String targetRungName, ProjectStage stage, int memberCount, ProjectRole myRole) {
}
