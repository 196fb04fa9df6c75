/**
 * <strong>Internal, not API</strong> (see {@link org.cocrea.validation.rules}): one file per rule, named after its
 * id. The CO rules of the catalogue (methodology.md section 4.4): how each plan was co-created in participatory tables,
 * from the STL's installation to the STL's approval of the PAL.
 *
 * <p>Subjects: the plan's co-creation (CO-01, CO-02, CO-05, CO-09), each table (CO-03, CO-04, CO-08), each proposal
 * (CO-06) and each plan (CO-07). A plan without tables makes the table-based rules not applicable; CO-01, whose
 * purpose is to require a table, fails instead.
 *
 * <p>Sectors: a participant's sector is its explicit {@code sector}, otherwise its organisation's; the government
 * side is {@link org.cocrea.validation.ValidatorOptions#governmentSeatSectors()}; the non-governmental (societal) side is civil society,
 * academia, private sector, media and religious organisations, minus any sector the options count as government.
 * The guarantor body, INAI, autonomous bodies and international partners are public or institutional actors and
 * count on neither side of CO-03 and CO-07.
 */
package org.cocrea.validation.rules.co;
