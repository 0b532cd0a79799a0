package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.CreateSshKeyOptions;
import dev.hzone.api.cloud.ListSshKeysOptions;
import dev.hzone.api.cloud.SshKey;
import dev.hzone.api.cloud.UpdateSshKeyOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/** {@code hzone ssh-key ...}: public keys the API puts on new servers and rescue systems. */
public final class SshKeyCommand {
  static final CloudResource<SshKey> KIND =
      CloudResource.<SshKey>builder("ssh-key", "SSH key")
          .jsonKey("ssh_key")
          .id(SshKey::id)
          .name(SshKey::name)
          .get((c, id) -> c.sshKeys().get(id))
          .byName((c, n) -> c.sshKeys().list(ListSshKeysOptions.ALL.withName(n)))
          .list(
              (c, r) ->
                  c.sshKeys()
                      .list(
                          r.selector()
                              .map(ListSshKeysOptions.ALL::withLabelSelector)
                              .orElse(ListSshKeysOptions.ALL)))
          .labels(
              SshKey::labels,
              (c, id, l) -> c.sshKeys().update(id, UpdateSshKeyOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.sshKeys().delete(id);
                return Optional.empty();
              })
          .view(View::new)
          .build();

  private SshKeyCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "ssh-key",
        "Manage SSH keys",
        List.of(
            StandardVerbs.list(
                KIND, "hzone ssh-key list\nhzone ssh-key list -o columns=name,fingerprint"),
            StandardVerbs.describe(KIND, "hzone ssh-key describe laptop"),
            new Verb(
                "create",
                "Add an SSH public key",
                "",
                """
            hzone ssh-key create --name laptop --public-key-from-file ~/.ssh/id_ed25519.pub
            hzone ssh-key create --name ci --public-key 'ssh-ed25519 AAAA... ci@example' --label env=ci""",
                () ->
                    Opts.output(
                        Opts.of(
                            Opts.req("name", "NAME", "the key's name"),
                            Opts.opt(
                                "public-key",
                                "KEY",
                                "the public key, e.g. 'ssh-ed25519 AAAA... user@host'"),
                            Opts.opt(
                                "public-key-from-file",
                                "FILE",
                                "read the public key from FILE ('-' for stdin)"),
                            Opts.label())),
                SshKeyCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone ssh-key update laptop --name old-laptop",
                () -> Opts.of(Opts.opt("name", "NAME", "the new name")),
                (inv, cl) -> UpdateSshKeyOptions.of().withName(cl.getOptionValue("name")),
                (c, k, u) -> c.sshKeys().update(k.id(), u)),
            StandardVerbs.delete(KIND, "hzone ssh-key delete laptop"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND)));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "ssh-key create", "");
    String key = publicKey(inv, cl);
    CreateSshKeyOptions o = CreateSshKeyOptions.of(cl.getOptionValue("name"), key);
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    HcloudClient client = ClientFactory.client(inv);
    SshKey created = client.sshKeys().create(o);
    StandardVerbs.finishCreate(inv, cl, KIND, client, created, Outcome.none());
    return ExitCodes.OK;
  }

  /**
   * The key from {@code --public-key} or its file, checked to look like one OpenSSH public key
   * line.
   */
  private static String publicKey(Invocation inv, CommandLine cl) {
    boolean inline = cl.hasOption("public-key");
    boolean file = cl.hasOption("public-key-from-file");
    if (inline == file) {
      throw CliException.usage(
          "give the key with exactly one of --public-key KEY or --public-key-from-file FILE");
    }
    String key =
        (inline
                ? cl.getOptionValue("public-key")
                : Args.file(inv, "public-key-from-file", cl.getOptionValue("public-key-from-file")))
            .trim();
    String where =
        inline
            ? "--public-key"
            : "--public-key-from-file " + cl.getOptionValue("public-key-from-file");
    if (key.isEmpty()) {
      throw CliException.data(where + ": the public key is empty");
    }
    if (key.contains("PRIVATE KEY")) {
      throw CliException.data(
          where + ": this is a private key; give the public one (the .pub file)");
    }
    if (key.lines().count() > 1 || !key.matches("(ssh-|ecdsa-|sk-)\\S+ [A-Za-z0-9+/=]+( .*)?")) {
      throw CliException.data(
          where + ": not an OpenSSH public key line ('ssh-ed25519 AAAA... comment')");
    }
    return key;
  }

  static final class View extends CloudView<SshKey> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<SshKey> layout() {
      return TableLayout.<SshKey>builder()
          .column(Column.ofLong("id", SshKey::id))
          .column(Column.of("name", SshKey::name))
          .column(Column.of("fingerprint", SshKey::fingerprint))
          .column(Column.of("public_key", SshKey::publicKey))
          .column(labels(SshKey::labels))
          .column(age(SshKey::created))
          .column(created(SshKey::created))
          .defaults("id", "name", "fingerprint", "age")
          .build();
    }

    @Override
    public void describe(SshKey k, DescribeWriter d) {
      d.field("ID", Long.toString(k.id()))
          .field("Name", k.name())
          .field("Created", when(k.created()))
          .field("Fingerprint", k.fingerprint())
          .field("Public Key", k.publicKey());
      d.labels(k.labels());
    }
  }
}
