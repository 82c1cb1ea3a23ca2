/** A run's output files, plain or compressed (ADR 23). */
package org.icsdrill.core.output;
