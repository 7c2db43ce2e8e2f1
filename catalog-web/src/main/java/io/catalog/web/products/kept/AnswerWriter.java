package io.catalog.web.products.kept;

import io.catalog.domain.application.ProductView;

/** Writes the v1 product object of a product as JSON bytes: what the kept answers keep. */
public interface AnswerWriter {

    /** The product object of {@code view}, with its variants if asked, without hidden parts for storefronts. */
    byte[] write(ProductView view, boolean includeVariants, boolean visibleOnly);
}
