/**
 * The {@link io.catalog.domain.product.Product} aggregate: a store's product with its options, choices, managed
 * variants, stock and media, and the value objects it is made of.
 *
 * <p><b>Public.</b> {@code Product} is the only entry point and the consistency boundary: every change goes through
 * its named methods, which validate first and change nothing when they fail ({@code apply(ProductPatch)} applies the
 * changes of an update through them, in the order the rules need; a patch refused part-way leaves a product its
 * caller must discard, as the unit of work does). Beside it live its value objects
 * ({@code Sku}, {@code Slug}, {@code Stock}, {@code VariantId}, {@code MediaItem}, ...), the
 * inputs of its methods ({@code NewProduct}, {@code ProductPatch}, {@code OptionSpec}, {@code VariantUpdate}, {@code StockUpdate},
 * {@code NewMedia}, {@code ChoiceMedia}, {@code VariantQuery}), its read view of variants and availability
 * ({@code ProductVariants}, from {@code Product.variants()}: it changes nothing), what its reads answer ({@code Variant},
 * {@code OptionView}, {@code OptionsAvailability}, {@code InventoryChange}), {@code ProductState} for the persistence
 * adapter, and the {@code ProductRepository} port. {@code ProductSummary} is the read model of answers without
 * variants: what they show of a product, with no change method, given by {@code Product.summary()} or read from a
 * stored state without the variants ({@code ProductSummary.readWithoutVariants}).
 *
 * <p><b>Parts.</b> Inside, the product delegates to package-private parts, each with one reason to change; no code
 * outside this package sees them:
 * <ul>
 *   <li>{@code OptionSet}: the options, the choice-key counter and the lookups of choices by name;</li>
 *   <li>{@code VariantTable}: the stored data of managed variants, their changed fields, the 300-variant limit and
 *       the rules of managing them;</li>
 *   <li>{@code VariantListing}: variants as read, each combination with its own values or the product's;</li>
 *   <li>{@code MediaGallery}: the media items and their links to the choices of one option;</li>
 *   <li>{@code StockLedger}: the rules of stock and inventory updates, and the inventory changes since loading;</li>
 *   <li>{@code AvailabilityCalculator}: each choice's availability, option views, {@code inStock} and what a
 *       selection leads to, for reads;</li>
 *   <li>{@code ProductMemento}: the product to {@code ProductState} and back ({@code state()},
 *       {@code reconstitute});</li>
 *   <li>{@link io.catalog.domain.shared.ChangeLog} (shared with {@code Collection}): the changed fields the
 *       application services turn into events.</li>
 * </ul>
 * {@code CombinationSpace} addresses the combinations of up to six options by index without listing them.
 *
 * <p><b>Merchandising.</b> {@code Merchandising} is a public value (the product holds one and replaces it whole
 * through {@code changeMerchandising(MerchandisingChange)}): the handle ({@code Handle}), brand and ribbons
 * ({@code Label}, with ids derived from the store and the name), point-of-sale visibility, tax group, SEO data
 * ({@code SeoData}), extended fields ({@code JsonText}: JSON kept as text, bounded, never read) and tags
 * ({@code ProductTags}). The store's handles are claimed by the creation use case, as slugs are.
 *
 * <p><b>Details.</b> {@code ProductDetails} is a public value the product holds and replaces whole (through
 * {@code changeDetails(ProductDetailsChange)}, which also writes the media list whole, {@code MediaGallery.replacedBy}):
 * its info sections ({@code InfoSection}, rules in {@code InfoSections}) and, per variant managed or not,
 * {@code VariantDetail} (own media, {@code DigitalFile}, preorder). {@code SaleStatus} derives preorder status,
 * preorder availability and purchase eligibility from the variants.
 * <p><b>Modifiers.</b> {@code io.catalog.domain.product.modifier} holds the options that make no variant but travel
 * with the order: {@code Modifiers} (the product holds one and replaces it through
 * {@code replaceModifiers(ModifierChange)}: whole for Catalog V3, the free texts only for v1's
 * {@code customTextFields}), {@code Modifier}, {@code FreeTextSettings}, {@code ModifierChoice} and the write's
 * {@code ModifierSpec}. It depends on nothing of this package.
 * <p><b>Subscriptions.</b> {@code SubscriptionDetails} (in {@code domain.product.subscription}) is a public value the
 * product holds and replaces whole through {@code changeSubscriptions}; the amounts off are checked against the
 * variants' prices by {@code requireSubscriptionDiscountsWithinPrices}, which the write use cases call once a V3 write's
 * changes are made.
 *
 * <p>The product's events are in {@code domain.product.events}; the query model for pages of products is in
 * {@code domain.product.query}.
 */
package io.catalog.domain.product;
