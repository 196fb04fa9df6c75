/**
 * The JSON report's parts, written by one class for the report writers of {@code cocrea-reports} and for the Jackson
 * module's serializers of {@code ValidationReport} and {@code CheckResult}. Not API.
 */
package org.cocrea.serialization.internal;
