package dev.dockerlab.docker;

import dev.dockerlab.failure.DockerUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PemTlsTest {

    static final Path FIXTURES = Path.of("src/test/resources/tls");

    @TempDir
    Path folder;

    /** The forms docker's tools write: PKCS#1 (docker-machine, openssl 1), SEC1 EC, PKCS#8 (openssl 3). */
    @ParameterizedTest
    @ValueSource(strings = {"client-rsa", "client-ec", "client-pkcs8", "server"})
    void eachKeyFormReadsAsTheKeyOfItsCertificate(String fixture) throws Exception {
        Path certificates = FIXTURES.resolve(fixture);
        PrivateKey key = PemTls.privateKey(certificates.resolve("key.pem"));
        Certificate certificate = PemTls.certificates(certificates.resolve("cert.pem")).get(0);

        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update("dockerlab".getBytes());
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate);
        verifier.update("dockerlab".getBytes());
        assertThat(verifier.verify(signer.sign())).isTrue();
        assertThat(PemTls.context(certificates).getProtocol()).isEqualTo("TLS");
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.copy(FIXTURES.resolve("client-rsa/ca.pem"), folder.resolve("ca.pem"));
        Files.copy(FIXTURES.resolve("client-rsa/cert.pem"), folder.resolve("cert.pem"));

        assertThatThrownBy(() -> PemTls.context(folder))
                .isInstanceOf(DockerUnavailable.class)
                .hasMessage("The Docker TLS certificates are incomplete: " + folder.resolve("key.pem") + " does not exist "
                        + "(a certificate folder holds ca.pem, cert.pem and key.pem; set DOCKER_CERT_PATH to yours).");
    }

    @Test
    void aKeyWithAPassphraseIsRefusedInOneSentence() throws Exception {
        Files.copy(FIXTURES.resolve("client-rsa/ca.pem"), folder.resolve("ca.pem"));
        Files.copy(FIXTURES.resolve("client-rsa/cert.pem"), folder.resolve("cert.pem"));
        Files.writeString(folder.resolve("key.pem"), """
                -----BEGIN RSA PRIVATE KEY-----
                Proc-Type: 4,ENCRYPTED
                DEK-Info: AES-256-CBC,0123456789ABCDEF0123456789ABCDEF

                AAAA
                -----END RSA PRIVATE KEY-----
                """);

        assertThatThrownBy(() -> PemTls.context(folder))
                .isInstanceOf(DockerUnavailable.class)
                .hasMessage("dockerlab cannot read the Docker TLS certificates in " + folder
                        + ": key.pem is protected by a passphrase, which docker cannot use either.");
    }

    @Test
    void aFileThatIsNoPemSaysSo() throws Exception {
        Files.copy(FIXTURES.resolve("client-rsa/ca.pem"), folder.resolve("ca.pem"));
        Files.writeString(folder.resolve("cert.pem"), "not a certificate\n");
        Files.copy(FIXTURES.resolve("client-rsa/key.pem"), folder.resolve("key.pem"));

        assertThatThrownBy(() -> PemTls.context(folder))
                .isInstanceOf(DockerUnavailable.class)
                .hasMessage("dockerlab cannot read the Docker TLS certificates in " + folder
                        + ": cert.pem holds no PEM certificate.");
    }
}
