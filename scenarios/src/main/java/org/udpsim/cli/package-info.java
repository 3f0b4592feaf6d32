/**
 * The command line (picocli): {@code run}, {@code validate}, {@code check}, {@code sweep}, {@code merge},
 * {@code report} and {@code bench}. A user's mistake is one line and exit 2 ({@link org.udpsim.cli.UserError}), an
 * internal error exit 1. It sits on top and may use every other package; none uses it.
 */
package org.udpsim.cli;
