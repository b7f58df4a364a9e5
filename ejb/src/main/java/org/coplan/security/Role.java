package org.coplan.security;

/**
 * The roles of DOMAIN.md. A role says what kind of work a user does; it never grants access
 * to every record of a kind. Access to a record is decided per record by the services.
 * Listed in the order that picks a user's home page when they hold several roles.
 */
public enum Role {
    PRACTITIONER("practitioner"),
    MANAGER("manager"),
    FACILITATOR("facilitator"),
    FAMILY("family"),
    PARTNER("partner"),
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The lower-case name used in the API, in Shiro's role checks and in DOMAIN.md. */
    public String code() {
        return code;
    }
}
