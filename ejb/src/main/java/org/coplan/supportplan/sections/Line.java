package org.coplan.supportplan.sections;

/**
 * One labelled value of a section: the item it belongs to (its key, or empty for the section's
 * own fields), a caption for that item, the field's name and its value as text.
 */
public record Line(String itemKey, String itemCaption, String field, String value) {

    String id() {
        return itemKey + "/" + field;
    }
}
