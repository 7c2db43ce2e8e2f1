package io.catalog.events.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;

/**
 * The rule on a subscription's target URL: absolute {@code http} or {@code https}, with a host, at most
 * {@value #MAX_LENGTH} characters, no user info; and, unless private targets are allowed, a host that resolves to
 * public addresses only (no loopback, private, link-local, unique-local, wildcard or multicast address), so that
 * webhooks cannot be aimed at the service's own network.
 */
public final class TargetUrls {

    static final int MAX_LENGTH = 2048;

    private TargetUrls() {
    }

    /** {@code url} when it may be a target; else a validation error on {@code field}. */
    public static String validate(String url, boolean allowPrivate, String field) {
        if (url == null || url.isBlank()) {
            throw new ValidationException(field, ErrorCodes.REQUIRED, "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new ValidationException(field, ErrorCodes.TOO_LONG, "must be at most " + MAX_LENGTH
                    + " characters (was " + url.length() + ")");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT,
                    "must be an absolute http or https URL with a host, without user info or fragment");
        }
        if (!allowPrivate) {
            requirePublic(uri.getHost(), field);
        }
        return url;
    }

    private static void requirePublic(String host, String field) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must name a host that resolves");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new ValidationException(field, ErrorCodes.NOT_ALLOWED,
                        "must not address a private, loopback or link-local network");
            }
        }
    }

    /** Whether {@code address} is a public unicast address. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 // "this network"
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0); // IETF protocol assignments
    }
}
