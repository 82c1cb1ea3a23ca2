/** The JavaFX console: filled in by the console issue. */
package org.icsdrill.ui;
