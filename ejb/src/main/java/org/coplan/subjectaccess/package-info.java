/**
 * Subject access: a copy of everything CoPlan holds about one person, with other people's details
 * redacted, and the requests for it tracked against the one-month deadline. The copy is read
 * straight from the tables, so a column added later is in it without a change here.
 */
package org.coplan.subjectaccess;
