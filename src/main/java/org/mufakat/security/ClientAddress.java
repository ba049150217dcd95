package org.mufakat.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address sign-in throttling counts failures by. It is the address the request came from, unless a trusted proxy
 * is configured ({@code quarkus.http.proxy.proxy-address-forwarding} on and {@code quarkus.http.proxy.trusted-proxies}
 * set): then Quarkus has already taken the client's address from that proxy's {@code X-Forwarded-For} or
 * {@code Forwarded} header. Without a trusted-proxy list those headers could come from anyone, so they are ignored.
 * An IPv6 address counts as its /64 network, which one person usually holds whole.
 */
public final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(RoutingContext rc) {
        if (rc == null) {
            return UNKNOWN;
        }
        SocketAddress address = trustsProxy() ? rc.request().remoteAddress()
                : rc.request().connection() != null ? rc.request().connection().remoteAddress()
                        : rc.request().remoteAddress();
        return address == null ? UNKNOWN : normalise(address.hostAddress());
    }

    static boolean trustsProxy() {
        var config = ConfigProvider.getConfig();
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)
                .orElse(false);
        Optional<List<String>> trusted = config.getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class);
        return forwarding && trusted.filter(list -> list.stream().anyMatch(s -> !s.isBlank())).isPresent();
    }

    /** The address as text; an IPv6 address as its /64 network. */
    static String normalise(String host) {
        if (host == null || host.isBlank()) {
            return UNKNOWN;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (literal.indexOf(':') < 0 || !literal.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+")) {
            return literal.length() > 100 ? literal.substring(0, 100) : literal;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return prefix.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (Exception e) {
            return literal.length() > 100 ? literal.substring(0, 100) : literal;
        }
    }
}
