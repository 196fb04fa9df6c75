/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The STL rules of the catalogue (methodology.md section 4.2): composition and functioning of the Local Technical
 * Secretariat. The helpers other families share (sector of a seat or signatory,
 * titular seats, localised lists) are in {@code rules.support}.
 *
 * <p>Seats: a membership is a <em>seat</em> unless its role is {@link org.cocrea.core.StlRole#FACILITATOR} or
 * {@link org.cocrea.core.StlRole#OBSERVER}; a seat is <em>titular</em> unless it is recorded as {@code titular=false} or names the
 * titular it stands in for ({@code alternateOfId}). The sector of a seat is its {@code seatSector}, otherwise the
 * sector of the organisation holding it; an organisation's sector is the one recorded, or the guarantor body's for
 * the exercise's {@code guarantorBodyId} ({@link org.cocrea.core.Seats#organizationSector}, used by every family and by the statistics). Government seats are
 * those whose sector is in {@link org.cocrea.validation.ValidatorOptions#governmentSeatSectors()}.
 */
package org.cocrea.validation.rules.stl;
