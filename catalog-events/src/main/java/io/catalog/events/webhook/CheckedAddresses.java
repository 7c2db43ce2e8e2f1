package io.catalog.events.webhook;

import io.catalog.domain.shared.ValidationException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only way from a host name to addresses: it resolves the name and answers its addresses only when
 * every one of them may be a webhook target ({@link TargetUrls}, {@link SpecialAddresses}); otherwise the connection is
 * refused before it is attempted, with the rule's words ({@link Refused}). So the client connects only to addresses
 * just checked, whatever the name resolved to when the subscription was made or at the last attempt (DNS rebinding).
 * Address literals go through it too.
 */
final class CheckedAddresses implements DnsResolver {

    /** The target's host resolves to no address, or to one a webhook may not be sent to. */
    static final class Refused extends UnknownHostException {

        private final transient ValidationException refusal;

        Refused(String host, ValidationException refusal) {
            super(host);
            this.refusal = refusal;
            initCause(refusal);
        }

        /** The rule's words, as the delivery log says them. */
        ValidationException refusal() {
            return refusal;
        }
    }

    private final boolean allowPrivate;
    private final TargetUrls.Lookup lookup;

    /**
     * @param allowPrivate whether targets may resolve to local addresses
     * @param lookup       the resolver asked (the system's, or a test's)
     */
    CheckedAddresses(boolean allowPrivate, TargetUrls.Lookup lookup) {
        this.allowPrivate = allowPrivate;
        this.lookup = lookup;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return TargetUrls.addresses(name, allowPrivate, "targetUrl", lookup).toArray(InetAddress[]::new);
        } catch (ValidationException refusal) {
            throw new Refused(host, refusal);
        }
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return List.of(resolve(host)).stream()
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    /** The name as given: the client never connects by a canonical name. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
