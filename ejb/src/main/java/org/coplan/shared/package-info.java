/**
 * What two or more parts of CoPlan need, and nothing else: the exception that means
 * "not found or no access", the database migration at start-up, telling a lost or busy
 * database from other failures, and small value types.
 */
package org.coplan.shared;
