package org.coplan.participation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.security.Callers;
import org.coplan.security.Role;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;

/**
 * The administrator's changes to the ladders of participation: a council's own ladders, and the
 * rungs of any ladder. Only an administrator may use it; anyone else is told the record does not
 * exist, as for a missing one. Every change to a rung counts as a change to its ladder, and is made
 * only on the version of the ladder the administrator saw, so two administrators cannot overwrite
 * each other's changes unseen.
 */
@Stateless
public class LadderAdminService {

    static final String STALE = "Someone else changed this ladder since you opened it. Check the ladder as it "
            + "is now, then make your change again.";

    @Inject
    LadderRepository ladders;

    @Inject
    Callers callers;

    @Inject
    jakarta.enterprise.event.Event<LadderChanged> changed;

    /** Every ladder, with how many rungs it has and how many are in use. */
    @Audited(action = "ladder.list", recordType = "Ladder", purpose = "administration")
    public List<LadderSummary> overview() {
        adminOnly("Ladder", "all");
        return ladders.summaries();
    }

    /** One ladder with its rungs from the bottom up, whether each is in use, and the decision rules. */
    @Audited(action = "ladder.view", recordType = "Ladder", purpose = "administration")
    public LadderDetail ladder(@RecordId long ladderId) {
        adminOnly("Ladder", ladderId);
        Ladder ladder = ladders.findWithRungs(ladderId).orElseThrow(() -> new RecordNotFoundException("Ladder", ladderId));
        return LadderDetail.of(ladder, ladders.rungIdsInUse(ladderId), ladders.decisionRules());
    }

    /** A council adds its own ladder; it starts with no rungs. Returns the new ladder's id. */
    @Audited(action = "ladder.create", recordType = "Ladder", purpose = "administration")
    public long createLadder(String code, String name, String description, String source, Audience audience) {
        adminOnly("Ladder", code);
        Ladder ladder = new Ladder(code, name, description, source, audience);
        if (ladders.ladderCodeTaken(ladder.code())) {
            throw new BusinessException("code", "There is already a ladder with the code " + ladder.code() + ".");
        }
        ladders.add(ladder);
        AuditNote.current().record(ladder.id()).detail(ladder.code());
        return ladder.id();
    }

    /** Adds a rung at the top of a ladder. Returns the new rung's id. */
    @Audited(action = "ladder.rung.add", recordType = "Rung", purpose = "administration")
    public long addRung(long ladderId, long seenVersion, String code, RungDescription description) {
        adminOnly("Ladder", ladderId);
        Ladder ladder = ladders.findWithRungs(ladderId).orElseThrow(() -> new RecordNotFoundException("Ladder", ladderId));
        asSeen(ladder, seenVersion);
        requireKnownRule(description);
        Rung rung = ladder.addRung(code, description);
        ladders.add(rung);
        write();
        AuditNote.current().record(rung.id()).detail("ladder " + ladderId + ", rung " + rung.ordinal());
        return rung.id();
    }

    /** Says what a rung means. Allowed on a rung in use: its place and its records stay as they are. */
    @Audited(action = "ladder.rung.describe", recordType = "Rung", purpose = "administration")
    public void describeRung(@RecordId long rungId, long seenVersion, RungDescription description) {
        Change change = change(rungId, seenVersion);
        requireKnownRule(description);
        change.rung().describe(description);
        write();
    }

    /** Takes a rung out of use for new records. Records already on it keep it. */
    @Audited(action = "ladder.rung.retire", recordType = "Rung", purpose = "administration")
    public void retireRung(@RecordId long rungId, long seenVersion) {
        change(rungId, seenVersion).rung().retire();
        write();
    }

    /** Brings a retired rung back into use. */
    @Audited(action = "ladder.rung.reinstate", recordType = "Rung", purpose = "administration")
    public void reinstateRung(@RecordId long rungId, long seenVersion) {
        change(rungId, seenVersion).rung().reinstate();
        write();
    }

    /** Swaps a rung with the one above it, when neither is in use. */
    @Audited(action = "ladder.rung.moveUp", recordType = "Rung", purpose = "administration")
    public void moveRungUp(@RecordId long rungId, long seenVersion) {
        Change change = change(rungId, seenVersion);
        change.ladder().moveRungUp(change.rung(), change.inUse(), this::write);
        write();
    }

    /** Swaps a rung with the one below it, when neither is in use. */
    @Audited(action = "ladder.rung.moveDown", recordType = "Rung", purpose = "administration")
    public void moveRungDown(@RecordId long rungId, long seenVersion) {
        Change change = change(rungId, seenVersion);
        change.ladder().moveRungDown(change.rung(), change.inUse(), this::write);
        write();
    }

    /** Deletes the top rung of a ladder, when it is not in use. Any other rung can only be retired. */
    @Audited(action = "ladder.rung.delete", recordType = "Rung", purpose = "administration")
    public void deleteRung(@RecordId long rungId, long seenVersion) {
        Change change = change(rungId, seenVersion);
        change.ladder().removeRung(change.rung(), change.inUse());
        ladders.remove(change.rung());
        write();
    }

    /** A rung about to change, its ladder (locked as seen) and which of the ladder's rungs are in use. */
    private record Change(Ladder ladder, Rung rung, Predicate<Rung> inUse) {
    }

    private Change change(long rungId, long seenVersion) {
        adminOnly("Rung", rungId);
        Ladder ladder = ladders.findByRungWithRungs(rungId).orElseThrow(() -> new RecordNotFoundException("Rung", rungId));
        Rung rung = ladder.rung(rungId).orElseThrow(() -> new RecordNotFoundException("Rung", rungId));
        asSeen(ladder, seenVersion);
        Set<Long> used = ladders.rungIdsInUse(ladder.id());
        AuditNote.current().detail("ladder " + ladder.id());
        return new Change(ladder, rung, r -> used.contains(r.id()));
    }

    /**
     * Refuses a ladder that changed since the administrator saw it; locks it so that this change
     * bumps it, and tells whoever listens that the ladder is changing (if the change is refused
     * later, the transaction rolls back and nothing is told).
     */
    private void asSeen(Ladder ladder, long seenVersion) {
        if (ladder.version() != seenVersion) {
            throw new BusinessException(STALE);
        }
        ladders.lockForChange(ladder);
        changed.fire(new LadderChanged(ladder.id()));
    }

    /**
     * Writes now rather than at commit, so that a clash with another administrator's change, which
     * only the database can see, is refused with a plain message instead of failing the commit.
     */
    private void write() {
        try {
            ladders.flush();
        } catch (OptimisticLockException clash) {
            throw new BusinessException(STALE);
        }
    }

    private void requireKnownRule(RungDescription description) {
        String rule = description == null || description.defaultDecisionRule() == null
                ? null : description.defaultDecisionRule().trim();
        if (rule != null && !rule.isEmpty()
                && ladders.decisionRules().stream().noneMatch(r -> r.code().equals(rule))) {
            throw new BusinessException("defaultDecisionRule", "Choose one of the decision rules in the list.");
        }
    }

    private void adminOnly(String recordType, Object recordId) {
        if (!callers.current().has(Role.ADMIN)) {
            throw new RecordNotFoundException(recordType, recordId);
        }
    }
}
