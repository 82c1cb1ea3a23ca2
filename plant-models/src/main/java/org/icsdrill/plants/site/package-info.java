/**
 * The site the four plants make together (docs/coupling.md): the couplings between them, declared here,
 * outside the plants, which know only their own boundary inputs. The kernel's {@code org.icsdrill.core.coupling}
 * steps them.
 */
package org.icsdrill.plants.site;
