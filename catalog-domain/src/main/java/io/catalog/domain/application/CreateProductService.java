package io.catalog.domain.application;

import io.catalog.domain.product.Handle;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettingsRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creating products, one or many: each in the store currency, with the store's next numeric id and the slug it asks
 * for (which must be free, else {@code SLUG_TAKEN}) or a free one derived from its name ("t-shirt", "t-shirt-1",
 * ...), and the handle it asks for (else {@code HANDLE_TAKEN}) or one derived from its slug. Each new product is announced by a {@code ProductCreated} carrying its state.
 */
public final class CreateProductService {

    /** The most products one bulk creation takes. */
    public static final int MAX_BULK_ITEMS = 100;

    private final ProductUnitOfWork unitOfWork;
    private final ProductRepository products;
    private final StoreSettingsRepository settings;

    public CreateProductService(
            ProductUnitOfWork unitOfWork, ProductRepository products, StoreSettingsRepository settings) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.products = Objects.requireNonNull(products, "products");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Creates one product; a broken rule fails the call. */
    public Product create(StoreId store, CreateProduct command) {
        NewItem item = new NewItem(0, command);
        return unitOfWork.inTransaction(() -> {
            BulkCreateResult result =
                    createIn(store, List.of(item), unitOfWork.now()).get(0);
            if (!result.success()) {
                throw result.error();
            }
            return result.product();
        });
    }

    /**
     * Creates up to {@value #MAX_BULK_ITEMS} products in one transaction, each on its own merits: an item that breaks
     * a rule is refused (its result carries the error, with the item's index) and the others are created. The batch
     * costs about what one creation costs: one lock of the store's numeric-id counter reserves all its numeric ids,
     * one lookup finds which of its slugs are taken, and its rows are written in batches.
     */
    public List<BulkCreateResult> createAll(StoreId store, List<CreateProduct> commands) {
        requireBulkSize(commands.size());
        List<NewItem> items = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            items.add(new NewItem(i, commands.get(i)));
        }
        return unitOfWork.inTransaction(() -> createIn(store, items, unitOfWork.now()));
    }

    /**
     * Checks the size of a bulk creation, {@code count} products: 1 to {@value #MAX_BULK_ITEMS}
     * ({@code OUT_OF_RANGE} on {@code products}). A caller that reads the products one by one checks it first.
     */
    public static void requireBulkSize(int count) {
        if (count == 0 || count > MAX_BULK_ITEMS) {
            throw new ValidationException(
                    "products",
                    ErrorCodes.OUT_OF_RANGE,
                    "must list 1 to " + MAX_BULK_ITEMS + " products (was " + count + ")");
        }
    }

    /** An item of a creation: its place in the request, and what it asks for. */
    private record NewItem(int index, CreateProduct command) {

        NewProduct spec() {
            return command.product();
        }

        Optional<Slug> requestedSlug() {
            return command.slug();
        }

        Slug wantedSlug() {
            return SlugClaims.wanted(requestedSlug(), spec().name());
        }

        Handle requestedHandle() {
            return spec().merchandising().handle();
        }
    }

    /**
     * Creates the items' products in the running transaction, in order, and publishes a {@code ProductCreated} for
     * each; an item whose product breaks a rule is answered with the error and takes nothing from the others.
     */
    private List<BulkCreateResult> createIn(StoreId store, List<NewItem> items, Instant now) {
        // The numeric ids come first: taking them serialises the store's creations, so the slugs chosen next
        // cannot be taken by a concurrent creation before this one commits.
        long numericId = products.nextNumericIds(store, items.size());
        Currency currency = settings.settingsOf(store).currency();
        SlugClaims slugs = new SlugClaims(
                products, store, items.stream().map(NewItem::wantedSlug).collect(Collectors.toSet()));
        // Each product is made with the handle it asks for or its slug's; one lookup then finds which of those handles
        // the store has, and a product whose derived handle is taken is made again with the first free one.
        Product[] made = new Product[items.size()];
        CatalogException[] refused = new CatalogException[items.size()];
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            Slug slug = null;
            try {
                slug = slugs.claim(item.requestedSlug(), item.spec().name());
                Handle handle = HandleClaims.wanted(item.requestedHandle(), slug);
                Product product = Product.create(
                        ProductId.random(), store, numericId++, slug, handle, currency, item.spec(), now);
                product.writeVariants(item.command().variants(), now);
                product.changeDetails(item.command().details(), now);
                ProductSubscriptions.write(
                        product, item.command().variants(), item.command().subscriptions(), now);
                made[i] = product;
            } catch (ValidationException | RuleViolationException e) {
                slugs.release(slug);
                refused[i] = e;
            }
        }
        Set<Handle> wantedHandles = new HashSet<>();
        for (Product product : made) {
            if (product != null) {
                wantedHandles.add(product.merchandising().handle());
            }
        }
        HandleClaims handles = new HandleClaims(products, store, wantedHandles);
        List<BulkCreateResult> results = new ArrayList<>(items.size());
        List<Product> created = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            Product product = made[i];
            if (product == null) {
                results.add(new BulkCreateResult(item.index(), null, refused[i]));
                continue;
            }
            try {
                Handle handle = handles.claim(item.requestedHandle(), product.slug());
                if (!handle.equals(product.merchandising().handle())) {
                    product = Product.create(
                            product.id(),
                            store,
                            product.numericId(),
                            product.slug(),
                            handle,
                            currency,
                            item.spec(),
                            now);
                    product.writeVariants(item.command().variants(), now);
                    product.changeDetails(item.command().details(), now);
                    ProductSubscriptions.write(
                            product, item.command().variants(), item.command().subscriptions(), now);
                }
                created.add(product);
                results.add(new BulkCreateResult(item.index(), product, null));
            } catch (ValidationException | RuleViolationException e) {
                slugs.release(product.slug());
                results.add(new BulkCreateResult(item.index(), null, e));
            }
        }
        unitOfWork.add(store, created, now);
        return results;
    }
}
