package org.coplan.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method whose every call is written to the audit trail by
 * {@link AuditInterceptor}: in the same transaction when it succeeds, in a transaction of its
 * own when access is denied.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** What was done, as a stable code: {@code person.view}, {@code account.create}. */
    String action();

    /** The kind of record the call is about: {@code Person}, {@code Team}. */
    String recordType();

    /** Why the data was used, as recorded in the trail: direct care, administration, audit. */
    String purpose() default "direct care";
}
