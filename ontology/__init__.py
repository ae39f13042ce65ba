"""The qgkg ontology, shapes, canned queries and lexicon, installed as the package `kg.ontology`.

This folder is their one source: pyproject.toml maps it to `kg.ontology` in every wheel and
sdist, and `kg.lexicon.ontology_dir()` finds it through the installed package.
"""
