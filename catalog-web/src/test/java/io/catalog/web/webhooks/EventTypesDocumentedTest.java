package io.catalog.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.EventTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The event types documented are the mappers' event types: the README's event table and the {@code eventTypes} rule of
 * docs/events.md name each exactly once and no other, and so does the OpenAPI document's description of {@code eventTypes}.
 */
class EventTypesDocumentedTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([\\w.]+)` \\|");

    @Test
    void thereAreEventTypes() {
        assertThat(EventTypes.fromMappers())
                .contains(
                        "ProductCreated",
                        "CollectionDeleted",
                        "InventoryLowStock",
                        "wix.stores.catalog.v3.product_created",
                        "wix.stores.catalog.v3.product_updated",
                        "wix.stores.catalog.v3.product_deleted");
    }

    @Test
    void theReadmesEventTableHasOneRowPerEventType() throws IOException {
        List<String> lines = readme();
        int header = lines.indexOf("| Event type | Payload (`data`), the shapes of seed 002 |");
        assertThat(header).as("the README's event table").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            Matcher row = TABLE_ROW.matcher(line);
            if (!row.find()) {
                break;
            }
            rows.add(row.group(1));
        }
        assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(EventTypes.fromMappers());
    }

    @Test
    void theSubscriptionRulesEventTypesNameEveryType() throws IOException {
        String text = String.join(" ", document("docs/events.md")).replaceAll("\\s+", " ");
        Matcher list = Pattern.compile("- `eventTypes`: any of (.*?); empty or absent means all")
                .matcher(text);
        assertThat(list.find())
                .as("the eventTypes item of docs/events.md, Subscriptions")
                .isTrue();
        List<String> named = Arrays.stream(list.group(1).split(","))
                .map(name -> name.trim().replace("`", ""))
                .toList();
        assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(EventTypes.fromMappers());
    }

    @Test
    void theDocumentsDescriptionNamesEveryType() {
        String description = SubscriptionDto.EVENT_TYPES_DESCRIPTION;

        assertThat(description).isEqualTo(EventTypes.openApiDescription());
        assertThat(description).startsWith("Event types delivered: ").endsWith(EventTypes.NOT_NAMED);
        assertThat(description
                        .substring("Event types delivered: ".length(), description.indexOf(';'))
                        .split(", "))
                .containsExactlyElementsOf(EventTypes.fromMappers());
    }

    private static List<String> readme() throws IOException {
        return document("README.md");
    }

    private static List<String> document(String path) throws IOException {
        return Files.readAllLines(
                Path.of(System.getProperty("basedir", ".")).resolve("..").resolve(path));
    }
}
