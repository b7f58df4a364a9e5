package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.ProjectDetail;
import org.coplan.codesign.OfferDraft;
import org.coplan.codesign.ResultKind;
import org.coplan.shared.BusinessException;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;

/**
 * Backs /codesign/results.xhtml?id=…: what changed because of the project and the community
 * offers made from it, each with how many plans use it; facilitators record results and end offers.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("kind", "whatChanged", "changedOn", "offerName", "whoCanUse", "howToGet",
            "contact", "offerLocality");

    @Inject
    transient CoDesignService codesign;

    private String id;
    private ProjectDetail detail;
    private String kind = "";
    private String whatChanged;
    private String changedOn;
    private boolean makeOffer;
    private String offerName;
    private String whoCanUse;
    private String howToGet;
    private String contact;
    private String offerLocality;
    private final Map<Long, String> endedOn = new HashMap<>();

    public void load() throws IOException {
        if (detail == null) {
            detail = RecordPages.loadOrNotFound(id, codesign::detail).orElse(null);
            if (detail != null && offerLocality == null) {
                offerLocality = detail.project().locality();
            }
        }
    }

    public String record() {
        LocalDate on = DatesInput.parse(changedOn);
        if (changedOn != null && !changedOn.isBlank() && on == null) {
            Messages.error("resultForm:changedOn", Messages.text("results.dateFormat"));
            return null;
        }
        try {
            codesign.recordResult(detail.project().id(), kind == null || kind.isBlank() ? null : ResultKind.valueOf(kind),
                    whatChanged, on, makeOffer ? new OfferDraft(offerName, whoCanUse, howToGet, contact, offerLocality) : null);
            return done(makeOffer ? "results.recordedWithOffer" : "results.recorded");
        } catch (BusinessException refused) {
            FormMessages.refused("resultForm", FIELDS, refused);
            return null;
        }
    }

    public String endOffer(long offerId) {
        String typed = endedOn.get(offerId);
        LocalDate on = typed == null || typed.isBlank() ? org.coplan.shared.CouncilTime.today() : DatesInput.parse(typed);
        if (on == null) {
            Messages.error(null, Messages.text("results.dateFormat"));
            return null;
        }
        try {
            codesign.endOffer(offerId, on);
            return done("results.offerEnded");
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
            return null;
        }
    }

    private String done(String key) {
        return FormMessages.doneThenShow(key, "/codesign/results", detail.project().id());
    }

    public ResultKind[] getKinds() {
        return ResultKind.values();
    }

    public ProjectDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }

    public String getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(String changedOn) {
        this.changedOn = changedOn;
    }

    public boolean isMakeOffer() {
        return makeOffer;
    }

    public void setMakeOffer(boolean makeOffer) {
        this.makeOffer = makeOffer;
    }

    public String getOfferName() {
        return offerName;
    }

    public void setOfferName(String offerName) {
        this.offerName = offerName;
    }

    public String getWhoCanUse() {
        return whoCanUse;
    }

    public void setWhoCanUse(String whoCanUse) {
        this.whoCanUse = whoCanUse;
    }

    public String getHowToGet() {
        return howToGet;
    }

    public void setHowToGet(String howToGet) {
        this.howToGet = howToGet;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getOfferLocality() {
        return offerLocality;
    }

    public void setOfferLocality(String offerLocality) {
        this.offerLocality = offerLocality;
    }

    public Map<Long, String> getEndedOn() {
        return endedOn;
    }
}
