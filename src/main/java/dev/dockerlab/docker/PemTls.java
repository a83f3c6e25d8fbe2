package dev.dockerlab.docker;

import dev.dockerlab.failure.DockerUnavailable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client side of a TLS daemon from a docker certificate folder (ca.pem,
 * cert.pem, key.pem), read by the JDK alone. docker-java would read the same
 * files with BouncyCastle, 10 MB in the jar for one PEM parser; the JDK reads
 * X.509 certificates and PKCS#8 keys, and the two other forms docker's tools
 * write (PKCS#1 "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY") are PKCS#8 with
 * the algorithm's name left off, so they are wrapped in it.
 */
public final class PemTls {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\R(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final byte[] VERSION_0 = tlv(0x02, octets(0));
    private static final byte[] RSA_ALGORITHM = tlv(0x30,
            tlv(0x06, octets(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01)), tlv(0x05));
    private static final byte[] EC_PUBLIC_KEY = tlv(0x06, octets(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01));
    private static final char[] IN_MEMORY = "dockerlab".toCharArray();

    private PemTls() {
    }

    /** A TLS context that trusts ca.pem and shows cert.pem, signed with key.pem; one sentence when it cannot be made. */
    public static SSLContext context(Path folder) {
        try {
            List<Certificate> authorities = certificates(folder.resolve("ca.pem"));
            List<Certificate> chain = certificates(folder.resolve("cert.pem"));
            PrivateKey key = privateKey(folder.resolve("key.pem"));

            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("client", key, IN_MEMORY, chain.toArray(Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, IN_MEMORY);

            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                trusted.setCertificateEntry("ca-" + i, authorities.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);

            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (NoSuchFileException missing) {
            throw new DockerUnavailable("The Docker TLS certificates are incomplete: " + missing.getFile()
                    + " does not exist (a certificate folder holds ca.pem, cert.pem and key.pem; set DOCKER_CERT_PATH to yours).",
                    missing);
        } catch (IOException unreadable) {
            throw new DockerUnavailable("dockerlab cannot read the Docker TLS certificates in " + folder + ": "
                    + unreadable.getMessage() + ".", unreadable);
        } catch (GeneralSecurityException | IllegalArgumentException broken) {
            throw new DockerUnavailable("The Docker TLS certificates in " + folder + " are not usable ("
                    + broken.getMessage() + "); make them again or point DOCKER_CERT_PATH at good ones.", broken);
        }
    }

    static List<Certificate> certificates(Path pem) throws IOException, GeneralSecurityException {
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        List<Certificate> found = new ArrayList<>();
        for (Block block : blocks(pem)) {
            if (block.type().equals("CERTIFICATE")) {
                found.add(x509.generateCertificate(new ByteArrayInputStream(block.der())));
            }
        }
        if (found.isEmpty()) {
            throw new IOException(pem.getFileName() + " holds no PEM certificate");
        }
        return found;
    }

    static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        for (Block block : blocks(pem)) {
            switch (block.type()) {
                case "PRIVATE KEY" -> {
                    return pkcs8(block.der(), "RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS");
                }
                case "RSA PRIVATE KEY" -> {
                    return pkcs8(tlv(0x30, VERSION_0, RSA_ALGORITHM, tlv(0x04, block.der())), "RSA");
                }
                case "EC PRIVATE KEY" -> {
                    byte[] algorithm = tlv(0x30, EC_PUBLIC_KEY, namedCurve(block.der()));
                    return pkcs8(tlv(0x30, VERSION_0, algorithm, tlv(0x04, block.der())), "EC");
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new IOException(pem.getFileName()
                        + " is protected by a passphrase, which docker cannot use either");
                default -> {
                    // "EC PARAMETERS" and the like come before the key: skip them
                }
            }
        }
        throw new IOException(pem.getFileName() + " holds no PEM private key");
    }

    private static PrivateKey pkcs8(byte[] der, String... algorithms) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : algorithms) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                last = notThisOne;
            }
        }
        throw last;
    }

    /** The curve's OID from an RFC 5915 ECPrivateKey: SEQUENCE { version, privateKey, [0] parameters, [1] publicKey }. */
    private static byte[] namedCurve(byte[] sec1) throws GeneralSecurityException {
        Der sequence = Der.read(sec1, 0);
        int at = sequence.contentStart();
        while (at < sequence.end()) {
            Der element = Der.read(sec1, at);
            if (element.tag() == 0xa0) {
                Der curve = Der.read(sec1, element.contentStart());
                return Arrays.copyOfRange(sec1, curve.start(), curve.end());
            }
            at = element.end();
        }
        throw new GeneralSecurityException("the EC key does not name its curve");
    }

    private static List<Block> blocks(Path pem) throws IOException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            String body = matcher.group(2);
            if (body.contains("Proc-Type:")) {
                throw new IOException(pem.getFileName() + " is protected by a passphrase, which docker cannot use either");
            }
            blocks.add(new Block(matcher.group(1), Base64.getMimeDecoder().decode(body)));
        }
        return blocks;
    }

    private record Block(String type, byte[] der) {
    }

    /** One DER element of a byte array: where it starts, where its content starts, where it ends. */
    private record Der(int tag, int start, int contentStart, int end) {

        static Der read(byte[] bytes, int start) throws GeneralSecurityException {
            if (start + 2 > bytes.length) {
                throw new GeneralSecurityException("the key is cut off");
            }
            int length = bytes[start + 1] & 0xff;
            int contentStart = start + 2;
            if (length > 0x80) {
                int octets = length - 0x80;
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (bytes[contentStart++] & 0xff);
                }
            }
            if (contentStart + length > bytes.length) {
                throw new GeneralSecurityException("the key is cut off");
            }
            return new Der(bytes[start] & 0xff, start, contentStart, contentStart + length);
        }
    }

    private static byte[] octets(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** A DER element: tag, length, and the parts as its content. */
    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets);
            for (int i = octets - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
