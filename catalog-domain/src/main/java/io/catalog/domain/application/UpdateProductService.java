package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.Slug;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettingsRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Changing a product's own fields, removing its options, and deleting it. Each call is one
 * {@linkplain ProductUnitOfWork unit of work}: with an expected revision a mismatch fails before anything changes;
 * without one, only the changes sent are applied to the current state.
 */
public final class UpdateProductService {

    private final ProductUnitOfWork unitOfWork;
    private final ProductRepository products;
    private final StoreSettingsRepository settings;

    public UpdateProductService(
            ProductUnitOfWork unitOfWork, ProductRepository products, StoreSettingsRepository settings) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.products = Objects.requireNonNull(products, "products");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Applies the patch ({@link Product#apply}) and claims its slug; publishes {@code ProductChanged} (and
     * {@code VariantsChanged}, inventory events) if anything changed. With an {@code inventoryDelta} the product row
     * is locked first, as for a stock adjustment, and the delta is applied to the committed quantity after the
     * patch; it is refused with {@code INSUFFICIENT_STOCK} when the quantity would go below zero and the store does
     * not allow backorders.
     */
    public Product update(StoreId store, ProductId id, UpdateProduct command, OptionalLong expectedRevision) {
        if (command.inventoryDelta() == null) {
            return unitOfWork.change(store, id, expectedRevision, (product, now) -> {
                applyPatch(store, product, command, now);
                return unitOfWork.save(product, now);
            });
        }
        int delta = command.inventoryDelta();
        return unitOfWork.changeLocked(store, id, expectedRevision, (product, now) -> {
            applyPatch(store, product, command, now);
            product.adjustProductStock(delta, settings.settingsOf(store).allowBackorders(), now);
            return unitOfWork.save(product, now);
        });
    }

    /** Deletes the product and publishes {@code ProductDeleted}. */
    public void delete(StoreId store, ProductId id, OptionalLong expectedRevision) {
        unitOfWork.change(store, id, expectedRevision, (product, now) -> {
            unitOfWork.delete(product, now);
            return product;
        });
    }

    /** Removes all options; refused with {@code VARIANTS_MANAGED} while variants are managed. */
    public Product removeOptions(StoreId store, ProductId id) {
        return unitOfWork.change(store, id, OptionalLong.empty(), (product, now) -> {
            product.removeOptions(now);
            return unitOfWork.save(product, now);
        });
    }

    private void applyPatch(StoreId store, Product product, UpdateProduct command, Instant now) {
        product.apply(command.patch(), now);
        product.writeVariants(command.variants(), now);
        product.changeDetails(command.details(), now);
        ProductSubscriptions.write(product, command.variants(), command.subscriptions(), now);
        Slug slug = command.patch().slug();
        if (slug != null && !slug.equals(product.slug())) {
            product.changeSlug(new SlugClaims(products, store, List.of(slug)).claim(slug), now);
        }
    }
}
