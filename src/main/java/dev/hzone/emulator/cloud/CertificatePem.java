package dev.hzone.emulator.cloud;

import dev.hzone.emulator.web.ApiError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * An uploaded certificate read with {@code java.security.cert}: the PEM chain (leaf first), its
 * validity, the SHA-256 fingerprint of the leaf, its domain names (DNS subject alternative names,
 * else the subject's CN), and proof that the private key belongs to it (a signature made with the
 * key verifies with the certificate). The key is used for that check only and never kept.
 *
 * @param pem the chain as uploaded, trimmed
 * @param notValidBefore start of the leaf's validity
 * @param notValidAfter end of the leaf's validity
 * @param fingerprint SHA-256 of the leaf's DER, colon-separated lower-case hex
 * @param domainNames the names the leaf is for
 */
record CertificatePem(
    String pem,
    Instant notValidBefore,
    Instant notValidAfter,
    String fingerprint,
    List<String> domainNames) {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  /**
   * Parses a certificate chain and checks {@code privateKey} against its leaf.
   *
   * @throws ApiError {@code invalid_input} on {@code certificate} or {@code private_key} saying
   *     what is wrong
   */
  static CertificatePem parse(String certificate, String privateKey) {
    List<X509Certificate> chain = chain(certificate);
    X509Certificate leaf = chain.get(0);
    checkKey(leaf, key(privateKey));
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded());
      StringBuilder fp = new StringBuilder();
      for (byte b : sha) {
        fp.append(fp.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xff));
      }
      return new CertificatePem(
          certificate.strip(),
          leaf.getNotBefore().toInstant(),
          leaf.getNotAfter().toInstant(),
          fp.toString(),
          names(leaf));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static List<X509Certificate> chain(String pem) {
    Matcher m = BLOCK.matcher(pem);
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      while (m.find()) {
        if (!m.group(1).equals("CERTIFICATE")) {
          throw ApiError.invalidInput(
              "certificate",
              "holds a "
                  + m.group(1)
                  + " block; give PEM CERTIFICATE "
                  + "blocks only, leaf first");
        }
        Collection<? extends Certificate> certs =
            f.generateCertificates(
                new ByteArrayInputStream(m.group(0).getBytes(StandardCharsets.US_ASCII)));
        for (Certificate c : certs) {
          out.add((X509Certificate) c);
        }
      }
    } catch (CertificateException e) {
      throw ApiError.invalidInput(
          "certificate", "is not a valid PEM certificate: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw ApiError.invalidInput(
          "certificate", "holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    return out;
  }

  private static PrivateKey key(String pem) {
    Matcher m = BLOCK.matcher(pem);
    if (!m.find()) {
      throw ApiError.invalidInput("private_key", "holds no PEM private key");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(m.group(2));
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput("private_key", "is not valid base64 inside its PEM block");
    }
    String kind = m.group(1);
    if (kind.equals("RSA PRIVATE KEY")) {
      der = pkcs8OfRsa(der);
    } else if (!kind.equals("PRIVATE KEY")) {
      throw ApiError.invalidInput(
          "private_key",
          "a "
              + kind
              + " block is not supported; give a PKCS#8 "
              + "PRIVATE KEY (openssl pkcs8 -topk8 -nocrypt)");
    }
    for (String alg : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw ApiError.invalidInput("private_key", "is not an RSA, EC or Ed25519 private key");
  }

  /** Wraps a PKCS#1 RSA key in the PKCS#8 structure that {@link KeyFactory} reads. */
  private static byte[] pkcs8OfRsa(byte[] pkcs1) {
    byte[] algId = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    byte[] octet = concat(new byte[] {0x04}, length(pkcs1.length), pkcs1);
    byte[] body = concat(new byte[] {0x02, 0x01, 0x00}, algId, octet);
    return concat(new byte[] {0x30}, length(body.length), body);
  }

  private static byte[] length(int n) {
    if (n < 0x80) {
      return new byte[] {(byte) n};
    }
    if (n < 0x100) {
      return new byte[] {(byte) 0x81, (byte) n};
    }
    if (n < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    }
    return new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static void checkKey(X509Certificate leaf, PrivateKey key) {
    String alg =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default -> key.getAlgorithm();
        };
    byte[] challenge = new byte[32];
    new SecureRandom().nextBytes(challenge);
    boolean ok;
    try {
      Signature s = Signature.getInstance(alg);
      s.initSign(key);
      s.update(challenge);
      byte[] sig = s.sign();
      Signature v = Signature.getInstance(alg);
      v.initVerify(leaf.getPublicKey());
      v.update(challenge);
      ok = v.verify(sig);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (!ok) {
      throw ApiError.invalidInput("private_key", "does not match the certificate's public key");
    }
  }

  private static List<String> names(X509Certificate leaf) {
    Set<String> out = new LinkedHashSet<>();
    try {
      Collection<List<?>> sans = leaf.getSubjectAlternativeNames();
      if (sans != null) {
        for (List<?> san : sans) {
          if (Integer.valueOf(2).equals(san.get(0))) {
            out.add(san.get(1).toString().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (CertificateException e) {
      throw ApiError.invalidInput(
          "certificate", "has unreadable subject alternative names: " + e.getMessage());
    }
    if (out.isEmpty()) {
      try {
        for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
          if (rdn.getType().equalsIgnoreCase("CN")) {
            out.add(rdn.getValue().toString().toLowerCase(Locale.ROOT));
          }
        }
      } catch (InvalidNameException e) {
        throw ApiError.invalidInput("certificate", "has an unreadable subject: " + e.getMessage());
      }
    }
    return List.copyOf(out);
  }
}
