package org.coplan.web.supportplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coplan.participation.DecisionOwner;
import org.coplan.shared.BusinessException;
import org.coplan.supportplan.ConsentDraft;
import org.coplan.supportplan.ConsentPurpose;
import org.coplan.supportplan.HowGiven;
import org.coplan.supportplan.MeasureDraft;
import org.coplan.supportplan.OutcomeCategory;
import org.coplan.supportplan.PlanStatus;
import org.coplan.supportplan.PlanViews.MeasureView;
import org.coplan.supportplan.PlanViews.PlanView;
import org.coplan.supportplan.PlanViews.SectionView;
import org.coplan.supportplan.SignOffDraft;
import org.coplan.supportplan.SignOffRule;
import org.coplan.supportplan.Signer;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Jsons;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;
import org.coplan.web.participation.DecisionPanel;

/**
 * Backs /supportplan/plan.xhtml?id=…&amp;v=…: a plan at one version with every section, its
 * sign-offs, measures, reviews, consent and decisions. Each form keeps what was typed until the
 * service accepts it.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    private String id;
    private String v;
    private PlanView view;
    private DecisionPanel decisions;
    private List<SectionForm> sections = List.of();
    private List<OutcomeCategory> categories = List.of();

    // sign-off form
    private Signer signer;
    private String signerName;
    private String signedOn;
    private HowGiven signedHow;
    // measure form
    private String measureOutcome;
    private String measureOn;
    private Integer measureScore;
    private String measureNote;
    // consent form
    private ConsentPurpose consentPurpose;
    private String consentAgency;
    private String consentGivenBy;
    private String consentOn;
    private HowGiven consentHow;
    private String withdrawalNote;
    // closing
    private String closeReason;

    public void load() throws IOException {
        if (view == null) {
            Integer versionNo = v == null || v.isBlank() ? null : parseVersion(v);
            view = RecordPages.loadOrNotFound(id, planId -> plans.planView(planId, versionNo)).orElse(null);
            if (view != null) {
                decisions = new DecisionPanel(DecisionOwner.plan(view.plan().id()));
                categories = plans.outcomeCategories(view.plan().id());
                refreshSections();
            }
        }
    }

    private static Integer parseVersion(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return -1; // no such version: the service answers "not found"
        }
    }

    private void reload() {
        view = plans.planView(view.plan().id(), view.version().version().number());
        refreshSections();
    }

    private void refreshSections() {
        sections = view.version().sections().stream().map(s -> SectionForm.of(s.section())).toList();
    }

    // ---- reading ------------------------------------------------------------------------

    public SectionView sectionView(SectionForm form) {
        return view.version().section(form.getKey());
    }

    /** A field's value as the page shows it: options by their label, outcomes by their words, dates in full. */
    public String show(SectionForm.Field field, Object value) {
        return SectionText.show(field, value, categories, outcomes(), view.version().offers());
    }

    /** A moment as the council's clock shows it. */
    public String when(java.time.Instant at) {
        return DatesInput.when(at);
    }

    public String outcomeWords(String key) {
        return SectionText.outcomeWords(key, outcomes());
    }

    public List<Outcomes.Outcome> outcomes() {
        return ((Outcomes) view.version().section(SectionKey.OUTCOMES).section()).items();
    }

    public boolean isCurrentVersion() {
        return view.version().version().number() == view.plan().currentVersionNo();
    }

    public String stillNeeded() {
        Set<SignOffRule.Needed> needed = view.version().stillNeeded();
        return needed.stream().map(n -> Messages.text("signOff.needed." + n)).collect(Collectors.joining("; "));
    }

    public boolean isMayAgree() {
        return view.version().editable() && view.version().stillNeeded().isEmpty() && view.version().notReady().isEmpty();
    }

    public List<Signer> getSigners() {
        List<Signer> signers = new ArrayList<>();
        if (view.rights().mayEdit()) {
            signers.addAll(List.of(Signer.PERSON, Signer.REPRESENTATIVE, Signer.PRACTITIONER));
        }
        if (view.rights().maySignAsManager() && view.rights().managerSignOffRequired()) {
            signers.add(Signer.MANAGER);
        }
        return signers;
    }

    public boolean isMaySign() {
        return view.version().version().status() == PlanStatus.DRAFT && view.plan().status() != PlanStatus.CLOSED
                && !getSigners().isEmpty();
    }

    /** The readings as a Chart.js line chart: one line per outcome, scores 1 to 10 over time. */
    public String getChart() {
        Map<String, List<MeasureView>> byOutcome = new LinkedHashMap<>();
        view.measures().forEach(m -> byOutcome.computeIfAbsent(m.outcomeKey(), k -> new ArrayList<>()).add(m));
        TreeSet<LocalDate> days = view.measures().stream().map(MeasureView::takenOn).collect(Collectors.toCollection(TreeSet::new));
        JsonArrayBuilder labels = Jsons.JSON.createArrayBuilder();
        days.forEach(d -> labels.add(d.format(DateTimeFormatter.ofPattern("d MMM yyyy"))));
        String[] colours = {"#1d4f91", "#a03c00", "#2b6b2b", "#6a2c91", "#8a5a00"};
        JsonArrayBuilder datasets = Jsons.JSON.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<MeasureView>> e : byOutcome.entrySet()) {
            JsonArrayBuilder points = Jsons.JSON.createArrayBuilder();
            for (LocalDate day : days) {
                e.getValue().stream().filter(m -> m.takenOn().equals(day)).reduce((a, b) -> b)
                        .ifPresentOrElse(m -> points.add(m.score()), points::addNull);
            }
            String colour = colours[i++ % colours.length];
            datasets.add(Jsons.JSON.createObjectBuilder().add("label", caption(outcomeWords(e.getKey()))).add("data", points)
                    .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true).add("fill", false));
        }
        return Jsons.forScript(Jsons.JSON.createObjectBuilder().add("type", "line")
                .add("data", Jsons.JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.JSON.createObjectBuilder()
                        .add("scales", Jsons.JSON.createObjectBuilder().add("y", Jsons.JSON.createObjectBuilder().add("min", 1).add("max", 10)
                                .add("title", Jsons.JSON.createObjectBuilder().add("display", true).add("text", Messages.text("measures.score"))))))
                .build());
    }

    private static String caption(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "…";
    }

    // ---- changing -----------------------------------------------------------------------

    public void recordSignOff() {
        LocalDate on = DatesInput.parse(signedOn);
        if (on == null && signedOn != null && !signedOn.isBlank()) {
            Messages.error("signOffForm:signedOn", Messages.text("form.badDate"));
            return;
        }
        try {
            var version = view.version().version();
            plans.recordSignOff(view.plan().id(), version.number(), version.revision(), new SignOffDraft(signer, signerName, on, signedHow));
            signer = null;
            signerName = null;
            signedOn = null;
            signedHow = null;
            FormMessages.done("signOff.recorded");
        } catch (BusinessException refused) {
            FormMessages.refused("signOffForm", Set.of("signer", "name", "signedOn", "how"), refused);
        }
        reload();
    }

    public void agree() {
        try {
            var version = view.version().version();
            plans.agree(view.plan().id(), version.number(), version.revision());
            FormMessages.done("plan.agreed");
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
        }
        reload();
    }

    public void recordMeasure() {
        LocalDate on = DatesInput.parse(measureOn);
        if (on == null && measureOn != null && !measureOn.isBlank()) {
            Messages.error("measureForm:takenOn", Messages.text("form.badDate"));
            return;
        }
        try {
            plans.recordMeasure(view.plan().id(), new MeasureDraft(measureOutcome, on, measureScore, measureNote));
            measureOutcome = null;
            measureOn = null;
            measureScore = null;
            measureNote = null;
            FormMessages.done("measures.recorded");
            reload();
        } catch (BusinessException refused) {
            FormMessages.refused("measureForm", Set.of("outcomeKey", "takenOn", "score", "note"), refused);
        }
    }

    public void recordConsent() {
        LocalDate on = DatesInput.parse(consentOn);
        if (on == null && consentOn != null && !consentOn.isBlank()) {
            Messages.error("consentForm:givenOn", Messages.text("form.badDate"));
            return;
        }
        try {
            plans.recordConsent(view.plan().id(), new ConsentDraft(consentPurpose, consentAgency, consentGivenBy, on, consentHow));
            consentPurpose = null;
            consentAgency = null;
            consentGivenBy = null;
            consentOn = null;
            consentHow = null;
            FormMessages.done("consent.recorded");
            reload();
        } catch (BusinessException refused) {
            FormMessages.refused("consentForm", Set.of("purpose", "agency", "givenBy", "givenOn", "how"), refused);
        }
    }

    public void withdrawConsent(long consentId) {
        try {
            plans.withdrawConsent(view.plan().id(), consentId, withdrawalNote);
            withdrawalNote = null;
            FormMessages.done("consent.withdrawn");
            reload();
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
        }
    }

    public void close() {
        try {
            plans.close(view.plan().id(), closeReason);
            closeReason = null;
            FormMessages.done("plan.closed");
            reload();
        } catch (BusinessException refused) {
            FormMessages.refused("closeForm", Set.of("reason"), refused);
        }
    }

    // ---- properties ---------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getV() {
        return v;
    }

    public void setV(String v) {
        this.v = v;
    }

    public PlanView getView() {
        return view;
    }

    public DecisionPanel getDecisions() {
        return decisions;
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    public Signer[] getAllSigners() {
        return Signer.values();
    }

    public HowGiven[] getHowGiven() {
        return HowGiven.values();
    }

    public ConsentPurpose[] getPurposes() {
        return ConsentPurpose.values();
    }

    public Signer getSigner() {
        return signer;
    }

    public void setSigner(Signer signer) {
        this.signer = signer;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String signedOn) {
        this.signedOn = signedOn;
    }

    public HowGiven getSignedHow() {
        return signedHow;
    }

    public void setSignedHow(HowGiven signedHow) {
        this.signedHow = signedHow;
    }

    public String getMeasureOutcome() {
        return measureOutcome;
    }

    public void setMeasureOutcome(String measureOutcome) {
        this.measureOutcome = measureOutcome;
    }

    public String getMeasureOn() {
        return measureOn;
    }

    public void setMeasureOn(String measureOn) {
        this.measureOn = measureOn;
    }

    public Integer getMeasureScore() {
        return measureScore;
    }

    public void setMeasureScore(Integer measureScore) {
        this.measureScore = measureScore;
    }

    public String getMeasureNote() {
        return measureNote;
    }

    public void setMeasureNote(String measureNote) {
        this.measureNote = measureNote;
    }

    public ConsentPurpose getConsentPurpose() {
        return consentPurpose;
    }

    public void setConsentPurpose(ConsentPurpose consentPurpose) {
        this.consentPurpose = consentPurpose;
    }

    public String getConsentAgency() {
        return consentAgency;
    }

    public void setConsentAgency(String consentAgency) {
        this.consentAgency = consentAgency;
    }

    public String getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(String consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public String getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(String consentOn) {
        this.consentOn = consentOn;
    }

    public HowGiven getConsentHow() {
        return consentHow;
    }

    public void setConsentHow(HowGiven consentHow) {
        this.consentHow = consentHow;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public void setWithdrawalNote(String withdrawalNote) {
        this.withdrawalNote = withdrawalNote;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
