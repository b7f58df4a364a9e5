package org.coplan.web.participation;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.RaterStanding;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.DecisionViews;
import org.coplan.participation.DecisionViews.DecisionDetails;
import org.coplan.participation.DecisionViews.DecisionSummary;
import org.coplan.participation.DecisionViews.RungChoice;
import org.coplan.participation.DecisionViews.VersionView;
import org.coplan.participation.Standing;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.web.Messages;

/**
 * The state behind the decision panel composite component ({@code <cp:decisionPanel>}): the
 * owner's decisions, one decision's history, and the form to record or change a decision.
 * A page's view-scoped backing bean holds one, so plans and projects show decisions the same
 * way. No rule lives here: the decision service validates and decides.
 */
public class DecisionPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final DecisionOwner owner;
    private transient DecisionService service;

    /** Decisions are shown this many at a time, newest first: the ten most recent first. */
    static final int PAGE_SIZE = 10;

    private Page<DecisionSummary> decisions;
    private int first;
    private DecisionViews.Rights rights;
    private DecisionDetails history;

    private boolean formOpen;
    private Long editingId;
    private long editingLockVersion;
    private boolean editingFedBack;
    private String question;
    private String optionsText;
    private String outcome;
    private PartyRow proposer = new PartyRow();
    private List<PartyRow> participants = new ArrayList<>();
    private List<PartyRow> deciders = new ArrayList<>();
    private DecisionRule rule;
    private Long rungId;
    private Long suggestedRungId;
    private String suggestedRungName;
    private List<RungChoice> rungs = List.of();
    private String rungReason;
    private boolean inputChangedOutcome;
    private String youSaid;
    private String weDid;
    private LocalDate decidedOn;
    private LocalDate fedBackOn;
    private String changeReason;

    // The rating form: one decision at a time, rated on its own ladder.
    private Long ratingId;
    private String ratingQuestion;
    private List<RungChoice> ratingRungs = List.of();
    private Long ratingRungId;
    private String ratingComment;
    private RaterStanding ratingStanding;
    private String ratingName;

    public DecisionPanel(DecisionOwner owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    private DecisionService service() {
        if (service == null) {
            service = CDI.current().select(DecisionService.class).get();
        }
        return service;
    }

    /** The decisions on the page shown, newest first. */
    public List<DecisionSummary> getDecisions() {
        return page().items();
    }

    /** The page shown, read with the caller's rights in one call when first needed. */
    private Page<DecisionSummary> page() {
        if (decisions == null) {
            DecisionViews.Shown shown = service().decisionsOf(owner, new PageRequest(first, PAGE_SIZE));
            if (shown.page().items().isEmpty() && first > 0) {
                // the page emptied since it was shown (a decision moved or went): show the last one there is
                first = (int) Math.max(0, (shown.page().total() - 1) / PAGE_SIZE * PAGE_SIZE);
                shown = service().decisionsOf(owner, new PageRequest(first, PAGE_SIZE));
            }
            decisions = shown.page();
            rights = shown.rights();
        }
        return decisions;
    }

    /** Whether the ledger is longer than one page. */
    public boolean isPaged() {
        return page().total() > PAGE_SIZE;
    }

    public boolean isHasNewer() {
        return first > 0;
    }

    public boolean isHasOlder() {
        return first + PAGE_SIZE < page().total();
    }

    /** "Showing decisions 21 to 40 of 349, newest first." */
    public String getShowing() {
        Page<DecisionSummary> shown = page();
        return Messages.text("decision.pageShowing").replace("{0}", String.valueOf(first + 1))
                .replace("{1}", String.valueOf(first + shown.items().size())).replace("{2}", String.valueOf(shown.total()));
    }

    public void newer() {
        first = Math.max(0, first - PAGE_SIZE);
        decisions = null;
        history = null;
    }

    public void older() {
        first += PAGE_SIZE;
        decisions = null;
        history = null;
    }

    public DecisionViews.Rights getRights() {
        if (rights == null) {
            page();
        }
        return rights;
    }

    public void showHistory(long decisionId) {
        history = service().decision(decisionId);
    }

    public void hideHistory() {
        history = null;
    }

    public void startNew() {
        clearForm();
        decidedOn = CouncilTime.today();
        proposer = new PartyRow();
        deciders.add(new PartyRow());
        formOpen = true;
        refreshSuggestion();
    }

    public void startChange(long decisionId) {
        DecisionDetails details = service().decision(decisionId);
        VersionView v = details.current();
        clearForm();
        editingId = details.id();
        editingLockVersion = details.lockVersion();
        editingFedBack = details.fedBack();
        question = v.question();
        optionsText = String.join("\n", v.options());
        outcome = v.outcome();
        proposer = new PartyRow(v.proposedBy().name(), v.proposedBy().standing());
        v.participants().forEach(p -> participants.add(new PartyRow(p.name(), p.standing())));
        v.deciders().forEach(p -> deciders.add(new PartyRow(p.name(), p.standing())));
        rule = v.rule();
        refreshSuggestion();
        rungId = v.rung().id();
        rungReason = v.rungReason();
        inputChangedOutcome = v.inputChangedOutcome();
        youSaid = v.youSaid();
        weDid = v.weDid();
        decidedOn = v.decidedOn();
        fedBackOn = editingFedBack ? null : v.fedBackOn();
        formOpen = true;
    }

    public void cancel() {
        clearForm();
    }

    /** Called when the rule or who proposed or decided changes: the suggested rung follows. */
    public void refreshSuggestion() {
        List<Standing> standings = deciders.stream().map(PartyRow::getStanding).filter(Objects::nonNull).toList();
        DecisionViews.Suggestion suggestion = service().suggestRung(owner, rule, proposer.getStanding(), standings);
        rungs = suggestion.rungs();
        Long previous = suggestedRungId;
        suggestedRungId = suggestion.suggested() == null ? null : suggestion.suggested().id();
        suggestedRungName = suggestion.suggested() == null ? null : suggestion.suggested().name();
        if (rungId == null || rungId.equals(previous)) {
            rungId = suggestedRungId;
        }
    }

    public void addParticipant() {
        participants.add(new PartyRow());
    }

    public void removeParticipant(int index) {
        if (index >= 0 && index < participants.size()) {
            participants.remove(index);
        }
    }

    public void addDecider() {
        deciders.add(new PartyRow());
    }

    public void removeDecider(int index) {
        if (index >= 0 && index < deciders.size() && deciders.size() > 1) {
            deciders.remove(index);
            refreshSuggestion();
        }
    }

    /** Records or changes the decision; on a problem, says what is wrong next to each field and keeps everything typed. */
    public void save(String formClientId) {
        boolean standingMissing = false;
        if (participants.stream().anyMatch(r -> !r.blank() && r.getStanding() == null)) {
            Messages.error(formClientId + ":participants", Messages.text("decision.standingMissing"));
            standingMissing = true;
        }
        if (deciders.stream().anyMatch(r -> !r.blank() && r.getStanding() == null)) {
            Messages.error(formClientId + ":deciders", Messages.text("decision.standingMissing"));
            standingMissing = true;
        }
        if (standingMissing) {
            return;
        }
        DecisionDraft draft = new DecisionDraft(question, optionsText == null ? List.of() : Arrays.asList(optionsText.split("\\R")),
                outcome, party(proposer), parties(participants), parties(deciders), rule, rungId, rungReason,
                inputChangedOutcome, youSaid, weDid, decidedOn, fedBackOn);
        try {
            if (editingId == null) {
                service().record(owner, draft);
            } else {
                service().revise(editingId, editingLockVersion, draft, changeReason);
            }
        } catch (InvalidInputException invalid) {
            Messages.error(null, invalid.problems().size() == 1
                    ? Messages.text("decision.oneProblem")
                    : Messages.text("decision.problems").replace("{0}", String.valueOf(invalid.problems().size())));
            for (FieldProblem problem : invalid.problems()) {
                Messages.error(formClientId + ":" + problem.field(), problem.message());
            }
            return;
        } catch (BusinessException refused) {
            Messages.error(null, refused.getMessage());
            return;
        }
        if (editingId == null) {
            first = 0; // a new decision is the newest: show the page it is on
        }
        clearForm();
        decisions = null;
        history = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("decision.saved"), null));
    }

    /**
     * Opens the rating form for one decision: a partner rates as themselves; staff record what the
     * person or a family member told them. The id is checked again by the service when saved.
     */
    public void startRating(long decisionId) {
        DecisionDetails details = service().decision(decisionId);
        clearRating();
        ratingId = details.id();
        ratingQuestion = details.current().question();
        ratingRungs = service().suggestRung(owner, null, null, List.of()).rungs();
    }

    public void cancelRating() {
        clearRating();
    }

    /** Saves the rating; on a problem, says what is wrong next to each field and keeps what was chosen. */
    public void saveRating(String formClientId) {
        RaterStanding standing = getRights().rateAsPartner() ? null : ratingStanding;
        try {
            service().rate(ratingId, new RatingDraft(ratingRungId, ratingComment, standing, ratingName));
        } catch (InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                Messages.error(formClientId + ":rating-" + problem.field(), problem.message());
            }
            return;
        } catch (BusinessException refused) {
            Messages.error(null, refused.getMessage());
            return;
        }
        clearRating();
        decisions = null;
        history = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("decision.rated"), null));
    }

    private void clearRating() {
        ratingId = null;
        ratingQuestion = null;
        ratingRungs = List.of();
        ratingRungId = null;
        ratingComment = null;
        ratingStanding = null;
        ratingName = null;
    }

    public boolean isRatingOpen() {
        return ratingId != null;
    }

    public String getRatingQuestion() {
        return ratingQuestion;
    }

    public List<RungChoice> getRatingRungs() {
        return ratingRungs;
    }

    public List<RaterStanding> getRatingStandings() {
        return List.of(RaterStanding.PERSON, RaterStanding.FAMILY_MEMBER);
    }

    public Long getRatingRungId() {
        return ratingRungId;
    }

    public void setRatingRungId(Long ratingRungId) {
        this.ratingRungId = ratingRungId;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public RaterStanding getRatingStanding() {
        return ratingStanding;
    }

    public void setRatingStanding(RaterStanding ratingStanding) {
        this.ratingStanding = ratingStanding;
    }

    public String getRatingName() {
        return ratingName;
    }

    public void setRatingName(String ratingName) {
        this.ratingName = ratingName;
    }

    public void feedBackToday(long decisionId, long lockVersion) {
        try {
            service().feedBack(decisionId, lockVersion, CouncilTime.today());
        } catch (BusinessException refused) {
            Messages.error(null, refused.getMessage());
        }
        decisions = null;
        history = null;
    }

    private static DecisionParty party(PartyRow row) {
        return row == null || row.getStanding() == null ? null
                : new DecisionParty(row.getName() == null ? "" : row.getName(), row.getStanding());
    }

    private static List<DecisionParty> parties(List<PartyRow> rows) {
        List<DecisionParty> parties = new ArrayList<>();
        for (PartyRow row : rows) {
            if (!row.blank()) {
                parties.add(party(row));
            }
        }
        return parties;
    }

    private void clearForm() {
        formOpen = false;
        editingId = null;
        editingFedBack = false;
        question = null;
        optionsText = null;
        outcome = null;
        proposer = new PartyRow();
        participants = new ArrayList<>();
        deciders = new ArrayList<>();
        rule = null;
        rungId = null;
        suggestedRungId = null;
        suggestedRungName = null;
        rungReason = null;
        inputChangedOutcome = false;
        youSaid = null;
        weDid = null;
        decidedOn = null;
        fedBackOn = null;
        changeReason = null;
    }

    /** A moment in the history, in UK time, as people read it. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(CouncilTime.ZONE));
    }

    public List<DecisionRule> getRules() {
        return List.of(DecisionRule.values());
    }

    public List<Standing> getStandings() {
        return List.of(Standing.values());
    }

    public DecisionDetails getHistory() {
        return history;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public boolean isEditingFedBack() {
        return editingFedBack;
    }

    public List<RungChoice> getRungs() {
        return rungs;
    }

    public Long getSuggestedRungId() {
        return suggestedRungId;
    }

    public String getSuggestedRungName() {
        return suggestedRungName;
    }

    public boolean isRungOverridden() {
        return rungId != null && suggestedRungId != null && !rungId.equals(suggestedRungId);
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getOptionsText() {
        return optionsText;
    }

    public void setOptionsText(String optionsText) {
        this.optionsText = optionsText;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public PartyRow getProposer() {
        return proposer;
    }

    public List<PartyRow> getParticipants() {
        return participants;
    }

    public List<PartyRow> getDeciders() {
        return deciders;
    }

    public DecisionRule getRule() {
        return rule;
    }

    public void setRule(DecisionRule rule) {
        this.rule = rule;
    }

    public Long getRungId() {
        return rungId;
    }

    public void setRungId(Long rungId) {
        this.rungId = rungId;
    }

    public String getRungReason() {
        return rungReason;
    }

    public void setRungReason(String rungReason) {
        this.rungReason = rungReason;
    }

    public boolean isInputChangedOutcome() {
        return inputChangedOutcome;
    }

    public void setInputChangedOutcome(boolean inputChangedOutcome) {
        this.inputChangedOutcome = inputChangedOutcome;
    }

    public String getYouSaid() {
        return youSaid;
    }

    public void setYouSaid(String youSaid) {
        this.youSaid = youSaid;
    }

    public String getWeDid() {
        return weDid;
    }

    public void setWeDid(String weDid) {
        this.weDid = weDid;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getFedBackOn() {
        return fedBackOn;
    }

    public void setFedBackOn(LocalDate fedBackOn) {
        this.fedBackOn = fedBackOn;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }
}
