package io.catalog.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.Description;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tree rules of categories: depth, no cycles, moves with the subtree; and the category image. */
class CategoryTreeTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static Collection category(String name, Ancestry ancestry) {
        return Collection.create(
                CollectionId.random(),
                STORE,
                new CollectionName(name),
                Slug.parse(name.toLowerCase()),
                Description.EMPTY,
                true,
                ancestry,
                Optional.empty(),
                T0);
    }

    /** The ancestry of a category at {@code depth} (1 = top level) along a fresh chain. */
    private static Ancestry atDepth(int depth) {
        List<CollectionId> ids = new ArrayList<>();
        for (int i = 1; i < depth; i++) {
            ids.add(CollectionId.random());
        }
        return new Ancestry(ids);
    }

    @Test
    void aTopLevelCategoryHasNoParentAndSitsAtLevelOne() {
        Collection clothing = category("Clothing", Ancestry.TOP_LEVEL);

        assertThat(clothing.parent()).isEmpty();
        assertThat(clothing.ancestry().depth()).isEqualTo(1);
    }

    @Test
    void aChildKnowsItsParentAndAncestors() {
        Collection clothing = category("Clothing", Ancestry.TOP_LEVEL);
        Collection shirts = category("Shirts", Ancestry.under(clothing.id(), clothing.ancestry()));
        Collection tees = category("Tees", Ancestry.under(shirts.id(), shirts.ancestry()));

        assertThat(tees.parent()).contains(shirts.id());
        assertThat(tees.ancestry().ids()).containsExactly(clothing.id(), shirts.id());
        assertThat(tees.ancestry().depth()).isEqualTo(3);
    }

    @Test
    void categoriesNestAtMostFiveLevels() {
        Ancestry fifth = atDepth(5);
        assertThat(fifth.depth()).isEqualTo(Ancestry.MAX_DEPTH);

        assertThatThrownBy(() -> Ancestry.under(CollectionId.random(), fifth))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.CATEGORY_TOO_DEEP)
                .hasFieldOrPropertyWithValue("field", "parentCategory.id")
                .hasMessageContaining("at most 5 levels");
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        Collection clothing = category("Clothing", Ancestry.TOP_LEVEL);
        Ancestry underItself = Ancestry.under(clothing.id(), clothing.ancestry());
        Collection shirts = category("Shirts", underItself);
        Ancestry underItsChild = Ancestry.under(shirts.id(), shirts.ancestry());

        assertThatThrownBy(() -> clothing.moveTo(underItsChild, 2, T0.plusSeconds(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.CATEGORY_CYCLE);
        assertThatThrownBy(() -> clothing.moveTo(underItself, 2, T0.plusSeconds(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.CATEGORY_CYCLE);
        assertThat(clothing.hasChanges()).isFalse();
    }

    @Test
    void aMoveCountsTheLevelsOfTheSubtreeItTakesAlong() {
        Collection shoes = category("Shoes", Ancestry.TOP_LEVEL);

        // three levels of subcategories under shoes: it fits at level 2 (2 + 3 = 5), not at level 3
        shoes.moveTo(atDepth(2), 4, T0.plusSeconds(1));
        assertThat(shoes.ancestry().depth()).isEqualTo(2);
        assertThat(shoes.changedFields()).containsExactly("parentCategory");

        assertThatThrownBy(() -> shoes.moveTo(atDepth(3), 4, T0.plusSeconds(2)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.CATEGORY_TOO_DEEP)
                .hasMessageContaining("this would make 6");
        assertThat(shoes.ancestry().depth()).isEqualTo(2);
    }

    @Test
    void theAllProductsCollectionCannotMove() {
        Collection all = Collection.allProducts(STORE, T0);

        assertThatThrownBy(() -> all.moveTo(atDepth(2), 1, T0))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.COLLECTION_NOT_EDITABLE);
    }

    @Test
    void anImageIsAnHttpUrl() {
        Collection clothing = category("Clothing", Ancestry.TOP_LEVEL);
        clothing.changeImage(Optional.of(new CategoryImage(" https://img.example.com/a.jpg ")), T0.plusSeconds(1));

        assertThat(clothing.image()).contains(new CategoryImage("https://img.example.com/a.jpg"));
        assertThat(clothing.changedFields()).containsExactly("image");
        for (String bad : List.of("ftp://x.example/a.jpg", "/relative.jpg", "javascript:alert(1)", "http://", "")) {
            assertThatThrownBy(() -> new CategoryImage(bad))
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .hasFieldOrPropertyWithValue("field", "image");
        }
        assertThatThrownBy(() -> new CategoryImage("https://x.example/" + "a".repeat(CategoryImage.MAX_LENGTH)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.TOO_LONG);
    }
}
