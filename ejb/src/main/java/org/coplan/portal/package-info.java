/**
 * The families' portal: links between family users (the person, a family member, a carer, a
 * representative) and the people whose plans they may see, naming the sections each may see.
 */
package org.coplan.portal;
