package org.coplan.supportplan.sections;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.coplan.shared.FieldProblem;

/** Small helpers the sections share: trimming, limits, and keys for new items. */
final class Texts {

    static final int SHORT = 200;
    static final int LONG = 4000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private Texts() {
    }

    static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    /** A framework category as a line shows it, or nothing when there is none. */
    static String category(String framework, String category) {
        return trim(category).isEmpty() ? "" : trim(framework) + " / " + trim(category);
    }

    static String newKey(String prefix) {
        StringBuilder key = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    static String keyOr(String key, String prefix) {
        String k = trim(key);
        return k.isEmpty() ? newKey(prefix) : k;
    }

    static void required(List<FieldProblem> problems, String field, String value, String message) {
        if (trim(value).isEmpty()) {
            problems.add(new FieldProblem(field, message));
        }
    }

    static void limit(List<FieldProblem> problems, String field, String value, int max, String what) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, what + " is too long: at most " + max + " characters, it has " + value.length() + "."));
        }
    }

    /** Every item needs a key of letters, digits or dashes, and no two items may share one. */
    static void keys(List<FieldProblem> problems, String listField, List<String> keys, String itemName) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k == null || !KEY.matcher(k).matches()) {
                problems.add(new FieldProblem(listField + "[" + i + "].key",
                        itemName + " " + (i + 1) + " has a key that is not letters, digits or dashes."));
            } else if (!seen.add(k)) {
                problems.add(new FieldProblem(listField + "[" + i + "].key",
                        itemName + " " + (i + 1) + " has the same key as another " + itemName.toLowerCase() + "."));
            }
        }
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : new ArrayList<>(items.stream().filter(java.util.Objects::nonNull).toList());
    }

    static String caption(String text) {
        String t = trim(text);
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }
}
