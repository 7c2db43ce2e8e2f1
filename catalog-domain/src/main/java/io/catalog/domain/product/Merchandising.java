package io.catalog.domain.product;

import io.catalog.domain.product.MerchandisingChange.LabelRef;
import io.catalog.domain.product.MerchandisingChange.Replace;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a product is merchandised, beside what it sells: its handle, brand and ribbons, whether point of sale offers it,
 * its tax group, its SEO data, the extended fields integrators keep on it, and its tags. One value, replaced whole by
 * {@link #with}; {@link Product} holds it and records the fields that changed.
 *
 * <p>Rules: the handle never changes after creation ({@code NOT_ALLOWED}); at most {@value #MAX_ADDITIONAL_RIBBONS}
 * additional ribbons ({@code TOO_MANY_RIBBONS}), no ribbon twice and the main ribbon not among them
 * ({@code DUPLICATE_RIBBON}, names compared by {@link Label#key()}); a digital product is never visible in point of
 * sale; the tax group is a GUID; extended fields are an object of at most {@value #MAX_NAMESPACES} namespaces, at most
 * {@value #MAX_EXTENDED_FIELDS_CHARS} characters as compact JSON, nested at most {@value #MAX_EXTENDED_FIELDS_DEPTH}
 * deep.
 *
 * @param brand          {@code null} when none
 * @param ribbon         the main ribbon, {@code null} when none
 * @param taxGroupId     a lower-case GUID, {@code null} when none
 * @param seoData        {@code null} when none was set
 * @param extendedFields the namespaces object, {@code null} when none was set
 */
public record Merchandising(
        Handle handle,
        Label brand,
        Label ribbon,
        List<Label> additionalRibbons,
        boolean visibleInPos,
        String taxGroupId,
        SeoData seoData,
        JsonText extendedFields,
        ProductTags tags) {

    public static final int MAX_ADDITIONAL_RIBBONS = 4;
    public static final int MAX_NAMESPACES = 10;
    public static final int MAX_EXTENDED_FIELDS_CHARS = 16 * 1024;
    public static final int MAX_EXTENDED_FIELDS_DEPTH = 10;

    public Merchandising {
        Objects.requireNonNull(handle, "handle");
        additionalRibbons = additionalRibbons == null ? List.of() : List.copyOf(additionalRibbons);
        tags = tags == null ? ProductTags.NONE : tags;
        if (taxGroupId != null) {
            taxGroupId = ProductTags.Guid.parse("taxGroupId", taxGroupId);
        }
        if (extendedFields != null) {
            extendedFields.bounded(
                    "extendedFields.namespaces", MAX_EXTENDED_FIELDS_CHARS, MAX_EXTENDED_FIELDS_DEPTH, MAX_NAMESPACES);
        }
        if (additionalRibbons.size() > MAX_ADDITIONAL_RIBBONS) {
            throw new ValidationException(
                    "additionalRibbons",
                    ErrorCodes.TOO_MANY_RIBBONS,
                    "must hold at most " + MAX_ADDITIONAL_RIBBONS + " ribbons (was " + additionalRibbons.size() + ")");
        }
        Set<String> seen = new HashSet<>();
        if (ribbon != null) {
            seen.add(ribbon.key());
        }
        for (int i = 0; i < additionalRibbons.size(); i++) {
            if (!seen.add(additionalRibbons.get(i).key())) {
                throw new ValidationException(
                        "additionalRibbons[" + i + "].name",
                        ErrorCodes.DUPLICATE_RIBBON,
                        "names a ribbon the product already has (as main or additional ribbon)");
            }
        }
    }

    /** A new product's merchandising: its handle and nothing else set, visible in point of sale. */
    public static Merchandising initial(Handle handle) {
        return new Merchandising(handle, null, null, List.of(), true, null, null, null, ProductTags.NONE);
    }

    /** This merchandising as a product of {@code type} has it: a digital product is not visible in point of sale. */
    public Merchandising forType(ProductType type) {
        if (type != ProductType.DIGITAL || !visibleInPos) {
            return this;
        }
        return new Merchandising(
                handle, brand, ribbon, additionalRibbons, false, taxGroupId, seoData, extendedFields, tags);
    }

    /**
     * This merchandising with {@code change} applied, for a product of {@code store} and {@code type}; brand and ribbon
     * names are resolved with their ids checked ({@link Label#requested}).
     */
    public Merchandising with(MerchandisingChange change, StoreId store, ProductType type) {
        if (change.handle() != null && !change.handle().equals(handle)) {
            throw new ValidationException(
                    "handle", ErrorCodes.NOT_ALLOWED, "cannot be changed after the product is created");
        }
        Label nextBrand = replaced(change.brand(), brand, ref -> label(Label.Kind.BRAND, store, ref, "brand"));
        Label nextRibbon = replaced(change.ribbon(), ribbon, ref -> label(Label.Kind.RIBBON, store, ref, "ribbon"));
        List<Label> nextAdditional = additionalRibbons;
        if (change.additionalRibbons() != null) {
            nextAdditional = new ArrayList<>();
            for (int i = 0; i < change.additionalRibbons().size(); i++) {
                LabelRef ref = change.additionalRibbons().get(i);
                nextAdditional.add(label(Label.Kind.RIBBON, store, ref, "additionalRibbons[" + i + "]"));
            }
        }
        return new Merchandising(
                        handle,
                        nextBrand,
                        nextRibbon,
                        nextAdditional,
                        change.visibleInPos() == null ? visibleInPos : change.visibleInPos(),
                        replaced(change.taxGroupId(), taxGroupId, id -> id),
                        replaced(change.seoData(), seoData, seo -> seo),
                        replaced(change.extendedFields(), extendedFields, fields -> fields),
                        change.tags() == null ? tags : change.tags())
                .forType(type);
    }

    /** The main ribbon, if any, then the additional ones. */
    public List<Label> ribbons() {
        List<Label> all = new ArrayList<>(additionalRibbons.size() + 1);
        if (ribbon != null) {
            all.add(ribbon);
        }
        all.addAll(additionalRibbons);
        return all;
    }

    /** The API names of the fields that differ from {@code before}, in the order of the V3 product. */
    public Set<String> changedFrom(Merchandising before) {
        Set<String> changed = new LinkedHashSet<>();
        diff(changed, "handle", handle, before.handle);
        diff(changed, "brand", brand, before.brand);
        diff(changed, "ribbon", ribbon, before.ribbon);
        diff(changed, "additionalRibbons", additionalRibbons, before.additionalRibbons);
        diff(changed, "visibleInPos", visibleInPos, before.visibleInPos);
        diff(changed, "taxGroupId", taxGroupId, before.taxGroupId);
        diff(changed, "seoData", seoData, before.seoData);
        diff(changed, "extendedFields", extendedFields, before.extendedFields);
        diff(changed, "tags", tags, before.tags);
        return changed;
    }

    private static void diff(Set<String> changed, String field, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(field);
        }
    }

    private static Label label(Label.Kind kind, StoreId store, LabelRef ref, String field) {
        return Label.requested(kind, store, ref.name(), ref.id(), field);
    }

    private static <S, T> T replaced(Replace<S> change, T current, java.util.function.Function<S, T> convert) {
        if (change == null) {
            return current;
        }
        return change.value() == null ? null : convert.apply(change.value());
    }
}
