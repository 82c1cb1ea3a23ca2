/**
 * The site's hosts while a run goes on (docs/site.md, ADR 17 and 18): their state (clean, compromised,
 * quarantined) and accounts ({@link org.icsdrill.core.site.SiteHosts}), their event logs
 * ({@link org.icsdrill.core.site.HostEventLog}, written as ECS JSON lines by
 * {@link org.icsdrill.core.site.HostLogFile}), the connections counted between zones
 * ({@link org.icsdrill.core.site.ZoneFlows}), and all of it as the console's
 * {@link org.icsdrill.api.SiteView} ({@link org.icsdrill.core.site.SiteState}). The site's layout comes in
 * as that view, made from the site file elsewhere: nothing here reads YAML.
 */
package org.icsdrill.core.site;
