/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The TRN rules of the catalogue (methodology.md section 4.3): the public website, the document repository and the
 * publication of the PAL. TRN-01 and TRN-02 are sourced only from OGP material, so they run in the
 * {@link org.cocrea.validation.Profile#OGP_LOCAL} profile.
 */
package org.cocrea.validation.rules.trn;
