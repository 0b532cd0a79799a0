/**
 * Where the emulator's zones go to be served: the one interface between the API side (zones and
 * RRSets, the Cloud resources' reverse DNS, secondary zones' transfers) and the DNS side. A package
 * of its own so that the handlers below {@code dev.hzone.emulator} need nothing from the package
 * that assembles them.
 */
package dev.hzone.emulator.publish;
