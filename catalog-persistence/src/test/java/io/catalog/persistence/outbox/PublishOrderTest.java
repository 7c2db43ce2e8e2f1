package io.catalog.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishOrderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:15:30Z");

    @Test
    void publishesEachAggregateInSequenceOrderWhateverTheClaimOrder() {
        List<OutboxEvent> claimed = List.of(event("a", 2), event("b", 1), event("a", 1), event("a", 3));

        List<OutboxEvent> publishable = PublishOrder.publishable(claimed, firsts -> Set.of());

        assertThat(publishable).extracting(e -> e.aggregateId() + e.sequence()).containsExactly("a1", "a2", "a3", "b1");
    }

    @Test
    void leavesAnAggregateWhoseEarlierEventIsStillPending() {
        List<OutboxEvent> claimed = List.of(event("a", 4), event("a", 5), event("b", 7));

        List<OutboxEvent> publishable = PublishOrder.publishable(claimed, firsts -> Set.of("product/a"));

        assertThat(publishable).extracting(e -> e.aggregateId() + e.sequence()).containsExactly("b7");
    }

    @Test
    void stopsAtAGapInTheBatch() {
        List<OutboxEvent> claimed = List.of(event("a", 1), event("a", 2), event("a", 4), event("a", 5));

        List<OutboxEvent> publishable = PublishOrder.publishable(claimed, firsts -> Set.of());

        assertThat(publishable).extracting(OutboxEvent::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aggregatesOfDifferentTypesWithTheSameIdAreSeparate() {
        List<OutboxEvent> claimed = List.of(event("product", "x", 3), event("collection", "x", 1));

        List<OutboxEvent> publishable = PublishOrder.publishable(claimed, firsts -> Set.of("product/x"));

        assertThat(publishable).extracting(OutboxEvent::aggregateType).containsExactly("collection");
    }

    @Test
    void asksOnceForTheBatchAndNeverAboutAnAggregatesFirstEvent() {
        List<OutboxEvent> claimed = List.of(event("a", 1), event("b", 4), event("a", 2), event("c", 9), event("b", 5));
        List<List<String>> asked = new java.util.ArrayList<>();

        List<OutboxEvent> publishable = PublishOrder.publishable(claimed, firsts -> {
            asked.add(firsts.stream().map(e -> e.aggregateId() + e.sequence()).toList());
            return Set.of("product/c");
        });

        assertThat(asked).containsExactly(List.of("b4", "c9"));
        assertThat(publishable).extracting(e -> e.aggregateId() + e.sequence()).containsExactly("a1", "a2", "b4", "b5");
    }

    @Test
    void aBatchOfFirstEventsAsksNothing() {
        List<OutboxEvent> claimed = List.of(event("a", 1), event("b", 1));

        List<OutboxEvent> publishable = PublishOrder.publishable(claimed, firsts -> {
            throw new AssertionError("asked about " + firsts);
        });

        assertThat(publishable).hasSize(2);
    }

    private static OutboxEvent event(String aggregateId, long sequence) {
        return event("product", aggregateId, sequence);
    }

    private static OutboxEvent event(String aggregateType, String aggregateId, long sequence) {
        return new OutboxEvent(
                aggregateId + "-" + sequence,
                "store",
                "ProductChanged",
                aggregateType,
                aggregateId,
                sequence,
                "{}",
                NOW,
                0);
    }
}
