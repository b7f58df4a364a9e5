package org.coplan.codesign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coplan.shared.BusinessException;

/** A planned or held meeting of a project, run with one method, with who came and what it produced. */
@Entity
@Table(name = "project_session")
public class ProjectSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_session_seq")
    @SequenceGenerator(name = "project_session_seq", sequenceName = "project_session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private CoDesignProject project;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionMethod method;

    @Column(name = "series_name")
    private String seriesName;

    @Column(name = "series_no")
    private Integer seriesNo;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false)
    private boolean held;

    @Column(nullable = false)
    private String agenda;

    @Column(nullable = false)
    private String outputs;

    @Column(name = "method_detail", length = 20000)
    private String methodDetail;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    @Version
    private long version;

    protected ProjectSession() {
        // for JPA
    }

    ProjectSession(CoDesignProject project, String title, SessionMethod method, LocalDate plannedOn, String agenda, String by) {
        this.project = Objects.requireNonNull(project);
        this.title = title.strip();
        this.method = Objects.requireNonNull(method);
        this.plannedOn = Objects.requireNonNull(plannedOn);
        this.agenda = agenda == null ? "" : agenda.strip();
        this.outputs = "";
        this.createdBy = by;
    }

    /** One meeting of a series, numbered within it. */
    static ProjectSession ofSeries(CoDesignProject project, String series, int number, int of, LocalDate on, String by) {
        ProjectSession s = new ProjectSession(project, series + ": session " + number + " of " + of, SessionMethod.SERIES_MEETING,
                on, "", by);
        s.seriesName = series.strip();
        s.seriesNo = number;
        return s;
    }

    /** Records the session as held: who came, the agenda, what it produced and the method's own detail. */
    void recordHeld(LocalDate on, List<Attendee> cameToIt, String agendaAsHeld, String outputsOfIt, Object detail) {
        if (cameToIt.isEmpty()) {
            throw new BusinessException("attendees", "List who came to the session.");
        }
        this.plannedOn = on;
        this.held = true;
        this.attendees = new ArrayList<>(cameToIt);
        this.methodDetail = MethodDetail.write(detail);
        String agendaText = detail instanceof MethodDetail.OpenSpace open && (agendaAsHeld == null || agendaAsHeld.isBlank())
                ? open.agenda() : agendaAsHeld;
        this.agenda = agendaText == null ? "" : agendaText.strip();
        this.outputs = outputsOfIt == null ? "" : outputsOfIt.strip();
    }

    /** Whether anyone with lived experience (the person, a carer, a partner group) came: a tokenism check. */
    public boolean livedExperiencePresent() {
        return attendees.stream().anyMatch(a -> a.standing().livedExperience());
    }

    public Long id() {
        return id;
    }

    public CoDesignProject project() {
        return project;
    }

    public String title() {
        return title;
    }

    public SessionMethod method() {
        return method;
    }

    public String seriesName() {
        return seriesName;
    }

    public Integer seriesNo() {
        return seriesNo;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public boolean held() {
        return held;
    }

    public String agenda() {
        return agenda;
    }

    public String outputs() {
        return outputs;
    }

    public Object detail() {
        return MethodDetail.read(method, methodDetail);
    }

    public List<Attendee> attendees() {
        return List.copyOf(attendees);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProjectSession other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
