package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.coplan.codesign.Attendee;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.MemberView;
import org.coplan.codesign.CodesignViews.SessionView;
import org.coplan.codesign.MethodDetail;
import org.coplan.codesign.SessionMethod;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.Standing;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;
import org.coplan.web.participation.DecisionPanel;

/**
 * Backs /codesign/session.xhtml?id=…: one session of a project, with who came, what it produced
 * and its decisions; for the project's facilitators, the forms to record it (with the method's
 * own structure) and the pledges made in it. Forms keep what was typed until the service accepts it.
 */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    private String id;
    private SessionView session;
    private DecisionPanel decisions;
    private boolean mayRun;
    private List<MemberView> members = List.of();

    /** A row of a list typed into the form: an attendee (name, standing) or a topic (title, convener, notes). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String first = "";
        private String second = "";
        private String third = "";

        public String getFirst() {
            return first;
        }

        public void setFirst(String first) {
            this.first = first;
        }

        public String getSecond() {
            return second;
        }

        public void setSecond(String second) {
            this.second = second;
        }

        public String getThird() {
            return third;
        }

        public void setThird(String third) {
            this.third = third;
        }
    }

    // record form
    private String heldOn = CouncilTime.today().toString();
    private final List<Row> attendees = new ArrayList<>(List.of(new Row()));
    private final List<Row> topics = new ArrayList<>(List.of(new Row()));
    private String agenda;
    private String outputs;
    private String theme;
    private String questions;
    private Integer tables;
    private Integer rounds;
    private String harvest;
    // pledge form
    private Long pledgeMember;
    private String pledgeWhat;
    private String pledgeDue;

    public void load() throws IOException {
        if (session == null) {
            session = RecordPages.loadOrNotFound(id, codesign::session).orElse(null);
            if (session != null) {
                decisions = new DecisionPanel(DecisionOwner.session(session.id()));
                var membership = codesign.membership(session.projectId());
                mayRun = membership.mayRun();
                members = membership.members();
                agenda = session.agenda();
            }
        }
    }

    public void addAttendee() {
        attendees.add(new Row());
    }

    public void addTopic() {
        topics.add(new Row());
    }

    public void record() {
        LocalDate on = DatesInput.parse(heldOn);
        if (on == null) {
            Messages.error("recordForm:heldOn", Messages.text("form.badDate"));
            return;
        }
        List<Attendee> came = new ArrayList<>();
        for (Row r : attendees) {
            if (!r.first.isBlank()) {
                if (r.second.isBlank()) {
                    Messages.error(null, Messages.text("session.standingMissing") + " " + r.first);
                    return;
                }
                came.add(new Attendee(r.first, Standing.valueOf(r.second)));
            }
        }
        Object detail = switch (session.method()) {
            case OPEN_SPACE -> new MethodDetail.OpenSpace(topics.stream().filter(t -> !(t.first.isBlank() && t.second.isBlank()))
                    .map(t -> new MethodDetail.Topic(t.first, t.second, t.third)).toList());
            case WORLD_CAFE -> new MethodDetail.WorldCafe(theme, questions == null ? List.of()
                    : Arrays.stream(questions.split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList(),
                    tables == null ? 0 : tables, rounds == null ? 0 : rounds, harvest);
            default -> null;
        };
        try {
            codesign.recordSession(session.id(), on, came, agenda, outputs, detail);
            session = codesign.session(session.id());
            FormMessages.done("session.recorded");
        } catch (BusinessException refused) {
            FormMessages.refused("recordForm", Set.of("heldOn", "outputs", "theme", "questions", "tables"), refused);
        }
    }

    public void pledge() {
        LocalDate due = DatesInput.parse(pledgeDue);
        if (due == null || pledgeMember == null) {
            Messages.error("pledgeForm:due", Messages.text("pledge.memberAndDate"));
            return;
        }
        try {
            codesign.makePledge(session.id(), pledgeMember, pledgeWhat, due);
            pledgeMember = null;
            pledgeWhat = null;
            pledgeDue = null;
            FormMessages.done("pledge.made");
        } catch (BusinessException refused) {
            FormMessages.refused("pledgeForm", Set.of("what", "dueOn"), refused);
        }
    }

    public MethodDetail.OpenSpace getOpenSpace() {
        return session.detail() instanceof MethodDetail.OpenSpace open ? open : null;
    }

    public MethodDetail.WorldCafe getWorldCafe() {
        return session.detail() instanceof MethodDetail.WorldCafe cafe ? cafe : null;
    }

    public boolean isOpenSpaceMethod() {
        return session.method() == SessionMethod.OPEN_SPACE;
    }

    public boolean isWorldCafeMethod() {
        return session.method() == SessionMethod.WORLD_CAFE;
    }

    public Standing[] getStandings() {
        return Standing.values();
    }

    public boolean isMayRun() {
        return mayRun;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SessionView getSession() {
        return session;
    }

    public DecisionPanel getDecisions() {
        return decisions;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public List<Row> getAttendees() {
        return attendees;
    }

    public List<Row> getTopics() {
        return topics;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getOutputs() {
        return outputs;
    }

    public void setOutputs(String outputs) {
        this.outputs = outputs;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public Integer getTables() {
        return tables;
    }

    public void setTables(Integer tables) {
        this.tables = tables;
    }

    public Integer getRounds() {
        return rounds;
    }

    public void setRounds(Integer rounds) {
        this.rounds = rounds;
    }

    public String getHarvest() {
        return harvest;
    }

    public void setHarvest(String harvest) {
        this.harvest = harvest;
    }

    public Long getPledgeMember() {
        return pledgeMember;
    }

    public void setPledgeMember(Long pledgeMember) {
        this.pledgeMember = pledgeMember;
    }

    public String getPledgeWhat() {
        return pledgeWhat;
    }

    public void setPledgeWhat(String pledgeWhat) {
        this.pledgeWhat = pledgeWhat;
    }

    public String getPledgeDue() {
        return pledgeDue;
    }

    public void setPledgeDue(String pledgeDue) {
        this.pledgeDue = pledgeDue;
    }
}
