package dev.dockerlab.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies one message body from a stream to another byte for byte, framed as
 * HTTP/1.1 frames it (Content-Length, chunked, or until the connection ends),
 * flushing as it goes so a stream of logs or events arrives as it comes. What
 * the body says (without the chunk framing) is kept too, up to a limit, when
 * the guard must read it.
 */
final class HttpBody {

    /** The most of a body the guard keeps to read: Docker's answers it reads are a few hundred bytes. */
    static final int KEPT = 1 << 20;

    private HttpBody() {
    }

    /** How a message's body is delimited. */
    enum Framing { NONE, LENGTH, CHUNKED, UNTIL_CLOSE }

    static Framing ofRequest(HttpHead head) {
        if (head.isChunked()) {
            return Framing.CHUNKED;
        }
        return head.contentLength() > 0 ? Framing.LENGTH : Framing.NONE;
    }

    /** RFC 9112 6.3: no body for HEAD, 1xx, 204 and 304; else chunked, a length, or until the close. */
    static Framing ofResponse(HttpHead request, HttpHead response) {
        int status = response.status();
        if (request.method().equals("HEAD") || status / 100 == 1 || status == 204 || status == 304) {
            return Framing.NONE;
        }
        if (response.isChunked()) {
            return Framing.CHUNKED;
        }
        long length = response.contentLength();
        return length == 0 ? Framing.NONE : length > 0 ? Framing.LENGTH : Framing.UNTIL_CLOSE;
    }

    /**
     * @param out  where the bytes go, as they came; null to read and drop them
     * @param kept receives the body's content (not its framing), up to {@link #KEPT} bytes; may be null
     */
    static void copy(InputStream in, HttpHead head, Framing framing, OutputStream out, ByteArrayOutputStream kept)
            throws IOException {
        switch (framing) {
            case NONE -> {
            }
            case LENGTH -> copyExactly(in, head.contentLength(), out, kept);
            case CHUNKED -> copyChunks(in, out, kept);
            case UNTIL_CLOSE -> copyToEnd(in, out, kept);
        }
        flush(out);
    }

    private static void copyChunks(InputStream in, OutputStream out, ByteArrayOutputStream kept) throws IOException {
        while (true) {
            String sizeLine = line(in);
            write(out, (sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String hex = sizeLine.contains(";") ? sizeLine.substring(0, sizeLine.indexOf(';')) : sizeLine;
            long size;
            try {
                size = Long.parseLong(hex.strip(), 16);
            } catch (NumberFormatException notAChunk) {
                throw new IOException("a chunk size that is not hex: " + sizeLine);
            }
            if (size == 0) {
                // trailers, then the empty line that ends the message
                for (String trailer = line(in); ; trailer = line(in)) {
                    write(out, (trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    if (trailer.isEmpty()) {
                        return;
                    }
                }
            }
            copyExactly(in, size, out, kept);
            String end = line(in);
            if (!end.isEmpty()) {
                throw new IOException("a chunk that does not end where its size says");
            }
            write(out, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            flush(out);
        }
    }

    private static void copyExactly(InputStream in, long length, OutputStream out, ByteArrayOutputStream kept)
            throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the connection ended " + left + " bytes before the body's end");
            }
            write(out, buffer, n);
            keep(kept, buffer, n);
            left -= n;
        }
    }

    private static void copyToEnd(InputStream in, OutputStream out, ByteArrayOutputStream kept) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            write(out, buffer, n);
            keep(kept, buffer, n);
            flush(out);
        }
    }

    /** One CRLF-ended line, without the CRLF. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended inside a chunked body");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            if (line.size() > 8192) {
                throw new IOException("a chunk line longer than 8192 bytes");
            }
        }
    }

    private static void keep(ByteArrayOutputStream kept, byte[] buffer, int n) {
        if (kept != null && kept.size() < KEPT) {
            kept.write(buffer, 0, Math.min(n, KEPT - kept.size()));
        }
    }

    private static void write(OutputStream out, byte[] bytes) throws IOException {
        write(out, bytes, bytes.length);
    }

    private static void write(OutputStream out, byte[] bytes, int n) throws IOException {
        if (out != null) {
            out.write(bytes, 0, n);
        }
    }

    private static void flush(OutputStream out) throws IOException {
        if (out != null) {
            out.flush();
        }
    }
}
