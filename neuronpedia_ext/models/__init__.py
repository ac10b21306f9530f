"""Public typed models returned by the client. No generated class or UNSET appears here.

Where the official ``neuronpedia`` package has a class for the same thing (``NPList``,
``NPVector``, ``Feature``, ...), that class is the public model: the official fields come
first, with the same names, and the richer fields follow with defaults.
"""
