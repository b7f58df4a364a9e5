package org.coplan.web.codesign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.ProjectDetail;
import org.coplan.codesign.CodesignViews.ThemeView;
import org.coplan.shared.BusinessException;
import org.coplan.web.FormMessages;
import org.coplan.web.RecordPages;

/**
 * Backs /codesign/themes.xhtml?id=…: anonymised themes from consenting people's plans in the
 * project's service area (never a group under five), and those attached to the project as
 * evidence; facilitators attach and detach them.
 */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoDesignService codesign;

    private String id;
    private ProjectDetail detail;
    private List<ThemeView> themes;
    private String refusal;
    // EL may key a row's note by Integer or Long, whichever it makes of the row index.
    private final Map<Object, String> notes = new HashMap<>();

    public void load() throws IOException {
        if (detail == null) {
            detail = RecordPages.loadOrNotFound(id, codesign::detail).orElse(null);
            if (detail != null) {
                try {
                    themes = codesign.themes(detail.project().id());
                } catch (BusinessException notForThisUser) {
                    themes = List.of();
                    refusal = notForThisUser.getMessage();
                }
            }
        }
    }

    /** Attaches the theme in row {@code index} (rows are looked up on the server, never taken from the page). */
    public String attach(int index) {
        ThemeView theme = themes.get(index);
        try {
            codesign.attachTheme(detail.project().id(), theme.key(), notes.getOrDefault(index, notes.get((long) index)));
            return done("themes.attached");
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
            return null;
        }
    }

    public String detach(int index) {
        try {
            codesign.detachTheme(detail.project().id(), themes.get(index).key());
            return done("themes.detached");
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
            return null;
        }
    }

    private String done(String key) {
        return FormMessages.doneThenShow(key, "/codesign/themes", detail.project().id());
    }

    public ProjectDetail getDetail() {
        return detail;
    }

    public List<ThemeView> getThemes() {
        return themes;
    }

    public String getRefusal() {
        return refusal;
    }

    public Map<Object, String> getNotes() {
        return notes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
