package io.catalog.web.products.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.catalog.domain.application.ProductView;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import io.catalog.events.telemetry.CatalogMeters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's serialized product answers (the product object of {@code GET /stores/v1/products/{id}} and of each
 * product of a query page, and the V3 product object of {@code GET /stores/v3/products/{id}}), each kept with the
 * product revision it was made at. A reader first learns the product's current revision (one indexed statement for a
 * product, the page's own statement for a page); when the kept answer is of that revision it is sent as it is,
 * otherwise the product is read and serialized again. Every change of what a product's answer shows gives the product a
 * new revision (its own fields, options, variants, stock, media, and its collection memberships), so an answer is never
 * older than the revision the reader learnt: nothing needs to be told to forget. (Where the persistence layer keeps
 * revisions too, {@code catalog.product-cache.revisions}, a single read learns it without a statement;
 * docs/architecture.md, kept answers.) Bounded in bytes ({@code catalog.product-cache.max-bytes}, 0 turns it off); the
 * least used answers go first. Lookups are counted: {@code catalog.product_cache.hits} (a kept answer of the revision
 * asked for) and {@code catalog.product_cache.misses} (none, or of another revision).
 */
@ApplicationScoped
public class ProductAnswers {

    /**
     * What an answer depends on besides the product: who asks (storefronts do not see hidden parts) and its shape (v1's
     * with or without variants, or another dialect's, such as Catalog V3's).
     */
    private record Key(String store, ProductId product, boolean visibleOnly, String shape) {}

    private static final String V1 = "v1";
    private static final String V1_WITH_VARIANTS = "v1+variants";

    /** A product's serialized answer (the product object, without an envelope) and the revision it shows. */
    public record Answer(long revision, byte[] json) {}

    private static final byte[] PRODUCT_ENVELOPE_START = "{\"product\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENVELOPE_END = {'}'};

    @Inject
    @ConfigProperty(name = "catalog.product-cache.max-bytes", defaultValue = "67108864")
    long maxBytes;

    @Inject
    AnswerWriter writer;

    @Inject
    CatalogMeters meters;

    private Cache<Key, Answer> answers;
    private CatalogMeters.Count hits = CatalogMeters.Count.NONE;
    private CatalogMeters.Count misses = CatalogMeters.Count.NONE;

    @PostConstruct
    void start() {
        hits = meters.counter(
                "catalog.product_cache.hits",
                "{lookup}",
                "Product answers sent as kept (serialized at the revision asked for)");
        misses = meters.counter(
                "catalog.product_cache.misses", "{lookup}", "Product answers that had to be read and serialized");
        answers = maxBytes <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .weigher((Key key, Answer answer) -> answer.json().length + 64)
                        .build();
    }

    /** Made as the application starts, so the cache's counters are there (at 0) before the first read. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {}

    /** The kept answer of a product at exactly {@code revision}, if there is one. */
    public Optional<Answer> kept(
            StoreId store, ProductId product, long revision, boolean visibleOnly, boolean includeVariants) {
        return kept(store, product, revision, visibleOnly, v1(includeVariants));
    }

    private Optional<Answer> kept(StoreId store, ProductId product, long revision, boolean visibleOnly, String shape) {
        Answer kept =
                answers == null ? null : answers.getIfPresent(new Key(store.value(), product, visibleOnly, shape));
        if (kept != null && kept.revision() == revision) {
            hits.add(1);
            return Optional.of(kept);
        }
        misses.add(1);
        return Optional.empty();
    }

    /** Serializes the answer of a product just read, and keeps it. */
    public Answer make(ProductView view, boolean visibleOnly, boolean includeVariants) {
        return make(view, visibleOnly, v1(includeVariants), v -> writer.write(v, includeVariants, visibleOnly));
    }

    private Answer make(ProductView view, boolean visibleOnly, String shape, Function<ProductView, byte[]> write) {
        Answer made = new Answer(view.product().revision(), write.apply(view));
        if (answers != null) {
            // Two readers may race; the answer of the later revision stays.
            answers.asMap()
                    .merge(
                            new Key(
                                    view.product().storeId().value(),
                                    view.product().id(),
                                    visibleOnly,
                                    shape),
                            made,
                            (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
        }
        return made;
    }

    /**
     * The answer of a product at {@code revision}, kept or made from {@code read} (which may find a newer revision:
     * the answer then shows that one).
     */
    public Answer answer(
            StoreId store,
            ProductId product,
            long revision,
            boolean visibleOnly,
            boolean includeVariants,
            Supplier<ProductView> read) {
        return kept(store, product, revision, visibleOnly, includeVariants)
                .orElseGet(() -> make(read.get(), visibleOnly, includeVariants));
    }

    /**
     * The answer of a product at {@code revision} in another dialect's shape ({@code shape} names it, e.g.
     * {@code "v3"}), kept or made by {@code write} from {@code read}; kept beside v1's answers, under the same bound.
     */
    public Answer answer(
            StoreId store,
            ProductId product,
            long revision,
            boolean visibleOnly,
            String shape,
            Supplier<ProductView> read,
            Function<ProductView, byte[]> write) {
        if (shape.startsWith(V1)) {
            throw new IllegalArgumentException("v1's shapes are written by the v1 writer: " + shape);
        }
        return kept(store, product, revision, visibleOnly, shape)
                .orElseGet(() -> make(read.get(), visibleOnly, shape, write));
    }

    private static String v1(boolean includeVariants) {
        return includeVariants ? V1_WITH_VARIANTS : V1;
    }

    /** {@code {"product": <answer>}}, the body of a product read, written from the kept answer without a copy. */
    public static JsonPieces inEnvelope(Answer answer) {
        return new JsonPieces(3).add(PRODUCT_ENVELOPE_START).add(answer.json()).add(ENVELOPE_END);
    }
}
