/**
 * TSIG keys, the one home of the concept for all of hzone: {@link dev.hzone.tsig.TsigKey} (name,
 * {@link dev.hzone.tsig.TsigAlgorithm}, secret; never shown, told apart by {@link
 * dev.hzone.tsig.TsigKey#fingerprint()}) and {@link dev.hzone.tsig.TsigKeyReader}, the one reader
 * of key files and key text (BIND's {@code key} statement, dig's {@code ALG:NAME:SECRET}, or a bare
 * base64 secret), and {@link dev.hzone.tsig.SecretFileMode}, the one check (and warning) for a key,
 * token or {@code cli.toml} file that others may read.
 *
 * <p><b>Where it sits.</b> Every package that handles TSIG uses this one: {@code api} (the
 * secondary zone's {@code tsig_algorithm}/{@code tsig_key}), {@code sync}, {@code migrate}, {@code
 * axfr}, {@code emulator} and {@code cli}. DESIGN.md lets {@code api} use only OkHttp, Retrofit and
 * Gson and keeps the {@code emulator} away from {@code api}, so no existing package can be shared
 * by all of them; this package is therefore a leaf that uses the JDK only (no dnsjava, no other
 * hzone package) and that every package may use. The bridge to dnsjava's signer lives in {@code
 * dev.hzone.axfr}. Row for DESIGN.md's table: {@code dev.hzone.tsig} | TSIG key, algorithm,
 * key-file reader | JDK only; used by every package.
 *
 * <p>Secrets never appear in {@code toString()}, exception messages or logs.
 *
 * <pre>{@code
 * TsigKey key = TsigKeyReader.readFile(Path.of("transfer.key"), Optional.empty());
 * System.out.println(key);               // TsigKey[transfer-key, hmac-sha256, fingerprint 3f9a0c12]
 * }</pre>
 */
package dev.hzone.tsig;
