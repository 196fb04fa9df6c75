/**
 * The STL rules of the catalogue (methodology.md section 4.2): composition and functioning of the Local Technical
 * Secretariat. Also holds the small helpers the EXE, SES, TRN and TRK rules share (sector of a seat or signatory,
 * titular seats, localised lists).
 *
 * <p>Seats: a membership is a <em>seat</em> unless its role is {@link StlRole#FACILITATOR} or
 * {@link StlRole#OBSERVER}; a seat is <em>titular</em> unless it is recorded as {@code titular=false} or names the
 * titular it stands in for ({@code alternateOfId}). The sector of a seat is its {@code seatSector}, otherwise the
 * sector of the organisation holding it; an organisation's sector is the one recorded, or the guarantor body's for
 * the exercise's {@code guarantorBodyId} ({@link #organizationSector}, used by every family). Government seats are
 * those whose sector is in {@link ValidatorOptions#governmentSeatSectors()}.
 */
package org.cocrea.validation.rules.stl;
