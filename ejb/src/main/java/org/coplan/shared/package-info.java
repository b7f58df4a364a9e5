/**
 * What two or more parts of CoPlan need, and nothing else: the exception that means
 * "not found or no access", the database migration at start-up, and small value types.
 */
package org.coplan.shared;
