package org.coplan.participationaudit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Gives every decision its row in the audit's read model when CoPlan starts, for a database
 * whose decisions were recorded before the read model existed (or loaded by other means). After
 * that the ledger's changes keep it in step.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DecisionFactsAtStart {

    private static final Logger LOG = Logger.getLogger(DecisionFactsAtStart.class.getName());

    @Inject
    DecisionFacts facts;

    @PostConstruct
    void fill() {
        int written = facts.makeWhole();
        if (written > 0) {
            LOG.info(() -> "The participation audit's read model did not hold every decision; it was worked out again: " + written + " rows");
        }
    }
}
