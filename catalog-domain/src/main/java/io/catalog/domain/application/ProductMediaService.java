package io.catalog.domain.application;

import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A product's media and their links to its choices, each call one {@linkplain ProductUnitOfWork unit of work}. A
 * change announces {@code media} and, when links to choices change, {@code productOptions}.
 */
public final class ProductMediaService {

    private final ProductUnitOfWork unitOfWork;

    public ProductMediaService(ProductUnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /** Appends media items (see {@link Product#addMedia}), all or nothing. */
    public Product addMedia(StoreId store, ProductId id, List<NewMedia> items) {
        List<NewMedia> copy = List.copyOf(items);
        return unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            product.addMedia(copy, now);
            return unitOfWork.save(product, now);
        });
    }

    /** Removes the listed media items, or all when none are listed, and their links to choices. */
    public Product removeMedia(StoreId store, ProductId id, List<String> mediaIds) {
        return unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            product.removeMedia(mediaIds, now);
            return unitOfWork.save(product, now);
        });
    }

    /** Links existing media items to choices (see {@link Product#linkChoiceMedia}). */
    public Product linkChoiceMedia(StoreId store, ProductId id, List<ChoiceMedia> links) {
        return unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            product.linkChoiceMedia(links, now);
            return unitOfWork.save(product, now);
        });
    }

    /** Unlinks media items from choices; no entries unlinks all media from all choices. */
    public Product unlinkChoiceMedia(StoreId store, ProductId id, List<ChoiceMedia> links) {
        return unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            product.unlinkChoiceMedia(links, now);
            return unitOfWork.save(product, now);
        });
    }
}
