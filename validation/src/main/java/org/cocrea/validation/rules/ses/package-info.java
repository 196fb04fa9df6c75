/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The SES rules of the catalogue (methodology.md section 4.2): how STL sessions are recorded, when their resolutions
 * are valid, and how early their agenda is circulated. The subjects are the sessions
 * ({@code /stls/0/sessions/3}); an exercise without sessions makes every SES rule not applicable.
 *
 * <p>Attendance: an entry counts as present unless recorded {@code present=false}; an alternate (a membership naming
 * the titular it stands in for) counts for that titular's seat, so a seat is counted once; the facilitator and
 * observers hold no seat and count neither for the quorum nor for a sector ({@link org.cocrea.validation.rules.support.Seats#presentSeat}).
 */
package org.cocrea.validation.rules.ses;
