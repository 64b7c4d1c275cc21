"""The spec-driven HTTP layer: routes, parameters and validators compiled from the bundle.

It knows nothing of accounting: handlers in `api/` get a `Call` and answer a `Reply`.
"""
