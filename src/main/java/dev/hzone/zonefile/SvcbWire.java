package dev.hzone.zonefile;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Base64;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;
import org.xbill.DNS.WireParseException;

/**
 * SVCB and HTTPS RDATA from their wire form to presentation text (RFC 9460 section 2.1 and appendix
 * A), for data written in RFC 3597's {@code \#} form. dnsjava 3.6 prints ALPN lists without their
 * second level of escaping, so this does it by hand, as BIND prints it.
 */
final class SvcbWire {
  private static final String[] NAMES = {
    "mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech", "ipv6hint", "dohpath"
  };

  private SvcbWire() {}

  static String format(byte[] wire) {
    try {
      ByteBuffer b = ByteBuffer.wrap(wire);
      int priority = b.getShort() & 0xffff;
      DNSInput in = new DNSInput(wire);
      in.jump(2);
      Name target = new Name(in);
      b.position(in.current());
      StringBuilder sb = new StringBuilder().append(priority).append(' ').append(target);
      while (b.hasRemaining()) {
        int key = b.getShort() & 0xffff;
        int len = b.getShort() & 0xffff;
        byte[] v = new byte[len];
        b.get(v);
        sb.append(' ').append(keyName(key));
        if (key == 2 && len == 0) {
          continue;
        }
        sb.append('=').append(value(key, v));
      }
      return sb.toString();
    } catch (WireParseException | RuntimeException e) {
      throw new ParseProblem("bad SVCB/HTTPS data: " + e.getMessage());
    }
  }

  private static String keyName(int key) {
    return key < NAMES.length ? NAMES[key] : "key" + key;
  }

  private static String value(int key, byte[] v) {
    ByteBuffer b = ByteBuffer.wrap(v);
    StringBuilder sb = new StringBuilder();
    switch (key) {
      case 0:
        while (b.hasRemaining()) {
          sb.append(sb.length() == 0 ? "" : ",").append(keyName(b.getShort() & 0xffff));
        }
        return sb.toString();
      case 1:
        sb.append('"');
        while (b.hasRemaining()) {
          byte[] id = new byte[b.get() & 0xff];
          b.get(id);
          if (sb.length() > 1) {
            sb.append(',');
          }
          for (byte x : id) {
            int c = x & 0xff;
            if (c == ',' || c == '\\') {
              sb.append("\\\\"); // list escape, itself escaped in the character-string
            }
            appendChar(sb, c);
          }
        }
        return sb.append('"').toString();
      case 3:
        return Integer.toString(b.getShort() & 0xffff);
      case 4:
      case 6:
        int size = key == 4 ? 4 : 16;
        while (b.hasRemaining()) {
          byte[] a = new byte[size];
          b.get(a);
          sb.append(sb.length() == 0 ? "" : ",").append(size == 4 ? ipv4(a) : Addresses.ipv6(a));
        }
        return sb.toString();
      case 5:
        return Base64.getEncoder().encodeToString(v);
      default:
        sb.append('"');
        for (byte x : v) {
          appendChar(sb, x & 0xff);
        }
        return sb.append('"').toString();
    }
  }

  private static String ipv4(byte[] a) {
    try {
      return InetAddress.getByAddress(a).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One byte of a character-string: {@code "} and {@code \} escaped, non-printables as {@code
   * \DDD}.
   */
  private static void appendChar(StringBuilder sb, int c) {
    if (c == '"' || c == '\\') {
      sb.append('\\').append((char) c);
    } else if (c >= 0x20 && c < 0x7f) {
      sb.append((char) c);
    } else {
      sb.append('\\').append(c / 100).append(c / 10 % 10).append(c % 10);
    }
  }
}
