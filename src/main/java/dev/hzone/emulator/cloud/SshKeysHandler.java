package dev.hzone.emulator.cloud;

import com.google.gson.JsonObject;
import dev.hzone.emulator.state.SshKeyEntry;
import dev.hzone.emulator.state.StateStore;
import dev.hzone.emulator.web.ApiError;
import dev.hzone.emulator.web.ApiRequest;
import dev.hzone.emulator.web.ApiResponse;
import dev.hzone.emulator.web.Body;
import dev.hzone.emulator.web.Json;
import dev.hzone.emulator.web.LabelSelector;
import dev.hzone.emulator.web.Page;
import dev.hzone.emulator.web.Query;
import dev.hzone.emulator.web.Router;
import dev.hzone.emulator.web.Sorting;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /ssh_keys}: create (name and fingerprint unique), list (filters {@code name}, {@code
 * fingerprint}, {@code label_selector}; sort {@code id|name}), get, update name and labels, delete.
 * No actions.
 *
 * @see <a href="https://docs.hetzner.cloud/reference/cloud#ssh-keys">SSH keys</a>
 */
public final class SshKeysHandler {
  private final StateStore store;

  public SshKeysHandler(StateStore store) {
    this.store = store;
  }

  public void register(Router router) {
    router.add("GET", "/ssh_keys", this::list);
    router.add("POST", "/ssh_keys", this::create);
    router.add("GET", "/ssh_keys/{id}", this::get);
    router.add("PUT", "/ssh_keys/{id}", this::update);
    router.add("DELETE", "/ssh_keys/{id}", this::delete);
  }

  static JsonObject toJson(SshKeyEntry k) {
    JsonObject o = new JsonObject();
    o.addProperty("id", k.id());
    o.addProperty("name", k.name());
    o.addProperty("fingerprint", k.fingerprint());
    o.addProperty("public_key", k.publicKey());
    o.add("labels", Json.labels(k.labels()));
    o.add("created", Json.time(k.created()));
    return o;
  }

  private ApiResponse list(ApiRequest req) {
    Query q = req.query();
    Optional<String> name = q.first("name");
    Optional<String> fingerprint = q.first("fingerprint");
    LabelSelector selector = LabelSelector.of(q);
    Comparator<SshKeyEntry> order =
        Sorting.of(
            q,
            Map.of(
                "id", Comparator.comparingLong(SshKeyEntry::id),
                "name", Comparator.comparing(SshKeyEntry::name)),
            Comparator.comparingLong(SshKeyEntry::id));
    return store.read(
        v -> {
          List<SshKeyEntry> out = new ArrayList<>();
          for (SshKeyEntry k : v.sshKeys()) {
            if ((name.isEmpty() || name.get().equals(k.name()))
                && (fingerprint.isEmpty() || fingerprint.get().equals(k.fingerprint()))
                && selector.test(k.labels())) {
              out.add(k);
            }
          }
          out.sort(order);
          return Page.of(out, q, Page.MAX_PER_PAGE)
              .respond("ssh_keys", SshKeysHandler::toJson, req);
        });
  }

  private ApiResponse create(ApiRequest req) {
    Body b = req.json();
    String name = checkName(b.requireString("name"));
    String publicKey = b.requireString("public_key").strip();
    String fingerprint = fingerprint(publicKey);
    Map<String, String> labels = b.optLabels("labels").orElse(Map.of());
    return store.write(
        tx -> {
          for (SshKeyEntry k : tx.sshKeys()) {
            if (k.name().equals(name)) {
              throw ApiError.uniqueness("SSH key with the same name already exists", "name");
            }
            if (k.fingerprint().equals(fingerprint)) {
              throw ApiError.uniqueness(
                  "SSH key with the same fingerprint already exists", "public_key");
            }
          }
          SshKeyEntry k =
              new SshKeyEntry(tx.nextSshKeyId(), name, fingerprint, publicKey, labels, tx.now());
          tx.putSshKey(k);
          return ApiResponse.created(Json.wrap("ssh_key", toJson(k)));
        });
  }

  private ApiResponse get(ApiRequest req) {
    long id = req.idParam("id", "SSH key");
    return store.read(v -> ApiResponse.ok(Json.wrap("ssh_key", toJson(find(v.sshKey(id), id)))));
  }

  private ApiResponse update(ApiRequest req) {
    long id = req.idParam("id", "SSH key");
    Body b = req.json();
    Optional<String> name = b.optString("name").map(SshKeysHandler::checkName);
    Optional<Map<String, String>> labels = b.optLabels("labels");
    return store.write(
        tx -> {
          SshKeyEntry k = find(tx.sshKey(id), id);
          if (name.isPresent()
              && tx.sshKeys().stream().anyMatch(o -> o.id() != id && o.name().equals(name.get()))) {
            throw ApiError.uniqueness("SSH key with the same name already exists", "name");
          }
          SshKeyEntry updated = k;
          if (name.isPresent()) {
            updated = updated.withName(name.get());
          }
          if (labels.isPresent()) {
            updated = updated.withLabels(labels.get());
          }
          tx.putSshKey(updated);
          return ApiResponse.ok(Json.wrap("ssh_key", toJson(updated)));
        });
  }

  private ApiResponse delete(ApiRequest req) {
    long id = req.idParam("id", "SSH key");
    return store.write(
        tx -> {
          find(tx.sshKey(id), id);
          tx.removeSshKey(id);
          return ApiResponse.noContent();
        });
  }

  private static SshKeyEntry find(Optional<SshKeyEntry> k, long id) {
    return k.orElseThrow(() -> ApiError.notFound("SSH key with ID " + id + " not found"));
  }

  private static String checkName(String name) {
    if (name.isBlank()) {
      throw ApiError.invalidInput("name", "must not be empty");
    }
    if (name.length() > 128) {
      throw ApiError.invalidInput("name", "is too long");
    }
    return name;
  }

  /**
   * The MD5 fingerprint of an OpenSSH public key line ({@code TYPE BASE64 [COMMENT]}),
   * colon-separated hex.
   *
   * @throws ApiError {@code invalid_input} on {@code public_key} when it is not such a line
   */
  static String fingerprint(String publicKey) {
    String[] parts = publicKey.split("\\s+");
    if (parts.length < 2) {
      throw ApiError.invalidInput(
          "public_key", "is not an OpenSSH public key (TYPE BASE64 [COMMENT])");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput("public_key", "the key data is not base64");
    }
    ByteBuffer buf = ByteBuffer.wrap(blob);
    if (blob.length < 4
        || buf.getInt() != parts[0].length()
        || blob.length < 4 + parts[0].length()
        || !new String(blob, 4, parts[0].length(), StandardCharsets.US_ASCII).equals(parts[0])) {
      throw ApiError.invalidInput("public_key", "the key data does not match its type " + parts[0]);
    }
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(blob);
      StringBuilder sb = new StringBuilder();
      for (byte x : md5) {
        if (sb.length() > 0) {
          sb.append(':');
        }
        sb.append(String.format("%02x", x & 0xff));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }
}
