package io.catalog.domain.application;

import io.catalog.domain.application.InventoryUpdateCommand.VariantStockCommand;
import io.catalog.domain.money.Discount;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.product.Weight;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns the API-shaped commands into value objects; every error names the API field. */
final class CommandMapping {

    private CommandMapping() {}

    static NewProduct newProduct(CreateProductCommand command) {
        return new NewProduct(
                new ProductName(command.name()),
                ifSent(command.productType(), ProductType::fromApiName),
                ifSent(command.description(), Description::of),
                ifSent(command.sku(), Sku::new),
                ifSent(command.weight(), Weight::new),
                command.visible(),
                command.price(),
                discount(command.discountType(), command.discountValue(), Discount.NONE),
                stock(command.trackInventory(), command.quantity(), command.inStock(), Stock.IN_STOCK),
                Boolean.TRUE.equals(command.manageVariants()),
                ifSent(command.options(), CommandMapping::options),
                command.warningLimit());
    }

    /** {@code null} when {@code value} was not sent, {@code convert(value)} otherwise. */
    static <S, T> T ifSent(S value, Function<S, T> convert) {
        return value == null ? null : convert.apply(value);
    }

    /**
     * The discount after applying the sent parts to {@code current}. A value without a type needs a current type
     * other than NONE.
     */
    static Discount discount(String type, BigDecimal value, Discount current) {
        if (type == null && value == null) {
            return current;
        }
        DiscountType newType = type == null ? current.type() : DiscountType.fromApiName(type);
        if (newType == DiscountType.NONE && type == null) {
            throw new ValidationException(
                    "discount.type", ErrorCodes.REQUIRED, "is required when discount.value is given");
        }
        return new Discount(newType, value == null ? current.value() : value);
    }

    /**
     * The stock after applying the sent parts to {@code current}. When tracked, the quantity decides
     * {@code inStock}; when untracked, there is no quantity.
     */
    static Stock stock(Boolean trackInventory, Integer quantity, Boolean inStock, Stock current) {
        if (trackInventory == null && quantity == null && inStock == null) {
            return current;
        }
        boolean tracked = trackInventory == null ? current.trackInventory() : trackInventory;
        if (tracked) {
            return quantity == null
                    ? new Stock(true, current.quantity(), false)
                    : Stock.settable(quantity, "stock.quantity");
        }
        return new Stock(false, quantity, inStock == null ? current.inStock() : inStock);
    }

    static List<OptionSpec> options(List<OptionCommand> commands) {
        List<OptionSpec> specs = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            OptionCommand command = commands.get(i);
            try {
                OptionType type = command.optionType() == null
                        ? OptionType.DROP_DOWN
                        : OptionType.fromApiName(command.optionType());
                specs.add(new OptionSpec(
                        command.name(),
                        type,
                        command.choices().stream()
                                .map(choice -> new ChoiceSpec(choice.value(), choice.description()))
                                .toList()));
            } catch (ValidationException e) {
                throw e.nestedIn("productOptions[" + i + "]");
            }
        }
        return specs;
    }

    static List<VariantUpdate> variantUpdates(List<VariantUpdateCommand> commands) {
        List<VariantUpdate> updates = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            try {
                updates.add(variantUpdate(commands.get(i)));
            } catch (ValidationException e) {
                throw e.nestedIn("variants[" + i + "]");
            }
        }
        return updates;
    }

    private static VariantUpdate variantUpdate(VariantUpdateCommand command) {
        List<VariantId> variantIds = new ArrayList<>(command.variantIds().size());
        for (int j = 0; j < command.variantIds().size(); j++) {
            try {
                variantIds.add(VariantId.parse(command.variantIds().get(j)));
            } catch (ValidationException e) {
                throw e.relocatedTo("variantIds[" + j + "]");
            }
        }
        return new VariantUpdate(
                variantIds,
                command.choices(),
                command.price(),
                ifSent(command.sku(), Sku::new),
                ifSent(command.weight(), Weight::new),
                command.visible(),
                null);
    }

    /** The media to add, each read from its command; errors are reported on {@code media[i]...}. */
    static List<NewMedia> newMedia(List<MediaCommand> commands, String mediaBaseUrl) {
        List<NewMedia> items = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            try {
                items.add(newMedia(commands.get(i), mediaBaseUrl));
            } catch (ValidationException e) {
                throw e.nestedIn("media[" + i + "]");
            }
        }
        return items;
    }

    private static NewMedia newMedia(MediaCommand command, String mediaBaseUrl) {
        if (command.mediaId() != null && command.url() != null) {
            throw new ValidationException(
                    "url",
                    ErrorCodes.CONFLICTING_SELECTORS,
                    "must not be sent together with mediaId; send one of them");
        }
        if (command.mediaId() == null && command.url() == null) {
            throw new ValidationException("mediaId", ErrorCodes.REQUIRED, "or url is required");
        }
        MediaType type = ifSent(command.mediaType(), MediaType::fromApiName);
        MediaItem item = command.mediaId() != null
                ? MediaItem.ofMediaId(command.mediaId(), mediaBaseUrl, type)
                : MediaItem.ofUrl(command.url(), type);
        return new NewMedia(item, command.choiceOption(), command.choiceValue());
    }

    /** The stock to set on each variant; errors are reported on {@code variants[i]...}. */
    static List<StockUpdate> stockUpdates(InventoryUpdateCommand command) {
        List<StockUpdate> updates = new ArrayList<>(command.variants().size());
        for (int i = 0; i < command.variants().size(); i++) {
            VariantStockCommand variant = command.variants().get(i);
            try {
                updates.add(
                        new StockUpdate(VariantId.parse(variant.variantId()), variant.quantity(), variant.inStock()));
            } catch (ValidationException e) {
                throw e.nestedIn("variants[" + i + "]");
            }
        }
        return updates;
    }

    /**
     * The items of a stock decrement ({@code sign} -1) or increment (+1): 1 to {@code maxItems} of them, each
     * amount 1 to {@value Stock#MAX_QUANTITY}; errors are reported on {@code listField[i].productId|variantId|
     * amountField}.
     */
    static StockAdjustments stockAdjustments(
            List<StockAdjustmentCommand> items, String listField, String amountField, int sign, int maxItems) {
        if (items == null || items.isEmpty() || items.size() > maxItems) {
            throw new ValidationException(
                    listField,
                    items == null || items.isEmpty() ? ErrorCodes.REQUIRED : ErrorCodes.OUT_OF_RANGE,
                    "must contain 1 to " + maxItems + " items" + (items == null ? "" : " (was " + items.size() + ")"));
        }
        List<StockAdjustments.Item> adjustments = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = StockAdjustments.path(listField, i);
            StockAdjustmentCommand item = items.get(i);
            ProductId productId;
            VariantId variantId;
            try {
                productId = ProductId.parse(item.productId());
            } catch (ValidationException e) {
                throw e.relocatedTo(path + ".productId");
            }
            try {
                variantId = VariantId.parse(item.variantId());
            } catch (ValidationException e) {
                throw e.relocatedTo(path + ".variantId");
            }
            int amount = (int) Require.range(
                    path + "." + amountField,
                    Require.present(path + "." + amountField, item.amount()),
                    1,
                    Stock.MAX_QUANTITY);
            adjustments.add(new StockAdjustments.Item(productId, variantId, sign * amount));
        }
        return new StockAdjustments(listField, amountField, adjustments);
    }
}
