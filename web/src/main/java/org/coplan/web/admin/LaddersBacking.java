package org.coplan.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.coplan.web.FormMessages;
import org.coplan.participation.Audience;
import org.coplan.participation.LadderAdminService;
import org.coplan.participation.LadderSummary;
import org.coplan.shared.BusinessException;

/** Backs /admin/home.xhtml: every ladder of participation, and the form to add a council's own. */
@Named
@ViewScoped
public class LaddersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> LADDER_FIELDS = Set.of("code", "name", "description", "source", "audience");

    @Inject
    transient LadderAdminService ladderAdmin;

    private List<LadderSummary> ladders;
    private String code;
    private String name;
    private String description;
    private String source;
    private Audience audience;

    public List<LadderSummary> getLadders() {
        if (ladders == null) {
            ladders = ladderAdmin.overview();
        }
        return ladders;
    }

    /** Adds the ladder and opens it, so that its rungs can be added; keeps what was typed if refused. */
    public String addLadder() {
        long id;
        try {
            id = ladderAdmin.createLadder(code, name, description, source, audience);
        } catch (BusinessException refused) {
            FormMessages.refused("newLadder", LADDER_FIELDS, refused);
            return null;
        }
        return FormMessages.doneThenShow("ladderAdmin.ladderAdded", "/admin/ladder", id);
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }
}
