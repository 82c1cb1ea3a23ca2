/** Scenario model, loader and engine: filled in by the scenario issue. */
package org.icsdrill.scenario;
