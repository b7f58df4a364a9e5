/**
 * The ladders of participation and their rungs: reference data (loaded by Flyway, never Java
 * enums) that says how much power people who use services hold over a decision. The decision
 * ledger that places every decision on a rung grows here.
 */
package org.coplan.participation;
