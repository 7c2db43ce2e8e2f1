package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import io.catalog.domain.product.ProductState.MerchantState;
import java.util.Currency;

/**
 * What a product costs the merchant and its barcode, each {@code null} when not set: the values of its variants
 * unless a managed variant has its own ({@link VariantOverrides}). Read by Catalog V3 only (v1 has no such fields).
 */
public record MerchantData(Money cost, Barcode barcode) {

    public static final MerchantData NONE = new MerchantData(null, null);

    static MerchantData of(MerchantState state, Currency currency) {
        return new MerchantData(
                state.cost() == null ? null : new Money(state.cost(), currency),
                state.barcode() == null ? null : new Barcode(state.barcode()));
    }

    MerchantState state() {
        return new MerchantState(cost == null ? null : cost.amount(), barcode == null ? null : barcode.value());
    }

    MerchantData withCost(Money newCost) {
        return new MerchantData(newCost, barcode);
    }

    MerchantData withBarcode(Barcode newBarcode) {
        return new MerchantData(cost, newBarcode);
    }
}
