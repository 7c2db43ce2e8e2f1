package io.catalog.persistence.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.query.ProductPage;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.store.StoreId;

/**
 * Product queries in five statements whatever the page: the page of product rows, the count of all matches (left out
 * when the page is the last one: the matches are then known), the choices of the page's products, the stored
 * variants of its products that manage variants, and their media.
 */
@ApplicationScoped
public class JpaProductQueries implements ProductQueries {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public ProductPage query(StoreId store, ProductQuery query) {
        ProductQueryTranslator.Jpql jpql = ProductQueryTranslator.translate(store.value(), query);
        TypedQuery<ProductEntity> select = em.createQuery(jpql.select(), ProductEntity.class)
                .setFirstResult(query.paging().offset())
                .setMaxResults(query.paging().limit());
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
        jpql.parameters().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ProductEntity> rows = select.getResultList();
        int offset = query.paging().offset();
        // A page that is not full (and not past the end) is the end of the matches: their number is known without
        // counting them.
        boolean lastPage = rows.size() < query.paging().limit() && (!rows.isEmpty() || offset == 0);
        long total = lastPage ? offset + rows.size() : count.getSingleResult();
        return new ProductPage(assemble(rows), total);
    }

    private List<Product> assemble(List<ProductEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(p -> p.id).toList();
        Map<String, List<ChoiceEntity>> choices = em.createQuery("SELECT c FROM ChoiceEntity c"
                        + " WHERE c.productId IN :ids ORDER BY c.productId, c.optionPosition, c.choicePosition",
                        ChoiceEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(c -> c.productId));
        List<String> managed = rows.stream().filter(p -> p.manageVariants).map(p -> p.id).toList();
        Map<String, List<VariantEntity>> variants = managed.isEmpty() ? Map.of()
                : em.createQuery("SELECT v FROM VariantEntity v WHERE v.productId IN :ids", VariantEntity.class)
                .setParameter("ids", managed)
                .getResultStream()
                .collect(Collectors.groupingBy(v -> v.productId));
        Map<String, List<MediaEntity>> media = em.createQuery("SELECT m FROM MediaEntity m"
                        + " WHERE m.productId IN :ids ORDER BY m.productId, m.position", MediaEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(m -> m.productId));
        List<Product> products = new ArrayList<>(rows.size());
        for (ProductEntity row : rows) {
            products.add(Product.reconstitute(ProductRows.toState(row,
                    choices.getOrDefault(row.id, List.of()), variants.getOrDefault(row.id, List.of()),
                    media.getOrDefault(row.id, List.of()))));
        }
        return products;
    }
}
