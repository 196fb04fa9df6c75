/**
 * Analyses of exercises for research: plain, documented functions of the model ({@link
 * org.cocrea.core.analysis.Analyses}) that return immutable results, such as frequency tables ({@link
 * org.cocrea.core.analysis.Tally}), proportions ({@link org.cocrea.core.analysis.Rate}), STL compositions, IRM rating
 * distributions and the initiative's headline figures ({@link org.cocrea.core.analysis.HeadlineFigures}). Nothing here
 * reads files, the clock or the JVM's locale: dates such as "as of" are parameters.
 *
 * <pre>{@code
 * Tally<Sector> seats = Analyses.stlSeatsBySector(List.of(exercise));
 * HeadlineFigures figures = Analyses.headline(exercises);
 * }</pre>
 *
 * @since 0.1.0
 */
package org.cocrea.core.analysis;
