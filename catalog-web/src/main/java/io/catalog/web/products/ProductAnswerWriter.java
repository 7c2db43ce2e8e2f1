package io.catalog.web.products;

import io.catalog.domain.application.ProductView;
import io.catalog.web.products.kept.AnswerWriter;
import jakarta.enterprise.context.ApplicationScoped;

/** The v1 product object, as the kept answers store it: {@link ProductResponses} written by {@link ProductJson}. */
@ApplicationScoped
public class ProductAnswerWriter implements AnswerWriter {

    @Override
    public byte[] write(ProductView view, boolean includeVariants, boolean visibleOnly) {
        return ProductJson.toJson(ProductResponses.of(view, includeVariants, visibleOnly));
    }
}
