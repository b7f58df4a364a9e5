package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.Candidate;
import org.coplan.codesign.ProjectRole;
import org.coplan.shared.BusinessException;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;

/** The members form of /codesign/project.xhtml: facilitators add members, change their role, and take them out. */
@Named
@ViewScoped
public class ProjectMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    @Inject
    ProjectBacking page;

    private List<Candidate> candidates;
    private String member = "";
    private String role = "";
    private boolean unpaid;

    public List<Candidate> getCandidates() {
        if (candidates == null) {
            candidates = page.getDetail() != null && page.getDetail().mayRun() ? codesign.memberCandidates(page.getProject().id())
                    : List.of();
        }
        return candidates;
    }

    public String add() {
        if (member == null || member.isBlank()) {
            Messages.error("membersForm:member", Messages.text("members.chooseSomeone"));
            return null;
        }
        try {
            codesign.addMember(page.getProject().id(), Long.parseLong(member), role == null || role.isBlank() ? null
                    : ProjectRole.valueOf(role), unpaid);
            return done("members.added");
        } catch (BusinessException refused) {
            FormMessages.refused("membersForm", Set.of("member", "role"), refused);
            return null;
        }
    }

    public String remove(long userId) {
        try {
            codesign.removeMember(page.getProject().id(), userId);
            return done("members.removed");
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
            return null;
        }
    }

    private String done(String key) {
        return FormMessages.doneThenShow(key, "/codesign/project", page.getProject().id());
    }

    public ProjectRole[] getRoles() {
        return ProjectRole.values();
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public boolean isUnpaid() {
        return unpaid;
    }

    public void setUnpaid(boolean unpaid) {
        this.unpaid = unpaid;
    }
}
