/**
 * How long a person's case record is kept, and its removal once that time is over: the rules
 * per kind of record (adults, children, looked-after children), legal holds that stop removal,
 * and the nightly job that deletes or anonymises what is due and logs each run, which an
 * administrator can first run as a dry run. The audit trail is never touched.
 */
package org.coplan.retention;
