/**
 * A consumer of Cocrea on the module path: {@link org.cocrea.examples.jpms.ModularCheck} reads, checks and reports a
 * PAL file from a named module, as an application with its own {@code module-info.java} would.
 */
package org.cocrea.examples.jpms;
