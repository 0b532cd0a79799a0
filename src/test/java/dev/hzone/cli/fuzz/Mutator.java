package dev.hzone.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Seeded mutations of a text file, the kinds that break zone files and TOML in real life: cut off
 * at any byte, a line dropped, doubled or swapped, random bytes (NUL, invalid UTF-8) inserted or
 * flipped, numbers made huge or negative, parentheses, quotes and brackets left open or closed
 * twice, and directives or tokens spliced in from {@link #splices}. The same seed always gives the
 * same mutation.
 */
public final class Mutator {
  /** One mutation: a name for messages, and what it does. */
  public record Mutation(String name, BiFunction<byte[], Random, byte[]> apply) {}

  private final List<Mutation> mutations = new ArrayList<>();

  /**
   * @param splices lines to insert at a random place (directives, tokens of the file's language)
   */
  public Mutator(List<String> splices) {
    mutations.add(
        new Mutation(
            "truncate",
            (b, r) -> b.length == 0 ? b : java.util.Arrays.copyOf(b, r.nextInt(b.length))));
    mutations.add(
        new Mutation("drop-line", (b, r) -> editLines(b, r, (lines, i) -> lines.remove(i))));
    mutations.add(
        new Mutation(
            "double-line", (b, r) -> editLines(b, r, (lines, i) -> lines.add(i, lines.get(i)))));
    mutations.add(
        new Mutation(
            "swap-lines",
            (b, r) ->
                editLines(
                    b,
                    r,
                    (lines, i) -> {
                      int j = r.nextInt(lines.size());
                      String t = lines.get(i);
                      lines.set(i, lines.get(j));
                      lines.set(j, t);
                    })));
    mutations.add(
        new Mutation(
            "random-bytes",
            (b, r) -> {
              byte[] junk = new byte[1 + r.nextInt(64)];
              r.nextBytes(junk);
              return insert(b, r.nextInt(b.length + 1), junk);
            }));
    mutations.add(
        new Mutation(
            "flip-bytes",
            (b, r) -> {
              byte[] c = b.clone();
              for (int n = 0; n < 1 + r.nextInt(8) && c.length > 0; n++) {
                c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
              }
              return c;
            }));
    mutations.add(
        new Mutation(
            "nul-and-invalid-utf8",
            (b, r) ->
                insert(
                    b,
                    r.nextInt(b.length + 1),
                    new byte[] {0, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0})));
    mutations.add(
        new Mutation(
            "huge-number",
            (b, r) ->
                replaceNumber(
                    b,
                    r,
                    List.of(
                        "4294967296",
                        "99999999999999999999999999",
                        "-1",
                        "2147483648",
                        "9223372036854775808",
                        "1e400",
                        "0x7fffffff"))));
    mutations.add(
        new Mutation(
            "unbalanced",
            (b, r) -> {
              String[] opens = {"(", ")", "\"", "[", "]", "{", "}", "((((", "\\"};
              return insert(
                  b,
                  r.nextInt(b.length + 1),
                  opens[r.nextInt(opens.length)].getBytes(StandardCharsets.UTF_8));
            }));
    mutations.add(
        new Mutation(
            "splice",
            (b, r) ->
                editLines(
                    b, r, (lines, i) -> lines.add(i, splices.get(r.nextInt(splices.size()))))));
    mutations.add(
        new Mutation(
            "long-token",
            (b, r) ->
                insert(
                    b,
                    r.nextInt(b.length + 1),
                    "x".repeat(1 + r.nextInt(100_000)).getBytes(StandardCharsets.UTF_8))));
  }

  /** The names of the mutations, in order. */
  public List<String> names() {
    return mutations.stream().map(Mutation::name).toList();
  }

  /**
   * Applies {@code count} mutations chosen by {@code random}; returns the result and their names.
   */
  public Result mutate(byte[] original, Random random, int count) {
    byte[] b = original;
    List<String> applied = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Mutation m = mutations.get(random.nextInt(mutations.size()));
      b = m.apply().apply(b, random);
      applied.add(m.name());
    }
    return new Result(b, applied);
  }

  /** A mutated file and the mutations that made it. */
  public record Result(byte[] bytes, List<String> mutations) {}

  private interface LineEdit {
    void edit(List<String> lines, int index);
  }

  private static byte[] editLines(byte[] b, Random r, LineEdit edit) {
    // ISO-8859-1 keeps every byte as it is, invalid UTF-8 included.
    List<String> lines =
        new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    edit.edit(lines, r.nextInt(lines.size()));
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
    out.write(b, 0, at);
    out.write(what, 0, what.length);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  private static byte[] replaceNumber(byte[] b, Random r, List<String> values) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?<![\\w.:])[0-9]{1,9}(?![\\w.:])").matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return insert(
          b,
          0,
          (values.get(r.nextInt(values.size())) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    int[] span = spans.get(r.nextInt(spans.size()));
    String out =
        s.substring(0, span[0]) + values.get(r.nextInt(values.size())) + s.substring(span[1]);
    return out.getBytes(StandardCharsets.ISO_8859_1);
  }
}
