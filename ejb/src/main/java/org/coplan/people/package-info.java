/**
 * The people CoPlan is about and the teams that support them: a person, their allocation to
 * a team, and the caseload a member of staff sees. Access to a person is decided here, per
 * person, from the caller's teams.
 */
package org.coplan.people;
