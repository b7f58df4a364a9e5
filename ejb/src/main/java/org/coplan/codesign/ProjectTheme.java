package org.coplan.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.coplan.shared.Theme;
import org.coplan.shared.ThemeKind;

/**
 * An anonymised theme a facilitator attached to a project as evidence. Only what names the
 * theme is kept; how many people it holds is counted again whenever it is shown.
 */
@Entity
@Table(name = "project_theme")
@IdClass(ProjectTheme.Id.class)
public class ProjectTheme {

    /** The key of an attached theme: the project and what names the theme. */
    public static class Id implements Serializable {

        private static final long serialVersionUID = 1L;
        private long projectId;
        private ThemeKind kind;
        private String framework;
        private String category;
        private String locality;

        public Id() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && projectId == other.projectId && kind == other.kind
                    && Objects.equals(framework, other.framework) && Objects.equals(category, other.category)
                    && Objects.equals(locality, other.locality);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, kind, framework, category, locality);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "project_id")
    private long projectId;

    @jakarta.persistence.Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ThemeKind kind;

    @jakarta.persistence.Id
    @Column(length = 40)
    private String framework;

    @jakarta.persistence.Id
    @Column(length = 80)
    private String category;

    @jakarta.persistence.Id
    @Column(length = 200)
    private String locality;

    @Column(name = "category_name", nullable = false, length = 200)
    private String categoryName;

    @Column(length = 1000)
    private String note;

    @Column(name = "attached_by", nullable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected ProjectTheme() {
        // for JPA
    }

    ProjectTheme(long projectId, Theme theme, String note, String by, Instant at) {
        Theme.Key key = theme.key();
        this.categoryName = theme.categoryName();
        this.projectId = projectId;
        this.kind = Objects.requireNonNull(key.kind());
        this.framework = key.framework();
        this.category = key.category();
        this.locality = key.locality();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.attachedBy = by;
        this.attachedAt = at;
    }

    public Theme.Key key() {
        return new Theme.Key(kind, framework, category, locality);
    }

    public String categoryName() {
        return categoryName;
    }

    public String note() {
        return note;
    }

    public String attachedBy() {
        return attachedBy;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
