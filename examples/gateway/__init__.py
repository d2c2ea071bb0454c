"""Example gateway: a reverse proxy that enforces enforcer decisions (see README.md here)."""
