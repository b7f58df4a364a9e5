package org.coplan.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Set;
import org.coplan.shared.BusinessException;
import org.coplan.shared.InvalidInputException;

/** Puts a refusal next to the field it is about, or at the top of the page when it is about no field. */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * Shows a refusal from a service. {@link BusinessException#field()} names the input, whose id in
     * the form is the same name; a field the form does not have goes to the top of the page.
     */
    public static void refused(String formId, Set<String> fieldsOnForm, BusinessException refused) {
        if (refused instanceof InvalidInputException invalid && invalid.problems().size() > 1) {
            // Every problem at once, each next to its field where the form has it, so one save shows all.
            invalid.problems().forEach(p -> Messages.error(
                    formId != null && p.field() != null && fieldsOnForm.contains(p.field()) ? formId + ":" + p.field() : null,
                    p.message()));
            return;
        }
        String field = refused.field();
        if (formId != null && field != null && fieldsOnForm.contains(field)) {
            Messages.error(formId + ":" + field, refused.getMessage());
            Messages.error(null, Messages.text("form.checkForm"));
        } else {
            Messages.error(null, refused.getMessage());
        }
    }

    /**
     * Says that a change was made, keeps the message across the redirect, and returns the
     * outcome that shows the record again: {@code page?faces-redirect=true&id=id}.
     */
    public static String doneThenShow(String key, String page, long id) {
        done(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return page + "?faces-redirect=true&id=" + id;
    }

    /** Says at the top of the page that a change was made. */
    public static void done(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(key), null));
    }
}
