package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectDraft;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;
import org.coplan.shared.BusinessException;
import org.coplan.shared.ServiceArea;
import org.coplan.web.FormMessages;

/** Backs /codesign/new-project.xhtml: a facilitator starts a project; what was typed stays when something is missing. */
@Named
@ViewScoped
public class NewProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("name", "aim", "locality", "serviceArea", "ladderId", "targetRungId");

    @Inject
    transient CoDesignService codesign;

    @Inject
    transient LadderService ladderService;

    private List<LadderView> ladders;
    private String name;
    private String aim;
    private String locality;
    private String serviceArea = "";
    private String ladderId = "";
    private String targetRungId = "";

    public List<LadderView> getLadders() {
        if (ladders == null) {
            ladders = ladderService.ladders();
        }
        return ladders;
    }

    /** The rungs to aim for, as "ladder: rung", valued by the rung's id. */
    public List<String[]> getRungs() {
        return getLadders().stream().flatMap(l -> l.rungs().stream().filter(r -> !r.retired())
                .map(r -> new String[] {String.valueOf(r.id()), l.name() + ": " + r.ordinal() + ". " + r.name()})).toList();
    }

    public String start() {
        Long ladder = number(ladderId);
        Long rung = number(targetRungId);
        try {
            long id = codesign.startProject(new ProjectDraft(name, aim, locality,
                    serviceArea == null || serviceArea.isBlank() ? null : ServiceArea.valueOf(serviceArea), ladder, rung));
            return FormMessages.doneThenShow("newProject.started", "/codesign/project", id);
        } catch (BusinessException refused) {
            FormMessages.refused("projectForm", FIELDS, refused);
            return null;
        }
    }

    private static Long number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public ServiceArea[] getServiceAreas() {
        return ServiceArea.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getLadderId() {
        return ladderId;
    }

    public void setLadderId(String ladderId) {
        this.ladderId = ladderId;
    }

    public String getTargetRungId() {
        return targetRungId;
    }

    public void setTargetRungId(String targetRungId) {
        this.targetRungId = targetRungId;
    }
}
