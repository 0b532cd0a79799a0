package dev.hzone.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of DESIGN.md, held by the build: each package uses only what its row of the
 * table allows, and no packages depend on each other in a circle.
 */
class ArchitectureTest {
  /** What every package may use besides its own classes. */
  private static final List<String> PLATFORM = List.of("java..", "javax..");

  private static final String DNSJAVA = "org.xbill.DNS..";
  private static final List<String> HTTP =
      List.of("okhttp3..", "okio..", "retrofit2..", "com.google.gson..");

  /** Commons CLI and Commons Text, which every command package builds on. */
  private static final List<String> COMMONS =
      List.of("org.apache.commons.cli..", "org.apache.commons.text..");

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hzone");
  }

  /**
   * The table of DESIGN.md, with the packages grown since: {@code tsig} (the one TSIG key type),
   * {@code axfr} (the one verified zone-transfer loop, shared by migration, secondary-zone checks
   * and the emulator's secondary zones) and {@code resolve} (asking nameservers directly and
   * waiting for them to serve a change; from {@code api} it takes only the one {@code Sleeper}, see
   * {@link #resolveTakesOnlyTheSleeperFromTheClient}). {@code api} uses {@code dns}: RRSets are one
   * type from zone file to wire; {@code sync} reads {@code hzone.toml} with night-config. The
   * command line's packages by command group: each uses {@code cli.framework} and the library
   * packages its commands drive; {@code cli.zone} and {@code cli.migrate} apply plans through
   * {@code cli.sync}, {@code record set-self} reads the metadata service through {@code
   * cli.metadata}; only {@code cli.framework} starts the {@code --local} emulator; {@code
   * dev.hzone.cli} itself (dispatch, help, completion) may use them all.
   */
  private static Map<String, List<String>> allowed() {
    return Map.ofEntries(
        Map.entry("dns", List.of(DNSJAVA)),
        Map.entry("tsig", List.of(DNSJAVA)),
        Map.entry("resolve", List.of("dev.hzone.api..", DNSJAVA)),
        Map.entry("zonefile", List.of("dev.hzone.dns..", DNSJAVA)),
        Map.entry("axfr", List.of("dev.hzone.dns..", "dev.hzone.tsig..", DNSJAVA)),
        Map.entry("api", concat(HTTP, List.of("dev.hzone.dns..", "dev.hzone.tsig..", DNSJAVA))),
        Map.entry(
            "sync",
            concat(
                List.of(
                    "dev.hzone.dns..",
                    "dev.hzone.zonefile..",
                    "dev.hzone.api..",
                    "dev.hzone.tsig..",
                    "dev.hzone.axfr..",
                    "dev.hzone.resolve..",
                    "dev.hzone.term..",
                    DNSJAVA,
                    "com.electronwill.nightconfig.."),
                HTTP)),
        Map.entry(
            "acme", List.of("dev.hzone.dns..", "dev.hzone.api..", "dev.hzone.resolve..", DNSJAVA)),
        Map.entry(
            "migrate",
            List.of(
                "dev.hzone.dns..",
                "dev.hzone.zonefile..",
                "dev.hzone.api..",
                "dev.hzone.tsig..",
                "dev.hzone.axfr..",
                "dev.hzone.resolve..",
                DNSJAVA)),
        Map.entry(
            "emulator",
            List.of(
                "dev.hzone.dns..",
                "dev.hzone.zonefile..",
                "dev.hzone.tsig..",
                "dev.hzone.axfr..",
                DNSJAVA,
                "com.google.gson..",
                "com.sun.net.httpserver..")),
        Map.entry(
            "cli.sync",
            concat(
                List.of(
                    "dev.hzone.cli.framework..",
                    "dev.hzone.sync..",
                    "dev.hzone.api..",
                    "dev.hzone.dns..",
                    "dev.hzone.zonefile..",
                    "dev.hzone.resolve..",
                    "dev.hzone.term..",
                    "com.google.gson.."),
                COMMONS)),
        Map.entry(
            "cli.zone",
            concat(
                List.of(
                    "dev.hzone.cli.framework..",
                    "dev.hzone.cli.sync..",
                    "dev.hzone.cli.metadata..",
                    "dev.hzone.sync..",
                    "dev.hzone.migrate..",
                    "dev.hzone.api..",
                    "dev.hzone.dns..",
                    "dev.hzone.zonefile..",
                    "dev.hzone.tsig..",
                    "dev.hzone.term..",
                    DNSJAVA,
                    "com.google.gson.."),
                COMMONS)),
        Map.entry(
            "cli.acme",
            concat(
                List.of("dev.hzone.cli.framework..", "dev.hzone.acme..", "dev.hzone.api.."),
                COMMONS)),
        Map.entry(
            "cli.migrate",
            concat(
                List.of(
                    "dev.hzone.cli.framework..",
                    "dev.hzone.cli.sync..",
                    "dev.hzone.migrate..",
                    "dev.hzone.sync..",
                    "dev.hzone.api..",
                    "dev.hzone.axfr..",
                    "dev.hzone.dns..",
                    "dev.hzone.tsig..",
                    "dev.hzone.zonefile..",
                    DNSJAVA),
                COMMONS)),
        Map.entry(
            "cli.metadata",
            concat(
                List.of("dev.hzone.cli.framework..", "dev.hzone.api..", "com.google.gson.."),
                COMMONS)),
        Map.entry(
            "cli.cloud",
            concat(
                List.of(
                    "dev.hzone.cli.framework..",
                    "dev.hzone.api..",
                    "dev.hzone.acme..",
                    "dev.hzone.dns..",
                    DNSJAVA,
                    "com.google.gson.."),
                COMMONS)));
  }

  /**
   * Inside {@code sync}, each sub-package uses only the shared words of {@code dev.hzone.sync} and
   * the sub-packages below it: remote, then plan, then apply, document and verify; config reads
   * what plans need. What each may use from outside {@code sync} is its row in {@link #allowed()}.
   */
  private static Map<String, List<String>> syncLayers() {
    String shared = "dev.hzone.sync";
    String remote = "dev.hzone.sync.remote..";
    String plan = "dev.hzone.sync.plan..";
    return Map.of(
        "sync.remote", List.of(shared),
        "sync.plan", List.of(shared, remote),
        "sync.apply", List.of(shared, remote, plan),
        "sync.document", List.of(shared, remote, plan),
        "sync.verify", List.of(shared, remote, plan),
        "sync.config", List.of(shared, plan));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void eachPackageUsesOnlyWhatItsRowAllows() {
    allowed()
        .forEach(
            (pkg, uses) -> {
              List<String> may = concat(PLATFORM, uses);
              may.add("dev.hzone." + pkg + "..");
              classes()
                  .that()
                  .resideInAPackage("dev.hzone." + pkg + "..")
                  .should()
                  .onlyDependOnClassesThat()
                  .resideInAnyPackage(may.toArray(String[]::new))
                  .because("DESIGN.md: " + pkg + " may use " + uses)
                  .check(production);
            });
  }

  @Test
  void syncSubPackagesUseOnlyTheLayersBelow() {
    syncLayers()
        .forEach(
            (pkg, uses) -> {
              List<String> others =
                  new ArrayList<>(
                      List.of(
                          "dev.hzone.sync",
                          "dev.hzone.sync.remote..",
                          "dev.hzone.sync.plan..",
                          "dev.hzone.sync.apply..",
                          "dev.hzone.sync.document..",
                          "dev.hzone.sync.verify..",
                          "dev.hzone.sync.config.."));
              others.removeAll(uses);
              others.remove("dev.hzone." + pkg + "..");
              classes()
                  .that()
                  .resideInAPackage("dev.hzone." + pkg + "..")
                  .should()
                  .onlyDependOnClassesThat()
                  .resideOutsideOfPackages(others.toArray(String[]::new))
                  .because("sync's layers: " + pkg + " may use " + uses)
                  .check(production);
            });
  }

  @Test
  void theSharedSyncWordsUseNoSubPackage() {
    classes()
        .that()
        .resideInAPackage("dev.hzone.sync")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("dev.hzone.sync.*..")
        .check(production);
  }

  @Test
  void theEmulatorNeverUsesTheClientItChecks() {
    classes()
        .that()
        .resideInAPackage("dev.hzone.emulator..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("dev.hzone.api..", "okhttp3..", "retrofit2..")
        .because("the emulator is a second, independent implementation of the wire format")
        .check(production);
  }

  /**
   * The emulator row, stated with its reasons (package-info of {@code dev.hzone.emulator}). Shared
   * on purpose: the DNS model ({@code dns}), the zone-file reader ({@code zonefile}, which the BIND
   * oracle {@code ZoneFileOracleIT} checks on its own), TSIG keys and the verified AXFR loop
   * ({@code tsig}, {@code axfr}, checked on their own by {@code ZoneTransferAttackTest} and the
   * BIND ITs). Never shared: what turns the API into hzone's behaviour, or the client's picture of
   * what the API accepts and writes (the HTTP client, sync, the command line, the ACME hook,
   * migration, direct DNS queries, the zone-file writer and lint), so that the end-to-end tests see
   * a client misreading instead of the emulator inheriting it.
   */
  @Test
  void theEmulatorSharesOnlyWhatIsCheckedOnItsOwn() {
    noClasses()
        .that()
        .resideInAPackage("dev.hzone.emulator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.hzone.api..",
            "dev.hzone.sync..",
            "dev.hzone.cli..",
            "dev.hzone.acme..",
            "dev.hzone.migrate..",
            "dev.hzone.resolve..",
            "dev.hzone.zonefile.lint..",
            "okhttp3..",
            "retrofit2..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.hzone.zonefile.ZoneFileWriter")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.hzone.zonefile.RecordValueFormatter")
        .because(
            "the emulator checks the client; it shares only the model and readers the BIND oracle and "
                + "the attack tests check independently (emulator package-info)")
        .check(production);
  }

  /**
   * {@code resolve} sits below the HTTP client: of {@code api} it shares only the injected {@code
   * Sleeper}.
   */
  @Test
  void resolveTakesOnlyTheSleeperFromTheClient() {
    noClasses()
        .that()
        .resideInAPackage("dev.hzone.resolve..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "api classes other than Sleeper",
                c ->
                    c.getPackageName().startsWith("dev.hzone.api")
                        && !c.getName().equals("dev.hzone.api.Sleeper")))
        .check(production);
  }

  @Test
  void nothingUsesTheCommandLine() {
    classes()
        .that()
        .resideOutsideOfPackage("dev.hzone.cli..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("dev.hzone.cli..")
        .check(production);
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching("dev.hzone.(*)..").should().beFreeOfCycles().check(production);
  }

  /**
   * No cycles between packages at any depth, the client's and the command line's sub-packages
   * included.
   */
  @Test
  void noPackageCyclesAtAnyDepth() {
    slices().matching("dev.hzone.(**)").should().beFreeOfCycles().check(production);
  }

  /**
   * The layers inside the client and the command line, which keep them free of cycles: the resource
   * records ({@code api.cloud}) use nothing else of the client, the wire format ({@code
   * api.schema}) only them; the command framework ({@code cli.framework}) uses none of the commands
   * built on it.
   */
  @Test
  void theClientAndTheCommandLineAreLayered() {
    classes()
        .that()
        .resideInAPackage("dev.hzone.api.cloud..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("dev.hzone.api", "dev.hzone.api.schema..")
        .because(
            "the clients and the wire format build on the resource records, not the other way round")
        .check(production);
    classes()
        .that()
        .resideInAPackage("dev.hzone.api.schema..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("dev.hzone.api")
        .because("the wire format is used by the clients and uses only the resource records")
        .check(production);
    classes()
        .that()
        .resideInAPackage("dev.hzone.cli.framework..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages(
            "dev.hzone.cli",
            "dev.hzone.cli.cloud..",
            "dev.hzone.cli.sync..",
            "dev.hzone.cli.zone..",
            "dev.hzone.cli.acme..",
            "dev.hzone.cli.migrate..",
            "dev.hzone.cli.metadata..")
        .because("the commands build on the command framework, not the other way round")
        .check(production);
  }

  /**
   * {@code term} (the ANSI colours the plan printer and the command line share) uses nothing else
   * of hzone.
   */
  @Test
  void theTerminalColoursUseNothingElse() {
    classes()
        .that()
        .resideInAPackage("dev.hzone.term..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(concat(PLATFORM, List.of("dev.hzone.term..")).toArray(String[]::new))
        .check(production);
  }
}
