package io.catalog.events.payload.v3;

import java.util.Set;

/**
 * The names of the V3 product events, Wix's Catalog V3 event types. A subscription gets them only when it names them
 * (an empty list of event types means every v1 type), and they are recorded only for stores that want them.
 */
public final class V3EventTypes {

    /** What every V3 event type's name starts with. */
    public static final String PREFIX = "wix.stores.catalog.v3.";

    public static final String PRODUCT_CREATED = PREFIX + "product_created";
    public static final String PRODUCT_UPDATED = PREFIX + "product_updated";
    public static final String PRODUCT_DELETED = PREFIX + "product_deleted";

    /** Every V3 event type. */
    public static final Set<String> ALL = Set.of(PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_DELETED);

    private V3EventTypes() {}

    /** Whether {@code eventType} is a V3 event type. */
    public static boolean isV3(String eventType) {
        return eventType.startsWith(PREFIX);
    }
}
