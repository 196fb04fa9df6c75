/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The TRK rules of the catalogue (methodology.md section 4.7): tracking the implementation of each PAL. Plans in
 * {@code DRAFT} or {@code WITHDRAWN} status, or without an implementation period, are not applicable to the
 * plan-level rules (TRK-01, TRK-02, TRK-06).
 */
package org.cocrea.validation.rules.trk;
