/**
 * The plants' shared OPC UA server (Eclipse Milo 1.x), started with
 * {@link org.icsdrill.core.opcua.OpcUaEndpoint#start}.
 *
 * <p>Address space: {@link org.icsdrill.api.PlantAddress}. Users and roles:
 * {@link org.icsdrill.core.opcua.UserStore}. Certificates and trust:
 * {@code ServerCertificates} and {@code TrustOnFirstUseValidator}. Writes: {@code TagWriter}.
 * Journal: {@code JournalingServiceSets}. The adapter holds no plant state: values are read from
 * {@link org.icsdrill.core.sim.PlantRuntime#view()} and writes are queued with
 * {@link org.icsdrill.core.sim.PlantRuntime#submit}. See docs/decisions/0003.
 */
package org.icsdrill.core.opcua;
