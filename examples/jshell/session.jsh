Corpus corpus = load("examples/pal", "2017-12-31");
System.out.println(corpus);
System.out.print(corpus.headline().describe(lang));
show("STL", Analyses.stlSeatsBySector(corpus.exercises()));
show("Compromisos al " + asOf, Analyses.commitmentsByStatus(corpus.exercises(), asOf));
show("MRI", Analyses.completion(corpus.exercises()));
compliance(corpus);
csv(corpus, "pal-csv");
html(corpus, "pal-stats.html");
/exit
