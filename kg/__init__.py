"""qgkg: a knowledge graph of Chinese quality-governance entities built from documents.

The pipeline (one module per stage):

    decode  -> clean -> split/segment -> recognise -> relate   (per document)
    resolve -> rdf -> (turtle, trig, html, SPARQL)             (per corpus)

`kg.pipeline.build_corpus` runs it all; `kg.cli` is a thin shell over it.
"""

__version__ = "0.1.0"
