package org.coplan.subjectaccess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes other people's details out of a copy of one person's record. The person's own names
 * stay, and so do the names of council staff, who acted for the council; every other name
 * becomes "[Third party N]", the same N wherever the same person appears (their login name
 * and their full name included), so the reader can still follow who said what. Names are
 * also taken out of free text: full names, and first names unless the person shares them.
 *
 * <p>Redaction by known names cannot find a third party the record never names in a field of
 * its own, such as a neighbour mentioned only in a note; the copy says so, and a manager reads
 * it before it is sent.
 */
public final class Redactor {

    /** The fields that hold one person's name or login name. */
    static final Set<String> NAME_FIELDS = Set.of("proposerName", "name", "raterName", "signerName", "givenBy", "userName",
            "lastSavedBy", "changedBy", "recordedBy", "createdBy", "agreedBy", "decidedBy", "withdrawnBy", "endedBy", "actor",
            "lastProducedBy", "sentBy", "requesterName", "familyUser", "familyUserName");

    /**
     * A name typed beside the standing it was given in: the person, or a professional acting
     * for the council or a partner body, is kept as typed; a family member, carer or panel
     * member is a third party.
     */
    private static final Map<String, String> STANDING_OF = Map.of("name", "standing", "proposerName", "proposerStanding",
            "raterName", "raterStanding", "signerName", "signer");
    private static final Set<String> KEPT_STANDINGS = Set.of("PERSON", "PRACTITIONER", "MANAGER", "COMMISSIONER");

    private final Set<String> keep;
    private final Set<String> subjectWords;
    private final Map<String, String> aliases;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Map.Entry<Pattern, String>> inText = new ArrayList<>();
    private int redactions;

    /**
     * @param subjectNames the person's own names and login names: never redacted
     * @param staffNames   council staff's display and login names: never redacted
     * @param aliases      other people's login names mapped to their display names, so both get one label
     */
    public Redactor(Set<String> subjectNames, Set<String> staffNames, Map<String, String> aliases) {
        this.keep = new java.util.HashSet<>();
        subjectNames.forEach(n -> keep.add(key(n)));
        staffNames.forEach(n -> keep.add(key(n)));
        this.subjectWords = new java.util.HashSet<>();
        subjectNames.forEach(n -> subjectWords.addAll(List.of(key(n).split("[\\s.]+"))));
        this.aliases = new HashMap<>();
        aliases.forEach((login, display) -> this.aliases.put(key(login), display));
    }

    /** Redacts a whole copy: name fields by their label, every other text by the names found in any name field. */
    public Map<String, Object> redact(Map<String, Object> tree) {
        collect(tree);
        List<Map.Entry<String, String>> names = new ArrayList<>(labels.entrySet());
        names.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        names.forEach(name -> addInText(name.getKey(), name.getValue()));
        for (Map.Entry<String, String> name : names) {
            String first = name.getKey().split("[\\s.]+")[0];
            if (first.length() >= 3 && !subjectWords.contains(first) && !keep.contains(first)) {
                addInText(first, name.getValue());
            }
        }
        return rewrite(tree);
    }

    /** How many values were changed. */
    public int redactions() {
        return redactions;
    }

    /** How many different people were redacted. */
    public int thirdParties() {
        return numbers.size();
    }

    private void addInText(String name, String label) {
        if (inText.stream().noneMatch(e -> e.getKey().pattern().equals(patternOf(name)))) {
            inText.add(Map.entry(Pattern.compile(patternOf(name)), label));
        }
    }

    private static String patternOf(String name) {
        return "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])";
    }

    @SuppressWarnings("unchecked")
    private void collect(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (NAME_FIELDS.contains(e.getKey()) && e.getValue() instanceof String name && !name.isBlank() && !kept(name)
                        && !keptByStanding(map, e.getKey())) {
                    labelOf(name);
                } else {
                    collect(e.getValue());
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(this::collect);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rewrite(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            Object value = e.getValue();
            if (NAME_FIELDS.contains(e.getKey()) && value instanceof String name && !name.isBlank() && !kept(name)
                    && !keptByStanding(map, e.getKey())) {
                out.put(e.getKey(), labelOf(name));
                redactions++;
            } else {
                out.put(e.getKey(), rewriteValue(value));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object rewriteValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return rewrite((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::rewriteValue).toList();
        }
        if (value instanceof String text) {
            return text(text);
        }
        return value;
    }

    /** Free text with every known third party's name replaced by their label. */
    String text(String text) {
        String out = text;
        for (Map.Entry<Pattern, String> name : inText) {
            Matcher m = name.getKey().matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(name.getValue()));
                redactions++;
            }
        }
        return out;
    }

    private static boolean keptByStanding(Map<?, ?> row, String field) {
        String standing = STANDING_OF.get(field);
        return standing != null && row.get(standing) instanceof String s && KEPT_STANDINGS.contains(s);
    }

    private boolean kept(String name) {
        return keep.contains(key(name));
    }

    /** The label of a third party, the same for their login name as for their full name. */
    private String labelOf(String name) {
        String k = key(name);
        String known = labels.get(k);
        if (known != null) {
            return known;
        }
        String display = aliases.get(k);
        String label;
        if (display != null && !key(display).equals(k)) {
            label = labelOf(display);
        } else {
            numbers.put(k, numbers.size() + 1);
            label = "[Third party " + numbers.size() + "]";
        }
        labels.put(k, label);
        return label;
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
