package io.catalog.persistence.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.OptionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildRowsTest {

    /** What the state wants: a key and a column. */
    private record Wanted(String key, String value) {}

    /** A row as the persistence context holds it: changed in place. */
    private static final class Row {
        final String productId;
        final String key;
        String value;

        Row(String productId, String key, String value) {
            this.productId = productId;
            this.key = key;
            this.value = value;
        }
    }

    private static final ChildRows<Wanted, String, Row> ROWS = new ChildRows<>(
            Wanted::key,
            row -> row.key,
            (productId, wanted) -> new Row(productId, wanted.key(), wanted.value()),
            (wanted, row) -> row.value = wanted.value());

    private final List<Row> inserted = new ArrayList<>();
    private final List<Row> deleted = new ArrayList<>();

    @Test
    void rowsOfKeptKeysAreUpdatedInPlaceNewKeysInsertedAndTheRestDeleted() {
        Row kept = new Row("p", "a", "old");
        Row unchanged = new Row("p", "b", "same");
        Row gone = new Row("p", "c", "x");
        Row goneToo = new Row("p", "d", "y");

        ROWS.sync(
                "p",
                List.of(
                        new Wanted("e", "new"),
                        new Wanted("b", "same"),
                        new Wanted("a", "changed"),
                        new Wanted("f", "newer")),
                List.of(kept, unchanged, gone, goneToo),
                inserted::add,
                deleted::add);

        assertThat(kept.value).isEqualTo("changed");
        assertThat(unchanged.value).isEqualTo("same");
        assertThat(inserted)
                .extracting(row -> row.productId + "/" + row.key + "=" + row.value)
                .containsExactly("p/e=new", "p/f=newer");
        assertThat(deleted).containsExactlyInAnyOrder(gone, goneToo);
    }

    @Test
    void theSameItemsWriteNothing() {
        Row a = new Row("p", "a", "1");
        Row b = new Row("p", "b", "2");

        ROWS.sync("p", List.of(new Wanted("b", "2"), new Wanted("a", "1")), List.of(a, b), inserted::add, deleted::add);

        assertThat(inserted).isEmpty();
        assertThat(deleted).isEmpty();
        assertThat(List.of(a.value, b.value)).containsExactly("1", "2");
    }

    @Test
    void noRowsYetInsertsEveryItemAndNoItemsDeletesEveryRow() {
        ROWS.sync("p", List.of(new Wanted("a", "1"), new Wanted("b", "2")), List.of(), inserted::add, deleted::add);
        assertThat(inserted).extracting(row -> row.key).containsExactly("a", "b");
        assertThat(deleted).isEmpty();

        inserted.clear();
        ROWS.sync("p", List.of(), List.of(new Row("p", "a", "1"), new Row("p", "b", "2")), inserted::add, deleted::add);
        assertThat(inserted).isEmpty();
        assertThat(deleted).extracting(row -> row.key).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void choicesAreMatchedByKeyWhereverTheyMoved() {
        OptionState size = new OptionState(
                "Size",
                OptionType.DROP_DOWN,
                List.of(new ChoiceState(7, "S", "", true, true), new ChoiceState(3, "M", "", false, true)));
        OptionState color =
                new OptionState("Color", OptionType.COLOR, List.of(new ChoiceState(5, "Red", "#f00", true, false)));
        List<ProductRows.ChoiceAt> choices = ProductRows.choicesAt(List.of(color, size));
        ChoiceEntity stored = ProductRows.choice("p", new ProductRows.ChoiceAt(size, 0, 1));
        ChoiceEntity removed = ProductRows.choice("p", new ProductRows.ChoiceAt(size, 0, 0));
        removed.choiceKey = 9;
        List<ChoiceEntity> insertedChoices = new ArrayList<>();
        List<ChoiceEntity> deletedChoices = new ArrayList<>();

        new ChildRows<ProductRows.ChoiceAt, Integer, ChoiceEntity>(
                        ProductRows.ChoiceAt::key, row -> row.choiceKey, ProductRows::choice, ProductRows::copy)
                .sync("p", choices, List.of(stored, removed), insertedChoices::add, deletedChoices::add);

        assertThat(choices).extracting(ProductRows.ChoiceAt::key).containsExactly(5, 7, 3);
        // The stored row of key 3 now says where the choice stands: second of the second option.
        assertThat(List.<Object>of(
                        stored.optionName, stored.optionPosition, stored.choicePosition, stored.value, stored.inStock))
                .containsExactly("Size", 1, 1, "M", false);
        assertThat(insertedChoices)
                .extracting(row -> row.productId + "/" + row.choiceKey + " " + row.optionName + "[" + row.optionPosition
                        + "," + row.choicePosition + "]=" + row.value)
                .containsExactly("p/5 Color[0,0]=Red", "p/7 Size[1,0]=S");
        assertThat(deletedChoices).containsExactly(removed);
    }
}
