"""qgkg: a knowledge graph of Chinese quality-governance entities built from documents.

The pipeline (one module per stage):

    decode -> clean -> segment -> recognise -> resolve -> structure -> relate -> rdf   (per document: kg.extract)
    store (Oxigraph, memory, remote) <- one named graph per document      (per corpus: kg.pipeline)
    query / serve / analyze / view / export                               (over a store)

`kg.pipeline.build_corpus` runs it all; `kg.cli` is a thin shell over it.
"""

__version__ = "0.2.0"
