package dev.hzone.emulator.dns;

import java.util.List;

/**
 * What to send back for one query: one message on the wire, or several for a zone transfer.
 *
 * @param messages the response messages in order, each ready to send (without TCP's length prefix)
 * @param event the query and its outcome, for the query listener
 */
record Reply(List<byte[]> messages, QueryEvent event) {
  Reply {
    messages = List.copyOf(messages);
  }
}
