/**
 * The site network after IEC 62443 and the Purdue model (docs/site.md): {@link org.icsdrill.scenario.site.Site}
 * holds its {@link org.icsdrill.scenario.site.Zone zones} (a Purdue level, a target security level and a
 * loopback CIDR each), the {@link org.icsdrill.scenario.site.Host hosts} in them with their services and
 * accounts, and the {@link org.icsdrill.scenario.site.Conduit conduits} that say which services one zone may
 * open in another. These are plain records: the YAML and its rules are in {@code scenario.load.SiteLoader},
 * the bundled sites in {@code scenario.bundled.BundledSites}; nothing here reads a file or opens a socket.
 */
package org.icsdrill.scenario.site;
