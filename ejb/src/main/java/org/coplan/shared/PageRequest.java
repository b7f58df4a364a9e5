package org.coplan.shared;

/**
 * Which slice of a list to return. Sizes are capped so that no caller can ask the server to
 * load a whole caseload (or a whole council) into memory at once.
 */
public record PageRequest(int first, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new BusinessException("first", "The first row must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BusinessException("size", "The page size must be between 1 and " + MAX_SIZE + ".");
        }
    }

    public static PageRequest ofPage(int page, int size) {
        if (page < 0) {
            throw new BusinessException("page", "The page number must be 0 or more.");
        }
        return new PageRequest(Math.multiplyExact(page, size), size);
    }
}
