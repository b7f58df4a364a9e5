/**
 * Loads a demo council (teams, staff, people and their logins) from a JSON file kept in
 * config/, when the domain names one in the system property {@code coplan.demo-council}.
 * Production domains never set it, so no demo login can exist there.
 */
package org.coplan.demo;
