package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantTableTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final OptionSet OPTIONS =
            OptionSet.built(List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red", "Blue")));

    private static VariantTable managed() {
        return new VariantTable(VariantTable.forCombinations(OPTIONS, Map.of()));
    }

    private static VariantId variant(int index) {
        return OptionSet.idOf(OPTIONS.combinations().at(index));
    }

    private static VariantUpdate priceOf(List<VariantId> ids, String price) {
        return new VariantUpdate(ids, null, new BigDecimal(price), null, null, null, null);
    }

    @Test
    void theLimitIsInvalidWhenSentWithManagementAndAConflictOtherwise() {
        OptionSet tooMany = OptionSet.built(optionSpecs(3, 7));
        OptionSet enough = OptionSet.built(optionSpecs(2, 17));

        VariantTable.requireManageable(enough, true);
        VariantTable.requireManageable(enough, false);
        assertThatThrownBy(() -> VariantTable.requireManageable(tooMany, true))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.TOO_MANY_VARIANTS)
                .hasMessage("options must make at most 300 variants when manageVariants is true (they make 343)");
        assertThatThrownBy(() -> VariantTable.requireManageable(tooMany, false))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.TOO_MANY_VARIANTS)
                .hasMessageContaining("(its options make 343)");
    }

    @Test
    void thereIsOneEntryPerCombinationAndSurvivingOnesKeepTheirData() {
        VariantOverrides hidden = VariantOverrides.DEFAULT.withVisible(false);
        Map<VariantId, VariantOverrides> data = VariantTable.forCombinations(OPTIONS, Map.of(variant(1), hidden));

        assertThat(data).hasSize(4);
        assertThat(data.keySet()).containsExactly(variant(0), variant(1), variant(2), variant(3));
        assertThat(data.get(variant(1))).isEqualTo(hidden);
        assertThat(data.get(variant(0))).isEqualTo(VariantOverrides.DEFAULT);
    }

    @Test
    void aTableAlwaysHasItsData() {
        assertThatThrownBy(() -> new VariantTable(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("data");
        assertThat(new VariantTable(Map.of()).data()).isEmpty();
    }

    @Test
    void updatesApplyInOrderAndRecordTheChangedFieldsOfEachVariant() {
        VariantTable table = managed();

        List<VariantId> changed = table.update(
                List.of(
                        priceOf(List.of(variant(2)), "12"),
                        new VariantUpdate(List.of(), Map.of("Size", "S"), null, new Sku("S-1"), null, false, null)),
                OPTIONS,
                USD);

        assertThat(changed).containsExactly(variant(2), variant(0), variant(1));
        assertThat(table.data().get(variant(2)).price()).isEqualTo(new Money(new BigDecimal("12"), USD));
        assertThat(table.data().get(variant(0)).sku()).isEqualTo(new Sku("S-1"));
        assertThat(table.changedFields()).containsOnlyKeys(variant(2), variant(0), variant(1));
        assertThat(table.changedFields().get(variant(0))).containsExactly("sku", "visible");
        assertThat(table.changedFields().get(variant(2))).containsExactly("price");
    }

    @Test
    void anUpdateChangingNothingRecordsNothingAndAFailedOneChangesNothing() {
        VariantTable table = managed();
        Map<VariantId, VariantOverrides> before = table.data();

        assertThat(table.update(
                        List.of(new VariantUpdate(List.of(variant(0)), null, null, null, null, true, null)),
                        OPTIONS,
                        USD))
                .isEmpty();
        assertInvalid(
                () -> table.update(
                        List.of(priceOf(List.of(variant(0)), "5"), priceOf(List.of(VariantId.DEFAULT), "6")),
                        OPTIONS,
                        USD),
                "variants[1].variantIds[0]",
                ErrorCodes.UNKNOWN_VARIANT);
        assertInvalid(
                () -> table.update(List.of(priceOf(List.of(variant(0)), "-1")), OPTIONS, USD),
                "variants[0].price",
                ErrorCodes.OUT_OF_RANGE);

        assertThat(table.data()).isSameAs(before);
        assertThat(table.changedFields()).isEmpty();
    }

    @Test
    void replacingRecordsTheFieldsThatDifferFromTheDataNow() {
        VariantTable table = managed();
        Map<VariantId, VariantOverrides> before = table.data();
        Map<VariantId, VariantOverrides> newData = new LinkedHashMap<>(before);
        newData.put(
                variant(3), before.get(variant(3)).withStock(Stock.tracked(4)).withWeight(Weight.ZERO));

        assertThat(table.replace(newData)).isTrue();
        assertThat(table.replace(newData)).isFalse();

        assertThat(table.changedFields()).containsOnlyKeys(variant(3));
        assertThat(table.changedFields().get(variant(3))).containsExactly("weight", "stock");
        assertThat(before.get(variant(3))).isEqualTo(VariantOverrides.DEFAULT);
    }

    @Test
    void reshapingFollowsNewOptionsAndKeepsTheChangesOfSurvivingVariants() {
        VariantTable table = managed();
        table.update(List.of(priceOf(List.of(variant(0), variant(3)), "3")), OPTIONS, USD);
        OptionSet fewer = OPTIONS.replacedBy(List.of(dropDown("Size", "S"), dropDown("Color", "Red", "Blue")));

        assertThat(table.reshape(fewer)).isTrue();
        assertThat(table.reshape(fewer)).isFalse();

        assertThat(table.data()).hasSize(2).containsKey(variant(0));
        assertThat(table.changedFields()).containsOnlyKeys(variant(0));
    }

    @Test
    void switchingManagementStartsAfreshAndForgetsTheChanges() {
        VariantTable table = managed();
        table.update(List.of(priceOf(List.of(variant(0)), "3")), OPTIONS, USD);

        table.manage(false, OPTIONS);
        assertThat(table.data()).isEmpty();
        assertThat(table.changedFields()).isEmpty();

        table.manage(true, OPTIONS);
        assertThat(table.data())
                .hasSize(4)
                .allSatisfy((id, data) -> assertThat(data).isEqualTo(VariantOverrides.DEFAULT));
    }

    @Test
    void variantDataChangesOnlyWhileManagedAndOptionsGoOnlyWhileNot() {
        VariantTable.requireManaged(true);
        VariantTable.requireOptionsRemovable(false);

        assertRuleViolation(() -> VariantTable.requireManaged(false), ErrorCodes.VARIANTS_NOT_MANAGED)
                .hasFieldOrPropertyWithValue("field", "manageVariants");
        assertRuleViolation(() -> VariantTable.requireOptionsRemovable(true), ErrorCodes.VARIANTS_MANAGED)
                .hasFieldOrPropertyWithValue("field", "options");
    }

    @Test
    void resettingGivesEveryVariantTheProductsValuesAndRecordsWhatDiffered() {
        VariantTable table = managed();
        table.update(List.of(priceOf(List.of(variant(1)), "3")), OPTIONS, USD);
        Sku sku = new Sku("P-1");

        assertThat(table.resetTo(sku)).isTrue();
        assertThat(table.resetTo(sku)).isFalse();

        assertThat(table.data())
                .hasSize(4)
                .allSatisfy((id, data) -> assertThat(data).isEqualTo(VariantOverrides.resetTo(sku)));
        assertThat(table.changedFields().get(variant(1))).containsExactly("price", "sku");
        assertThat(table.changedFields().get(variant(0))).containsExactly("sku");
    }
}
