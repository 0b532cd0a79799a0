/**
 * The command line over the Cloud API's resources other than DNS, with the hcloud CLI's command and
 * verb names: {@code hzone
 * server|server-type|image|volume|network|firewall|load-balancer|load-balancer-type|
 * floating-ip|primary-ip|ssh-key|certificate|location|datacenter|placement-group|iso|action ...}
 * and {@code hzone pricing}.
 *
 * <p>A small generic layer keeps each kind short: a {@link dev.hzone.cli.cloud.CloudResource}
 * describes a kind (its client calls for get, lookup by name, list, labels, protection, delete, and
 * its view); {@code StandardVerbs} and {@code LabelVerbs} build the verbs every kind shares from
 * it; {@code ActionVerb} builds the verbs that start an action on one resource, reading and
 * checking their input before anything is sent, and {@code Writes} waits for the actions with a
 * progress line on stderr ({@code --no-wait} returns at once). What only one kind has (its create
 * options, its actions, its columns) is written out in its command class. Resources are named by id
 * or by name (looked up with {@code ?name=}, as the hcloud CLI does); {@code -o json} prints the
 * API's own objects.
 *
 * <pre>{@code
 * hzone server create --name web --type cpx22 --image ubuntu-24.04 --ssh-key laptop
 * hzone server set-rdns web --hostname www.example.com --add-forward
 * hzone -o json server describe web
 * }</pre>
 */
package dev.hzone.cli.cloud;
