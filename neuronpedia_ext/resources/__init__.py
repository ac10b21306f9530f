"""Resource namespaces of the Neuronpedia client, one module per API area."""
