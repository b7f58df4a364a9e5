package org.coplan.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password CoPlan accepts when someone chooses one: at least
 * {@value Passwords#MINIMUM_LENGTH} characters, not on the shipped list of common and breached
 * passwords ({@code common-passwords.txt} beside this class, checked whatever the letter case),
 * not an obvious variant of a listed one (digits or symbols put before or after it, or the same
 * thing typed twice or more), and not holding the user name, "coplan" or "council", which are
 * the first words an attacker tries against a council's system.
 *
 * <p>Checked wherever a person chooses a password ({@link AccountService}). The demo council's
 * loader is the one exception: its password is printed in the README for anyone to use, so it is
 * no secret whatever it is, and it exists only in demo and test domains.
 */
public final class PasswordPolicy {

    /** Why a password was refused, with the plain message a form shows next to the field. */
    public enum Problem {
        TOO_SHORT("The password needs at least " + Passwords.MINIMUM_LENGTH + " characters."),
        COMMON("That password is on a list of common or breached passwords, or is close to one. "
                + "Choose something harder to guess, such as three or four unrelated words."),
        NAMES_US("The password must not contain your user name, \"CoPlan\" or \"council\". "
                + "Choose something harder to guess, such as three or four unrelated words.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Shorter words are not looked for inside a password: too many real phrases hold them. */
    private static final int SHORTEST_NAME_PART = 4;

    private static final Set<String> CONTEXT_WORDS = Set.of("coplan", "council");

    private static volatile Set<String> common;

    private PasswordPolicy() {
    }

    /** The first problem with a password chosen for the given user name, or empty when it may be used. */
    public static Optional<Problem> problem(String password, String username) {
        if (password == null || password.length() < Passwords.MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        String p = password.toLowerCase(Locale.ROOT);
        if (namesUs(p, username == null ? "" : username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.NAMES_US);
        }
        if (isCommonOrVariant(p)) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    private static boolean namesUs(String p, String username) {
        if (CONTEXT_WORDS.stream().anyMatch(p::contains)) {
            return true;
        }
        if (username.length() >= SHORTEST_NAME_PART - 1 && p.contains(username)) {
            return true;
        }
        // "sam.practitioner" also gives "practitioner": a part of the name is as easy to guess.
        for (String part : username.split("[^a-z0-9]+")) {
            if (part.length() >= SHORTEST_NAME_PART && p.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommonOrVariant(String p) {
        Set<String> list = common();
        if (list.contains(p) || list.contains(core(p))) {
            return true;
        }
        // The same thing typed twice or more ("passwordpassword", "abcabcabcabc").
        String unit = repeatedUnit(p);
        if (unit != null) {
            String unitCore = core(unit);
            return unit.length() <= 4 || list.contains(unit) || list.contains(unitCore) || unitCore.length() <= 4;
        }
        return false;
    }

    /** The password without the digits and symbols before and after it: "!!password2026" gives "password". */
    static String core(String p) {
        int start = 0;
        int end = p.length();
        while (start < end && !Character.isLetter(p.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(p.charAt(end - 1))) {
            end--;
        }
        return p.substring(start, end);
    }

    /** The shortest string the password is two or more copies of, or null. */
    static String repeatedUnit(String p) {
        int n = p.length();
        for (int size = 1; size <= n / 2; size++) {
            if (n % size == 0 && p.substring(0, size).repeat(n / size).equals(p)) {
                return p.substring(0, size);
            }
        }
        return null;
    }

    private static Set<String> common() {
        Set<String> list = common;
        if (list == null) {
            list = load();
            common = list;
        }
        return list;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the security package");
            }
            Set<String> list = new HashSet<>(40_000);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    list.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
