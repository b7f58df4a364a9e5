package org.coplan.web;

import java.io.Serializable;
import java.util.List;

/**
 * One numbered page (from 1) of a list the page already holds, so that a table or list shows a
 * few rows at a time however long it is ({@link #SIZE} unless a page says otherwise). A page
 * number that is not a number, or is out of range, shows the nearest page there is.
 */
public record RowsPage<T>(List<T> rows, int page, int pages, int total, int size) implements Serializable {

    public static final int SIZE = 25;

    public static <T> RowsPage<T> of(List<T> all, String asked) {
        return of(all, asked, SIZE);
    }

    public static <T> RowsPage<T> of(List<T> all, String asked, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(pages, Math.max(1, parse(asked)));
        int from = (page - 1) * size;
        return new RowsPage<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), page, pages, all.size(), size);
    }

    private static int parse(String asked) {
        try {
            return asked == null ? 1 : Integer.parseInt(asked.trim());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The position of the first row shown, counting from 1 (0 when there is none). */
    public int first() {
        return total == 0 ? 0 : (page - 1) * size + 1;
    }

    /** The position of the last row shown. */
    public int last() {
        return (page - 1) * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
