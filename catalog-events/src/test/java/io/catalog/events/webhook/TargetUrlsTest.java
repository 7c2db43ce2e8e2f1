package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import io.catalog.domain.shared.ValidationException;

class TargetUrlsTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsUrlsOfPublicAddresses() {
        assertThat(TargetUrls.validate("https://93.184.216.34/hooks?x=1", false, "targetUrl"))
                .isEqualTo("https://93.184.216.34/hooks?x=1");
        assertThat(TargetUrls.validate("http://8.8.8.8:8080/", false, "targetUrl")).isNotNull();
    }

    @Test
    void refusesMalformedUrls() {
        for (String url : new String[] {"ftp://8.8.8.8/", "/relative", "https:///nohost", "https://user:pw@8.8.8.8/",
                "not a url", "https://8.8.8.8/#frag", "https://8.8.8.8/" + "x".repeat(2048)}) {
            assertThatThrownBy(() -> TargetUrls.validate(url, true, "targetUrl")).as(url)
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void refusesPrivateLoopbackAndLinkLocalTargetsUnlessAllowed() {
        for (String url : new String[] {"http://127.0.0.1:8080/", "http://localhost/", "http://10.1.2.3/",
                "http://192.168.1.1/", "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/", "http://100.64.0.1/"}) {
            assertThatThrownBy(() -> TargetUrls.validate(url, false, "targetUrl")).as(url)
                    .isInstanceOf(ValidationException.class);
            assertThat(TargetUrls.validate(url, true, "targetUrl")).isEqualTo(url);
        }
    }

    @Test
    void classifiesAddresses() throws Exception {
        assertThat(TargetUrls.isPublic(InetAddress.getByName("1.1.1.1"))).isTrue();
        assertThat(TargetUrls.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
        assertThat(TargetUrls.isPublic(InetAddress.getByName("fe80::1"))).isFalse();
    }
}
