/**
 * Person-centred support plans. For now a plan is its person, its ladder and its status, which
 * is what the decision ledger needs; the plan's sections and versions grow here.
 */
package org.coplan.supportplan;
