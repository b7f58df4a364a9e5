package org.coplan.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway alone owns
 * the schema; EclipseLink generates nothing. Scripts common to H2 and PostgreSQL live in
 * {@code db/migration/common}; what only one database can do lives in a folder of its own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/coplan")
    private DataSource dataSource;

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        databaseProduct = productName();
        String vendorFolder = databaseProduct.toLowerCase().contains("postgres") ? "postgresql" : "h2";
        // Flyway sits in the EAR's lib/; the scripts sit in this EJB module, so it must use our class loader.
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder)
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database " + databaseProduct + " is at schema version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The database product name as the JDBC driver reports it, for checks that differ per database. */
    public String databaseProduct() {
        return databaseProduct;
    }

    private String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the CoPlan database (jdbc/coplan)", e);
        }
    }
}
