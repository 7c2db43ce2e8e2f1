package io.catalog.web.security;

/** The permissions a token carries in its {@code groups} claim, as the Wix Stores API names them. */
public final class Permissions {

    /** Read products and collections. */
    public static final String READ_PRODUCTS = "READ_PRODUCTS";
    /** Create, change and delete products and collections (implies reading them). */
    public static final String MODIFY_PRODUCTS = "MODIFY_PRODUCTS";

    private Permissions() {}
}
