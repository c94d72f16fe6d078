package io.redress.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An HTTP/1.0 client that sends from a chosen loopback address (any of 127.0.0.0/8 reaches the test server), so a
 * test has a source address of its own: what the server throttles per address is then the test's alone.
 */
public final class RawHttp {

    private final String sourceAddress;

    private RawHttp(String sourceAddress) {
        this.sourceAddress = sourceAddress;
    }

    /** A fresh source address 127.a.b.c, unlikely to be any other test's. */
    public static RawHttp fromFreshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new RawHttp("127." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(2, 255));
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    /** Status, headers (lower-case names) and body of the answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public Answer get(String pathUnderRedress, String username, String password) throws IOException {
        URI base = URI.create(Api.baseUrl());
        return get(base.getPort(), base.getPath() + pathUnderRedress, username, password);
    }

    /** Any path of the server on any of its ports (the admin listener's, for instance). */
    public Answer get(int port, String path, String username, String password) throws IOException {
        URI base = URI.create(Api.baseUrl());
        String auth = username == null ? "" : "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        String request = "GET " + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + port
                + "\r\n" + auth + "Accept: application/json\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        return new Answer(status, headers, body);
    }
}
