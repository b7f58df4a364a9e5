package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.coplan.participation.Audience;
import org.coplan.participation.Band;
import org.coplan.participation.DecisionPower;
import org.coplan.participation.LadderAdminService;
import org.coplan.participation.LadderDetail;
import org.coplan.participation.LadderDetail.RungDetail;
import org.coplan.participation.LadderSummary;
import org.coplan.participation.RungDescription;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's screens for ladders, through their service: who may use it, the rules on the
 * rungs' places against the real database, optimistic locking and the audit trail. The in-use query
 * reads the decision ledger's tables, so this needs the V5 migration.
 */
@ExtendWith(ArquillianExtension.class)
class LadderAdminIT {

    private static final RungDescription TOLD = new RungDescription("Told", "You are told what was decided.",
            Band.NON_PARTICIPATION, DecisionPower.PROFESSIONALS_ALONE, "PROFESSIONAL_INFORMED");
    private static final RungDescription ASKED = new RungDescription("Asked", "You are asked what you think first.",
            Band.TOKENISM, DecisionPower.PROFESSIONALS_AFTER_LISTENING, "PROFESSIONAL_AFTER_CONSULTING");
    private static final RungDescription DECIDING = new RungDescription("Deciding together",
            "You and the staff decide together.", Band.PARTICIPATION, DecisionPower.SHARED, "DECIDED_JOINTLY");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(LadderAdminIT.class);
    }

    @Inject
    LadderAdminService ladders;

    @Inject
    TestData data;

    private TestData.World w;

    @BeforeEach
    void createWorld() {
        w = data.world();
    }

    private <T> T asAdmin(Callable<T> work) throws Exception {
        return RunAs.user(w.admin(), work);
    }

    private long newLadder() throws Exception {
        String code = "IT_" + w.suffix().toUpperCase();
        return asAdmin(() -> ladders.createLadder(code, "IT ladder " + w.suffix(), "How much say people have here.",
                "The IT council's co-production group", Audience.COMMUNITY));
    }

    private LadderDetail ladder(long id) throws Exception {
        return asAdmin(() -> ladders.ladder(id));
    }

    private static List<String> codes(LadderDetail ladder) {
        return ladder.rungs().stream().map(RungDetail::code).toList();
    }

    @Test
    void anAdministratorCreatesALadderAndAddsRungsFromTheBottomUp() throws Exception {
        long id = newLadder();
        long told = asAdmin(() -> ladders.addRung(id, ladder(id).version(), "TOLD", TOLD));
        long asked = asAdmin(() -> ladders.addRung(id, ladder(id).version(), "ASKED", ASKED));
        asAdmin(() -> ladders.addRung(id, ladder(id).version(), "DECIDING", DECIDING));

        LadderDetail ladder = ladder(id);
        assertThat(codes(ladder)).containsExactly("TOLD", "ASKED", "DECIDING");
        assertThat(ladder.rungs()).extracting(RungDetail::ordinal).containsExactly(1, 2, 3);
        assertThat(ladder.rungs()).noneMatch(RungDetail::inUse);
        assertThat(ladder.rungs()).extracting(RungDetail::mayDelete).containsExactly(false, false, true);
        assertThat(ladder.rungs().get(0).defaultDecisionRuleName()).isEqualTo("Professional decided and informed");
        assertThat(ladder.decisionRules()).hasSize(5);

        asAdmin(() -> {
            ladders.moveRungUp(told, ladder(id).version());
            return null;
        });
        assertThat(codes(ladder(id))).containsExactly("ASKED", "TOLD", "DECIDING");
        asAdmin(() -> {
            ladders.describeRung(asked, ladder(id).version(), new RungDescription("Asked first",
                    "You are asked before anything is decided.", Band.TOKENISM,
                    DecisionPower.PROFESSIONALS_AFTER_LISTENING, "PROFESSIONAL_AFTER_CONSULTING"));
            return null;
        });
        long top = ladder(id).rungs().get(2).id();
        asAdmin(() -> {
            ladders.deleteRung(top, ladder(id).version());
            return null;
        });
        assertThat(ladder(id).rungs()).extracting(RungDetail::name).containsExactly("Asked first", "Told");

        LadderSummary summary = asAdmin(ladders::overview).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        assertThat(summary.rungCount()).isEqualTo(2);
        assertThat(summary.rungsInUse()).isZero();

        assertThat(data.auditEvents("ladder.create", id, w.admin(), "ALLOWED")).isEqualTo(1);
        assertThat(data.auditEventsFor("ladder.rung.add", w.admin())).isEqualTo(3);
        assertThat(data.auditEventsFor("ladder.rung.moveUp", w.admin())).isEqualTo(1);
        assertThat(data.auditEventsFor("ladder.rung.describe", w.admin())).isEqualTo(1);
        assertThat(data.auditEvents("ladder.rung.delete", top, w.admin(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aLadderCodeIsRefusedWhenBadlyFormedOrTaken() throws Exception {
        newLadder();
        assertThatThrownBy(this::newLadder).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> asAdmin(() -> ladders.createLadder("it ladder", "Name", "Words", "Source",
                Audience.ADULTS))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void noOtherRoleCanSeeOrChangeTheLadders() throws Exception {
        long id = newLadder();
        long rung = asAdmin(() -> ladders.addRung(id, ladder(id).version(), "TOLD", TOLD));
        long version = ladder(id).version();
        for (String user : List.of(w.practitionerA(), w.managerAB(), w.facilitator(), w.family(), w.partner())) {
            assertThatThrownBy(() -> RunAs.user(user, ladders::overview)).as(user)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> ladders.ladder(id))).as(user)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> ladders.createLadder("IT_NOT_" + w.suffix().toUpperCase(),
                    "No", "No", "No", Audience.ADULTS))).as(user).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> ladders.addRung(id, version, "MORE", ASKED))).as(user)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> {
                ladders.deleteRung(rung, version);
                return null;
            })).as(user).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(codes(ladder(id))).containsExactly("TOLD");
        assertThat(ladder(id).version()).isEqualTo(version);
        assertThat(data.auditEventsFor("ladder.create", w.practitionerA())).isEqualTo(1);
        assertThat(data.auditEvents("ladder.rung.delete", rung, w.family(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aRungAProjectAimsForCannotBeDeletedOrMovedButCanBeRetired() throws Exception {
        data.project(w); // aims for the top rung of TLAP
        long tlap = asAdmin(ladders::overview).stream().filter(l -> l.code().equals("TLAP")).findFirst()
                .orElseThrow().id();
        LadderDetail before = ladder(tlap);
        RungDetail top = before.rungs().get(before.rungs().size() - 1);
        RungDetail below = before.rungs().get(before.rungs().size() - 2);
        assertThat(top.code()).isEqualTo("CO_PRODUCTION");
        assertThat(top.inUse()).isTrue();
        assertThat(top.mayDelete()).isFalse();
        assertThat(top.mayMoveDown()).isFalse();
        assertThat(below.mayMoveUp()).isFalse();

        assertThatThrownBy(() -> asAdmin(() -> {
            ladders.deleteRung(top.id(), before.version());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("in use");
        assertThatThrownBy(() -> asAdmin(() -> {
            ladders.moveRungDown(top.id(), before.version());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("in use");
        assertThatThrownBy(() -> asAdmin(() -> {
            ladders.moveRungUp(below.id(), before.version());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("in use");
        assertThat(codes(ladder(tlap))).isEqualTo(codes(before));
        assertThat(ladder(tlap).version()).isEqualTo(before.version());

        try {
            asAdmin(() -> {
                ladders.retireRung(top.id(), before.version());
                return null;
            });
            LadderDetail after = ladder(tlap);
            assertThat(after.rungs().get(after.rungs().size() - 1).retired()).isTrue();
            assertThat(codes(after)).isEqualTo(codes(before));
        } finally {
            // TLAP is shared reference data: leave its top rung as every other test expects it.
            asAdmin(() -> {
                ladders.reinstateRung(top.id(), ladder(tlap).version());
                return null;
            });
        }
        assertThat(ladder(tlap).rungs().get(before.rungs().size() - 1).retired()).isFalse();
        assertThat(data.auditEvents("ladder.rung.retire", top.id(), w.admin(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aChangeMadeOnAnOlderVersionOfTheLadderIsRefused() throws Exception {
        long id = newLadder();
        long seen = ladder(id).version();
        long rung = asAdmin(() -> ladders.addRung(id, seen, "TOLD", TOLD));

        assertThatThrownBy(() -> asAdmin(() -> ladders.addRung(id, seen, "ASKED", ASKED)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("Someone else changed this ladder");
        assertThatThrownBy(() -> asAdmin(() -> {
            ladders.retireRung(rung, seen);
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("Someone else changed this ladder");

        LadderDetail now = ladder(id);
        assertThat(codes(now)).containsExactly("TOLD");
        assertThat(now.rungs().get(0).retired()).isFalse();
        assertThat(now.version()).isGreaterThan(seen);
    }
}
