package org.coplan.shared;

import java.util.List;

/** One page of a longer list, with the total so that screens and the API can page on the server. */
public record Page<T>(List<T> items, long total, int first, int size) {

    public Page {
        items = List.copyOf(items);
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("first must be >= 0 and size >= 1");
        }
    }

    public static <T> Page<T> empty(int first, int size) {
        return new Page<>(List.of(), 0, first, size);
    }
}
