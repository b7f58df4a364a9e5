package org.coplan.security;

import java.util.List;

/** One account as an administrator's list shows it: never the password hash. */
public record AccountSummary(String username, String displayName, boolean enabled, List<String> roles) {
}
