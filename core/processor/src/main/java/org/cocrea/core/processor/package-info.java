/**
 * Build-time code generation for core: {@link org.cocrea.core.processor.ModelAccessProcessor} writes the model's
 * attribute descriptions and plain-call access ({@code org.cocrea.core.meta.GeneratedAccess}) and where their Jakarta
 * Validation annotations stand ({@code GeneratedAnnotations}) from the model interfaces while core compiles, beside
 * Immutables, so that no generated source is committed and none can be stale. Not API and never on a run-time class
 * path.
 *
 * <pre>{@code
 * mvn -B -ntp -pl core -am compile   # writes core/target/generated-sources/annotations/.../GeneratedAccess.java
 * }</pre>
 */
package org.cocrea.core.processor;
