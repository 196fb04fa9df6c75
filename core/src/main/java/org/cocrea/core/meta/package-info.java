/**
 * Introspection of the model, so that formats and tools need no code per type: {@link
 * org.cocrea.core.meta.ModelTypes} lists each model type's attributes (name, shape, element type, reference
 * target), {@link org.cocrea.core.meta.ModelBuilder} builds a value attribute by attribute, and {@link
 * org.cocrea.core.meta.ModelWalker} visits every nested value with its JSON Pointer, or with a {@link
 * org.cocrea.core.meta.ModelPath} that renders the pointer only when asked. Descriptions are computed once per type, on
 * first use; attributes are read and builders filled by plain calls that the build generates from the model
 * ({@code GeneratedAccess}, written by core's annotation processor beside Immutables), without reflection.
 *
 * <pre>{@code
 * ModelWalker.walk(exercise, (pointer, value) ->
 *     System.out.println(pointer + " " + ModelTypes.typeOf(value).getSimpleName()));
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.core.meta;
