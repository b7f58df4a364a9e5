package org.coplan.audit;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import org.coplan.security.Callers;
import org.coplan.shared.NotSignedInException;
import org.coplan.shared.RecordNotFoundException;

/**
 * The one place that writes the audit trail. Declared once in ejb-jar.xml as a default
 * interceptor for every EJB, so no service can forget it; it acts on methods marked
 * {@link Audited} and lets every other call pass. EJB interceptors run inside the method's
 * transaction, so an allowed call's event commits or rolls back with the call.
 */
public class AuditInterceptor {

    static final String ANONYMOUS = "(not signed in)";

    @EJB
    AuditWriter writer;

    @AroundInvoke
    public Object audit(InvocationContext context) throws Exception {
        Audited audited = context.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            return context.proceed();
        }
        AuditNote note = AuditNote.open(audited, recordIdOf(context));
        try {
            Object result = context.proceed();
            if (note.isDenied()) {
                writer.withCaller(event(note, Outcome.DENIED, null));
            } else {
                writer.withCaller(event(note, Outcome.ALLOWED, null));
            }
            return result;
        } catch (RecordNotFoundException | NotSignedInException refused) {
            writer.onItsOwn(event(note, Outcome.DENIED, refused.getMessage()));
            throw refused;
        } finally {
            AuditNote.close(note);
        }
    }

    private static AuditEvent event(AuditNote note, Outcome outcome, String reason) {
        String actor = note.actorOr(Callers.currentUsername().orElse(ANONYMOUS));
        String detail = note.detail() != null ? note.detail() : reason;
        return new AuditEvent(Instant.now(Clock.systemUTC()), actor, note.action(), note.recordType(),
                note.recordId(), note.purpose(), outcome, detail);
    }

    /** The value of the parameter marked {@link RecordId}, if the method has one and it is a number. */
    static Long recordIdOf(InvocationContext context) {
        Method method = context.getMethod();
        Annotation[][] annotations = method.getParameterAnnotations();
        Object[] parameters = context.getParameters();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof RecordId && parameters[i] instanceof Number number) {
                    return number.longValue();
                }
            }
        }
        return null;
    }
}
