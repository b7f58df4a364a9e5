package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flyway's migrations ran, on whichever database the suite runs on, and loaded the reference data. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(MigrationIT.class);
    }

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    @Inject
    LadderService ladders;

    @Inject
    TestData data;

    @Test
    void everyMigrationSucceeded() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             // Flyway quotes its lower-case names, which H2 (unlike PostgreSQL) then treats as case-sensitive.
             ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END) "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            r.next();
            assertThat(r.getInt(1)).isGreaterThanOrEqualTo(2);
            assertThat(r.getInt(2)).isEqualTo(r.getInt(1));
        }
    }

    @Test
    void theThreeLaddersHaveTheirRungsInOrderFromTheBottom() throws Exception {
        TestData.World w = data.world();
        List<LadderView> all = RunAs.user(w.practitionerA(), ladders::ladders);
        assertThat(all).extracting(LadderView::code).contains("TLAP", "HART", "ARNSTEIN");
        assertThat(rungs(all, "TLAP")).containsExactly("Coercion", "Educating", "Informing", "Consultation",
                "Engagement", "Co-design", "Co-production");
        assertThat(rungs(all, "HART")).hasSize(8).startsWith("Manipulation", "Decoration", "Tokenism");
        assertThat(rungs(all, "ARNSTEIN")).hasSize(8).startsWith("Manipulation", "Therapy")
                .endsWith("Partnership", "Delegated power", "Citizen control");
        LadderView hart = all.stream().filter(l -> l.code().equals("HART")).findFirst().orElseThrow();
        assertThat(hart.rungs().subList(0, 3)).allMatch(r -> r.band().equals("NON_PARTICIPATION"));
        assertThat(all).flatExtracting(LadderView::rungs).allMatch(r -> !r.description().isBlank());
    }

    @Test
    void theOutcomeFrameworksAreLoaded() throws Exception {
        assertThat(categories("SHANARRI")).containsExactly("Safe", "Healthy", "Achieving", "Nurtured", "Active",
                "Respected", "Responsible", "Included");
        assertThat(categories("TALKING_POINTS")).hasSizeGreaterThanOrEqualTo(15).contains("Feeling safe");
    }

    @Test
    void adultsDefaultToTlapAndChildrenToHart() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sl.service_area, l.code FROM service_ladder sl "
                     + "JOIN ladder l ON l.id = sl.ladder_id ORDER BY sl.service_area")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + "=" + r.getString(2));
            }
            assertThat(rows).containsExactly("ADULTS=TLAP", "CHILDREN=HART");
        }
    }

    private static List<String> rungs(List<LadderView> all, String code) {
        return all.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow()
                .rungs().stream().map(LadderView.RungView::name).toList();
    }

    private List<String> categories(String framework) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT c.name FROM outcome_category c JOIN outcome_framework f "
                     + "ON f.id = c.framework_id WHERE f.code = ? ORDER BY c.ordinal")) {
            s.setString(1, framework);
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        }
    }
}
