package io.catalog.domain.product;

import io.catalog.domain.shared.Require;

/** A variant's barcode (EAN, UPC, ISBN or any other code the merchant scans): trimmed, 1 to 40 characters. */
public record Barcode(String value) {

    public static final int MAX_LENGTH = 40;

    public Barcode {
        value = Require.length("barcode", Require.present("barcode", value).strip(), 1, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
