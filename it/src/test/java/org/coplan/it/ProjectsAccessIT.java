package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectRole;
import org.coplan.codesign.ProjectSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A co-design project is visible to its members, whatever their role, and to no one else. */
@ExtendWith(ArquillianExtension.class)
class ProjectsAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(ProjectsAccessIT.class);
    }

    @Inject
    CoDesignService codesign;

    @Inject
    TestData data;

    private TestData.World w;
    private long project;

    @BeforeEach
    void createWorld() {
        w = data.world();
        project = data.project(w);
    }

    @Test
    void membersSeeTheProjectWithTheirOwnPartInIt() throws Exception {
        List<ProjectSummary> facilitators = RunAs.user(w.facilitator(), codesign::myProjects);
        assertThat(facilitators).extracting(ProjectSummary::id).containsExactly(project);
        assertThat(facilitators.get(0).myRole()).isEqualTo(ProjectRole.FACILITATOR);
        assertThat(facilitators.get(0).memberCount()).isEqualTo(2);
        assertThat(facilitators.get(0).targetRungName()).isEqualTo("Co-production");

        List<ProjectSummary> partners = RunAs.user(w.partner(), codesign::myProjects);
        assertThat(partners).extracting(ProjectSummary::id).containsExactly(project);
        assertThat(partners.get(0).myRole()).isEqualTo(ProjectRole.CARER);
    }

    @Test
    void noRoleSeesAProjectItIsNotAMemberOf() throws Exception {
        for (String user : List.of(w.practitionerA(), w.managerAB(), w.admin(), w.family())) {
            assertThat(RunAs.user(user, codesign::myProjects)).as(user)
                    .extracting(ProjectSummary::id).doesNotContain(project);
        }
    }
}
