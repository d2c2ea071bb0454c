# syntax=docker/dockerfile:1
#
# enforcer worker image.
#
#   docker build -t enforcer:0.1.0 .
#   docker run --rm -e ENFORCER_KAFKA_BOOTSTRAP=host:9092 -p 127.0.0.1:9464:9464 enforcer:0.1.0
#
# Stage 1 builds wheels for enforcer and all its dependencies (every dependency
# ships manylinux wheels for CPython 3.11, so no compiler is needed); stage 2
# installs them into a clean slim image that runs as an unprivileged user.
# Keep ports, paths and ENFORCER_* names in step with deploy/docker-compose.yml
# and deploy/k8s/ (tests/unit/test_deploy_manifests.py checks them).

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY enforcer ./enforcer
RUN pip wheel --wheel-dir /wheels .

FROM ${PYTHON_IMAGE} AS runtime

ARG UID=10001
ARG GID=10001
RUN groupadd --system --gid "${GID}" enforcer \
 && useradd --system --uid "${UID}" --gid enforcer --home-dir /var/lib/enforcer --no-create-home \
            --shell /usr/sbin/nologin enforcer \
 && mkdir -p /var/lib/enforcer /etc/enforcer/rules \
 && chown enforcer:enforcer /var/lib/enforcer

COPY --from=builder /wheels /tmp/wheels
RUN pip install --no-cache-dir --disable-pip-version-check --no-index --find-links=/tmp/wheels enforcer \
 && rm -rf /tmp/wheels

# Default rules; Kubernetes mounts the enforcer-rules ConfigMap over this directory.
COPY rules/ /etc/enforcer/rules/

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    ENFORCER_RULES_DIR=/etc/enforcer/rules \
    ENFORCER_STATE_DIR=/var/lib/enforcer \
    ENFORCER_OBS_HOST=0.0.0.0 \
    ENFORCER_OBS_PORT=9464 \
    ENFORCER_LOG_FORMAT=json \
    ENFORCER_LOGLEVEL=info

WORKDIR /var/lib/enforcer
USER 10001:10001

# Obs server: /metrics, /healthz, /readyz (faust's own web server stays on 127.0.0.1:6066).
EXPOSE 9464

# slim has no curl: ask /healthz with the standard library. Non-200 or no answer -> unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('ENFORCER_OBS_PORT', '9464'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=4).status == 200 else 1)"]

ENTRYPOINT ["enforcer"]
CMD ["worker"]
