package org.coplan.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coplan.shared.Page;

/** What screens and the API show of decisions. */
public final class DecisionViews {

    private DecisionViews() {
    }

    public record PartyView(String name, Standing standing) {
        static PartyView of(DecisionParty party) {
            return new PartyView(party.name(), party.standing());
        }
    }

    public record RungRef(long id, int ordinal, String name, Band band) {
        static RungRef of(Rung rung) {
            return new RungRef(rung.id(), rung.ordinal(), rung.name(), rung.band());
        }
    }

    /** A decision in a list: its current version, its rung and the lived-experience gap. */
    public record DecisionSummary(long id, int versionNo, long lockVersion, String question, String outcome,
                                  List<PartyView> deciders, DecisionRule rule, RungRef rung, boolean rungOverridden,
                                  boolean inputChangedOutcome, String youSaid, String weDid, LocalDate decidedOn,
                                  LocalDate fedBackOn, int ratings, Double gap) {
    }

    /** One version of a decision, for its history. */
    public record VersionView(int number, String question, List<String> options, String outcome, PartyView proposedBy,
                              List<PartyView> participants, List<PartyView> deciders, DecisionRule rule, RungRef rung,
                              RungRef suggestedRung, String rungReason, boolean inputChangedOutcome, String youSaid,
                              String weDid, LocalDate decidedOn, LocalDate fedBackOn, String recordedBy,
                              Instant recordedAt, String changeReason) {

        static VersionView of(DecisionVersion v) {
            return new VersionView(v.number(), v.question(), v.options(), v.outcome(), PartyView.of(v.proposedBy()),
                    v.participants().stream().map(PartyView::of).toList(),
                    v.deciders().stream().map(PartyView::of).toList(), v.rule(), RungRef.of(v.rung()),
                    RungRef.of(v.suggestedRung()), v.rungReason(), v.inputChangedOutcome(), v.youSaid(), v.weDid(),
                    v.decidedOn(), v.fedBackOn(), v.recordedBy(), v.recordedAt(), v.changeReason());
        }
    }

    public record RatingView(long id, int versionNo, RaterStanding standing, String raterName, RungRef rung,
                             String comment, String recordedBy, Instant ratedAt) {
        static RatingView of(DecisionRating r) {
            return new RatingView(r.id(), r.versionNo(), r.standing(), r.raterName(), RungRef.of(r.rung()), r.comment(),
                    r.recordedBy(), r.ratedAt());
        }
    }

    /** A decision with every version and every rating; the gap is for the current version's ratings. */
    public record DecisionDetails(long id, OwnerType ownerType, long ownerId, long ladderId, int currentVersionNo,
                                  long lockVersion, boolean fedBack, List<VersionView> versions,
                                  List<RatingView> ratings, Double gap, boolean mayRecord, boolean mayRate) {

        public VersionView current() {
            return versions.stream().filter(v -> v.number() == currentVersionNo).findFirst().orElseThrow();
        }
    }

    /** The suggested rung for a rule, and the ladder's rungs to choose from. */
    public record Suggestion(RungRef suggested, List<RungChoice> rungs) {
    }

    /** A rung as a recorder chooses it: with its plain-language description, not just its name. */
    public record RungChoice(long id, int ordinal, String name, String description, Band band, DecisionPower power) {
    }

    /** What the caller may do with one owner's decisions. */
    public record Rights(boolean mayRecord, boolean rateOnBehalf, boolean rateAsPartner) {
    }

    /** One page of an owner's decisions, newest first, with what the caller may do with them: what a screen shows. */
    public record Shown(Page<DecisionSummary> page, Rights rights) {
    }
}
