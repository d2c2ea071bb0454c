"""key_networks: a network-scoped rule that names network sets makes its kind
form groups only from requests whose ASN is in them (rented /24s, not every
home's), with the same decisions on those groups as without the filter."""
from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.config import SketchConfig
from enforcer.core.engine import Engine
from enforcer.core.observe import Observer
from enforcer.rules.loader import load_rules

T0 = 1_793_613_600_000
RULES = """
networks:
  hosting: {{asns: [16509]}}
rules:
  - name: busy-subnet
    description: three accounts on one /24
    scope: ip_prefix
    {key}
    when: accounts_24h >= 3
    action: {{type: challenge, ttl: 1h}}
"""


def _events() -> list[RequestEvent]:
    out = []
    for i in range(9):
        k = i % 3
        # three accounts on a cloud /24, three on a home ISP's /24
        out.append(RequestEvent(event_id=f"c{i}", ts=T0 + i * 1_000, account_id=f"cloud-{k}", prompt_tokens=10,
                                completion_tokens=20, ip=f"54.10.20.{k + 1}", asn=16509))
        out.append(RequestEvent(event_id=f"h{i}", ts=T0 + i * 1_000 + 500, account_id=f"home-{k}", prompt_tokens=10,
                                completion_tokens=20, ip=f"73.10.20.{k + 1}", asn=7922))
    return out


def _run(tmp_path, key: str):
    d = tmp_path / (key.split(":")[0] or "all")
    d.mkdir()
    (d / "r.yaml").write_text(RULES.format(key=key))
    eng = Engine(load_rules(d))
    decided = sorted({x.account_id for e in _events() for x in eng.process(e).decisions})
    kinds = sorted(k for k, _ in eng.group.groups.groups)
    return decided, kinds


def test_only_networks_in_the_named_sets_form_groups(tmp_path):
    every, every_kinds = _run(tmp_path, "")
    rented, rented_kinds = _run(tmp_path, "key_networks: [hosting]")
    assert every == ["cloud-0", "cloud-1", "cloud-2", "home-0", "home-1", "home-2"]
    assert every_kinds.count("ip_prefix") == 2
    # The home /24 is not observed at all; the cloud /24 decides as before.
    assert rented == ["cloud-0", "cloud-1", "cloud-2"]
    assert rented_kinds.count("ip_prefix") == 1


def test_the_observers_link_cache_keys_on_the_asn_when_filtered():
    obs = Observer(SketchConfig(), {}, frozenset({"ip_prefix"}), {"ip_prefix": frozenset({16509})})
    same = dict(prompt_tokens=1, completion_tokens=1, ip="10.0.0.1")
    a = obs.observe(RequestEvent(event_id="a", ts=T0, account_id="x", asn=16509, **same))
    b = obs.observe(RequestEvent(event_id="b", ts=T0, account_id="x", asn=7922, **same))
    c = obs.observe(RequestEvent(event_id="c", ts=T0, account_id="x", asn=16509, **same))
    assert [k for k, _ in a.links] == ["ip_prefix"] and b.links == [] and c.links == a.links
    # The account's own network features still see every prefix.
    assert a.ip_prefix == b.ip_prefix == "10.0.0.0/24"


def test_a_reload_that_adds_the_filter_rebuilds_the_observer(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "r.yaml").write_text(RULES.format(key=""))
    (tmp_path / "b" / "r.yaml").write_text(RULES.format(key="key_networks: [hosting]"))
    eng = Engine(load_rules(tmp_path / "a"))
    assert eng.account.observer.key_asns == {}
    eng.set_rules(load_rules(tmp_path / "b"))
    assert eng.account.observer.key_asns == {"ip_prefix": frozenset({16509})}
