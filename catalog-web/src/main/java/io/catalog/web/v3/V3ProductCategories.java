package io.catalog.web.v3;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.Membership;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product's categories as Catalog V3 answers them, from its memberships (the v1 {@code collectionIds}): the direct
 * ones with the product's sort key in each, all of them with their ancestors, and the main one. Callers that may only
 * read do not see hidden categories.
 */
final class V3ProductCategories {

    private V3ProductCategories() {}

    static V3ProductDto.CategoriesInfo direct(ProductView view, boolean visibleOnly) {
        return new V3ProductDto.CategoriesInfo(seen(view, visibleOnly).stream()
                .map(m -> new V3ProductDto.CategoryRef(m.collection().value(), m.sortKey()))
                .toList());
    }

    /** The direct categories and their ancestors, each once: a direct one with its index, an ancestor without. */
    static V3ProductDto.CategoriesInfo all(ProductView view, boolean visibleOnly) {
        Map<CollectionId, Long> all = new LinkedHashMap<>();
        List<Membership> direct = seen(view, visibleOnly);
        direct.forEach(m -> all.put(m.collection(), m.sortKey()));
        direct.forEach(m -> m.ancestry().ids().forEach(a -> all.putIfAbsent(a, null)));
        return new V3ProductDto.CategoriesInfo(all.entrySet().stream()
                .map(e -> new V3ProductDto.CategoryRef(e.getKey().value(), e.getValue()))
                .toList());
    }

    /** The deepest direct category, ties by id; absent when the product is in none. */
    static String main(ProductView view, boolean visibleOnly) {
        return mainMembership(view, visibleOnly)
                .map(m -> m.collection().value())
                .orElse(null);
    }

    /** The main category's breadcrumbs, from the top-level category down to it; empty without a main category. */
    static V3CategoryDto.BreadcrumbsInfo breadcrumbs(ProductView view, boolean visibleOnly) {
        return mainMembership(view, visibleOnly)
                .map(m -> new V3CategoryDto.BreadcrumbsInfo(m.breadcrumbs().stream()
                        .map(l -> new V3CategoryDto.Breadcrumb(l.id().value(), l.name(), l.slug()))
                        .toList()))
                .orElse(new V3CategoryDto.BreadcrumbsInfo(List.of()));
    }

    private static Optional<Membership> mainMembership(ProductView view, boolean visibleOnly) {
        return seen(view, visibleOnly).stream()
                .min(Comparator.comparingInt((Membership m) -> -m.ancestry().depth())
                        .thenComparing(m -> m.collection().value()));
    }

    private static List<Membership> seen(ProductView view, boolean visibleOnly) {
        return view.memberships().stream()
                .filter(m -> m.visible() || !visibleOnly)
                .toList();
    }
}
