/**
 * Introspection of the model, so that formats and tools need no code per type: {@link
 * org.cocrea.core.meta.ModelTypes} lists each model type's attributes (name, shape, element type, reference
 * target), {@link org.cocrea.core.meta.ModelBuilder} builds a value attribute by attribute, and {@link
 * org.cocrea.core.meta.ModelWalker} visits every nested value with its JSON Pointer.
 *
 * <pre>{@code
 * ModelWalker.walk(exercise, (pointer, value) ->
 *     System.out.println(pointer + " " + ModelTypes.typeOf(value).getSimpleName()));
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.core.meta;
