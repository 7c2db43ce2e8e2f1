package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.store.StoreId;
import java.util.Objects;

/**
 * Reading one product whole, with its variants and stock, for the answers built from the aggregate itself
 * (inventory, variants). Answers with views and kept revisions are {@link ProductQueryService}'s.
 */
public final class GetProductService {

    private final ProductUnitOfWork unitOfWork;

    public GetProductService(ProductUnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /** The product, or {@link ProductNotFoundException} when the store has no such product. */
    public Product get(StoreId store, ProductId id) {
        return unitOfWork.get(store, id);
    }
}
