"""The use cases: each loads what its rules need through a unit of work (uow.py), decides with the pure
rules of domain/, and writes the decision through the same unit of work. One module per resource."""
