package org.coplan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.coplan.security.AccountService;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;

/** The signed-in user for the page header and menu, and logout. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    /** A link in the menu: one per role the user holds. */
    public record MenuLink(String outcome, String labelKey) {
    }

    @Inject
    AccountService accounts;

    private CurrentUser user;

    private CurrentUser user() {
        if (user == null) {
            user = accounts.me();
        }
        return user;
    }

    public String getDisplayName() {
        return user().displayName();
    }

    public List<MenuLink> getMenu() {
        List<MenuLink> menu = new java.util.ArrayList<>(user().roles().stream().sorted()
                .map(r -> new MenuLink(HomePages.of(r), "menu." + r.code()))
                .toList());
        if (user().has(Role.PRACTITIONER) || user().has(Role.FACILITATOR) || user().has(Role.MANAGER)) {
            menu.add(new MenuLink("/codesign/offers", "menu.offers"));
        }
        return menu;
    }

    private Boolean easyRead;

    /** Easy read (shorter sentences, larger text, symbols) is a family user's own choice. */
    public boolean isEasyRead() {
        if (easyRead == null) {
            easyRead = user().has(Role.FAMILY) && accounts.easyRead();
        }
        return easyRead;
    }

    /** Switches easy read on or off for the signed-in user, and shows the same page again. */
    public String toggleEasyRead() {
        accounts.chooseEasyRead(!isEasyRead());
        easyRead = null;
        return null;
    }

    public boolean hasRole(String role) {
        return user().has(Role.valueOf(role.toUpperCase()));
    }

    /** Sends the user from the site root to their own home page. */
    public void goHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + HomePages.of(user()));
    }

    public void logout() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
