package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.coplan.codesign.CoDesignService;
import org.coplan.shared.BusinessException;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;

/** The series form of /codesign/project.xhtml: a facilitator plans a series like Keeping it Personal. */
@Named
@ViewScoped
public class SeriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    @Inject
    ProjectBacking page;

    private String name;
    private String firstOn;

    public String plan() {
        LocalDate first = DatesInput.parse(firstOn);
        if (first == null) {
            Messages.error("seriesForm:firstOn", Messages.text("results.dateFormat"));
            return null;
        }
        try {
            codesign.planSeries(page.getProject().id(), name, first);
            return FormMessages.doneThenShow("series.planned", "/codesign/project", page.getProject().id());
        } catch (BusinessException refused) {
            FormMessages.refused("seriesForm", Set.of("seriesName"), refused);
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFirstOn() {
        return firstOn;
    }

    public void setFirstOn(String firstOn) {
        this.firstOn = firstOn;
    }
}
