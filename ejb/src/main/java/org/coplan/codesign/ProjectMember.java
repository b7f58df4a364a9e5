package org.coplan.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A member of a project: a user, their role in the project, and whether they give their time unpaid. */
@Embeddable
public class ProjectMember {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_role", nullable = false, length = 40)
    private ProjectRole role;

    @Column(name = "unpaid_contributor", nullable = false)
    private boolean unpaidContributor;

    protected ProjectMember() {
        // for JPA
    }

    public ProjectMember(long userId, ProjectRole role, boolean unpaidContributor) {
        this.userId = userId;
        this.role = Objects.requireNonNull(role);
        this.unpaidContributor = unpaidContributor;
    }

    public long userId() {
        return userId;
    }

    public ProjectRole role() {
        return role;
    }

    public boolean unpaidContributor() {
        return unpaidContributor;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProjectMember other && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }
}
