"""The image, the compose stack and the Kubernetes manifests agree with each
other and with the code: ports, ENFORCER_* names, paths, labels, probes, the
partition cap of the autoscaler, and the rules shipped in the ConfigMap.

Docker and a cluster are not available to the tests: these are static checks,
plus one live check that the image's HEALTHCHECK command works against the
real obs server on 127.0.0.1.

Regenerate deploy/k8s/configmap-rules.yaml after editing rules/*.yaml:

    PYTHONPATH=. python tests/unit/test_deploy_manifests.py --write-rules-configmap
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy" / "k8s"
DOCKERFILE = REPO / "Dockerfile"
COMPOSE = REPO / "deploy" / "docker-compose.yml"
PROMETHEUS_YML = REPO / "deploy" / "prometheus" / "prometheus.yml"
RULES_DIR = REPO / "rules"
RULES_CONFIGMAP = K8S / "configmap-rules.yaml"
RULES_CONFIGMAP_NAME = "enforcer-rules"

# ENFORCER_* variables read outside Settings (enforcer/obs).
OBS_ENV = {"ENFORCER_OBS_HOST", "ENFORCER_OBS_PORT", "ENFORCER_LOG_FORMAT", "ENFORCER_LOGLEVEL"}


# -- helpers ---------------------------------------------------------------------
def default_partitions() -> int:
    """Default partition count of the requests topic: from enforcer/settings.py if present, else 6."""
    try:
        from enforcer.settings import Settings
    except ImportError:
        return 6
    field = Settings.model_fields.get("partitions")
    return int(field.default) if field is not None and isinstance(field.default, int) else 6


def settings_env_names() -> set[str]:
    try:
        from enforcer.settings import Settings
    except ImportError:
        return set()
    return {f"ENFORCER_{name.upper()}" for name in Settings.model_fields}


def settings_default(name: str, fallback: Any) -> Any:
    try:
        from enforcer.settings import Settings
    except ImportError:
        return fallback
    field = Settings.model_fields.get(name)
    return field.default if field is not None else fallback


def k8s_docs() -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc is not None:
                out.append((path, doc))
    return out


def k8s_kind(kind: str) -> dict[str, Any]:
    found = [doc for _, doc in k8s_docs() if doc.get("kind") == kind]
    assert len(found) == 1, f"expected exactly one {kind} in deploy/k8s, found {len(found)}"
    return found[0]


def k8s_configmap(name: str) -> dict[str, Any]:
    found = [doc for _, doc in k8s_docs() if doc.get("kind") == "ConfigMap" and doc["metadata"]["name"] == name]
    assert len(found) == 1, f"ConfigMap {name} not found in deploy/k8s"
    return found[0]


def k8s_env() -> dict[str, str]:
    """The worker environment: the kustomize configMapGenerator literals."""
    kust = k8s_kind("Kustomization")
    gens = {g["name"]: g for g in kust.get("configMapGenerator", [])}
    assert "enforcer-config" in gens, "kustomization.yaml must generate the enforcer-config ConfigMap"
    return dict(lit.split("=", 1) for lit in gens["enforcer-config"]["literals"])


def worker_container() -> dict[str, Any]:
    dep = k8s_kind("Deployment")
    containers = dep["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        instr, _, rest = buf.partition(" ")
        out.append((instr.upper(), rest.strip()))
        buf = ""
    return out


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for instr, rest in dockerfile_instructions():
        if instr == "ENV":
            for tok in shlex.split(rest):
                k, _, v = tok.partition("=")
                env[k] = v
    return env


def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def obs_port() -> int:
    return int(dockerfile_env()["ENFORCER_OBS_PORT"])


def rules_files() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8")
            for p in sorted(RULES_DIR.iterdir()) if p.is_file() and p.suffix in (".yaml", ".yml")}


def rules_binary_files() -> dict[str, str]:
    """The other files the rules name (the dataset index), base64 as a ConfigMap's binaryData holds them."""
    return {p.name: base64.b64encode(p.read_bytes()).decode("ascii")
            for p in sorted(RULES_DIR.iterdir()) if p.is_file() and p.suffix == ".idx"}


def _block(text: str, indent: str) -> str:
    """A YAML literal block scalar holding exactly `text`."""
    if not text.endswith("\n"):
        chomp = "-"
    elif text.endswith("\n\n"):
        chomp = "+"
    else:
        chomp = ""
    lines = text.split("\n")
    if text.endswith("\n"):
        lines = lines[:-1]
    ind = "2" if lines and lines[0].startswith(" ") else ""
    body = "\n".join(indent + ln if ln else "" for ln in lines)
    return f"|{ind}{chomp}\n{body}\n"


def render_rules_configmap() -> str:
    header = (
        "# GENERATED from rules/*.yaml and rules/*.idx: do not edit. Regenerate with\n"
        "#   PYTHONPATH=. python tests/unit/test_deploy_manifests.py --write-rules-configmap\n"
        "# Mounted at ENFORCER_RULES_DIR (/etc/enforcer/rules) without subPath, so an\n"
        "# update reaches the running pods' directory in place (for a worker that reloads\n"
        "# rules); otherwise apply it with `kubectl rollout restart deployment/enforcer-worker`.\n"
    )
    meta = (
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
        f"  name: {RULES_CONFIGMAP_NAME}\n"
        "  labels:\n    app.kubernetes.io/name: enforcer\n    app.kubernetes.io/component: rules\n"
        "data:\n"
    )
    body = "".join(f"  {name}: {_block(text, '    ')}" for name, text in rules_files().items())
    binary = rules_binary_files()
    if binary:
        # one line per file: YAML reads a long plain scalar as is
        body += "binaryData:\n" + "".join(f"  {name}: {b64}\n" for name, b64 in binary.items())
    return header + meta + body


# -- Kubernetes ----------------------------------------------------------------------
def test_every_k8s_yaml_parses_and_is_listed_in_kustomization():
    docs = k8s_docs()
    assert docs, "no manifests in deploy/k8s"
    for path, doc in docs:
        assert isinstance(doc, dict) and doc.get("apiVersion") and doc.get("kind"), path.name
        if doc["kind"] != "Kustomization":
            assert doc.get("metadata", {}).get("name"), f"{path.name}: metadata.name missing"
    kust = k8s_kind("Kustomization")
    listed = set(kust["resources"])
    present = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == present, f"kustomization resources {sorted(listed)} != files {sorted(present)}"


def test_deployment_probes_resources_and_non_root():
    dep = k8s_kind("Deployment")
    c = worker_container()
    port_names = {p["name"]: p["containerPort"] for p in c["ports"]}
    for probe, path in (("startupProbe", "/healthz"), ("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
        assert probe in c, f"{probe} missing"
        get = c[probe]["httpGet"]
        assert get["path"] == path, f"{probe} must GET {path}"
        port = port_names.get(get["port"], get["port"])
        assert port == obs_port(), f"{probe} must hit the obs port {obs_port()}"
        assert c[probe].get("periodSeconds") and c[probe].get("failureThreshold")
    res = c["resources"]
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(res[kind]), f"resources.{kind} needs cpu and memory"
    pod_sc = dep["spec"]["template"]["spec"]["securityContext"]
    c_sc = c["securityContext"]
    assert pod_sc["runAsNonRoot"] is True and c_sc["runAsNonRoot"] is True
    assert int(pod_sc["runAsUser"]) != 0
    assert c_sc["allowPrivilegeEscalation"] is False
    assert c_sc["capabilities"]["drop"] == ["ALL"]
    assert c.get("args", [])[:1] == ["worker"]
    assert "replicas" not in dep["spec"], "KEDA owns the replica count: leave spec.replicas out"


def test_deployment_env_from_configmap_and_rules_mounted():
    c = worker_container()
    refs = [e["configMapRef"]["name"] for e in c["envFrom"] if "configMapRef" in e]
    assert refs == ["enforcer-config"]
    env = k8s_env()
    vols = {v["name"]: v for v in k8s_kind("Deployment")["spec"]["template"]["spec"]["volumes"]}
    mounts = {m["mountPath"]: m for m in c["volumeMounts"]}
    rules_mount = mounts[env["ENFORCER_RULES_DIR"]]
    assert "subPath" not in rules_mount, "subPath mounts never see ConfigMap updates (no hot reload)"
    assert vols[rules_mount["name"]]["configMap"]["name"] == RULES_CONFIGMAP_NAME
    assert env["ENFORCER_STATE_DIR"] in mounts, "state dir needs a writable volume (readOnlyRootFilesystem)"
    assert int(env["ENFORCER_OBS_PORT"]) == obs_port()
    assert env["ENFORCER_OBS_HOST"] == "0.0.0.0", "kubelet probes need the obs server on the pod IP"
    ann = k8s_kind("Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert int(ann["prometheus.io/port"]) == obs_port() and ann["prometheus.io/path"] == "/metrics"


def test_pdb_selects_the_deployment():
    dep = k8s_kind("Deployment")
    pdb = k8s_kind("PodDisruptionBudget")
    pod_labels = dep["spec"]["template"]["metadata"]["labels"]
    sel = pdb["spec"]["selector"]["matchLabels"]
    assert sel and all(pod_labels.get(k) == v for k, v in sel.items()), "PDB selector must match the pod labels"
    assert sel == dep["spec"]["selector"]["matchLabels"]
    assert ("maxUnavailable" in pdb["spec"]) != ("minAvailable" in pdb["spec"])


def test_scaledobject_targets_deployment_and_respects_partitions():
    dep = k8s_kind("Deployment")
    so = k8s_kind("ScaledObject")
    target = so["spec"]["scaleTargetRef"]
    assert target["name"] == dep["metadata"]["name"]
    assert target.get("kind", "Deployment") == "Deployment"
    partitions = default_partitions()
    env = k8s_env()
    assert int(env["ENFORCER_PARTITIONS"]) == partitions
    assert 1 <= so["spec"]["minReplicaCount"] <= so["spec"]["maxReplicaCount"] <= partitions, (
        f"maxReplicaCount must not exceed the {partitions} partitions of the requests topic")
    (trig,) = so["spec"]["triggers"]
    assert trig["type"] == "kafka"
    md = trig["metadata"]
    assert md["topic"] == env["ENFORCER_TOPIC_REQUESTS"] == settings_default("topic_requests", "enforcer.requests")
    assert md["consumerGroup"] == env["ENFORCER_APP_ID"] == settings_default("app_id", "enforcer")
    assert md["bootstrapServers"] == env["ENFORCER_KAFKA_BOOTSTRAP"]
    assert str(md.get("allowIdleConsumers", "false")).lower() == "false"
    assert int(md["lagThreshold"]) > 0


def test_service_port_matches_container_port():
    svc = k8s_kind("Service")
    c = worker_container()
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    (sp,) = svc["spec"]["ports"]
    target = ports.get(sp["targetPort"], sp["targetPort"])
    assert target == obs_port() == sp["port"]
    pod_labels = k8s_kind("Deployment")["spec"]["template"]["metadata"]["labels"]
    assert all(pod_labels.get(k) == v for k, v in svc["spec"]["selector"].items())


def test_rules_configmap_equals_repo_rules():
    cm = k8s_configmap(RULES_CONFIGMAP_NAME)
    assert cm["data"] == rules_files(), (
        "deploy/k8s/configmap-rules.yaml is out of date with rules/*.yaml; regenerate it with\n"
        "  PYTHONPATH=. python tests/unit/test_deploy_manifests.py --write-rules-configmap")
    assert cm.get("binaryData", {}) == rules_binary_files()
    assert RULES_CONFIGMAP.read_text(encoding="utf-8") == render_rules_configmap()
    # a ConfigMap holds at most 1 MiB (the dataset index is most of it)
    assert len(RULES_CONFIGMAP.read_bytes()) < 1_000_000


# -- Dockerfile --------------------------------------------------------------------------
def test_dockerfile_multistage_non_root_healthcheck():
    ins = dockerfile_instructions()
    froms = [rest for i, rest in ins if i == "FROM"]
    assert len(froms) >= 2, "multi-stage build expected"
    assert re.search(r"\bAS\s+builder\b", froms[0], re.I)
    assert any(i == "COPY" and "--from=builder" in rest for i, rest in ins)
    args = {rest.split("=", 1)[0]: rest.split("=", 1)[1] for i, rest in ins if i == "ARG" and "=" in rest}
    assert "3.11" in args.get("PYTHON_IMAGE", "") and "slim" in args["PYTHON_IMAGE"]
    users = [rest for i, rest in ins if i == "USER"]
    assert users, "USER missing"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0"), "the runtime must not run as root"
    run_as = k8s_kind("Deployment")["spec"]["template"]["spec"]["securityContext"]["runAsUser"]
    assert int(user) == int(run_as), "Dockerfile USER and k8s runAsUser differ"
    hc = [rest for i, rest in ins if i == "HEALTHCHECK"]
    assert len(hc) == 1 and "/healthz" in hc[0] and "curl" not in hc[0]
    assert [json.loads(rest) for i, rest in ins if i == "ENTRYPOINT"] == [["enforcer"]]
    assert [json.loads(rest) for i, rest in ins if i == "CMD"] == [["worker"]]
    assert any(i == "COPY" and rest.split()[-1].rstrip("/") == "/etc/enforcer/rules" for i, rest in ins)
    env = dockerfile_env()
    assert env["ENFORCER_RULES_DIR"] == "/etc/enforcer/rules"
    exposed = [int(p.split("/")[0]) for i, rest in ins if i == "EXPOSE" for p in rest.split()]
    assert exposed == [obs_port()]


def _healthcheck_argv() -> list[str]:
    (hc,) = [rest for i, rest in dockerfile_instructions() if i == "HEALTHCHECK"]
    argv = json.loads(hc[hc.index("CMD") + 3:].strip())
    assert argv[0] == "python"
    return [sys.executable, *argv[1:]]


def test_healthcheck_command_against_a_live_obs_server():
    """The HEALTHCHECK's python one-liner: exit 0 against a healthy server, non-zero when unhealthy or absent."""
    from enforcer.obs.http import ObsServer
    from enforcer.obs.metrics import Metrics
    from prometheus_client import CollectorRegistry

    async def run(port: int) -> int:
        env = {"ENFORCER_OBS_PORT": str(port), "PATH": "/usr/bin:/bin"}
        proc = await asyncio.create_subprocess_exec(*_healthcheck_argv(), env=env,
                                                    stdout=asyncio.subprocess.DEVNULL,
                                                    stderr=asyncio.subprocess.DEVNULL)
        return await asyncio.wait_for(proc.wait(), timeout=20)

    async def main() -> tuple[int, int, int]:
        healthy = True
        server = ObsServer("127.0.0.1", 0, metrics=Metrics(CollectorRegistry(), process_collector=False),
                           liveness=lambda: healthy)
        await server.start()
        try:
            ok = await run(server.port)
            healthy = False
            unhealthy = await run(server.port)
            port = server.port
        finally:
            await server.stop()
        gone = await run(port)
        return ok, unhealthy, gone

    ok, unhealthy, gone = asyncio.run(main())
    assert ok == 0
    assert unhealthy != 0
    assert gone != 0


# -- compose ----------------------------------------------------------------------------
def test_compose_services_agree_with_image_and_k8s():
    c = compose()
    services = c["services"]
    assert {"kafka", "worker", "prometheus", "grafana"} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:")
    worker = services["worker"]
    denv = dockerfile_env()
    kenv = k8s_env()
    wenv = {k: str(v) for k, v in worker["environment"].items()}
    for key in ("ENFORCER_RULES_DIR", "ENFORCER_STATE_DIR", "ENFORCER_OBS_HOST", "ENFORCER_OBS_PORT", "ENFORCER_LOG_FORMAT"):
        assert wenv[key] == denv[key] == kenv[key], f"{key}: compose {wenv.get(key)} image {denv.get(key)} k8s {kenv.get(key)}"
    assert int(wenv["ENFORCER_PARTITIONS"]) == default_partitions()
    assert wenv["ENFORCER_KAFKA_BOOTSTRAP"] == "kafka:29092", "compose services reach Kafka on its INTERNAL listener"
    for spec in worker["ports"]:
        host, container = spec.rsplit(":", 1)
        assert int(container) == obs_port()
        assert host.startswith("127.0.0.1:"), "publish on the host loopback only"
    targets = {v.split(":")[1] for v in worker["volumes"]}
    assert denv["ENFORCER_RULES_DIR"] in targets
    assert worker["build"]["dockerfile"] == "Dockerfile" and (COMPOSE.parent / worker["build"]["context"] / "Dockerfile").is_file()
    assert worker.get("command", ["worker"]) == ["worker"]

    prom = services["prometheus"]
    mounts = {v.split(":")[1]: v.split(":")[0] for v in prom["volumes"]}
    assert (COMPOSE.parent / mounts["/etc/prometheus/prometheus.yml"]).resolve() == PROMETHEUS_YML
    cfg = yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))
    for rf in cfg["rule_files"]:
        assert rf in mounts, f"rule file {rf} is not mounted into the prometheus container"
    (job,) = [j for j in cfg["scrape_configs"] if j["job_name"] == "enforcer"]
    sd_ports = [d["port"] for d in job.get("dns_sd_configs", [])]
    static = [int(t.rsplit(":", 1)[1]) for s in job.get("static_configs", []) for t in s["targets"]]
    assert sd_ports + static and set(sd_ports + static) == {obs_port()}
    assert all(d["names"] == ["worker"] for d in job.get("dns_sd_configs", []))

    graf = services["grafana"]
    gmounts = {v.split(":")[1]: (COMPOSE.parent / v.split(":")[0]).resolve() for v in graf["volumes"]}
    assert gmounts["/etc/grafana/provisioning"] == (REPO / "deploy" / "grafana" / "provisioning")
    prov = yaml.safe_load((REPO / "deploy/grafana/provisioning/dashboards/enforcer.yml").read_text(encoding="utf-8"))
    dash_path = prov["providers"][0]["options"]["path"]
    assert gmounts[dash_path] == REPO / "deploy" / "grafana" / "dashboards"
    for name, svc in services.items():
        for spec in svc.get("ports", []):
            assert str(spec).startswith("127.0.0.1:"), f"{name}: publish on the host loopback only"


def test_every_enforcer_env_name_is_known():
    known = settings_env_names() | OBS_ENV
    if not settings_env_names():  # no settings module: only the obs names can be checked
        known |= {"ENFORCER_" + k for k in ("KAFKA_BOOTSTRAP", "RULES_DIR", "STATE_DIR", "PARTITIONS", "APP_ID",
                                            "TOPIC_REQUESTS", "REPLICATION", "STORE")}
    used = set(dockerfile_env()) | set(compose()["services"]["worker"]["environment"]) | set(k8s_env())
    for svc in compose()["services"].values():
        used |= set(svc.get("environment", {}) or {})
    unknown = sorted(n for n in used if n.startswith("ENFORCER_") and n not in known)
    assert not unknown, f"unknown ENFORCER_* variables (typo, or a setting that does not exist): {unknown}"


if __name__ == "__main__":
    if sys.argv[1:] == ["--write-rules-configmap"]:
        RULES_CONFIGMAP.write_text(render_rules_configmap(), encoding="utf-8")
        print(f"wrote {RULES_CONFIGMAP.relative_to(REPO)}")
    else:
        sys.exit("usage: python tests/unit/test_deploy_manifests.py --write-rules-configmap")
