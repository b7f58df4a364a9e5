package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the council decides about plans: how many months until the next review, and which plans
 * a manager must sign off. Set as system properties of the domain (see config/); the defaults
 * are 12 months for adults, 6 for children, and a manager's sign-off for children's plans.
 */
@ApplicationScoped
public class PlanPolicy {

    /** Which plans need a manager's sign-off before they are agreed. */
    public enum ManagerSignOff { NONE, CHILDREN, ALL }

    @Inject
    @ConfigProperty(name = "coplan.plan.review-months.adult", defaultValue = "12")
    int adultMonths;

    @Inject
    @ConfigProperty(name = "coplan.plan.review-months.child", defaultValue = "6")
    int childMonths;

    @Inject
    @ConfigProperty(name = "coplan.plan.manager-sign-off", defaultValue = "CHILDREN")
    String managerSignOff;

    public ReviewSchedule schedule() {
        return new ReviewSchedule(adultMonths, childMonths);
    }

    public boolean managerSignOffRequired(boolean child) {
        return switch (ManagerSignOff.valueOf(managerSignOff.trim().toUpperCase())) {
            case NONE -> false;
            case CHILDREN -> child;
            case ALL -> true;
        };
    }
}
