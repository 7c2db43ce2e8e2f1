package io.catalog.web;

import io.catalog.web.security.Permissions;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The catalog's REST API: the Wix Stores Catalog v1 paths under {@code /stores/v1}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Catalog",
                        version = "1",
                        description =
                                "Product catalog for online stores, compatible with the Wix Stores Catalog REST API v1. "
                                        + "Every call needs a bearer JWT whose `instanceId` claim names the store and whose `groups` "
                                        + "claim carries the permissions READ_PRODUCTS and/or MODIFY_PRODUCTS."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CatalogApplication extends Application {}
