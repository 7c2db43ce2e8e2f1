package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.events.webhook.SpecialAddresses.AddressClass;
import io.catalog.events.webhook.SpecialAddresses.Block;
import io.catalog.events.webhook.SpecialAddresses.Reach;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every entry of the IANA special-purpose registries (and the multicast, broadcast and unassigned blocks) is
 * classified by an address inside it, at its edges where a neighbour differs; IPv6 addresses carrying an IPv4 one
 * take the narrower reach.
 */
class SpecialAddressesTest {

    /** address, expected reach, the block that decides (its prefix; two for an embedded IPv4 address). */
    private static final String[][] TABLE = {
        // IPv4
        {"8.8.8.8", "GLOBAL", "0.0.0.0/0"},
        {"0.1.2.3", "NONE", "0.0.0.0/8"},
        {"0.0.0.0", "NONE", "0.0.0.0/32"},
        {"1.0.0.0", "GLOBAL", "0.0.0.0/0"},
        {"10.0.0.0", "LOCAL", "10.0.0.0/8"},
        {"10.255.255.255", "LOCAL", "10.0.0.0/8"},
        {"100.63.255.255", "GLOBAL", "0.0.0.0/0"},
        {"100.64.0.1", "LOCAL", "100.64.0.0/10"},
        {"100.127.255.255", "LOCAL", "100.64.0.0/10"},
        {"100.128.0.0", "GLOBAL", "0.0.0.0/0"},
        {"127.0.0.1", "LOCAL", "127.0.0.0/8"},
        {"127.255.255.254", "LOCAL", "127.0.0.0/8"},
        {"169.254.169.254", "LOCAL", "169.254.0.0/16"},
        {"172.15.255.255", "GLOBAL", "0.0.0.0/0"},
        {"172.16.0.1", "LOCAL", "172.16.0.0/12"},
        {"172.31.255.255", "LOCAL", "172.16.0.0/12"},
        {"172.32.0.0", "GLOBAL", "0.0.0.0/0"},
        {"192.0.0.100", "LOCAL", "192.0.0.0/24"},
        {"192.0.0.7", "LOCAL", "192.0.0.0/29"},
        {"192.0.0.8", "LOCAL", "192.0.0.8/32"},
        {"192.0.0.9", "GLOBAL", "192.0.0.9/32"},
        {"192.0.0.10", "GLOBAL", "192.0.0.10/32"},
        {"192.0.0.170", "LOCAL", "192.0.0.170/32"},
        {"192.0.0.171", "LOCAL", "192.0.0.171/32"},
        {"192.0.2.1", "LOCAL", "192.0.2.0/24"},
        {"192.31.196.1", "GLOBAL", "192.31.196.0/24"},
        {"192.52.193.1", "GLOBAL", "192.52.193.0/24"},
        {"192.88.99.1", "LOCAL", "192.88.99.0/24"},
        {"192.168.1.1", "LOCAL", "192.168.0.0/16"},
        {"192.175.48.1", "GLOBAL", "192.175.48.0/24"},
        {"198.17.255.255", "GLOBAL", "0.0.0.0/0"},
        {"198.18.0.1", "LOCAL", "198.18.0.0/15"},
        {"198.19.255.255", "LOCAL", "198.18.0.0/15"},
        {"198.20.0.0", "GLOBAL", "0.0.0.0/0"},
        {"198.51.100.1", "LOCAL", "198.51.100.0/24"},
        {"203.0.113.1", "LOCAL", "203.0.113.0/24"},
        {"223.255.255.255", "GLOBAL", "0.0.0.0/0"},
        {"224.0.0.1", "NONE", "224.0.0.0/4"},
        {"239.255.255.255", "NONE", "224.0.0.0/4"},
        {"240.0.0.1", "NONE", "240.0.0.0/4"},
        {"255.255.255.254", "NONE", "240.0.0.0/4"},
        {"255.255.255.255", "NONE", "255.255.255.255/32"},
        // IPv6
        {"2606:4700::1111", "GLOBAL", "2000::/3"},
        {"3fff:fff::1", "LOCAL", "3fff::/20"},
        {"4000::1", "NONE", "::/0"},
        {"1::1", "NONE", "::/0"},
        {"::", "NONE", "::/128"},
        {"::1", "LOCAL", "::1/128"},
        {"::127.0.0.1", "NONE", "::/96, 127.0.0.0/8"},
        {"::7f00:1", "NONE", "::/96, 127.0.0.0/8"},
        {"::8.8.8.8", "NONE", "::/96, 0.0.0.0/0"},
        {"::ffff:0:127.0.0.1", "NONE", "::ffff:0:0:0/96, 127.0.0.0/8"},
        {"64:ff9b::127.0.0.1", "LOCAL", "64:ff9b::/96, 127.0.0.0/8"},
        {"64:ff9b::8.8.8.8", "GLOBAL", "64:ff9b::/96, 0.0.0.0/0"},
        {"64:ff9b::240.0.0.1", "NONE", "64:ff9b::/96, 240.0.0.0/4"},
        {"64:ff9b:1::8.8.8.8", "LOCAL", "64:ff9b:1::/48, 0.0.0.0/0"},
        {"100::1", "NONE", "100::/64"},
        {"100:0:0:1::1", "LOCAL", "100:0:0:1::/64"},
        {"2001:100::1", "LOCAL", "2001::/23"},
        {"2001:0:4136:e378:8000:63bf:3fff:fdd2", "LOCAL", "2001::/32"},
        {"2001:1::1", "GLOBAL", "2001:1::1/128"},
        {"2001:1::2", "GLOBAL", "2001:1::2/128"},
        {"2001:1::3", "GLOBAL", "2001:1::3/128"},
        {"2001:1::4", "LOCAL", "2001::/23"},
        {"2001:2::1", "LOCAL", "2001:2::/48"},
        {"2001:3::1", "GLOBAL", "2001:3::/32"},
        {"2001:4:112::1", "GLOBAL", "2001:4:112::/48"},
        {"2001:10::1", "LOCAL", "2001:10::/28"},
        {"2001:20::1", "GLOBAL", "2001:20::/28"},
        {"2001:30::1", "GLOBAL", "2001:30::/28"},
        {"2001:200::1", "GLOBAL", "2000::/3"},
        {"2001:db8::1", "LOCAL", "2001:db8::/32"},
        {"2002:7f00:1::", "LOCAL", "2002::/16, 127.0.0.0/8"},
        {"2002:808:808::1", "GLOBAL", "2002::/16, 0.0.0.0/0"},
        {"2002:a00:1::", "LOCAL", "2002::/16, 10.0.0.0/8"},
        {"2002:ffff:ffff::", "NONE", "2002::/16, 255.255.255.255/32"},
        {"2620:4f:8000::1", "GLOBAL", "2620:4f:8000::/48"},
        {"5f00::1", "LOCAL", "5f00::/16"},
        {"fc00::1", "LOCAL", "fc00::/7"},
        {"fdff:ffff::1", "LOCAL", "fc00::/7"},
        {"fe80::1", "LOCAL", "fe80::/10"},
        {"fec0::1", "LOCAL", "fec0::/10"},
        {"ff02::1", "NONE", "ff00::/8"},
    };

    private static final byte[] MAPPED_LOOPBACK = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1
    };
    private static final String MAPPED_LOOPBACK_PREFIXES = "::ffff:0:0/96, 127.0.0.0/8";

    @Test
    void everyRowIsClassifiedByItsBlock() throws Exception {
        for (String[] row : TABLE) {
            AddressClass found = SpecialAddresses.classify(InetAddress.getByName(row[0]));
            assertThat(found.reach()).as(row[0] + " is " + found).isEqualTo(Reach.valueOf(row[1]));
            assertThat(found.prefix()).as(row[0] + " is " + found).isEqualTo(row[2]);
        }
    }

    @Test
    void theTableCoversEveryBlockOfBothRegistries() {
        Set<String> covered = new HashSet<>(List.of(MAPPED_LOOPBACK_PREFIXES.split(", ")));
        for (String[] row : TABLE) {
            covered.addAll(List.of(row[2].split(", ")));
        }
        assertThat(Stream.concat(SpecialAddresses.IPV4.stream(), SpecialAddresses.IPV6.stream())
                        .map(Block::prefix))
                .allSatisfy(prefix ->
                        assertThat(covered).as("a row inside " + prefix).contains(prefix));
    }

    @ParameterizedTest
    @CsvSource({
        "::ffff:127.0.0.1, LOCAL, Loopback",
        "::ffff:7f00:1, LOCAL, Loopback",
        "::ffff:8.8.8.8, GLOBAL, Unicast",
        "::ffff:0.0.0.0, NONE, This host on this network"
    })
    void anIpv4MappedAddressIsItsIpv4Address(String literal, Reach reach, String name) throws Exception {
        AddressClass found = SpecialAddresses.classify(InetAddress.getByName(literal));

        assertThat(found.reach()).isEqualTo(reach);
        assertThat(found.name()).contains(name);
    }

    /** Java gives an IPv4-mapped address as the IPv4 address itself; as 16 bytes it is classified the same. */
    @Test
    void anIpv4MappedAddressAsSixteenBytesIsClassifiedByItsIpv4Address() {
        AddressClass found = SpecialAddresses.classify(MAPPED_LOOPBACK);

        assertThat(found.reach()).isEqualTo(Reach.LOCAL);
        assertThat(found.prefix()).isEqualTo(MAPPED_LOOPBACK_PREFIXES);
        byte[] mappedReserved = MAPPED_LOOPBACK.clone();
        mappedReserved[12] = (byte) 240;
        assertThat(SpecialAddresses.classify(mappedReserved).reach()).isEqualTo(Reach.NONE);
    }

    @Test
    void narrowerReachWins() {
        assertThat(Reach.GLOBAL.narrowest(Reach.LOCAL)).isEqualTo(Reach.LOCAL);
        assertThat(Reach.LOCAL.narrowest(Reach.NONE)).isEqualTo(Reach.NONE);
        assertThat(Reach.NONE.narrowest(Reach.GLOBAL)).isEqualTo(Reach.NONE);
        assertThat(Reach.GLOBAL.narrowest(Reach.GLOBAL)).isEqualTo(Reach.GLOBAL);
    }
}
