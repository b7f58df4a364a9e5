package org.coplan.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import org.coplan.shared.BusinessException;
import org.coplan.shared.DatabaseTrouble;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.NotSignedInException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;

/** Turns the services' refusals into HTTP answers with a JSON body. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response json(Response.Status status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Not found and no access are the same answer. */
    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return json(Response.Status.NOT_FOUND, ErrorJson.of("Not found, or you do not have access to it."));
        }
    }

    /**
     * An address under /api that names no resource: the same JSON answer as a record that does
     * not exist. Without it the server forwarded to its "not found" page, which asks an API
     * client to sign in through the login form.
     */
    @Provider
    public static class NoSuchResource implements ExceptionMapper<jakarta.ws.rs.NotFoundException> {
        @Override
        public Response toResponse(jakarta.ws.rs.NotFoundException e) {
            return json(Response.Status.NOT_FOUND, ErrorJson.of("Not found, or you do not have access to it."));
        }
    }

    @Provider
    public static class NotSignedIn implements ExceptionMapper<NotSignedInException> {
        @Override
        public Response toResponse(NotSignedInException e) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"CoPlan\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorJson.of("Sign in to use the API.")).build();
        }
    }

    @Provider
    public static class BadInput implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            List<ErrorJson.FieldError> fields;
            if (e instanceof InvalidInputException invalid) {
                fields = invalid.problems().stream().map(p -> new ErrorJson.FieldError(p.field(), p.message())).toList();
            } else {
                fields = e.field() == null ? List.of() : List.of(new ErrorJson.FieldError(e.field(), e.getMessage()));
            }
            Response.Status status = e instanceof StaleEditException ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return json(status, new ErrorJson(e.getMessage(), fields, e instanceof StaleEditException stale ? stale.savedBy() : null));
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return json(Response.Status.BAD_REQUEST, ErrorJson.of("The request body is not JSON of the expected shape."));
        }
    }

    /** The API's words for a call that failed because the database was busy or did not answer: nothing was changed. */
    public static String unavailableMessage(DatabaseTrouble.Kind kind) {
        return kind == DatabaseTrouble.Kind.BUSY
                ? "CoPlan is very busy just now, so nothing was changed. Try again in a few seconds."
                : "The database did not answer, so nothing was changed. Try again in a moment.";
    }

    /**
     * A service failed for a reason of the server's, not of the request: 503 with Retry-After
     * when the database was busy or did not answer (the transaction was rolled back, so the call
     * can be repeated as it was); otherwise the answer for the failure inside, where there is
     * one, or a plain 500 in the API's JSON, never a stack trace or an HTML page.
     */
    @Provider
    public static class ServiceFailed implements ExceptionMapper<EJBException> {

        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(EJBException e) {
            java.util.Optional<DatabaseTrouble.Kind> trouble = DatabaseTrouble.of(e);
            if (trouble.isPresent()) {
                return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ErrorJson.of(unavailableMessage(trouble.get()))).build();
            }
            Exception inside = e.getCausedByException();
            if (inside != null && providers != null) {
                ExceptionMapper mapper = providers.getExceptionMapper(inside.getClass());
                if (mapper != null && !(mapper instanceof ServiceFailed)) {
                    return mapper.toResponse(inside);
                }
            }
            return json(Response.Status.INTERNAL_SERVER_ERROR, ErrorJson.of("Something went wrong on our side. Please try again."));
        }
    }
}
