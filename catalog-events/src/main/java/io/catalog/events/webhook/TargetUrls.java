package io.catalog.events.webhook;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule on a subscription's target URL: absolute {@code http} or {@code https}, with a host, at most
 * {@value #MAX_LENGTH} characters, no user info nor fragment, a port from 1 to 65535, an IPv4 host only in its
 * canonical form (four decimal numbers, no leading zeros: {@code 0177.0.0.1} or {@code 2130706433} are refused rather
 * than guessed at), no IPv6 zone. Its host must resolve, and every address it resolves to must be one a webhook may
 * be sent to ({@link SpecialAddresses}): a public address, or, when private targets are allowed, a loopback, private,
 * link-local or other local one; never an address that reaches no single host (unspecified, "this network",
 * multicast, broadcast, reserved), whatever the setting.
 */
public final class TargetUrls {

    static final int MAX_LENGTH = 2048;

    /** A host whose last label is a number (decimal, or hexadecimal {@code 0x..}) is meant as an IPv4 address. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?:^|\\.)(?:[0-9]+|0[xX][0-9a-fA-F]*)\\.?$");

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    private TargetUrls() {}

    /** {@code url} when it may be a target now; else a validation error on {@code field}. */
    public static String validate(String url, boolean allowPrivate, String field) {
        addresses(parse(url, field), allowPrivate, field);
        return url;
    }

    /** {@code url} as a URI, when its form may be a target's (its host is not resolved); else a validation error. */
    public static URI parse(String url, String field) {
        if (url == null || url.isBlank()) {
            throw new ValidationException(field, ErrorCodes.REQUIRED, "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new ValidationException(
                    field,
                    ErrorCodes.TOO_LONG,
                    "must be at most " + MAX_LENGTH + " characters (was " + url.length() + ")");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || !(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw new ValidationException(
                    field,
                    ErrorCodes.INVALID_FORMAT,
                    "must be an absolute http or https URL with a host, without user info or fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must have a port from 1 to 65535");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.contains("%")) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must not give an IPv6 zone");
        }
        if (!host.startsWith("[")
                && NUMERIC_LAST_LABEL.matcher(host).find()
                && !CANONICAL_IPV4.matcher(host).matches()) {
            throw new ValidationException(
                    field,
                    ErrorCodes.INVALID_FORMAT,
                    "must write an IPv4 address as four decimal numbers from 0 to 255 without leading zeros");
        }
        return uri;
    }

    /**
     * The addresses {@code target}'s host resolves to now, each of them allowed; else a validation error on
     * {@code field}: {@code INVALID_FORMAT} when the host does not resolve, {@code NOT_ALLOWED} when an address may not
     * be a target.
     */
    public static List<InetAddress> addresses(URI target, boolean allowPrivate, String field) {
        return addresses(hostOf(target), allowPrivate, field, InetAddress::getAllByName);
    }

    /** How a host name is resolved: the system's resolver, or a test's. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] addressesOf(String host) throws UnknownHostException;
    }

    /** The addresses {@code host} resolves to through {@code lookup}, each of them allowed; as {@link #addresses}. */
    static List<InetAddress> addresses(String host, boolean allowPrivate, String field, Lookup lookup) {
        List<InetAddress> addresses;
        try {
            addresses = List.of(lookup.addressesOf(host));
        } catch (UnknownHostException e) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must name a host that resolves");
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address, allowPrivate);
            if (refusal != null) {
                throw new ValidationException(field, ErrorCodes.NOT_ALLOWED, refusal);
            }
        }
        return addresses;
    }

    /** Why a webhook may not be sent to {@code address}, or null when it may. */
    static String refusal(InetAddress address, boolean allowPrivate) {
        SpecialAddresses.AddressClass found = SpecialAddresses.classify(address);
        return switch (found.reach()) {
            case GLOBAL -> null;
            case LOCAL ->
                allowPrivate ? null : "must not address " + found + ": webhook targets must be public addresses";
            case NONE -> "must not address " + found + ", which reaches no single host";
        };
    }

    /** Whether {@code host} (as {@link #hostOf} gives it) is an IP address rather than a name. */
    static boolean isAddressLiteral(String host) {
        return host.contains(":") || CANONICAL_IPV4.matcher(host).matches();
    }

    /** The host to resolve or connect to: the URI's host, an IPv6 literal without its brackets. */
    static String hostOf(URI target) {
        String host = target.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }
}
