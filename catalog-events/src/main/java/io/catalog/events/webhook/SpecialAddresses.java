package io.catalog.events.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Tells what an IP address is for, by the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890, as of
 * 2025), the multicast and limited broadcast blocks and, for IPv6, the IANA IPv6 Address Space (only 2000::/3 is
 * global unicast). The most specific block that holds the address decides, so the registry's globally reachable
 * entries inside a larger special block (e.g. {@code 192.0.0.9/32} in {@code 192.0.0.0/24}) keep their own reach.
 *
 * <p>IPv6 addresses that carry an IPv4 address (IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64 and 6to4)
 * are classified by the embedded IPv4 address too, and the narrower reach wins: {@code [64:ff9b::127.0.0.1]} is
 * loopback. Teredo ({@code 2001::/32}) hides its client's IPv4 address, so it is never taken for public.
 */
public final class SpecialAddresses {

    /** Who can be reached at an address. */
    public enum Reach {
        /** Any host on the Internet: a public unicast address. */
        GLOBAL,
        /** Only within one host, link or network (loopback, private, link-local, documentation, ...). */
        LOCAL,
        /** No host: the address is not a unicast destination (unspecified, multicast, broadcast, reserved). */
        NONE;

        Reach narrowest(Reach other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** What an address was found to be: the name and prefix of its block, and its reach. */
    public record AddressClass(String name, String prefix, Reach reach) {

        @Override
        public String toString() {
            return name + " (" + prefix + ")";
        }
    }

    /**
     * One block of a registry: a prefix, its name, its reach and, for IPv6 blocks that carry an IPv4 address, the
     * offset of the IPv4 address's first byte in the address ({@code -1} when none).
     */
    record Block(String prefix, String name, Reach reach, int embeddedIpv4At) {

        /** The prefix's length in bits. */
        int length() {
            return Integer.parseInt(prefix.substring(prefix.indexOf('/') + 1));
        }

        /** The prefix's first address, 4 or 16 bytes. */
        byte[] bytes() {
            String literal = prefix.substring(0, prefix.indexOf('/'));
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalStateException("Not an address literal: " + prefix, e);
            }
            if (literal.contains(":") && bytes.length == 4) {
                // Java reads an IPv4-mapped literal (::ffff:a.b.c.d) as the IPv4 address itself.
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        }
    }

    private record Prefix(Block block, byte[] bytes, int length) {}

    private static final int NO_IPV4 = -1;

    /** The IPv4 blocks; {@code 0.0.0.0/0} (unicast) is the fallback. */
    static final List<Block> IPV4 = List.of(
            new Block("0.0.0.0/0", "Unicast", Reach.GLOBAL, NO_IPV4),
            new Block("0.0.0.0/8", "This network", Reach.NONE, NO_IPV4),
            new Block("0.0.0.0/32", "This host on this network", Reach.NONE, NO_IPV4),
            new Block("10.0.0.0/8", "Private-Use", Reach.LOCAL, NO_IPV4),
            new Block("100.64.0.0/10", "Shared Address Space", Reach.LOCAL, NO_IPV4),
            new Block("127.0.0.0/8", "Loopback", Reach.LOCAL, NO_IPV4),
            new Block("169.254.0.0/16", "Link Local", Reach.LOCAL, NO_IPV4),
            new Block("172.16.0.0/12", "Private-Use", Reach.LOCAL, NO_IPV4),
            new Block("192.0.0.0/24", "IETF Protocol Assignments", Reach.LOCAL, NO_IPV4),
            new Block("192.0.0.0/29", "IPv4 Service Continuity Prefix", Reach.LOCAL, NO_IPV4),
            new Block("192.0.0.8/32", "IPv4 dummy address", Reach.LOCAL, NO_IPV4),
            new Block("192.0.0.9/32", "Port Control Protocol Anycast", Reach.GLOBAL, NO_IPV4),
            new Block("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", Reach.GLOBAL, NO_IPV4),
            new Block("192.0.0.170/32", "NAT64/DNS64 Discovery", Reach.LOCAL, NO_IPV4),
            new Block("192.0.0.171/32", "NAT64/DNS64 Discovery", Reach.LOCAL, NO_IPV4),
            new Block("192.0.2.0/24", "Documentation (TEST-NET-1)", Reach.LOCAL, NO_IPV4),
            new Block("192.31.196.0/24", "AS112-v4", Reach.GLOBAL, NO_IPV4),
            new Block("192.52.193.0/24", "AMT", Reach.GLOBAL, NO_IPV4),
            new Block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", Reach.LOCAL, NO_IPV4),
            new Block("192.168.0.0/16", "Private-Use", Reach.LOCAL, NO_IPV4),
            new Block("192.175.48.0/24", "Direct Delegation AS112 Service", Reach.GLOBAL, NO_IPV4),
            new Block("198.18.0.0/15", "Benchmarking", Reach.LOCAL, NO_IPV4),
            new Block("198.51.100.0/24", "Documentation (TEST-NET-2)", Reach.LOCAL, NO_IPV4),
            new Block("203.0.113.0/24", "Documentation (TEST-NET-3)", Reach.LOCAL, NO_IPV4),
            new Block("224.0.0.0/4", "Multicast", Reach.NONE, NO_IPV4),
            new Block("240.0.0.0/4", "Reserved", Reach.NONE, NO_IPV4),
            new Block("255.255.255.255/32", "Limited Broadcast", Reach.NONE, NO_IPV4));

    /** The IPv6 blocks; {@code ::/0} (reserved or unassigned) is the fallback, {@code 2000::/3} global unicast. */
    static final List<Block> IPV6 = List.of(
            new Block("::/0", "Reserved by the IETF or unassigned", Reach.NONE, NO_IPV4),
            new Block("2000::/3", "Global Unicast", Reach.GLOBAL, NO_IPV4),
            new Block("::/128", "Unspecified Address", Reach.NONE, NO_IPV4),
            new Block("::1/128", "Loopback Address", Reach.LOCAL, NO_IPV4),
            new Block("::/96", "IPv4-compatible Address (deprecated)", Reach.NONE, 12),
            new Block("::ffff:0:0/96", "IPv4-mapped Address", Reach.GLOBAL, 12),
            new Block("::ffff:0:0:0/96", "IPv4-translated Address (obsolete)", Reach.NONE, 12),
            new Block("64:ff9b::/96", "IPv4-IPv6 Translat.", Reach.GLOBAL, 12),
            new Block("64:ff9b:1::/48", "IPv4-IPv6 Translat. (local use)", Reach.LOCAL, 12),
            new Block("100::/64", "Discard-Only Address Block", Reach.NONE, NO_IPV4),
            new Block("100:0:0:1::/64", "Dummy IPv6 Prefix", Reach.LOCAL, NO_IPV4),
            new Block("2001::/23", "IETF Protocol Assignments", Reach.LOCAL, NO_IPV4),
            new Block("2001::/32", "TEREDO", Reach.LOCAL, NO_IPV4),
            new Block("2001:1::1/128", "Port Control Protocol Anycast", Reach.GLOBAL, NO_IPV4),
            new Block("2001:1::2/128", "Traversal Using Relays around NAT Anycast", Reach.GLOBAL, NO_IPV4),
            new Block("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast", Reach.GLOBAL, NO_IPV4),
            new Block("2001:2::/48", "Benchmarking", Reach.LOCAL, NO_IPV4),
            new Block("2001:3::/32", "AMT", Reach.GLOBAL, NO_IPV4),
            new Block("2001:4:112::/48", "AS112-v6", Reach.GLOBAL, NO_IPV4),
            new Block("2001:10::/28", "Deprecated (previously ORCHID)", Reach.LOCAL, NO_IPV4),
            new Block("2001:20::/28", "ORCHIDv2", Reach.GLOBAL, NO_IPV4),
            new Block("2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix", Reach.GLOBAL, NO_IPV4),
            new Block("2001:db8::/32", "Documentation", Reach.LOCAL, NO_IPV4),
            new Block("2002::/16", "6to4", Reach.GLOBAL, 2),
            new Block("2620:4f:8000::/48", "Direct Delegation AS112 Service", Reach.GLOBAL, NO_IPV4),
            new Block("3fff::/20", "Documentation", Reach.LOCAL, NO_IPV4),
            new Block("5f00::/16", "Segment Routing (SRv6) SIDs", Reach.LOCAL, NO_IPV4),
            new Block("fc00::/7", "Unique-Local", Reach.LOCAL, NO_IPV4),
            new Block("fe80::/10", "Link-Local Unicast", Reach.LOCAL, NO_IPV4),
            new Block("fec0::/10", "Site-Local (deprecated)", Reach.LOCAL, NO_IPV4),
            new Block("ff00::/8", "Multicast", Reach.NONE, NO_IPV4));

    private static final List<Prefix> IPV4_PREFIXES = prefixes(IPV4);
    private static final List<Prefix> IPV6_PREFIXES = prefixes(IPV6);

    private SpecialAddresses() {}

    /** What {@code address} is for; an IPv6 address carrying an IPv4 one takes the narrower reach of the two. */
    public static AddressClass classify(InetAddress address) {
        return classify(address.getAddress());
    }

    /** What the address of these 4 or 16 bytes is for. */
    static AddressClass classify(byte[] address) {
        Block block = mostSpecific(address.length == 4 ? IPV4_PREFIXES : IPV6_PREFIXES, address);
        AddressClass own = new AddressClass(block.name(), block.prefix(), block.reach());
        if (block.embeddedIpv4At() == NO_IPV4) {
            return own;
        }
        int at = block.embeddedIpv4At();
        AddressClass embedded = classify(Arrays.copyOfRange(address, at, at + 4));
        Reach reach = own.reach().narrowest(embedded.reach());
        return new AddressClass(own.name() + " of " + embedded.name(), own.prefix() + ", " + embedded.prefix(), reach);
    }

    private static Block mostSpecific(List<Prefix> prefixes, byte[] address) {
        Prefix best = null;
        for (Prefix prefix : prefixes) {
            if (sameLeadingBits(address, prefix.bytes(), prefix.length())
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        // The fallback block (length 0) holds every address of its family.
        return best.block();
    }

    private static List<Prefix> prefixes(List<Block> blocks) {
        return blocks.stream().map(b -> new Prefix(b, b.bytes(), b.length())).toList();
    }

    private static boolean sameLeadingBits(byte[] a, byte[] b, int bits) {
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[whole] & mask) == (b[whole] & mask);
    }
}
