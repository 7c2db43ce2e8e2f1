package io.catalog.web.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a request can be anything a hostile client sends (a lying length, a bad
 * chunk, a raw path) and the answer is read as it comes, framing included.
 */
final class RawHttp {

    /** An answer; {@code status} 0 when the server closed or timed out without one. */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int MAX_BODY = 4 * 1024 * 1024;

    private RawHttp() {}

    static Answer send(String host, int port, HostileRequest request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(host).append(':').append(port).append("\r\n");
            request.headers().forEach(h -> head.append(h).append("\r\n"));
            if (!request.handFramed()) {
                if (request.body() != null) {
                    head.append("Content-Length: ")
                            .append(request.body().length)
                            .append("\r\n");
                }
                head.append("Connection: close\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (request.body() != null) {
                try {
                    out.write(request.body());
                } catch (IOException e) {
                    // The server may answer and close before reading the whole body (a body over the limit).
                }
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(0, Map.of(), new byte[0], "no answer within 20 s");
        } catch (IOException e) {
            return new Answer(0, Map.of(), new byte[0], e.toString());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return new Answer(0, Map.of(), new byte[0], "connection closed without an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null; size = line(in)) {
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                copy(in, body, n);
                line(in);
            }
        } else if (length != null) {
            copy(in, body, (int) Math.min(Long.parseLong(length), MAX_BODY));
        } else {
            copy(in, body, MAX_BODY);
        }
        return new Answer(status, headers, body.toByteArray(), null);
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, int max) throws IOException {
        byte[] buffer = new byte[8192];
        int left = max;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            to.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }
}
