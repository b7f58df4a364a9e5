/**
 * The append-only audit trail: who viewed, changed or exported what, when, for what purpose,
 * and whether it was allowed. One interceptor, declared once in ejb-jar.xml for every EJB,
 * writes the events; services only say what record a call was about.
 */
package org.coplan.audit;
