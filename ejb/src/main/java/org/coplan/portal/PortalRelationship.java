package org.coplan.portal;

/** Who a family user is to the person: the person themself, a family member, a carer, or a representative. */
public enum PortalRelationship {
    THE_PERSON, FAMILY_MEMBER, CARER, REPRESENTATIVE
}
