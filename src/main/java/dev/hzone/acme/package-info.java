/**
 * ACME DNS-01 for zones in the Hetzner Cloud API: present a challenge's TXT value and wait until
 * every authoritative nameserver serves it, or clean it up. Exact (it asks the nameservers
 * themselves, polling every 2 s, instead of sleeping a guessed time), fast (one zone lookup per
 * parent name, one write, no replace) and safe when the apex and wildcard challenges of one order
 * run at once (values are added and removed one by one, never read-merged-written). Uses {@code
 * dns}, {@code api} and dnsjava; prints nothing, progress goes to an {@link
 * dev.hzone.acme.AcmeListener}.
 *
 * <pre>{@code
 * AcmeHook hook = new AcmeHook(zones, new DnsTxtProbe(), new NameserverAddresses(HostResolver.SYSTEM),
 *     Clock.systemUTC(), Sleeper.SYSTEM, listener);
 * hook.present(Challenge.ofRecord("_acme-challenge.example.com.", value), HookOptions.defaults());
 * hook.cleanup(Challenge.ofRecord("_acme-challenge.example.com.", value), HookOptions.defaults());
 * }</pre>
 */
package dev.hzone.acme;
