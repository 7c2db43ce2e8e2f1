package io.catalog.persistence.product;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductState;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.MediaState;
import io.catalog.domain.product.ProductState.MerchantState;
import io.catalog.domain.product.ProductState.OptionState;
import io.catalog.domain.product.ProductState.VariantState;
import io.catalog.domain.product.ProductType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps a {@link ProductState} to its rows and back. Pure data copying; every rule lives in the domain. */
final class ProductRows {

    private ProductRows() {}

    /** @param media ordered by position */
    static ProductState toState(
            ProductEntity p, List<ChoiceEntity> choices, List<VariantEntity> variants, List<MediaEntity> media) {
        List<OptionState> options = new ArrayList<>();
        int position = -1;
        List<ChoiceState> current = null;
        ChoiceEntity head = null;
        for (ChoiceEntity c : choices) { // ordered by option position, then choice position
            if (c.optionPosition != position) {
                if (current != null) {
                    options.add(new OptionState(head.optionName, OptionType.valueOf(head.optionType), current));
                }
                position = c.optionPosition;
                current = new ArrayList<>();
                head = c;
            }
            current.add(new ChoiceState(c.choiceKey, c.value, c.description, c.inStock, c.visible));
        }
        if (current != null) {
            options.add(new OptionState(head.optionName, OptionType.valueOf(head.optionType), current));
        }
        List<VariantState> variantStates = variants.stream()
                .map(v -> new VariantState(
                        v.variantId,
                        v.price,
                        v.sku == null ? "" : v.sku,
                        v.weight,
                        v.visible,
                        v.trackInventory,
                        v.quantity,
                        v.inStock,
                        v.discountedPrice,
                        v.cost,
                        v.barcode))
                .toList();
        return new ProductState(
                UUID.fromString(p.id),
                p.storeId,
                p.numericId,
                p.slug,
                UUID.fromString(p.inventoryItemId),
                p.name,
                ProductType.valueOf(p.productType),
                p.description,
                p.sku == null ? "" : p.sku,
                p.weight,
                p.visible,
                p.currency,
                p.price,
                DiscountType.valueOf(p.discountType),
                p.discountValue,
                p.trackInventory,
                p.quantity,
                p.inStock,
                p.warningLimit,
                p.manageVariants,
                options,
                variantStates,
                media.stream().map(ProductRows::mediaState).toList(),
                p.nextChoiceKey,
                instant(p.createdAt),
                instant(p.lastUpdated),
                p.revision,
                new MerchantState(p.cost, p.barcode),
                MerchandisingColumns.read(p),
                ProductDetailsColumns.read(p),
                ModifierColumn.read(p.modifiers, p.currency),
                SubscriptionColumns.read(p));
    }

    static ProductEntity newProduct(ProductState s) {
        ProductEntity p = new ProductEntity();
        p.id = s.id().toString();
        p.storeId = s.storeId();
        p.numericId = s.numericId();
        p.inventoryItemId = s.inventoryItemId().toString();
        p.createdAt = time(s.created());
        p.revision = s.revision();
        p.handle = s.merchandising().handle().value();
        copy(s, p);
        return p;
    }

    /** Copies the changeable columns. */
    static void copy(ProductState s, ProductEntity p) {
        p.slug = s.slug();
        p.name = s.name();
        p.productType = s.productType().name();
        p.description = s.description();
        p.descriptionText = Description.stored(s.description()).searchText();
        p.sku = s.sku();
        p.weight = s.weight();
        p.visible = s.visible();
        p.price = s.price();
        p.currency = s.currency();
        p.discountType = s.discountType().name();
        p.discountValue = s.discountValue();
        p.trackInventory = s.trackInventory();
        p.quantity = s.quantity();
        p.inStock = s.inStock();
        p.warningLimit = s.warningLimit();
        p.cost = s.merchant().cost();
        p.barcode = s.merchant().barcode();
        p.manageVariants = s.manageVariants();
        p.nextChoiceKey = s.nextChoiceKey();
        p.choiceCount =
                s.options().stream().mapToInt(option -> option.choices().size()).sum();
        p.mediaCount = s.media().size();
        p.lastUpdated = time(s.lastUpdated());
        MerchandisingColumns.write(s.merchandising(), p);
        ProductDetailsColumns.write(s.details(), p);
        p.modifiers = ModifierColumn.write(s.modifiers());
        SubscriptionColumns.write(s.subscriptions(), p);
    }

    /** A choice of the state, where it stands: its option, the option's position and its own among the option's. */
    record ChoiceAt(OptionState option, int optionPosition, int choicePosition) {

        int key() {
            return option.choices().get(choicePosition).key();
        }
    }

    /** Every choice of {@code options}, by option position, then choice position. */
    static List<ChoiceAt> choicesAt(List<OptionState> options) {
        List<ChoiceAt> choices = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            for (int c = 0; c < options.get(o).choices().size(); c++) {
                choices.add(new ChoiceAt(options.get(o), o, c));
            }
        }
        return choices;
    }

    static List<ChoiceEntity> choices(ProductState s) {
        String productId = s.id().toString();
        return choicesAt(s.options()).stream()
                .map(choice -> choice(productId, choice))
                .toList();
    }

    static ChoiceEntity choice(String productId, ChoiceAt choice) {
        ChoiceEntity row = new ChoiceEntity();
        row.productId = productId;
        row.choiceKey = choice.key();
        copy(choice, row);
        return row;
    }

    static void copy(ChoiceAt choice, ChoiceEntity row) {
        copy(choice.option(), choice.optionPosition(), choice.choicePosition(), row);
    }

    static void copy(OptionState option, int optionPosition, int choicePosition, ChoiceEntity row) {
        ChoiceState choice = option.choices().get(choicePosition);
        row.optionPosition = optionPosition;
        row.optionName = option.name();
        row.optionType = option.type().name();
        row.choicePosition = choicePosition;
        row.value = choice.value();
        row.description = choice.description();
        row.inStock = choice.inStock();
        row.visible = choice.visible();
    }

    static VariantEntity variant(String productId, VariantState v) {
        VariantEntity row = new VariantEntity();
        row.productId = productId;
        row.variantId = v.variantId();
        copy(v, row);
        return row;
    }

    static void copy(VariantState v, VariantEntity row) {
        row.price = v.price();
        row.sku = v.sku();
        row.weight = v.weight();
        row.visible = v.visible();
        row.trackInventory = v.trackInventory();
        row.quantity = v.quantity();
        row.inStock = v.inStock();
        row.discountedPrice = v.discountedPrice();
        row.cost = v.cost();
        row.barcode = v.barcode();
    }

    /** A media item of the state and its position. */
    record MediaAt(MediaState media, int position) {}

    /** Every item of {@code media}, with its position. */
    static List<MediaAt> mediaAt(List<MediaState> media) {
        List<MediaAt> placed = new ArrayList<>(media.size());
        for (int i = 0; i < media.size(); i++) {
            placed.add(new MediaAt(media.get(i), i));
        }
        return placed;
    }

    static MediaEntity media(String productId, MediaAt item) {
        return media(productId, item.media(), item.position());
    }

    static void copy(MediaAt item, MediaEntity row) {
        copy(item.media(), item.position(), row);
    }

    static MediaEntity media(String productId, MediaState m, int position) {
        MediaEntity row = new MediaEntity();
        row.productId = productId;
        row.mediaId = m.id();
        copy(m, position, row);
        return row;
    }

    static void copy(MediaState m, int position, MediaEntity row) {
        row.position = position;
        row.mediaType = m.type().name();
        row.url = m.url();
        row.title = m.title();
        row.choiceKeys = m.choiceKeys().stream().map(String::valueOf).collect(Collectors.joining(","));
        row.altText = m.altText().isEmpty() ? null : m.altText();
        row.uploadId = m.uploadId();
    }

    private static MediaState mediaState(MediaEntity row) {
        List<Integer> keys = row.choiceKeys == null || row.choiceKeys.isEmpty()
                ? List.of()
                : Arrays.stream(row.choiceKeys.split(",")).map(Integer::valueOf).toList();
        return new MediaState(
                row.mediaId,
                MediaType.valueOf(row.mediaType),
                row.url,
                row.title == null ? "" : row.title,
                keys,
                row.altText == null ? "" : row.altText,
                row.uploadId);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }
}
