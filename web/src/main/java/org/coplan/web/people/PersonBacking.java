package org.coplan.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.coplan.web.RecordPages;
import java.io.Serializable;
import java.util.List;
import org.coplan.people.PeopleService;
import org.coplan.people.PersonDetails;
import org.coplan.supportplan.PlanStatus;
import org.coplan.supportplan.PlanSummary;
import org.coplan.supportplan.SupportPlanService;

/** Backs /people/person.xhtml?id=…: one person's record, or the "not found or no access" page. */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeopleService people;

    private String id;
    private PersonDetails person;
    private List<PlanSummary> plans = List.of();

    @Inject
    transient SupportPlanService supportPlans;

    public void load() throws IOException {
        person = RecordPages.loadOrNotFound(id, people::person).orElse(null);
        plans = person == null ? List.of() : supportPlans.plansOfPerson(person.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<PlanSummary> getPlans() {
        return plans;
    }

    /** Whether a new plan can be started: the person has none, or their last one is closed. */
    public boolean isNoOpenPlan() {
        return plans.isEmpty() || plans.get(plans.size() - 1).status() == PlanStatus.CLOSED;
    }

    /** Whether the review of the person's current plan is overdue. */
    public boolean isReviewOverdue() {
        return !plans.isEmpty() && plans.get(plans.size() - 1).reviewOverdue();
    }

    public String startPlan() {
        long planId = supportPlans.startPlan(person.id());
        return "/supportplan/plan?faces-redirect=true&id=" + planId;
    }

    public PersonDetails getPerson() {
        return person;
    }
}
