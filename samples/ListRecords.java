// Lists the records of a zone and sets one, with hzone as a library.
// Run: mvn -B -q package -DskipTests && HCLOUD_TOKEN=... java -cp target/hzone.jar samples/ListRecords.java example.com
import dev.hzone.api.HcloudClient;
import dev.hzone.api.cloud.Action;
import dev.hzone.dns.RecordType;
import dev.hzone.dns.RecordValue;
import dev.hzone.dns.Rrset;
import dev.hzone.dns.RrsetKey;
import java.util.List;

public class ListRecords {
  public static void main(String[] args) {
    String zone = args[0];
    HcloudClient.Builder builder = HcloudClient.builder().token(System.getenv("HCLOUD_TOKEN"));
    if (System.getenv("HCLOUD_ENDPOINT") != null) {
      builder.endpoint(System.getenv("HCLOUD_ENDPOINT"));
    }
    try (HcloudClient client = builder.build()) {
      for (Rrset r : client.rrsets().list(zone)) {
        String ttl = r.ttl().isPresent() ? String.valueOf(r.ttl().getAsInt()) : "zone-default";
        System.out.println(r.key() + " " + ttl + " " + r.values());
      }
      if (args.length > 1) { // e.g. "203.0.113.10": point www at it and wait until the change is live
        Action a = client.rrsets().setRecords(zone, RrsetKey.of("www", RecordType.A),
            List.of(RecordValue.of(args[1])));
        client.actionWaiter().waitFor(a);
        System.out.println("www A " + args[1] + ": done, " + client.rateLimit().map(b -> b.remaining() + " requests left").orElse(""));
      }
    }
  }
}
