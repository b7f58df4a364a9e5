/**
 * What a support plan says: its seven versioned sections as value objects, the rules each
 * section's content must follow, and the line-by-line comparison of two versions. Nothing here
 * knows about storage or screens; a section is stored and sent as the JSON of its record.
 */
package org.coplan.supportplan.sections;
