package org.coplan.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;
import org.coplan.shared.RecordNotFoundException;

/**
 * Opens the record a page's id parameter names. An id that is not a number, a record that does
 * not exist and a record the user may not see all answer the same 404 "not found or no access"
 * page, so that a changed id in the address tells nothing.
 */
public final class RecordPages {

    private RecordPages() {
    }

    public static <T> Optional<T> loadOrNotFound(String id, LongFunction<T> load) throws IOException {
        try {
            return Optional.of(load.apply(Long.parseLong(id == null ? "" : id.trim())));
        } catch (NumberFormatException | RecordNotFoundException notVisible) {
            notFound();
            return Optional.empty();
        }
    }

    /** Answers the same 404 "not found or no access" page, for a request that names nothing the user may have. */
    public static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, null);
        context.responseComplete();
    }
}
