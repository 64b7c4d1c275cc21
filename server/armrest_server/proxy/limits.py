"""The proxy's default limits: the defaults of its flags (proxy/__init__.py) and of proxy/app.build."""

# The server's own body limit: a body it would refuse as too large is forwarded unchecked.
MAX_BODY = 8 * 1024 * 1024
TIMEOUT = 60.0  # seconds
# Connections held open to the upstream at once; more concurrent requests wait for one (pool time-out).
MAX_UPSTREAM_CONNECTIONS = 100
