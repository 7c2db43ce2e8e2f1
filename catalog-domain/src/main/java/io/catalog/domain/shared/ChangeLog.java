package io.catalog.domain.shared;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an aggregate changed since it was created or loaded: the API names of its changed fields, in the order they
 * first changed, and when it last changed. The application services turn it into the aggregate's change events.
 */
public final class ChangeLog {

    private final Set<String> fields = new LinkedHashSet<>();
    private Instant lastUpdated;

    /** A log with nothing recorded, of an aggregate last updated at {@code lastUpdated}. */
    public ChangeLog(Instant lastUpdated) {
        this.lastUpdated = Objects.requireNonNull(lastUpdated, "lastUpdated");
    }

    /** Records that {@code field} changed at {@code now}, which becomes the last update. */
    public void record(String field, Instant now) {
        fields.add(Objects.requireNonNull(field, "field"));
        lastUpdated = now;
    }

    /** The changed fields' API names, in the order they first changed; a copy. */
    public Set<String> fields() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(fields));
    }

    public boolean contains(String field) {
        return fields.contains(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Instant lastUpdated() {
        return lastUpdated;
    }
}
