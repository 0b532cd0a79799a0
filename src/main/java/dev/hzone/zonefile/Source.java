package dev.hzone.zonefile;

import java.nio.file.Path;

/**
 * Where the text being read came from.
 *
 * @param path the file's real path, or null for text that came from no file (API export, stdin)
 * @param display the name used in messages
 */
record Source(Path path, String display) {}
