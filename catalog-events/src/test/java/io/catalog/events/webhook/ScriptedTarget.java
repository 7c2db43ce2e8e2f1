package io.catalog.events.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A webhook target on a real socket of 127.0.0.1: records each request (head and body, as received) and writes back
 * the bytes it was given (none: it keeps silent until the sender gives up).
 */
final class ScriptedTarget implements AutoCloseable {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *([0-9]+)\r\n");

    private final ServerSocket server;
    private final byte[] reply;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    ScriptedTarget(String reply) throws IOException {
        this(reply.getBytes(StandardCharsets.ISO_8859_1));
    }

    ScriptedTarget(byte[] reply) throws IOException {
        this(new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1")), reply);
    }

    /** A target that speaks TLS with the key of {@code context}. */
    static ScriptedTarget tls(SSLContext context, String reply) throws IOException {
        return new ScriptedTarget(
                context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getByName("127.0.0.1")),
                reply.getBytes(StandardCharsets.ISO_8859_1));
    }

    private ScriptedTarget(ServerSocket server, byte[] reply) {
        this.reply = reply;
        this.server = server;
        acceptor = new Thread(this::serve, "scripted-target");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The requests received so far, each as its head and body. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Serves each connection on a thread of its own: a client may keep one open and open another. */
    private void serve() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return;
            }
            Thread connection = new Thread(() -> converse(socket), "scripted-target-connection");
            connection.setDaemon(true);
            connection.start();
        }
    }

    private void converse(Socket connection) {
        try (Socket socket = connection) {
            socket.setSoTimeout(10_000);
            requests.add(readRequest(socket.getInputStream()));
            socket.getOutputStream().write(reply);
            socket.getOutputStream().flush();
            // Hold the connection until the sender closes it (or gives up waiting for a silent answer).
            while (socket.getInputStream().read() >= 0) {
                // discard
            }
        } catch (SocketTimeoutException e) {
            // the sender kept the connection open: close it
        } catch (IOException e) {
            // closed by the sender or by close()
        }
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.write(c);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = CONTENT_LENGTH.matcher(text);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return text + new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
