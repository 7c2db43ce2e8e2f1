package io.catalog.domain.application;

import static io.catalog.domain.application.CommandMapping.ifSent;

import io.catalog.domain.product.Description;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.Weight;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettingsRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Changing a product's own fields, removing its options, and deleting it. Each call is one
 * {@linkplain ProductUnitOfWork unit of work}: with an expected revision a mismatch fails before anything changes;
 * without one, only the fields sent are applied to the current state.
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
     * Applies the sent fields; publishes {@code ProductChanged} (and {@code VariantsChanged}, inventory events) if
     * anything changed. With an {@code inventoryDelta} the product row is locked first, as for a stock adjustment,
     * and the delta is applied to the committed quantity after the other fields; it is refused with
     * {@code INSUFFICIENT_STOCK} when the quantity would go below zero and the store does not allow backorders.
     */
    public Product update(StoreId store, ProductId id, UpdateProductCommand command, OptionalLong expectedRevision) {
        if (command.inventoryDelta() == null) {
            return unitOfWork.change(store, id, expectedRevision, (product, now) -> {
                applyUpdate(store, product, command, now);
                return unitOfWork.save(product, now);
            });
        }
        if (command.quantity() != null) {
            throw new ValidationException(
                    "inventoryDelta",
                    ErrorCodes.CONFLICTING_SELECTORS,
                    "must not be sent together with stock.quantity; send one of them");
        }
        int delta = (int)
                Require.range("inventoryDelta", command.inventoryDelta(), -Stock.MAX_QUANTITY, Stock.MAX_QUANTITY);
        return unitOfWork.changeLocked(store, id, expectedRevision, (product, now) -> {
            applyUpdate(store, product, command, now);
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

    private void applyUpdate(StoreId store, Product product, UpdateProductCommand command, Instant now) {
        List<OptionSpec> options = ifSent(command.options(), CommandMapping::options);
        if (options != null && Boolean.TRUE.equals(command.manageVariants())) {
            // Both sent: the request alone decides whether the variant limit holds (400, not 409).
            Product.requireManageableOptions(options);
        }
        ifPresent(ifSent(command.name(), ProductName::new), value -> product.rename(value, now));
        ifPresent(
                ifSent(command.productType(), ProductType::fromApiName),
                value -> product.changeProductType(value, now));
        ifPresent(ifSent(command.description(), Description::of), value -> product.changeDescription(value, now));
        ifPresent(ifSent(command.sku(), Sku::new), value -> product.changeSku(value, now));
        ifPresent(ifSent(command.weight(), Weight::new), value -> product.changeWeight(value, now));
        ifPresent(command.visible(), value -> product.changeVisibility(value, now));
        ifPresent(command.price(), value -> product.changePrice(value, now));
        product.changeDiscount(
                CommandMapping.discount(command.discountType(), command.discountValue(), product.discount()), now);
        product.changeStock(
                CommandMapping.stock(command.trackInventory(), command.quantity(), command.inStock(), product.stock()),
                now);
        if (command.warningLimit() != null) {
            product.changeWarningLimit(command.warningLimit().orElse(null), now);
        }
        // Turn management off before and on after replacing options, so the 300-variant limit applies to the result.
        if (Boolean.FALSE.equals(command.manageVariants())) {
            product.changeManageVariants(false, now);
        }
        ifPresent(options, value -> product.replaceOptions(value, now));
        if (Boolean.TRUE.equals(command.manageVariants())) {
            product.changeManageVariants(true, now);
        }
        ifPresent(ifSent(command.slug(), Slug::parse), value -> {
            if (!value.equals(product.slug())) {
                product.changeSlug(new SlugClaims(products, store, List.of(value)).claim(value), now);
            }
        });
    }

    private static <T> void ifPresent(T value, Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}
