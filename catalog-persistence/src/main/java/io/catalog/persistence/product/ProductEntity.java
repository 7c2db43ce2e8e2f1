package io.catalog.persistence.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Row of {@code product}. Options and variants live in their own tables and are read with one query each. */
@Entity
@Table(name = "product")
public class ProductEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "store_id", updatable = false)
    String storeId;

    @Column(name = "numeric_id", updatable = false)
    long numericId;

    @Column(name = "slug")
    String slug;

    @Column(name = "name")
    String name;

    @Column(name = "product_type")
    String productType;

    @Column(name = "description")
    String description;

    /** The description's text as a search reads it ({@code Description.searchText()}), written with the row. */
    @Column(name = "description_text")
    String descriptionText;

    @Column(name = "sku")
    String sku;

    @Column(name = "weight")
    BigDecimal weight;

    @Column(name = "visible")
    boolean visible;

    @Column(name = "price")
    BigDecimal price;

    @Column(name = "currency")
    String currency;

    @Column(name = "discount_type")
    String discountType;

    @Column(name = "discount_value")
    BigDecimal discountValue;

    @Column(name = "track_inventory")
    boolean trackInventory;

    @Column(name = "quantity")
    Integer quantity;

    @Column(name = "in_stock")
    boolean inStock;

    @Column(name = "warning_limit")
    Integer warningLimit;

    @Column(name = "cost")
    BigDecimal cost;

    @Column(name = "barcode")
    String barcode;

    @Column(name = "manage_variants")
    boolean manageVariants;

    @Column(name = "inventory_item_id", updatable = false)
    String inventoryItemId;

    @Column(name = "next_choice_key")
    int nextChoiceKey;

    /** How many choices the product has (rows of product_choice); {@code null}: unknown, written before it was kept. */
    @Column(name = "choice_count")
    Integer choiceCount;

    /** How many media items the product has (rows of product_media); {@code null}: unknown. */
    @Column(name = "media_count")
    Integer mediaCount;

    @Column(name = "handle", updatable = false)
    String handle;

    /** The merchandising columns ({@link MerchandisingColumns}). */
    @Column(name = "brand_name")
    String brandName;

    @Column(name = "ribbon_name")
    String ribbonName;

    @Column(name = "additional_ribbons")
    String additionalRibbons;

    @Column(name = "visible_in_pos")
    boolean visibleInPos;

    @Column(name = "tax_group_id")
    String taxGroupId;

    @Column(name = "seo_data")
    String seoData;

    @Column(name = "extended_fields")
    String extendedFields;

    @Column(name = "private_tag_ids")
    String privateTagIds;

    @Column(name = "public_tag_ids")
    String publicTagIds;

    /** The details' columns ({@link ProductDetailsColumns}). */
    @Column(name = "info_sections")
    String infoSections;

    @Column(name = "variant_details")
    String variantDetails;
    /** The modifiers as JSON text ({@link ModifierColumn}); {@code null} when none. */
    @Column(name = "modifiers")
    String modifiers;
    /** The subscriptions as JSON text, {@code null} when none ({@link SubscriptionColumns}). */
    @Column(name = "subscriptions")
    String subscriptions;

    @Column(name = "allow_one_time_purchases")
    boolean allowOneTimePurchases;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_updated")
    OffsetDateTime lastUpdated;

    /** The product's revision; JPA's optimistic lock, so two writers never overwrite each other. */
    @Version
    @Column(name = "revision")
    long revision;

    protected ProductEntity() {}

    /** Whether the product may have choices: it counts some, or its count is not known. */
    boolean mayHaveChoices() {
        return choiceCount == null || choiceCount > 0;
    }

    /** Whether the product may have media: it counts some, or its count is not known. */
    boolean mayHaveMedia() {
        return mediaCount == null || mediaCount > 0;
    }
}
