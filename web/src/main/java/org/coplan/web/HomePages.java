package org.coplan.web;

import java.util.Map;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;

/** Where each role lands after login. A user with several roles lands on the first role's page. */
public final class HomePages {

    private static final Map<Role, String> HOME = Map.of(
            Role.PRACTITIONER, "/people/caseload.xhtml",
            Role.MANAGER, "/manager/home.xhtml",
            Role.FACILITATOR, "/codesign/home.xhtml",
            Role.FAMILY, "/portal/home.xhtml",
            Role.PARTNER, "/partner/home.xhtml",
            Role.ADMIN, "/admin/home.xhtml");

    private HomePages() {
    }

    public static String of(Role role) {
        return HOME.get(role);
    }

    public static String of(CurrentUser user) {
        return user.primaryRole().map(HomePages::of).orElse("/no-role.xhtml");
    }
}
