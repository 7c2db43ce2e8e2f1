package io.catalog.domain.shared;

/** The stable error codes carried by {@link CatalogException#code()}. */
public final class ErrorCodes {

    // ValidationException (400)
    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** A query offset past the 10,000 items a query pages through; crawl by numericId instead. */
    public static final String OFFSET_TOO_LARGE = "OFFSET_TOO_LARGE";

    public static final String TOO_MANY_DECIMALS = "TOO_MANY_DECIMALS";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    public static final String INVALID_ID = "INVALID_ID";
    public static final String UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE";
    public static final String TOO_MANY_OPTIONS = "TOO_MANY_OPTIONS";
    public static final String TOO_MANY_CHOICES = "TOO_MANY_CHOICES";
    public static final String DUPLICATE_OPTION_NAME = "DUPLICATE_OPTION_NAME";
    public static final String DUPLICATE_CHOICE_VALUE = "DUPLICATE_CHOICE_VALUE";
    public static final String UNKNOWN_OPTION = "UNKNOWN_OPTION";
    public static final String UNKNOWN_CHOICE = "UNKNOWN_CHOICE";
    public static final String UNKNOWN_VARIANT = "UNKNOWN_VARIANT";
    public static final String CONFLICTING_SELECTORS = "CONFLICTING_SELECTORS";
    /** A field of an API dialect that the catalog does not keep: refused rather than dropped. */
    public static final String UNSUPPORTED_FIELD = "UNSUPPORTED_FIELD";
    /** A category id that names no category of the store where one is referred to (a parent category). */
    public static final String UNKNOWN_CATEGORY = "UNKNOWN_CATEGORY";
    /** A media id that names no media item of the product. */
    public static final String UNKNOWN_MEDIA = "UNKNOWN_MEDIA";
    /** More additional ribbons than a product may have ({@code Merchandising.MAX_ADDITIONAL_RIBBONS}). */
    public static final String TOO_MANY_RIBBONS = "TOO_MANY_RIBBONS";
    /** A ribbon given twice to a product (also as main and additional ribbon). */
    public static final String DUPLICATE_RIBBON = "DUPLICATE_RIBBON";
    /**
     * More modifiers than a product may have ({@code Modifiers.MAX_MODIFIERS}); 409 when reached only with the
     * modifiers a v1 write keeps.
     */
    public static final String TOO_MANY_MODIFIERS = "TOO_MANY_MODIFIERS";
    /** Two modifiers of a product with one name, ignoring case; 409 when the other is one a v1 write keeps. */
    public static final String DUPLICATE_MODIFIER_NAME = "DUPLICATE_MODIFIER_NAME";

    // RuleViolationException (409)
    public static final String TOO_MANY_VARIANTS = "TOO_MANY_VARIANTS";
    public static final String VARIANTS_MANAGED = "VARIANTS_MANAGED";
    public static final String VARIANTS_NOT_MANAGED = "VARIANTS_NOT_MANAGED";
    public static final String CHOICE_KEYS_EXHAUSTED = "CHOICE_KEYS_EXHAUSTED";
    public static final String SLUG_TAKEN = "SLUG_TAKEN";
    /** A handle another product of the store has. */
    public static final String HANDLE_TAKEN = "HANDLE_TAKEN";
    /** The All Products collection cannot be changed, deleted or edited into something else. */
    public static final String COLLECTION_NOT_EDITABLE = "COLLECTION_NOT_EDITABLE";
    /** A category would sit deeper than {@code Ancestry.MAX_DEPTH} levels. */
    public static final String CATEGORY_TOO_DEEP = "CATEGORY_TOO_DEEP";
    /** A category would sit under itself or one of its subcategories. */
    public static final String CATEGORY_CYCLE = "CATEGORY_CYCLE";
    /** A store has as many categories as it may ({@code CollectionService.MAX_CATEGORIES}). */
    public static final String TOO_MANY_CATEGORIES = "TOO_MANY_CATEGORIES";
    /** A product named as a place in a category's order is not in that category. */
    public static final String ITEM_NOT_IN_CATEGORY = "ITEM_NOT_IN_CATEGORY";
    /** A product id that names no product of the store. */
    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    /** A decrement would take a tracked quantity below zero. */
    public static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";
    /** A quantity adjustment on stock whose quantity is not tracked. */
    public static final String INVENTORY_NOT_TRACKED = "INVENTORY_NOT_TRACKED";
    /** An increment would take a tracked quantity above {@code Stock.MAX_QUANTITY}. */
    public static final String QUANTITY_LIMIT_EXCEEDED = "QUANTITY_LIMIT_EXCEEDED";
    /** A product would have more than {@code Product.MAX_MEDIA} media items. */
    public static final String TOO_MANY_MEDIA = "TOO_MANY_MEDIA";
    /** A media id the product already has (or that a request adds twice). */
    public static final String MEDIA_ALREADY_ADDED = "MEDIA_ALREADY_ADDED";
    /** Media can be set on the choices of only one option at a time, and another option's choices have media. */
    public static final String CHOICE_MEDIA_OTHER_OPTION = "CHOICE_MEDIA_OTHER_OPTION";
    /** A store has as many webhook subscriptions as it may. */
    public static final String TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS";

    // NotFoundException (404)
    public static final String PRODUCT_NOT_FOUND = "PRODUCT_NOT_FOUND";
    public static final String COLLECTION_NOT_FOUND = "COLLECTION_NOT_FOUND";
    /** No webhook subscription of that id in the store. */
    public static final String SUBSCRIPTION_NOT_FOUND = "SUBSCRIPTION_NOT_FOUND";
    /** No published event of that id in the store (a webhook replay). */
    public static final String EVENT_NOT_FOUND = "EVENT_NOT_FOUND";

    // StaleRevisionException (409)
    public static final String STALE_REVISION = "STALE_REVISION";

    private ErrorCodes() {}
}
