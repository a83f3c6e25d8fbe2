package dev.dockerlab.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The head of an HTTP/1.1 message: its first line and its headers, parsed
 * only as far as the guard needs, and kept as the bytes that came so that
 * what is forwarded is what was sent.
 */
record HttpHead(String startLine, List<String> headers, byte[] raw) {

    /** A head longer than this is not the Docker API talking. */
    static final int MAX = 64 * 1024;

    /** CR LF CR LF, as the last four bytes read. */
    private static final int END_OF_HEAD = 0x0d0a0d0a;

    /** The next head on the stream; empty when the stream ended between messages. */
    static Optional<HttpHead> read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return Optional.empty();
        }
        int lastFour = 0;
        while (b >= 0) {
            raw.write(b);
            lastFour = (lastFour << 8) | b;
            if (lastFour == END_OF_HEAD) {
                return Optional.of(parse(raw.toByteArray()));
            }
            if (raw.size() > MAX) {
                throw new IOException("an HTTP head longer than " + MAX + " bytes");
            }
            b = in.read();
        }
        throw new IOException("the connection ended inside an HTTP head");
    }

    static HttpHead parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n");
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                headers.add(lines[i]);
            }
        }
        return new HttpHead(lines[0], headers, raw);
    }

    String method() {
        return startLine.split(" ", 2)[0];
    }

    /** The request target, such as /v1.41/containers/web?force=1. */
    String target() {
        String[] parts = startLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    /** A response's status code. */
    int status() {
        String[] parts = startLine.split(" ");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException notAStatus) {
            return 0;
        }
    }

    Optional<String> header(String name) {
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return Optional.of(header.substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }

    boolean isChunked() {
        return header("Transfer-Encoding").map(value -> value.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
    }

    /** The Content-Length, or -1 when there is none. */
    long contentLength() {
        return header("Content-Length").map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                return -1L;
            }
        }).orElse(-1L);
    }

    boolean asksToUpgrade() {
        return header("Upgrade").isPresent();
    }

    boolean closes() {
        return header("Connection").map(value -> value.toLowerCase(Locale.ROOT).contains("close")).orElse(false);
    }

    /** The path without the API version prefix (/v1.41), split at '/', each part decoded. */
    List<String> pathParts() {
        String path = target();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
            }
        }
        if (!parts.isEmpty() && parts.get(0).matches("v\\d+(\\.\\d+)?")) {
            parts.remove(0);
        }
        return parts;
    }

    /** The API version the path names (/v1.41/... gives 1.41), if it names one. */
    Optional<String> apiVersion() {
        String path = target();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("^/v(\\d+\\.\\d+)/").matcher(path);
        return version.find() ? Optional.of(version.group(1)) : Optional.empty();
    }

    /** The query's parameters, decoded; a parameter given twice (build's t) keeps every value. */
    Map<String, List<String>> query() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String target = target();
        int start = target.indexOf('?');
        if (start < 0) {
            return parameters;
        }
        for (String pair : target.substring(start + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    Optional<String> parameter(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
