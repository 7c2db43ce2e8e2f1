package io.catalog.domain.product;

import io.catalog.domain.shared.Require;

/** Stock keeping unit: trimmed, up to 40 characters. The empty SKU ({@link #NONE}) means "no SKU". */
public record Sku(String value) {

    public static final int MAX_LENGTH = 40;
    public static final Sku NONE = new Sku("");

    public Sku {
        value = Require.length("sku", Require.present("sku", value).strip(), 0, MAX_LENGTH);
    }

    public boolean isNone() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
