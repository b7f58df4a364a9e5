package org.coplan.web.health;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.coplan.shared.HealthService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means CoPlan can reach its database. Reported at the server's /health/ready.
 * Dependent, not application scoped: Payara calls health checks from its own servlet, outside
 * this application's contexts, where a client proxy of a normal scope cannot be resolved.
 */
@Readiness
@Dependent
public class DatabaseReadiness implements HealthCheck {

    @Inject
    HealthService health;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("coplan-database").status(health.databaseAnswers()).build();
    }
}
