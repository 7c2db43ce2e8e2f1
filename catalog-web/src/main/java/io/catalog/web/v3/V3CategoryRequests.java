package io.catalog.web.v3;

import io.catalog.domain.application.CollectionService.CollectionCommand;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.collection.ItemPlacement;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.web.collections.CollectionRequests;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the Wix Categories API's request bodies; the rules on the values are the domain's. */
final class V3CategoryRequests {

    /** The tree of Wix Stores categories, the only one a store has. */
    static final String APP_NAMESPACE = "@wix/stores";
    /** The Wix Stores app's id, the {@code appId} of a product as an item of a category. */
    static final String STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e";

    static final String CATEGORY = "category";
    private static final Set<String> ACCEPTED =
            Set.of("name", "slug", "description", "visible", "image", "parentCategory", "revision");
    private static final Set<String> IGNORED = Set.of(
            "id", "createdDate", "updatedDate", "itemCounter", "breadcrumbsInfo", "treeReference", "extendedFields");

    private V3CategoryRequests() {}

    /** The fields of {@code category}, each null when not sent (a parent or image sent as null: none). */
    static CollectionCommand command(JsonInput body) {
        treeReference(body);
        JsonInput c = body.requiredObject(CATEGORY);
        V3Fields.refuseOthers(c, ACCEPTED, IGNORED);
        Optional<String> image = null;
        if (c.sentAsNull("image")) {
            image = Optional.empty();
        } else if (c.has("image")) {
            JsonInput i = c.object("image");
            image = i.sentAsNull("url") ? Optional.empty() : Optional.ofNullable(i.string("url"));
            if (image.isEmpty() && !i.sentAsNull("url")) {
                throw new ValidationException(
                        i.path("url"), ErrorCodes.REQUIRED, "is required (null removes the image)");
            }
        }
        Optional<String> parent = null;
        if (c.sentAsNull("parentCategory")) {
            parent = Optional.empty();
        } else if (c.has("parentCategory")) {
            parent = Optional.ofNullable(c.object("parentCategory").string("id"));
        }
        return new CollectionCommand(
                c.string("name"), c.string("slug"), c.string("description"), c.bool("visible"), parent, image);
    }

    /** {@code category.revision}, required by an update. */
    static long revision(JsonInput body) {
        JsonInput c = body.requiredObject(CATEGORY);
        Long revision = c.longValue("revision");
        if (revision == null) {
            throw new ValidationException(c.path("revision"), ErrorCodes.REQUIRED, "is required");
        }
        return revision;
    }

    /** A {@code treeReference}, when sent, must be the store's tree. */
    static void treeReference(JsonInput body) {
        JsonInput tree = body.object("treeReference");
        if (tree != null) {
            String namespace = tree.string("appNamespace");
            if (namespace != null && !namespace.equals(APP_NAMESPACE)) {
                throw new ValidationException(
                        tree.path("appNamespace"), ErrorCodes.UNKNOWN_ENUM_VALUE, "must be " + APP_NAMESPACE);
            }
        }
    }

    /** An item reference {@code {catalogItemId, appId}}: a product of the store. */
    static ProductId item(JsonInput body, String field) {
        JsonInput item = body.requiredObject(field);
        String appId = item.string("appId");
        if (appId != null && !appId.equals(STORES_APP_ID)) {
            throw new ValidationException(
                    item.path("appId"), ErrorCodes.NOT_ALLOWED, "must be the Wix Stores app id " + STORES_APP_ID);
        }
        String id = item.string("catalogItemId");
        if (id == null) {
            throw new ValidationException(item.path("catalogItemId"), ErrorCodes.REQUIRED, "is required");
        }
        try {
            return ProductId.parse(id);
        } catch (ValidationException e) {
            throw e.relocatedTo(item.path("catalogItemId"));
        }
    }

    /** {@code items}: the product ids of a bulk add or remove, as the domain reads them. */
    static List<String> items(JsonInput body) {
        List<String> ids = new ArrayList<>();
        List<JsonInput> items = body.objects("items", i -> i);
        if (items == null || items.isEmpty()) {
            throw new ValidationException("items", ErrorCodes.REQUIRED, "must list at least one item");
        }
        for (JsonInput item : items) {
            String appId = item.string("appId");
            if (appId != null && !appId.equals(STORES_APP_ID)) {
                throw new ValidationException(
                        item.path("appId"), ErrorCodes.NOT_ALLOWED, "must be the Wix Stores app id " + STORES_APP_ID);
            }
            String id = item.string("catalogItemId");
            if (id == null) {
                throw new ValidationException(item.path("catalogItemId"), ErrorCodes.REQUIRED, "is required");
            }
            ids.add(id);
        }
        return ids;
    }

    /** {@code position} and {@code beforeItem} of Move Item In Category. */
    static ItemPlacement placement(JsonInput body) {
        String position = body.string("position");
        if (position == null) {
            throw new ValidationException("position", ErrorCodes.REQUIRED, "is required: FIRST, LAST or BEFORE");
        }
        return switch (position) {
            case "FIRST" -> ItemPlacement.FIRST;
            case "LAST" -> ItemPlacement.LAST;
            case "BEFORE" -> ItemPlacement.before(item(body, "beforeItem"));
            default ->
                throw new ValidationException(
                        "position", ErrorCodes.UNKNOWN_ENUM_VALUE, "must be FIRST, LAST or BEFORE");
        };
    }

    /**
     * The page of a query: the first as sent ({@code query.filter}, {@code query.sort}, {@code query.cursorPaging.limit})
     * or the one a cursor names; the cursor carries the filter and sort as sent, the page size and the offset.
     */
    static Page page(JsonInput body, StoreId store, boolean visibleOnly, V3Cursors cursors) {
        JsonInput query = body.object("query");
        JsonValue filter = query == null ? null : query.structured("filter");
        JsonValue sort = query == null ? null : query.structured("sort");
        JsonInput paging = query == null ? null : query.object("cursorPaging");
        Integer limit = paging == null ? null : paging.integer("limit");
        String cursor = paging == null ? null : paging.string("cursor");
        int offset = 0;
        if (cursor != null) {
            if (filter != null || sort != null) {
                throw new ValidationException(
                        filter != null ? "query.filter" : "query.sort",
                        ErrorCodes.NOT_ALLOWED,
                        "is not sent with a cursor: the cursor carries the query");
            }
            JsonObject payload = cursors.decode(cursor, V3QueryPages.CURSOR);
            try {
                if (!store.value().equals(payload.getString("s")) || !payload.containsKey("c")) {
                    throw V3Cursors.invalid(V3QueryPages.CURSOR);
                }
                filter = orNull(payload.get("f"));
                sort = orNull(payload.get("o"));
                limit = limit != null ? limit : payload.getInt("l");
                offset = payload.getInt("n");
            } catch (ClassCastException | NullPointerException e) {
                throw V3Cursors.invalid(V3QueryPages.CURSOR);
            }
        }
        int size = V3QueryRequests.limit(limit, V3QueryPages.LIMIT);
        JsonObjectBuilder asSent = Json.createObjectBuilder();
        if (filter != null) {
            asSent.add("filter", filter);
        }
        if (sort != null) {
            asSent.add("sort", sort);
        }
        JsonObject wrapped = Json.createObjectBuilder().add("query", asSent).build();
        CollectionQuery read = CollectionRequests.query(JsonInput.body(wrapped), visibleOnly);
        if (offset < 0 || offset > Paging.MAX_OFFSET) {
            throw V3Cursors.invalid(V3QueryPages.CURSOR);
        }
        CollectionQuery paged = new CollectionQuery(
                read.conditions(), read.sortField(), read.ascending(), new Paging(size, offset), visibleOnly);
        return new Page(paged, filter, sort, store);
    }

    /** A query page and what its next cursor carries. */
    record Page(CollectionQuery query, JsonValue filter, JsonValue sort, StoreId store) {

        /** The cursor of the page after this one. */
        String next(V3Cursors cursors) {
            JsonObjectBuilder payload = Json.createObjectBuilder()
                    .add("s", store.value())
                    .add("c", true)
                    .add("l", query.paging().limit())
                    .add("n", query.paging().offset() + query.paging().limit());
            payload.add("f", filter == null ? JsonValue.NULL : filter);
            payload.add("o", sort == null ? JsonValue.NULL : sort);
            return cursors.encode(payload.build());
        }
    }

    private static JsonValue orNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
