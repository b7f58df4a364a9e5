package org.coplan.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionService;
import org.coplan.participation.DecisionViews.DecisionSummary;

/** The decisions of a plan and of its reviews, as the portal shows them, newest first. */
final class PortalDecisions implements Serializable {

    private static final long serialVersionUID = 1L;

    private PortalDecisions() {
    }

    static List<DecisionSummary> of(DecisionService ledger, long planId, List<Long> reviewIds) {
        List<DecisionOwner> owners = new ArrayList<>();
        owners.add(DecisionOwner.plan(planId));
        reviewIds.forEach(r -> owners.add(DecisionOwner.review(r)));
        return ledger.decisionsOf(owners); // newest first, as the ledger reads them
    }

    /** "How your views changed the plan": the decisions where the person's or family's input changed the outcome. */
    static List<DecisionSummary> changedByViews(List<DecisionSummary> decisions) {
        return decisions.stream().filter(DecisionSummary::inputChangedOutcome).toList();
    }
}
