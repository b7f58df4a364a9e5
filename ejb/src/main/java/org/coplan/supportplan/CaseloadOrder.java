package org.coplan.supportplan;

/**
 * The orders a caseload can be sorted in. A fixed list, so that no sort request ever reaches
 * the query text: each maps to a JPQL ORDER BY written here.
 */
public enum CaseloadOrder {
    NAME("p.familyName, p.givenName, p.id"),
    NAME_DESC("p.familyName DESC, p.givenName DESC, p.id DESC"),
    DATE_OF_BIRTH("p.dateOfBirth, p.id"),
    DATE_OF_BIRTH_DESC("p.dateOfBirth DESC, p.id DESC"),
    NEXT_REVIEW("s.nextReviewDue ASC NULLS LAST, p.id"),
    NEXT_REVIEW_DESC("s.nextReviewDue DESC NULLS LAST, p.id DESC");

    private final String jpql;

    CaseloadOrder(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }
}
