package org.coplan.people;

/** A team as headings and filters show it. */
public record TeamSummary(long id, String name, String serviceArea, String locality) {
}
