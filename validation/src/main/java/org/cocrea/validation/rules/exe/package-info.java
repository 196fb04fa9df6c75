/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The EXE rules of the catalogue (methodology.md section 4.1): the start of the exercise (step 1) and the awareness
 * work before the STL is installed (step 2).
 */
package org.cocrea.validation.rules.exe;
