#!/usr/bin/env bash
# Writes the TLS fixtures of PemTlsTest and DaemonConnectorTlsTest: one CA,
# a daemon certificate for localhost / 127.0.0.1, and client certificates
# with their keys in each PEM form the docker tools leave behind (PKCS#1
# "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY" after an "EC PARAMETERS" block,
# PKCS#8 "PRIVATE KEY"), plus a client signed by nobody the daemon trusts.
# Valid for 100 years; run again (openssl 3) to make new ones.
set -euo pipefail
cd "$(dirname "$0")"
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT
rm -rf server client-rsa client-ec client-pkcs8 stranger
mkdir -p server client-rsa client-ec client-pkcs8 stranger
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$w/ca-key.pem" -out "$w/ca.pem" -days 36500 -subj "/CN=dockerlab test CA"
sign() { # NAME KEY CERT EXTENSIONS
  openssl req -new -key "$2" -out "$w/$1.csr" -subj "/CN=$1"
  openssl x509 -req -in "$w/$1.csr" -CA "$w/ca.pem" -CAkey "$w/ca-key.pem" -CAcreateserial -days 36500 -out "$3" -extfile "$4"
}
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$w/server.ext"
printf 'extendedKeyUsage=clientAuth\n' > "$w/client.ext"
openssl genrsa -traditional -out server/key.pem 2048
sign daemon server/key.pem server/cert.pem "$w/server.ext"
openssl genrsa -traditional -out client-rsa/key.pem 2048
sign client-rsa client-rsa/key.pem client-rsa/cert.pem "$w/client.ext"
openssl ecparam -name prime256v1 -genkey -out client-ec/key.pem
sign client-ec client-ec/key.pem client-ec/cert.pem "$w/client.ext"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out client-pkcs8/key.pem
sign client-pkcs8 client-pkcs8/key.pem client-pkcs8/cert.pem "$w/client.ext"
for dir in server client-rsa client-ec client-pkcs8 stranger; do cp "$w/ca.pem" "$dir/ca.pem"; done
openssl req -x509 -newkey rsa:2048 -nodes -keyout stranger/key.pem -out stranger/cert.pem -days 36500 -subj "/CN=stranger"
