package org.coplan.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.MyPart;
import org.coplan.web.codesign.ProjectBacking;

/** Backs /partner/home.xhtml: a partner's own pledges, and their hours with what they were paid, across their projects. */
@Named
@RequestScoped
public class PartnerHomeBacking {

    @Inject
    CoDesignService codesign;

    private MyPart mine;

    public MyPart getMine() {
        if (mine == null) {
            mine = codesign.myPart();
        }
        return mine;
    }

    public String pounds(Number pence) {
        return ProjectBacking.money(pence);
    }

    public String hours(Number minutes) {
        return ProjectBacking.hoursOf(minutes);
    }
}
