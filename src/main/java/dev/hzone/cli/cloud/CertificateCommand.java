package dev.hzone.cli.cloud;

import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Certificate;
import dev.hzone.api.cloud.CertificateType;
import dev.hzone.api.cloud.CreateCertificateOptions;
import dev.hzone.api.cloud.CreateCertificateResult;
import dev.hzone.api.cloud.ListCertificatesOptions;
import dev.hzone.api.cloud.UpdateCertificateOptions;
import dev.hzone.cli.framework.CliException;
import dev.hzone.cli.framework.ClientFactory;
import dev.hzone.cli.framework.Column;
import dev.hzone.cli.framework.Command;
import dev.hzone.cli.framework.DescribeWriter;
import dev.hzone.cli.framework.ExitCodes;
import dev.hzone.cli.framework.Humanize;
import dev.hzone.cli.framework.Invocation;
import dev.hzone.cli.framework.TableLayout;
import dev.hzone.cli.framework.Verb;
import dev.hzone.dns.Names;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;

/**
 * {@code hzone certificate ...}: TLS certificates for load balancers, either uploaded (certificate
 * and key from files) or managed (issued by Let's Encrypt for domains in the project's DNS zones,
 * renewed by Hetzner).
 */
public final class CertificateCommand {
  static final CloudResource<Certificate> KIND =
      CloudResource.<Certificate>builder("certificate", "certificate")
          .jsonKey("certificate")
          .id(Certificate::id)
          .name(Certificate::name)
          .get((c, id) -> c.certificates().get(id))
          .byName((c, n) -> c.certificates().list(ListCertificatesOptions.ALL.withName(n)))
          .list(
              (c, r) -> {
                ListCertificatesOptions o =
                    r.selector()
                        .map(ListCertificatesOptions.ALL::withLabelSelector)
                        .orElse(ListCertificatesOptions.ALL);
                return c.certificates()
                    .list(
                        Args.choice(r.options(), "type", List.of("uploaded", "managed"))
                            .map(o::withType)
                            .orElse(o));
              })
          .labels(
              Certificate::labels,
              (c, id, l) ->
                  c.certificates().update(id, UpdateCertificateOptions.of().withLabels(l)))
          .delete(
              (c, id) -> {
                c.certificates().delete(id);
                return Optional.empty();
              })
          .view(View::new)
          .build();

  private CertificateCommand() {}

  public static Command create() {
    return CloudGroup.of(
        "certificate",
        "Manage TLS certificates for load balancers",
        List.of(
            StandardVerbs.list(
                KIND,
                "hzone certificate list\nhzone certificate list --type managed",
                () ->
                    Opts.of(
                        Opts.opt("type", "uploaded|managed", "only certificates of this type"))),
            StandardVerbs.describe(KIND, "hzone certificate describe www"),
            new Verb(
                "create",
                "Upload a certificate, or have one issued and renewed (managed)",
                "",
                """
            hzone certificate create --name www --cert-file www.crt --key-file www.key
            hzone certificate create --name shop --type managed --domain example.com --domain www.example.com""",
                () ->
                    Opts.write(
                        Opts.of(
                            Opts.req("name", "NAME", "the certificate's name"),
                            Opts.opt(
                                "type",
                                "uploaded|managed",
                                "uploaded (default): from --cert-file and --key-file; managed: "
                                    + "issued by Let's Encrypt for --domain names in this project's DNS zones"),
                            Opts.opt("cert-file", "FILE", "the PEM certificate chain (uploaded)"),
                            Opts.opt("key-file", "FILE", "the PEM private key (uploaded)"),
                            Opts.multi("domain", "NAME", "a domain name to issue for (managed)"),
                            Opts.label())),
                CertificateCommand::create),
            StandardVerbs.update(
                KIND,
                "hzone certificate update www --name www-2026",
                () -> Opts.of(Opts.opt("name", "NAME", "the new name")),
                (inv, cl) -> UpdateCertificateOptions.of().withName(cl.getOptionValue("name")),
                (c, cert, u) -> c.certificates().update(cert.id(), u)),
            StandardVerbs.delete(KIND, "hzone certificate delete www"),
            LabelVerbs.addLabel(KIND),
            LabelVerbs.removeLabel(KIND),
            ActionVerb.on(KIND, "retry")
                .summary("Retry the issuance or renewal of a managed certificate that failed")
                .examples("hzone certificate retry shop")
                .call((c, cert, in) -> Outcome.of(c.certificates().retry(cert.id())))
                .done((cert, in) -> "Certificate " + cert.name() + " issued")
                .progress(cert -> "issuing certificate " + cert.name())
                .build()));
  }

  private static int create(Invocation inv, CommandLine cl) {
    Args.positional(cl, 0, 0, "certificate create", "");
    CertificateType type =
        Args.apiEnum(cl, "type", CertificateType.class).orElse(CertificateType.UPLOADED);
    CreateCertificateOptions o =
        CreateCertificateOptions.of(cl.getOptionValue("name")).withType(type);
    if (type == CertificateType.UPLOADED) {
      if (!cl.hasOption("cert-file") || !cl.hasOption("key-file") || cl.hasOption("domain")) {
        throw CliException.usage(
            "an uploaded certificate needs --cert-file and --key-file (and no --domain; "
                + "for a managed one add --type managed)");
      }
      String cert = Args.file(inv, "cert-file", cl.getOptionValue("cert-file"));
      String key = Args.file(inv, "key-file", cl.getOptionValue("key-file"));
      if (!cert.contains("-----BEGIN CERTIFICATE-----")) {
        throw CliException.data(
            "--cert-file " + cl.getOptionValue("cert-file") + ": no PEM certificate in it");
      }
      if (!key.contains("PRIVATE KEY-----")) {
        throw CliException.data(
            "--key-file " + cl.getOptionValue("key-file") + ": no PEM private key in it");
      }
      o = o.withCertificate(cert).withPrivateKey(key);
    } else {
      List<String> domains = new ArrayList<>();
      for (String d : Args.values(cl, "domain")) {
        try {
          domains.add(Names.zoneName(d));
        } catch (IllegalArgumentException e) {
          throw CliException.usage("--domain '" + d + "' is not a domain name: " + e.getMessage());
        }
      }
      if (domains.isEmpty() || cl.hasOption("cert-file") || cl.hasOption("key-file")) {
        throw CliException.usage(
            "a managed certificate needs at least one --domain (and no --cert-file or --key-file)");
      }
      o = o.withDomainNames(domains);
    }
    o = Args.labels(cl).map(o::withLabels).orElse(o);
    HcloudClient client = ClientFactory.client(inv);
    CreateCertificateResult r = client.certificates().create(o);
    StandardVerbs.finishCreate(inv, cl, KIND, client, r.certificate(), Outcome.of(r.action()));
    return ExitCodes.OK;
  }

  static final class View extends CloudView<Certificate> {
    View(Clock clock) {
      super(clock);
    }

    @Override
    protected TableLayout<Certificate> layout() {
      return TableLayout.<Certificate>builder()
          .column(Column.ofLong("id", Certificate::id))
          .column(Column.of("name", Certificate::name))
          .column(
              Column.of("type", c -> c.type().map(CertificateType::apiValue).orElse("uploaded")))
          .column(Column.of("domain_names", c -> String.join(", ", c.domainNames())))
          .column(Column.of("fingerprint", c -> c.fingerprint().orElse("-")))
          .column(
              Column.of(
                  "issuance_status",
                  c ->
                      c.status()
                          .flatMap(Certificate.Status::issuance)
                          .map(Certificate.Status.Issuance::apiValue)
                          .orElse("-")))
          .column(
              Column.of(
                  "renewal_status",
                  c ->
                      c.status()
                          .flatMap(Certificate.Status::renewal)
                          .map(Certificate.Status.Renewal::apiValue)
                          .orElse("-")))
          .column(
              Column.of(
                  "not_valid_before",
                  c ->
                      c.notValidBefore()
                          .map(t -> Humanize.datetime(t, clock.getZone()))
                          .orElse("-")))
          .column(
              Column.of(
                  "not_valid_after",
                  c ->
                      c.notValidAfter()
                          .map(t -> Humanize.datetime(t, clock.getZone()))
                          .orElse("-")))
          .column(labels(Certificate::labels))
          .column(age(Certificate::created))
          .column(created(Certificate::created))
          .defaults("id", "name", "type", "domain_names", "not_valid_after", "age")
          .build();
    }

    @Override
    public void describe(Certificate c, DescribeWriter d) {
      d.field("ID", Long.toString(c.id()))
          .field("Name", c.name())
          .field("Type", c.type().map(CertificateType::apiValue).orElse("uploaded"))
          .field("Fingerprint", c.fingerprint().orElse("-"))
          .field("Created", when(c.created()))
          .field("Not valid before", when(c.notValidBefore()))
          .field("Not valid after", when(c.notValidAfter()));
      c.status()
          .ifPresent(
              st ->
                  d.section(
                      "Status",
                      s -> {
                        s.field(
                            "Issuance",
                            st.issuance().map(Certificate.Status.Issuance::apiValue).orElse("-"));
                        s.field(
                            "Renewal",
                            st.renewal().map(Certificate.Status.Renewal::apiValue).orElse("-"));
                        st.error()
                            .ifPresent(
                                e ->
                                    s.field(
                                        "Failure reason",
                                        e.message().orElse("") + " (" + e.code().orElse("") + ")"));
                      }));
      d.list("Domain names", c.domainNames(), "No domain names");
      d.labels(c.labels());
      d.list("Used by", c.usedBy().stream().map(u -> u.type() + " " + u.id()).toList(), "Not used");
    }
  }
}
