package org.coplan.web.manager;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.subjectaccess.Disclosure;
import org.coplan.subjectaccess.ReceivedHow;
import org.coplan.subjectaccess.RequestDraft;
import org.coplan.subjectaccess.RequestView;
import org.coplan.subjectaccess.RequestedBy;
import org.coplan.subjectaccess.SubjectAccessService;
import org.coplan.web.DatesInput;
import org.coplan.web.Downloads;
import org.coplan.web.FormMessages;
import org.coplan.web.Jsons;
import org.coplan.web.Messages;

/**
 * Backs /manager/subject-access.xhtml: a manager records a request, makes the copy (PDF or
 * JSON) and marks it sent; the list shows what is open and how long is left.
 */
@Named
@ViewScoped
public class SubjectAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> RECORD_FIELDS = Set.of("personReference", "receivedOn", "requestedBy", "requesterName",
            "receivedHow", "note");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    transient SubjectAccessService subjectAccess;

    private String personReference;
    private String receivedOn;
    private RequestedBy requestedBy;
    private String requesterName;
    private ReceivedHow receivedHow;
    private String note;
    private boolean showAll;
    private final Map<Long, String> sentOn = new HashMap<>();
    private List<RequestView> requests;

    public List<RequestView> getRequests() {
        if (requests == null) {
            requests = subjectAccess.requests(!showAll);
        }
        return requests;
    }

    /** Records the request typed in; keeps everything typed when refused. */
    public void record() {
        LocalDate received = DatesInput.parse(receivedOn);
        if (received == null && receivedOn != null && !receivedOn.isBlank()) {
            Messages.error("recordForm:receivedOn", Messages.text("sar.badReceivedOn"));
            return;
        }
        RequestView made;
        try {
            made = subjectAccess.record(new RequestDraft(personReference, received, requestedBy, requesterName, receivedHow, note));
        } catch (BusinessException refused) {
            FormMessages.refused("recordForm", RECORD_FIELDS, refused);
            return;
        }
        FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                MessageFormat.format(Messages.text("sar.recorded"), DAY.format(made.dueOn())), null));
        personReference = null;
        receivedOn = null;
        requestedBy = null;
        requesterName = null;
        receivedHow = null;
        note = null;
        requests = null;
    }

    public void pdf(long personId) throws IOException {
        Disclosure copy = disclose(personId);
        if (copy != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle words = faces.getApplication().getResourceBundle(faces, "msg");
            Downloads.send(SubjectAccessFiles.pdf(copy, words), "application/pdf", SubjectAccessFiles.fileName(copy, "pdf"));
        }
    }

    public void json(long personId) throws IOException {
        Disclosure copy = disclose(personId);
        if (copy != null) {
            java.io.StringWriter text = new java.io.StringWriter();
            try (var writer = Jsons.JSON.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(text)) {
                writer.writeObject(SubjectAccessFiles.json(copy));
            }
            Downloads.send(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json; charset=UTF-8",
                    SubjectAccessFiles.fileName(copy, "json"));
        }
    }

    private Disclosure disclose(long personId) {
        try {
            return subjectAccess.disclose(personId);
        } catch (RecordNotFoundException | BusinessException refused) {
            Messages.error(null, refused instanceof BusinessException b ? b.getMessage() : Messages.text("sar.noRequests"));
            return null;
        }
    }

    /** Marks one request sent on the date typed beside it. */
    public void markSent(long requestId) {
        String typed = sentOn.get(requestId);
        LocalDate on = DatesInput.parse(typed);
        if (on == null) {
            Messages.error(null, Messages.text("sar.badSentOn"));
            return;
        }
        try {
            subjectAccess.markSent(requestId, on);
        } catch (BusinessException refused) {
            Messages.error(null, refused.getMessage());
            return;
        } catch (RecordNotFoundException gone) {
            Messages.error(null, Messages.text("sar.noRequests"));
            return;
        }
        FormMessages.done("sar.marked");
        sentOn.remove(requestId);
        requests = null;
    }

    public void toggleShowAll() {
        showAll = !showAll;
        requests = null;
    }

    /** The request's state in words: days left, due today, late, or when it was sent. */
    public String status(RequestView r) {
        LocalDate today = CouncilTime.today();
        long days = r.daysLeft(today);
        if (!r.open()) {
            return days < 0 ? MessageFormat.format(Messages.text("sar.sentLate"), DAY.format(r.sentOn()), -days)
                    : MessageFormat.format(Messages.text("sar.sentOnStatus"), DAY.format(r.sentOn()));
        }
        if (days == 0) {
            return Messages.text("sar.dueToday");
        }
        return days < 0 ? MessageFormat.format(Messages.text("sar.overdueBy"), -days)
                : MessageFormat.format(Messages.text("sar.daysLeft"), days);
    }

    public boolean late(RequestView r) {
        return r.late(CouncilTime.today());
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String lastMade(RequestView r) {
        return r.lastProducedAt() == null ? Messages.text("sar.notMadeYet")
                : MessageFormat.format(Messages.text("sar.lastMade"), DatesInput.when(r.lastProducedAt()));
    }

    public RequestedBy[] getRequestedByChoices() {
        return RequestedBy.values();
    }

    public ReceivedHow[] getReceivedHowChoices() {
        return ReceivedHow.values();
    }

    public int getListMax() {
        return SubjectAccessService.LIST_MAX;
    }

    public Map<Long, String> getSentOn() {
        return sentOn;
    }

    public boolean isShowAll() {
        return showAll;
    }

    public String getPersonReference() {
        return personReference;
    }

    public void setPersonReference(String personReference) {
        this.personReference = personReference;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    public RequestedBy getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(RequestedBy requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    public ReceivedHow getReceivedHow() {
        return receivedHow;
    }

    public void setReceivedHow(ReceivedHow receivedHow) {
        this.receivedHow = receivedHow;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
