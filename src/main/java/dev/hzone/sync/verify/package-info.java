/**
 * Whether a zone's nameservers serve what a plan wrote ({@link dev.hzone.sync.verify.DnsVerifier}).
 */
package dev.hzone.sync.verify;
