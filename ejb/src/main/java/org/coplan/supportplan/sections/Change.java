package org.coplan.supportplan.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One difference between two versions of a section: an item added or removed, or a field
 * whose text changed. Items are matched by their key, which a new draft keeps, so rewording an
 * outcome shows as a change to that outcome and not as one removed and another added.
 */
public record Change(SectionKey section, String itemKey, String itemCaption, String field, String before, String after,
                     Kind kind) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** What changed from {@code before} to {@code after}, in the order the later version reads. */
    public static List<Change> between(PlanSection before, PlanSection after) {
        if (before.key() != after.key()) {
            throw new IllegalArgumentException("Cannot compare " + before.key() + " with " + after.key());
        }
        Map<String, Line> old = new LinkedHashMap<>();
        before.lines().forEach(l -> old.put(l.id(), l));
        List<String> oldItems = before.lines().stream().map(Line::itemKey).distinct().toList();
        List<String> newItems = after.lines().stream().map(Line::itemKey).distinct().toList();
        List<Change> changes = new ArrayList<>();
        for (Line line : after.lines()) {
            Line was = old.remove(line.id());
            boolean newItem = !line.itemKey().isEmpty() && !oldItems.contains(line.itemKey());
            if (newItem) {
                if (!line.value().isEmpty()) {
                    changes.add(new Change(after.key(), line.itemKey(), line.itemCaption(), line.field(), "", line.value(), Kind.ADDED));
                }
            } else if (!Objects.equals(was == null ? "" : was.value(), line.value())) {
                changes.add(new Change(after.key(), line.itemKey(), line.itemCaption(), line.field(),
                        was == null ? "" : was.value(), line.value(), Kind.CHANGED));
            }
        }
        for (Line gone : old.values()) {
            if (!newItems.contains(gone.itemKey()) && !gone.value().isEmpty()) {
                changes.add(new Change(before.key(), gone.itemKey(), gone.itemCaption(), gone.field(), gone.value(), "", Kind.REMOVED));
            }
        }
        return changes;
    }
}
