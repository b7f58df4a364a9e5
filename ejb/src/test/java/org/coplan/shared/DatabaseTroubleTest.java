package org.coplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.coplan.shared.DatabaseTrouble.Kind;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    /** As a service call reaches the web layer: EJB around JPA around EclipseLink around JDBC. */
    private static EJBException wrapped(SQLException sql) {
        DatabaseException link = DatabaseException.sqlException(sql);
        return new EJBException(new PersistenceException(link));
    }

    @Test
    void aConnectionEndedByTheServerIsTheDatabaseNotAnswering() {
        assertThat(DatabaseTrouble.of(wrapped(new SQLException("FATAL: terminating connection due to administrator command",
                "57P01")))).contains(Kind.UNREACHABLE);
        assertThat(DatabaseTrouble.of(wrapped(new SQLException("An I/O error occurred while sending to the backend.",
                "08006")))).contains(Kind.UNREACHABLE);
    }

    @Test
    void aPoolWithEveryConnectionInUseIsBusy() {
        SQLException allocation = new SQLException("Error in allocating a connection.", null,
                new ResourceAllocationException("In-use connections equal max-pool-size and expired max-wait-time."));
        assertThat(DatabaseTrouble.of(wrapped(allocation))).contains(Kind.BUSY);
    }

    @Test
    void aPoolThatCouldNotReachTheDatabaseForANewConnectionIsTheDatabaseNotAnswering() {
        ResourceAllocationException refused = new ResourceAllocationException("Connection could not be allocated");
        refused.initCause(new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
        assertThat(DatabaseTrouble.of(wrapped(new SQLException("Error in allocating a connection.", null, refused))))
                .contains(Kind.UNREACHABLE);
    }

    @Test
    void aLostConnectionFoundOnlyAmongTheNextExceptionsOfABatchCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseTrouble.of(wrapped(batch))).contains(Kind.UNREACHABLE);
    }

    @Test
    void aRefusedStatementOrAnyOtherFailureIsNotDatabaseTrouble() {
        assertThat(DatabaseTrouble.of(wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isEmpty();
        assertThat(DatabaseTrouble.of(new EJBException(new IllegalStateException("a bug")))).isEmpty();
        assertThat(DatabaseTrouble.of(new StaleEditException("Sam"))).isEmpty();
        assertThat(DatabaseTrouble.of(null)).isEmpty();
    }

    @Test
    void aVeryDeepChainEndsTheSearchInsteadOfRunningOn() {
        Throwable deep = new SQLException("lost", "08006");
        for (int i = 0; i < 1000; i++) {
            deep = new RuntimeException(deep);
        }
        assertThat(DatabaseTrouble.of(deep)).isEmpty();
        assertThat(DatabaseTrouble.of(new RuntimeException(new RuntimeException(new SQLException("lost", "08006")))))
                .contains(Kind.UNREACHABLE);
    }
}
