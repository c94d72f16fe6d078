package io.redress.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetCatalogueTest {

    @Test
    void eachAssetHasItsDecimals() {
        AssetCatalogue assets = AssetCatalogue.parse(AssetCatalogue.DEFAULT);
        assertEquals(Optional.of(8), assets.scaleOf("BTC"));
        assertEquals(Optional.of(18), assets.scaleOf("ETH"));
        assertEquals(Optional.of(6), assets.scaleOf("USDT"));
        assertEquals(Optional.of(2), assets.scaleOf("USD"));
        assertEquals(Optional.empty(), assets.scaleOf("btc"));
        assertEquals(Optional.empty(), assets.scaleOf(null));
    }

    @Test
    void aBadCatalogueOrRateTableStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> AssetCatalogue.parse("BTC=19"));
        assertThrows(IllegalArgumentException.class, () -> AssetCatalogue.parse("BTC"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceRates.parse("BTC=0"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceRates.parse("BTC=-3"));
    }

    @Test
    void referenceRatesAreExact() {
        ReferenceRates rates = ReferenceRates.parse("BTC=60000,EUR=1.08");
        assertEquals(new BigDecimal("1.08"), rates.rateOf("EUR").orElseThrow());
        assertEquals(Optional.empty(), rates.rateOf("ETH"));
    }
}
