/**
 * The site's hosts that live (docs/site.md, "Hosts that live"): office PCs that log on and read mail,
 * the SCADA server replicating to the historian replica in the DMZ, administrators through the jump
 * host, the supplier through the remote-access gateway. {@link org.icsdrill.scenario.hosts.site.SiteActivity}
 * plays them on a seeded schedule in plant time; each action opens real TCP connections from the host's
 * own address ({@link org.icsdrill.scenario.hosts.site.FlowClient}) through the conduits, and the hosts
 * log what happened on their event logs.
 */
package org.icsdrill.scenario.hosts.site;
