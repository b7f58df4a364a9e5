package org.coplan.security;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Hashes and checks passwords with argon2id, Shiro's default, in Shiro's self-describing
 * format (algorithm, parameters and salt travel with the hash, so stronger settings later
 * do not invalidate stored hashes).
 *
 * <p>{@link #hash} refuses only what no stored password may be, shorter than
 * {@value #MINIMUM_LENGTH} characters; whether a password someone chooses is too easy to guess
 * is {@link PasswordPolicy}'s to say, where the choice is made.
 */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 12;

    private static final PasswordService SERVICE = new DefaultPasswordService();

    private Passwords() {
    }

    public static String hash(String plainText) {
        if (plainText == null || plainText.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters");
        }
        return SERVICE.encryptPassword(plainText);
    }

    public static boolean matches(String plainText, String storedHash) {
        return plainText != null && storedHash != null && SERVICE.passwordsMatch(plainText, storedHash);
    }

    static PasswordService service() {
        return SERVICE;
    }
}
