"""RDF output: vocabulary, graph writing and validation."""
