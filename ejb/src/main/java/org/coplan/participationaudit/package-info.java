/**
 * The managers' participation audit: how much real co-production happens, for a team, service
 * area, locality, ladder and period. Every aggregate is counted by the database (GROUP BY) in a
 * fixed number of read-only queries over the plans', decisions' and projects' tables; what is
 * worked out from those counts (shares, medians, working days, flags, red/amber/green) is
 * defined once, in {@link org.coplan.participationaudit.Measures}.
 */
package org.coplan.participationaudit;
