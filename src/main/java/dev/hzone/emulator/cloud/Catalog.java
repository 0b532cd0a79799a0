package dev.hzone.emulator.cloud;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The emulator's fixed catalogue: locations, datacenters, server types with prices, system images
 * and the other prices, modelled on Hetzner Cloud's public catalogue (2026 server line-up: shared
 * vCPU cost-optimised CX, regular-performance CPX, Arm CAX, dedicated CCX). Prices are net EUR;
 * gross adds 19% VAT. The IDs are the emulator's own.
 */
public final class Catalog {
  private Catalog() {}

  /**
   * A location.
   *
   * @param networkZone {@code eu-central}, {@code us-east}, {@code us-west} or {@code ap-southeast}
   */
  public record Location(
      long id,
      String name,
      String description,
      String country,
      String city,
      double latitude,
      double longitude,
      String networkZone) {
    /** Whether this location is in the EU network zone (prices and traffic differ outside it). */
    boolean europe() {
      return networkZone.equals("eu-central");
    }
  }

  /** A (deprecated) datacenter: a location's virtual DC. */
  public record Datacenter(long id, String name, String description, Location location) {}

  /**
   * A server type.
   *
   * @param monthlyNet net monthly price in the EU
   * @param onlyEurope whether it is sold in the EU locations only
   */
  public record ServerType(
      long id,
      String name,
      String description,
      int cores,
      double memory,
      int disk,
      String cpuType,
      String architecture,
      String category,
      double monthlyNet,
      boolean onlyEurope) {

    /** Whether it can be ordered in {@code location}. */
    public boolean availableIn(Location location) {
      return !onlyEurope || location.europe();
    }

    /** Net monthly price in {@code location}: 20% more outside the EU. */
    double monthlyNetIn(Location location) {
      return location.europe() ? monthlyNet : Math.round(monthlyNet * 1.2 * 100) / 100.0;
    }
  }

  /** A system image. */
  public record Image(
      long id,
      String name,
      String description,
      String osFlavor,
      String osVersion,
      String architecture,
      int diskSize,
      Instant created) {}

  public static final List<Location> LOCATIONS =
      List.of(
          new Location(
              1,
              "fsn1",
              "Falkenstein DC Park 1",
              "DE",
              "Falkenstein",
              50.47612,
              12.370071,
              "eu-central"),
          new Location(
              2,
              "nbg1",
              "Nuremberg DC Park 1",
              "DE",
              "Nuremberg",
              49.452102,
              11.076665,
              "eu-central"),
          new Location(
              3,
              "hel1",
              "Helsinki DC Park 1",
              "FI",
              "Helsinki",
              60.169855,
              24.938379,
              "eu-central"),
          new Location(
              4, "ash", "Ashburn, VA", "US", "Ashburn, VA", 39.045821, -77.487073, "us-east"),
          new Location(
              5, "hil", "Hillsboro, OR", "US", "Hillsboro, OR", 45.54222, -122.951924, "us-west"),
          new Location(
              6, "sin", "Singapore", "SG", "Singapore", 1.283333, 103.833333, "ap-southeast"));

  public static final List<Datacenter> DATACENTERS =
      List.of(
          new Datacenter(2, "nbg1-dc3", "Nuremberg 1 virtual DC 3", LOCATIONS.get(1)),
          new Datacenter(3, "hel1-dc2", "Helsinki 1 virtual DC 2", LOCATIONS.get(2)),
          new Datacenter(4, "fsn1-dc14", "Falkenstein 1 virtual DC 14", LOCATIONS.get(0)),
          new Datacenter(5, "ash-dc1", "Ashburn virtual DC 1", LOCATIONS.get(3)),
          new Datacenter(6, "hil-dc1", "Hillsboro virtual DC 1", LOCATIONS.get(4)),
          new Datacenter(7, "sin-dc1", "Singapore virtual DC 1", LOCATIONS.get(5)));

  private static final String CX = "Cost-Optimized";
  private static final String CPX = "Regular Performance";
  private static final String CAX = "Cost-Optimized (Arm64)";
  private static final String CCX = "General Purpose";

  public static final List<ServerType> SERVER_TYPES =
      List.of(
          new ServerType(45, "cax11", "CAX11", 2, 4, 40, "shared", "arm", CAX, 3.79, true),
          new ServerType(93, "cax21", "CAX21", 4, 8, 80, "shared", "arm", CAX, 6.49, true),
          new ServerType(94, "cax31", "CAX31", 8, 16, 160, "shared", "arm", CAX, 12.49, true),
          new ServerType(95, "cax41", "CAX41", 16, 32, 320, "shared", "arm", CAX, 24.49, true),
          new ServerType(96, "ccx13", "CCX13", 2, 8, 80, "dedicated", "x86", CCX, 12.49, false),
          new ServerType(97, "ccx23", "CCX23", 4, 16, 160, "dedicated", "x86", CCX, 24.49, false),
          new ServerType(98, "ccx33", "CCX33", 8, 32, 240, "dedicated", "x86", CCX, 48.49, false),
          new ServerType(99, "ccx43", "CCX43", 16, 64, 360, "dedicated", "x86", CCX, 96.49, false),
          new ServerType(
              100, "ccx53", "CCX53", 32, 128, 600, "dedicated", "x86", CCX, 192.49, false),
          new ServerType(
              101, "ccx63", "CCX63", 48, 192, 960, "dedicated", "x86", CCX, 288.49, false),
          new ServerType(103, "cpx12", "CPX12", 1, 2, 40, "shared", "x86", CPX, 4.99, false),
          new ServerType(104, "cpx22", "CPX22", 2, 4, 80, "shared", "x86", CPX, 7.99, false),
          new ServerType(105, "cpx32", "CPX32", 4, 8, 160, "shared", "x86", CPX, 13.99, false),
          new ServerType(106, "cpx42", "CPX42", 8, 16, 320, "shared", "x86", CPX, 25.49, false),
          new ServerType(107, "cpx52", "CPX52", 12, 24, 480, "shared", "x86", CPX, 36.49, false),
          new ServerType(108, "cpx62", "CPX62", 16, 32, 640, "shared", "x86", CPX, 49.49, false),
          new ServerType(109, "cx23", "CX23", 2, 4, 40, "shared", "x86", CX, 3.49, true),
          new ServerType(110, "cx33", "CX33", 4, 8, 80, "shared", "x86", CX, 5.49, true),
          new ServerType(111, "cx43", "CX43", 8, 16, 160, "shared", "x86", CX, 9.49, true),
          new ServerType(112, "cx53", "CX53", 16, 32, 320, "shared", "x86", CX, 17.49, true));

  private static final Instant T2023 = Instant.parse("2023-10-09T10:00:00Z");
  private static final Instant T2024 = Instant.parse("2024-04-25T10:00:00Z");
  private static final Instant T2025 = Instant.parse("2025-08-11T10:00:00Z");

  public static final List<Image> IMAGES =
      List.of(
          new Image(67794396, "ubuntu-22.04", "Ubuntu 22.04", "ubuntu", "22.04", "x86", 5, T2023),
          new Image(103908070, "ubuntu-22.04", "Ubuntu 22.04", "ubuntu", "22.04", "arm", 5, T2023),
          new Image(161547269, "ubuntu-24.04", "Ubuntu 24.04", "ubuntu", "24.04", "x86", 5, T2024),
          new Image(161547270, "ubuntu-24.04", "Ubuntu 24.04", "ubuntu", "24.04", "arm", 5, T2024),
          new Image(114690387, "debian-12", "Debian 12", "debian", "12", "x86", 5, T2023),
          new Image(114690389, "debian-12", "Debian 12", "debian", "12", "arm", 5, T2023),
          new Image(251226700, "debian-13", "Debian 13", "debian", "13", "x86", 5, T2025),
          new Image(251226701, "debian-13", "Debian 13", "debian", "13", "arm", 5, T2025),
          new Image(245700101, "fedora-42", "Fedora 42", "fedora", "42", "x86", 5, T2025),
          new Image(245700102, "fedora-42", "Fedora 42", "fedora", "42", "arm", 5, T2025),
          new Image(230400101, "rocky-10", "Rocky Linux 10", "rocky", "10", "x86", 5, T2025),
          new Image(230400201, "alma-10", "AlmaLinux 10", "alma", "10", "x86", 5, T2025),
          new Image(
              168855101, "centos-stream-10", "CentOS Stream 10", "centos", "10", "x86", 5, T2025),
          new Image(
              168855102, "opensuse-15", "openSUSE Leap 15.6", "opensuse", "15.6", "x86", 5, T2024));

  public static Optional<Location> location(String idOrName) {
    return LOCATIONS.stream().filter(l -> matches(idOrName, l.id(), l.name())).findFirst();
  }

  public static Optional<Location> location(long id) {
    return LOCATIONS.stream().filter(l -> l.id() == id).findFirst();
  }

  public static Optional<ServerType> serverType(String idOrName) {
    return SERVER_TYPES.stream().filter(t -> matches(idOrName, t.id(), t.name())).findFirst();
  }

  public static Optional<ServerType> serverType(long id) {
    return SERVER_TYPES.stream().filter(t -> t.id() == id).findFirst();
  }

  public static Optional<Image> image(long id) {
    return IMAGES.stream().filter(i -> i.id() == id).findFirst();
  }

  /** The image with that ID, or with that name for {@code architecture}. */
  public static Optional<Image> image(String idOrName, String architecture) {
    return IMAGES.stream()
        .filter(i -> matches(idOrName, i.id(), i.name()))
        .filter(i -> isId(idOrName) || i.architecture().equals(architecture))
        .findFirst();
  }

  private static boolean isId(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  private static boolean matches(String idOrName, long id, String name) {
    return isId(idOrName) ? idOrName.equals(Long.toString(id)) : idOrName.equals(name);
  }
}
