"""Observability of the live worker: Prometheus metrics (metrics.py), structured
logs (logging.py) and the obs HTTP server with /metrics, /healthz and /readyz
(http.py). Nothing here imports faust: the worker calls these hooks."""
