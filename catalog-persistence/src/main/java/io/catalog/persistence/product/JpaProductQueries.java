package io.catalog.persistence.product;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductState;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.query.ProductMatches;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.ReadOnly;
import io.catalog.persistence.StoreRows;
import io.catalog.persistence.StoreRows.ProductSetStamp;
import io.catalog.persistence.product.counts.CrawlCounts;
import io.catalog.persistence.product.counts.FilterCounts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Product queries in two steps. The matches: the page of ids and revisions, read in index order, and the count of all
 * matches (left out when the page is the last one: the matches are then known; carried from page to page of a crawl,
 * see {@link CrawlCounts}; kept while the store's products stay as they were, see {@link FilterCounts}). The
 * products: their rows, choices, stored variants (of those that manage variants, and for answers without variants
 * only of those whose choices have no stored availability) and media, one statement each whatever the number of
 * products, every row read {@linkplain ReadOnly read-only}. Choices and media are looked up only for the products
 * whose row counts some (or does not know), and not at all when none of them has any.
 * <p>
 * A crawl's page (numericId above the last one seen, ascending) reads each product once, so nobody holds an answer
 * of its products yet: its matches are read as whole rows, kept for the rest of the transaction, and the products
 * read next take their rows from there instead of looking each up again. Other pages are mostly answered from kept
 * answers and read only ids and revisions.
 */
@ApplicationScoped
public class JpaProductQueries implements ProductQueries {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    StoreRows stores;

    private final CrawlCounts crawlCounts = new CrawlCounts();

    private final FilterCounts filterCounts = new FilterCounts();

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The key of the rows a crawl's page read with its matches, among the transaction's resources. */
    private static final Object PAGE_ROWS = new Object();

    @Override
    public ProductMatches matches(StoreId store, ProductQuery query) {
        ProductQueryTranslator.Jpql jpql = ProductQueryTranslator.translate(store.value(), query);
        TypedQuery<Object[]> select = em.createQuery(jpql.select(), Object[].class)
                .setFirstResult(query.paging().offset())
                .setMaxResults(query.paging().limit());
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
        jpql.parameters().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        // A crawl's stamp is read before the page (the next page's count is derived from the page), so that any
        // change after it moves the stamp the kept counts are checked against.
        Optional<CrawlCounts.Key> crawl = CrawlCounts.keyOf(store.value(), query);
        Optional<ProductSetStamp> stamp = crawl.flatMap(key -> stores.productSetStamp(store));
        List<ProductMatches.Match> matches;
        List<Long> numericIds;
        if (crawl.isPresent() && transaction.getTransactionKey() != null) {
            TypedQuery<ProductEntity> selectRows = em.createQuery(jpql.selectRows(), ProductEntity.class)
                    .setFirstResult(query.paging().offset())
                    .setMaxResults(query.paging().limit());
            jpql.parameters().forEach(selectRows::setParameter);
            List<ProductEntity> rows = ReadOnly.of(selectRows);
            transaction.putResource(
                    PAGE_ROWS, rows.stream().collect(Collectors.toMap(row -> row.id, Function.identity())));
            matches = rows.stream()
                    .map(row -> new ProductMatches.Match(ProductId.parse(row.id), row.revision))
                    .toList();
            numericIds = rows.stream().map(row -> row.numericId).toList();
        } else {
            List<Object[]> rows = select.getResultList();
            matches = rows.stream()
                    .map(row ->
                            new ProductMatches.Match(ProductId.parse((String) row[0]), ((Number) row[1]).longValue()))
                    .toList();
            numericIds = rows.stream().map(row -> ((Number) row[2]).longValue()).toList();
        }
        int offset = query.paging().offset();
        // A page that is not full (and not past the end) is the end of the matches: their number is known without
        // counting them.
        boolean lastPage = matches.size() < query.paging().limit() && (!matches.isEmpty() || offset == 0);
        if (lastPage) {
            return new ProductMatches(matches, offset + matches.size());
        }
        if (crawl.isEmpty()) {
            // Any other filter's stamp is read before its count (a change after it moves the stamp).
            Optional<FilterCounts.Key> filtered = FilterCounts.keyOf(store.value(), query);
            Optional<ProductSetStamp> filterStamp = filtered.flatMap(key -> stores.productSetStamp(store));
            if (filterStamp.isEmpty()) {
                return new ProductMatches(matches, count.getSingleResult());
            }
            long total = filterCounts.kept(filtered.get(), filterStamp.get()).orElseGet(count::getSingleResult);
            filterCounts.keep(filtered.get(), total, filterStamp.get());
            return new ProductMatches(matches, total);
        }
        if (stamp.isEmpty()) {
            return new ProductMatches(matches, count.getSingleResult());
        }
        long total = crawlCounts.kept(crawl.get(), stamp.get()).orElseGet(count::getSingleResult);
        crawlCounts.keep(crawl.get(), query, total, stamp.get(), numericIds);
        return new ProductMatches(matches, total);
    }

    @Override
    public List<Product> products(StoreId store, List<ProductId> productIds) {
        return read(store, productIds, true, (state, whole) -> Product.reconstitute(state));
    }

    /**
     * Variants are read only for the products that manage them and whose choices have no stored availability yet
     * (rows written before it was stored); those come whole.
     */
    @Override
    public List<ProductSummary> productsWithoutVariants(StoreId store, List<ProductId> productIds) {
        return read(
                store,
                productIds,
                false,
                (state, whole) ->
                        whole ? Product.reconstitute(state).summary() : ProductSummary.readWithoutVariants(state));
    }

    /**
     * The products with these ids, each made by {@code make} from its state and whether that state is whole (holds
     * the stored variants of a product that manages them).
     */
    private <T> List<T> read(
            StoreId store,
            List<ProductId> productIds,
            boolean withVariants,
            BiFunction<ProductState, Boolean, T> make) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = productIds.stream().map(id -> id.value().toString()).toList();
        Map<String, ProductEntity> rows = new HashMap<>();
        Map<String, ProductEntity> pageRows = pageRows();
        List<String> toRead = new ArrayList<>(ids.size());
        for (String id : ids) {
            ProductEntity row = pageRows.get(id);
            if (row == null) {
                toRead.add(id);
            } else {
                rows.put(id, row);
            }
        }
        if (!toRead.isEmpty()) {
            // By primary key, the store compared here, not in SQL (see KeyLookup for the shape H2 reads the store
            // for).
            ReadOnly.of(em.createQuery("SELECT p FROM ProductEntity p WHERE p.id IN :ids", ProductEntity.class)
                            .setParameter("ids", toRead))
                    .forEach(row -> rows.put(row.id, row));
        }
        rows.values().removeIf(row -> !store.value().equals(row.storeId));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> found = ids.stream().filter(rows::containsKey).toList();
        // Choices and media are looked up only for the products that have some (or may have: counts unknown).
        List<String> withChoices =
                found.stream().filter(id -> rows.get(id).mayHaveChoices()).toList();
        Map<String, List<ChoiceEntity>> choices = withChoices.isEmpty()
                ? Map.of()
                : ReadOnly.of(em.createQuery(
                                        "SELECT c FROM ChoiceEntity c WHERE c.productId IN :ids"
                                                + " ORDER BY c.productId, c.optionPosition, c.choicePosition",
                                        ChoiceEntity.class)
                                .setParameter("ids", withChoices))
                        .stream()
                        .collect(Collectors.groupingBy(c -> c.productId));
        List<String> managed = found.stream()
                .filter(id -> rows.get(id).manageVariants)
                .filter(id -> withVariants || !availabilityStored(choices.getOrDefault(id, List.of())))
                .toList();
        java.util.Set<String> withTheirVariants = java.util.Set.copyOf(managed);
        Map<String, List<VariantEntity>> variants = managed.isEmpty()
                ? Map.of()
                : ReadOnly.of(em.createQuery(
                                        "SELECT v FROM VariantEntity v WHERE v.productId IN :ids", VariantEntity.class)
                                .setParameter("ids", managed))
                        .stream()
                        .collect(Collectors.groupingBy(v -> v.productId));
        List<String> withMedia =
                found.stream().filter(id -> rows.get(id).mayHaveMedia()).toList();
        Map<String, List<MediaEntity>> media = withMedia.isEmpty()
                ? Map.of()
                : ReadOnly.of(em.createQuery(
                                        "SELECT m FROM MediaEntity m WHERE m.productId IN :ids"
                                                + " ORDER BY m.productId, m.position",
                                        MediaEntity.class)
                                .setParameter("ids", withMedia))
                        .stream()
                        .collect(Collectors.groupingBy(m -> m.productId));
        List<T> products = new ArrayList<>(found.size());
        for (String id : found) {
            ProductState state = ProductRows.toState(
                    rows.get(id),
                    choices.getOrDefault(id, List.of()),
                    variants.getOrDefault(id, List.of()),
                    media.getOrDefault(id, List.of()));
            boolean whole = withVariants || !state.manageVariants() || withTheirVariants.contains(id);
            products.add(make.apply(state, whole));
        }
        return products;
    }

    /** The rows a crawl's page read in this transaction (see the class comment), by id; empty for other pages. */
    @SuppressWarnings("unchecked")
    private Map<String, ProductEntity> pageRows() {
        if (transaction.getTransactionKey() == null) {
            return Map.of();
        }
        Object rows = transaction.getResource(PAGE_ROWS);
        return rows == null ? Map.of() : (Map<String, ProductEntity>) rows;
    }

    private static boolean availabilityStored(List<ChoiceEntity> choices) {
        // A product managing the one variant of no options stores its availability with no choice: read its variant.
        return !choices.isEmpty() && choices.stream().allMatch(c -> c.inStock != null && c.visible != null);
    }
}
