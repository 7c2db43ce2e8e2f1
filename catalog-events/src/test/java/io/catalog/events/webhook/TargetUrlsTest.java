package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetUrlsTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsUrlsOfPublicAddresses() {
        assertThat(TargetUrls.validate("https://93.184.216.34/hooks?x=1", false, "targetUrl"))
                .isEqualTo("https://93.184.216.34/hooks?x=1");
        assertThat(TargetUrls.validate("http://8.8.8.8:8080/", false, "targetUrl"))
                .isNotNull();
        assertThat(TargetUrls.validate("http://8.8.8.8:65535/", false, "targetUrl"))
                .isNotNull();
        assertThat(TargetUrls.validate("http://[2606:4700::1111]:1/", false, "targetUrl"))
                .isNotNull();
        assertThat(TargetUrls.validate("http://[64:ff9b::8.8.8.8]/", false, "targetUrl"))
                .isNotNull();
        assertThat(TargetUrls.validate("http://[2002:808:808::1]/", false, "targetUrl"))
                .isNotNull();
    }

    @Test
    void refusesMalformedUrls() {
        for (String url : new String[] {
            "ftp://8.8.8.8/",
            "/relative",
            "https:///nohost",
            "https://user:pw@8.8.8.8/",
            "not a url",
            "https://8.8.8.8/#frag",
            "https://8.8.8.8/" + "x".repeat(2048)
        }) {
            assertThatThrownBy(() -> TargetUrls.validate(url, true, "targetUrl"))
                    .as(url)
                    .isInstanceOf(ValidationException.class);
        }
    }

    /** Written so that clients disagree on the address (curl reads 0177 as octal, Java as decimal): never guessed. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0177.0.0.1/",
                "http://0x7f.0.0.1/",
                "http://0x7f000001/",
                "http://2130706433/",
                "http://127.1/",
                "http://127.0.1/",
                "http://012.1.1.1/",
                "http://127.0.0.01/",
                "http://127.0.0.1./",
                "http://256.0.0.1/",
                "http://1.2.3.4.5/",
                "http://123/",
                "http://example.com.1/"
            })
    void refusesIpv4AddressesNotWrittenAsFourDecimalNumbersWhateverTheSetting(String url) {
        assertRefused(url, true, "INVALID_FORMAT");
        assertRefused(url, false, "INVALID_FORMAT");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://8.8.8.8:0/",
                "http://8.8.8.8:65536/",
                "http://8.8.8.8:99999999999/",
                "http://[fe80::1%25eth0]/",
                "http://[fe80::1%eth0]/"
            })
    void refusesPortsOutside1To65535AndIpv6ZonesWhateverTheSetting(String url) {
        assertRefused(url, true, "INVALID_FORMAT");
    }

    /** Not a unicast destination: no receiver can be there, on a private network or anywhere else. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0.0.0.0/",
                "http://0.1.2.3/",
                "http://240.0.0.1/",
                "http://255.255.255.255/",
                "http://224.0.0.1/",
                "http://239.1.2.3/",
                "http://[::]/",
                "http://[ff02::1]/",
                "http://[::127.0.0.1]/",
                "http://[::7f00:1]/",
                "http://[::ffff:0:127.0.0.1]/",
                "http://[64:ff9b::240.0.0.1]/",
                "http://[2002:ffff:ffff::]/",
                "http://[100::1]/",
                "http://[4000::1]/"
            })
    void refusesAddressesThatReachNoSingleHostWhateverTheSetting(String url) {
        assertRefused(url, true, "NOT_ALLOWED");
        assertRefused(url, false, "NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/",
                "http://localhost/",
                "http://10.1.2.3/",
                "http://192.168.1.1/",
                "http://172.16.0.1/",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/",
                "http://198.18.0.1/",
                "http://198.19.255.255/",
                "http://192.0.2.1/",
                "http://192.0.0.8/",
                "http://[::1]/",
                "http://[fd00::1]/",
                "http://[fe80::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:7f00:1]/",
                "http://[64:ff9b::127.0.0.1]/",
                "http://[64:ff9b:1::808:808]/",
                "http://[2002:7f00:1::]/",
                "http://[2002:a00:1::]/",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
                "http://[2001:db8::1]/",
                "http://[3fff::1]/",
                "http://[5f00::1]/"
            })
    void refusesLocalAddressesUnlessPrivateTargetsAreAllowed(String url) {
        assertRefused(url, false, "NOT_ALLOWED");
        assertThat(TargetUrls.validate(url, true, "targetUrl")).isEqualTo(url);
    }

    @Test
    void aRefusalNamesTheBlockNotTheResolvedAddress() {
        assertThatThrownBy(() -> TargetUrls.validate("http://localhost:8080/", false, "targetUrl"))
                .hasMessage(
                        "targetUrl must not address Loopback (127.0.0.0/8): webhook targets must be public addresses");
        assertThatThrownBy(() -> TargetUrls.validate("http://[2002:ffff:ffff::]/", true, "targetUrl"))
                .hasMessage("targetUrl must not address 6to4 of Limited Broadcast (2002::/16, 255.255.255.255/32),"
                        + " which reaches no single host");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertRefused("http://no-such-host.invalid/", true, "INVALID_FORMAT");
    }

    @Test
    void givesTheAddressesAHostResolvesToWhenAllAreAllowed() throws Exception {
        assertThat(TargetUrls.addresses(URI.create("http://[::1]:9/"), true, "targetUrl"))
                .containsExactly(InetAddress.getByName("::1"));
        assertThat(TargetUrls.addresses(URI.create("http://127.0.0.1:9/"), true, "targetUrl"))
                .containsExactly(InetAddress.getByName("127.0.0.1"));
        assertThat(TargetUrls.addresses(URI.create("http://localhost:9/"), true, "targetUrl"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.isLoopbackAddress()).isTrue());
    }

    @Test
    void tellsAddressLiteralsFromNames() {
        assertThat(TargetUrls.isAddressLiteral("127.0.0.1")).isTrue();
        assertThat(TargetUrls.isAddressLiteral("::1")).isTrue();
        assertThat(TargetUrls.isAddressLiteral("host1")).isFalse();
        assertThat(TargetUrls.isAddressLiteral("erp.example.com")).isFalse();
    }

    private static void assertRefused(String url, boolean allowPrivate, String code) {
        assertThatThrownBy(() -> TargetUrls.validate(url, allowPrivate, "subscription.targetUrl"))
                .as("%s (private targets allowed: %s)", url, allowPrivate)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("subscription.targetUrl");
                });
    }
}
