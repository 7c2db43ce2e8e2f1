package io.catalog.domain.application;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.store.StoreId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Changing the data of a product's managed variants, each call one {@linkplain ProductUnitOfWork unit of work}. */
public final class UpdateVariantsService {

    private final ProductUnitOfWork unitOfWork;

    public UpdateVariantsService(ProductUnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Updates managed variants, all or nothing (see {@link io.catalog.domain.product.Product#updateVariants});
     * returns the variants that changed.
     */
    public List<Variant> updateVariants(StoreId store, ProductId id, List<VariantUpdate> updates) {
        List<VariantUpdate> copy = List.copyOf(updates);
        return unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            List<Variant> changed = product.updateVariants(copy, now);
            unitOfWork.save(product, now);
            return changed;
        });
    }

    /** Resets every managed variant to the product's values. */
    public void resetVariants(StoreId store, ProductId id) {
        unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            product.resetVariantsToDefault(now);
            return unitOfWork.save(product, now);
        });
    }
}
