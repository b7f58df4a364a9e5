package org.coplan.web.manager;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coplan.people.PeopleService;
import org.coplan.people.TeamSummary;

/** Backs /manager/home.xhtml: the manager's teams. The participation audit comes with its own issue. */
@Named
@RequestScoped
public class ManagerHomeBacking {

    @Inject
    PeopleService people;

    private List<TeamSummary> teams;

    public List<TeamSummary> getTeams() {
        if (teams == null) {
            teams = people.myTeams();
        }
        return teams;
    }
}
