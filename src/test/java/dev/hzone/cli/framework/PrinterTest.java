package dev.hzone.cli.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrinterTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

  record Thing(long id, String name, Instant created, Map<String, String> labels) {}

  static final class ThingView implements ResourceView<Thing> {
    private final Clock clock;

    ThingView(Clock clock) {
      this.clock = clock;
    }

    @Override
    public TableLayout<Thing> table() {
      return TableLayout.<Thing>builder()
          .column(Column.ofLong("id", Thing::id))
          .column(Column.of("name", Thing::name))
          .column(Column.of("labels", t -> Humanize.labels(t.labels())))
          .column(
              new Column<>(
                  "age",
                  t -> Humanize.age(t.created(), clock.instant()),
                  java.util.Comparator.comparing(Thing::created).reversed()))
          .defaults("id", "name", "age")
          .build();
    }

    @Override
    public JsonElement toJson(Thing t) {
      JsonObject o = new JsonObject();
      o.addProperty("id", t.id());
      o.addProperty("name", t.name());
      o.add("ttl", null);
      return o;
    }

    @Override
    public void describe(Thing t, DescribeWriter d) {
      d.field("ID", Long.toString(t.id()))
          .field("Name", t.name())
          .field("Created", Humanize.datetimeWithAge(t.created(), clock.instant(), ZoneOffset.UTC))
          .labels(t.labels());
    }
  }

  private static final List<Thing> THINGS =
      List.of(
          new Thing(
              7, "beta.example", Instant.parse("2026-03-01T10:00:00Z"), Map.of("env", "prod")),
          new Thing(12, "alpha.example", Instant.parse("2026-03-04T07:30:00Z"), Map.of()),
          new Thing(
              3,
              "gamma.example",
              Instant.parse("2026-03-04T09:59:30Z"),
              Map.of("env", "dev", "x", "")));

  private static String print(
      List<String> globalO, List<String> sort, java.util.function.Consumer<Printer> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    GlobalOptions g =
        new GlobalOptions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Path.of("."),
            OutputOptions.parse(globalO),
            false,
            false);
    Invocation inv =
        new Invocation(
            ps,
            ps,
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            Path.of("."),
            g,
            new Resources());
    body.accept(new Printer(inv, g.output(), sort, Clock.fixed(NOW, ZoneOffset.UTC)));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final ThingView VIEW = new ThingView(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void listsATableWithDefaultColumnsAndAges() {
    assertEquals(
        """
        ID   NAME            AGE
        7    beta.example    3d
        12   alpha.example   2h
        3    gamma.example   30s
        """,
        print(List.of(), List.of(), p -> p.list(THINGS, VIEW)));
  }

  @Test
  void choosesColumnsAndDropsTheHeader() {
    assertEquals(
        """
        beta.example    env=prod
        alpha.example
        gamma.example   env=dev, x
        """,
        print(List.of("noheader", "columns=name,labels"), List.of(), p -> p.list(THINGS, VIEW)));
  }

  @Test
  void sortsByAnyColumnEitherWay() {
    assertEquals(
        """
        ID   NAME
        3    gamma.example
        7    beta.example
        12   alpha.example
        """,
        print(List.of("columns=id,name"), List.of("id"), p -> p.list(THINGS, VIEW)));
    assertEquals(
        """
        ID   NAME
        3    gamma.example
        7    beta.example
        12   alpha.example
        """,
        print(List.of("columns=id,name"), List.of("name:desc"), p -> p.list(THINGS, VIEW)));
  }

  @Test
  void unknownColumnOrSortFieldIsAUsageErrorWithASuggestion() {
    CliException e =
        assertThrows(
            CliException.class,
            () -> print(List.of("columns=id,nmae"), List.of(), p -> p.list(THINGS, VIEW)));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertTrue(
        e.getMessage().contains("unknown column 'nmae': did you mean 'name'?"), e.getMessage());
    assertTrue(e.getMessage().contains("known: id, name, labels, age"), e.getMessage());
    CliException s =
        assertThrows(
            CliException.class,
            () -> print(List.of(), List.of("nam:up"), p -> p.list(THINGS, VIEW)));
    assertTrue(
        s.getMessage().contains("unknown sort field 'nam': did you mean 'name'?"), s.getMessage());
    CliException d =
        assertThrows(
            CliException.class,
            () -> print(List.of(), List.of("name:up"), p -> p.list(THINGS, VIEW)));
    assertTrue(d.getMessage().contains("unknown sort direction 'up'"), d.getMessage());
  }

  @Test
  void listsAsAJsonArrayOfApiObjects() {
    assertEquals(
        """
        [
          {
            "id": 7,
            "name": "beta.example",
            "ttl": null
          }
        ]
        """,
        print(List.of("json"), List.of(), p -> p.list(THINGS.subList(0, 1), VIEW)));
  }

  @Test
  void listsAsYaml() {
    assertEquals(
        """
        - id: 7
          name: beta.example
          ttl: null
        """,
        print(List.of("yaml"), List.of(), p -> p.list(THINGS.subList(0, 1), VIEW)));
  }

  @Test
  void describesOneResourceForPeopleOrAsItsObject() {
    assertEquals(
        """
        ID:      7
        Name:    beta.example
        Created: 2026-03-01 10:00:00 UTC (3 days ago)
        Labels:
          env: prod
        """,
        print(List.of(), List.of(), p -> p.one(THINGS.get(0), VIEW)));
    assertEquals(
        "{\n  \"id\": 7,\n  \"name\": \"beta.example\",\n  \"ttl\": null\n}\n",
        print(List.of("json"), List.of(), p -> p.one(THINGS.get(0), VIEW)));
  }

  @Test
  void multiLineCellsTakeSeveralLines() {
    assertEquals(
        """
        NAME   TYPE   RECORDS
        www    A      192.0.2.1
                      192.0.2.2
        @      MX     10 mail.example.com.
        """,
        new TextTable()
            .row(List.of("NAME", "TYPE", "RECORDS"))
            .row(List.of("www", "A", "192.0.2.1\n192.0.2.2"))
            .row(List.of("@", "MX", "10 mail.example.com."))
            .render());
  }

  @Test
  void emptyListPrintsOnlyTheHeaderOrAnEmptyArray() {
    assertEquals("ID   NAME   AGE\n", print(List.of(), List.of(), p -> p.list(List.of(), VIEW)));
    assertEquals("[]\n", print(List.of("json"), List.of(), p -> p.list(List.of(), VIEW)));
  }

  @Test
  void commandLevelOutputFlagsOverrideGlobalOnes() {
    OutputOptions g = OutputOptions.parse(List.of("json", "columns=id"));
    OutputOptions merged = g.with(List.of("table", "noheader"));
    assertEquals(OutputOptions.Format.TABLE, merged.format());
    assertEquals(List.of("id"), merged.columns());
    assertEquals(false, merged.header());
  }
}
