package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a product shows and sells beside its own fields, kept once for every dialect: its info sections in order
 * ({@link InfoSection}, rules in {@link InfoSections}), and per variant, managed or not, its {@link VariantDetail}
 * (its own media, digital file, preorder). One value, replaced whole; {@link Product} holds it.
 *
 * <p>Rules: at most {@value #MAX_VARIANT_DETAILS} variants with details; digital files on digital products only
 * ({@link #forType}: a product that becomes physical loses them). A variant's media is one of the product's media
 * items, and its details belong to a combination of the product's options: details of variants or media the product
 * no longer has are dropped when stored ({@link #keptFor}) and never answered.
 *
 * @param variants the variants with details, none empty
 */
public record ProductDetails(List<InfoSection> infoSections, Map<VariantId, VariantDetail> variants) {

    public static final int MAX_VARIANT_DETAILS = Product.MAX_MANAGED_VARIANTS;

    public static final ProductDetails NONE = new ProductDetails(List.of(), Map.of());

    public ProductDetails {
        infoSections = InfoSections.checked(infoSections == null ? List.of() : infoSections);
        Map<VariantId, VariantDetail> kept = new LinkedHashMap<>();
        (variants == null ? Map.<VariantId, VariantDetail>of() : variants).forEach((id, detail) -> {
            if (!detail.isEmpty()) {
                kept.put(Objects.requireNonNull(id, "variantId"), detail);
            }
        });
        if (kept.size() > MAX_VARIANT_DETAILS) {
            throw new ValidationException(
                    "variants",
                    ErrorCodes.TOO_MANY_VARIANTS,
                    "must hold at most " + MAX_VARIANT_DETAILS + " variants with media, files or preorder");
        }
        variants = java.util.Collections.unmodifiableMap(kept);
    }

    /** The details of the variant {@code id}, {@link VariantDetail#NONE} when it has none. */
    public VariantDetail of(VariantId id) {
        return variants.getOrDefault(id, VariantDetail.NONE);
    }

    /** Whether the variant {@code id} may be preordered. */
    public boolean preorderEnabled(VariantId id) {
        return of(id).preorderEnabled();
    }

    /** The digital file of the variant {@code id} of {@code product}, when it is digital and the variant has one. */
    public Optional<DigitalFile> digitalFileOf(VariantId id, ProductType type) {
        return type == ProductType.DIGITAL ? Optional.ofNullable(of(id).digitalFile()) : Optional.empty();
    }

    /**
     * The media {@code variant} of {@code product} shows: its own, else the first of the product's items linked to one
     * of its choices (v1's media of choices), else none.
     */
    public Optional<MediaItem> mediaOf(Variant variant, Product product) {
        MediaGallery gallery = product.gallery();
        String own = of(variant.id()).mediaId();
        if (own != null) {
            Optional<MediaItem> item =
                    gallery.items().stream().filter(i -> i.id().equals(own)).findFirst();
            if (item.isPresent()) {
                return item;
            }
        }
        return gallery.mediaOfAny(Set.copyOf(variant.id().choiceKeys())).stream()
                .findFirst();
    }

    /** Whether {@code variants} (a product's, visible or not) can be bought and preordered; see {@link SaleStatus}. */
    public SaleStatus saleStatus(List<Variant> variantList, boolean productVisible) {
        return SaleStatus.of(variantList, this, productVisible);
    }

    /** These details as a product of {@code type} has them: only a digital product has digital files. */
    ProductDetails forType(ProductType type) {
        if (type == ProductType.DIGITAL || variants.values().stream().allMatch(d -> d.digitalFile() == null)) {
            return this;
        }
        Map<VariantId, VariantDetail> next = new LinkedHashMap<>();
        variants.forEach((id, d) -> next.put(id, new VariantDetail(d.mediaId(), null, d.preorderEnabled())));
        return new ProductDetails(infoSections, next);
    }

    /** These details without those of variants that are no combination of {@code options}, or media not in {@code gallery}. */
    ProductDetails keptFor(OptionSet options, MediaGallery gallery) {
        Map<VariantId, VariantDetail> next = new LinkedHashMap<>();
        variants.forEach((id, d) -> {
            if (options.combinationOf(id).isPresent()) {
                String mediaId = d.mediaId() != null && gallery.has(d.mediaId()) ? d.mediaId() : null;
                next.put(id, new VariantDetail(mediaId, d.digitalFile(), d.preorderEnabled()));
            }
        });
        return next.equals(variants) ? this : new ProductDetails(infoSections, next);
    }

    /** The API names of what differs from {@code before}: {@code infoSections}, {@code variantsInfo}. */
    Set<String> changedFrom(ProductDetails before) {
        Set<String> changed = new LinkedHashSet<>();
        if (!infoSections.equals(before.infoSections)) {
            changed.add("infoSections");
        }
        if (!variants.equals(before.variants)) {
            changed.add("variantsInfo");
        }
        return changed;
    }

    /**
     * Applies {@code change} to {@code product}, all or nothing as far as the product's details go: first the media
     * list (the gallery replaced, {@link MediaGallery#replacedBy}), then the info sections
     * ({@link InfoSections#written}), then the variants' details, each variant named by its choices as
     * {@link VariantWrite}s are ({@code variants[i].choices}). A variant's media must be one of the product's items
     * (by {@code id} or {@code url}; {@code UNKNOWN_MEDIA} on {@code variants[i].media}); a digital file needs a
     * digital product ({@code NOT_ALLOWED} on {@code variants[i].digitalProperties}). The caller discards a product
     * whose change fails.
     */
    static void apply(Product product, ProductDetailsChange change, Instant now) {
        Objects.requireNonNull(change, "change");
        if (change.media() != null) {
            product.takeMedia(product.gallery().replacedBy(change.media()), now);
        }
        ProductDetails current = product.details();
        List<InfoSection> sections = change.infoSections() == null
                ? current.infoSections
                : InfoSections.written(change.infoSections(), current.infoSections, product.storeId());
        Map<VariantId, VariantDetail> variants = new LinkedHashMap<>(current.variants);
        List<VariantDetailWrite> writes = change.variants() == null ? List.of() : change.variants();
        for (int i = 0; i < writes.size(); i++) {
            VariantDetailWrite write = writes.get(i);
            if (!write.sent()) {
                continue;
            }
            String path = "variants[" + i + "]";
            VariantId id = variantOf(product, write, path);
            variants.put(id, detailOf(product, current.of(id), write, path));
        }
        product.takeDetails(new ProductDetails(sections, variants), now);
    }

    private static VariantId variantOf(Product product, VariantDetailWrite write, String path) {
        List<Variant> matching;
        try {
            matching = write.choices().size() == product.options().size()
                    ? product.variants().matching(write.choices(), 0, 2)
                    : List.of();
        } catch (ValidationException e) {
            throw e.relocatedTo(path + ".choices");
        }
        if (matching.size() != 1) {
            throw new ValidationException(
                    path + ".choices",
                    ErrorCodes.NOT_ALLOWED,
                    "must name one choice of each of the " + product.options().size() + " options");
        }
        return matching.get(0).id();
    }

    private static VariantDetail detailOf(
            Product product, VariantDetail before, VariantDetailWrite write, String path) {
        String mediaId = before.mediaId();
        if (write.media() != null) {
            mediaId = mediaIdOf(product, write.media(), path + ".media");
        }
        DigitalFile file = before.digitalFile();
        if (write.removeFile()) {
            file = null;
        } else if (write.digitalFile() != null) {
            if (product.productType() != ProductType.DIGITAL) {
                throw new ValidationException(
                        path + ".digitalProperties",
                        ErrorCodes.NOT_ALLOWED,
                        "is for DIGITAL products only (the product is " + product.productType() + ")");
            }
            file = write.digitalFile();
        }
        return new VariantDetail(
                mediaId, file, write.preorderEnabled() == null ? before.preorderEnabled() : write.preorderEnabled());
    }

    private static String mediaIdOf(Product product, VariantDetailWrite.MediaRef ref, String path) {
        if (ref.id() == null && ref.url() == null) {
            return null;
        }
        return product.gallery().items().stream()
                .filter(item -> ref.id() != null
                        ? item.id().equals(ref.id().strip())
                        : item.url().equals(ref.url().strip()))
                .findFirst()
                .map(MediaItem::id)
                .orElseThrow(() -> new ValidationException(
                        path,
                        ErrorCodes.UNKNOWN_MEDIA,
                        "must be one of the product's media items (media.itemsInfo.items), by id or url"));
    }
}
