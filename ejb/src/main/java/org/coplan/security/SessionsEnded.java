package org.coplan.security;

/**
 * Fired in the transaction that takes a user's access away (their account disabled, a portal
 * link of theirs ended): once it commits, every web session they signed in to before then ends.
 */
public record SessionsEnded(String username) {
}
