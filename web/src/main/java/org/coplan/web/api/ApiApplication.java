package org.coplan.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /coplan/api: JSON, HTTP Basic against the same users as the pages, and
 * the same per-record checks, because every resource calls the same services.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "CoPlan API", version = "1",
                description = "Support plans, co-design projects and the decision ledger. Every call needs HTTP Basic; "
                        + "a record you may not see answers 404, the same as one that does not exist."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
