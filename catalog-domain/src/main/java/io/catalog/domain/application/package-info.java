/**
 * The catalog's use cases, in the catalog's own terms: one small application service per use case or close family
 * of them, each running as one unit of work in a transaction. The web layer calls them; they call the aggregates,
 * which hold every rule, and the ports, which adapters implement.
 *
 * <p>Products:
 * <ul>
 *   <li>{@link io.catalog.domain.application.CreateProductService}: creating one product or a bulk of them, with
 *       their numeric ids and slug claims ({@link io.catalog.domain.application.SlugClaims}, the only place a taken
 *       slug is refused);</li>
 *   <li>{@link io.catalog.domain.application.UpdateProductService}: changing a product's fields (with an
 *       {@code inventoryDelta} under the row lock), removing its options, deleting it;</li>
 *   <li>{@link io.catalog.domain.application.UpdateVariantsService}: the data of managed variants;</li>
 *   <li>{@link io.catalog.domain.application.ProductMediaService}: media and their links to choices;</li>
 *   <li>{@link io.catalog.domain.application.AdjustStockService}: setting a product's inventory, and decrements and
 *       increments across products;</li>
 *   <li>{@link io.catalog.domain.application.GetProductService}: one product read whole;</li>
 *   <li>{@link io.catalog.domain.application.ProductUnitOfWork}, which they share: it loads a product (the only
 *       place a missing product is reported), checks the expected revision (through
 *       {@link io.catalog.domain.application.ExpectedRevision}, the only place a stale one is refused), retries a
 *       change that lost to a concurrent one, saves, and turns what the aggregate recorded into domain events.</li>
 * </ul>
 *
 * <p>Reads with their views, filters and pages are {@link io.catalog.domain.application.ProductQueryService}'s;
 * collections are {@link io.catalog.domain.application.CollectionService}'s, the store's settings
 * {@link io.catalog.domain.application.StoreSettingsService}'s.
 *
 * <p>The use cases take what a caller asks in the domain's own terms: values such as
 * {@link io.catalog.domain.product.NewProduct}, {@link io.catalog.domain.product.ProductPatch} (a change of a
 * product's fields, {@code null} meaning "unchanged"), {@link io.catalog.domain.product.VariantUpdate},
 * {@link io.catalog.domain.product.NewMedia} and {@link io.catalog.domain.product.StockUpdate}, or small command
 * records whose constructors check what concerns them together ({@link io.catalog.domain.application.CreateProduct},
 * {@link io.catalog.domain.application.UpdateProduct}, {@link io.catalog.domain.application.StockAdjustment}).
 * Reading a request of one API dialect into these values is the web layer's, and so is naming that dialect's JSON
 * fields in errors: an error here names the domain's field ({@code options[0].choices[1].value}, {@code price},
 * {@code items[2].amount}), which the web layer maps to the path of the request it answers. Results such as
 * {@link io.catalog.domain.application.BulkCreateResult} and {@link io.catalog.domain.application.AdjustedStock} are
 * in domain terms too.
 *
 * <p>The ports this package owns are {@link io.catalog.domain.application.Transactions} and
 * {@link io.catalog.domain.application.DomainEventPublisher}; the repositories are the aggregates' own.
 */
package io.catalog.domain.application;
