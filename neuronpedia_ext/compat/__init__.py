"""Drop-ins for the official ``neuronpedia`` package (1.2.1): same names, compatible signatures.

Existing scripts move over by changing only their imports. Where the official behaviour is a
defect, these are correct instead (see the parity table in README.md).
"""
