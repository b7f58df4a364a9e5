/**
 * Who the caller is and what they may do: user accounts with their roles and teams, the
 * Shiro realm that checks passwords (argon2id), and {@link org.coplan.security.CurrentUser},
 * on which every service decides access to a single record.
 */
package org.coplan.security;
