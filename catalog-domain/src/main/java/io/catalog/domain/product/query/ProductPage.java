package io.catalog.domain.product.query;

import java.util.List;

import io.catalog.domain.product.Product;

/** A page of products and how many products match the query in all. */
public record ProductPage(List<Product> products, long totalResults) {

    public ProductPage {
        products = List.copyOf(products);
    }
}
