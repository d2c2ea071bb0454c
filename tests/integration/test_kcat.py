"""A client nobody here wrote reads our decisions topic: kcat (librdkafka), and
the official Java client (kafka-clients, from the broker's jar cache) as the
fallback when kcat cannot be installed. The fallback also runs on its own in
every session, so it cannot rot unnoticed. Nothing here skips.

Records are produced the way the worker's KafkaSink does (enforcer/stream/app.py):
key = account_id, value = Decision.to_json(), DECISION_HEADERS, and a tombstone
after each lift.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from enforcer.contracts import Decision
from enforcer.stream.app import DECISION_HEADERS
from enforcer.timeutil import format_rfc3339_ms

REPO = Path(__file__).resolve().parents[2]
INSTALL_KCAT = REPO / "deploy" / "tools" / "install-kcat"
READ_TIMEOUT_S = 60.0
NULL = "<null-value>"  # how the console consumer prints a tombstone

# Prints one kcat -J style JSON object per record, from the beginning to the end offsets seen at start.
JAVA_READER = r"""
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import org.apache.kafka.clients.consumer.*;
import org.apache.kafka.common.*;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public class ReadTopic {
  static String str(byte[] b) { return b == null ? null : new String(b, StandardCharsets.UTF_8); }
  public static void main(String[] a) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", a[0]);
    p.put("key.deserializer", ByteArrayDeserializer.class.getName());
    p.put("value.deserializer", ByteArrayDeserializer.class.getName());
    p.put("enable.auto.commit", "false");
    ObjectMapper json = new ObjectMapper();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> tps = new ArrayList<>();
      for (PartitionInfo pi : c.partitionsFor(a[1], Duration.ofSeconds(10))) tps.add(new TopicPartition(a[1], pi.partition()));
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<TopicPartition, Long> end = c.endOffsets(tps, Duration.ofSeconds(10));
      long deadline = System.currentTimeMillis() + Long.parseLong(a[2]) * 1000;
      while (true) {
        boolean done = true;
        for (TopicPartition tp : tps) if (c.position(tp) < end.get(tp)) done = false;
        if (done) break;
        if (System.currentTimeMillis() > deadline) { System.err.println("timed out before the end offsets"); System.exit(3); }
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          Map<String, Object> o = new LinkedHashMap<>();
          List<String> headers = new ArrayList<>();
          for (Header h : r.headers()) { headers.add(h.key()); headers.add(str(h.value())); }
          o.put("topic", r.topic()); o.put("partition", r.partition()); o.put("offset", r.offset());
          o.put("headers", headers); o.put("key", str(r.key())); o.put("payload", str(r.value()));
          System.out.println(json.writeValueAsString(o));
        }
      }
    }
  }
}
"""


def decision(account: str, action: str, n: int = 0) -> Decision:
    now_ms = int(time.time() * 1000)
    return Decision(
        decision_id=f"{account}-{action}-{n}", account_id=account, action=action, rule="kcat-rule",
        scope="account", scope_key=account, issued_at=format_rfc3339_ms(now_ms),
        expires_at=format_rfc3339_ms(now_ms + 3_600_000), mode="enforce",
        throttle_rps=2.5 if action == "throttle" else None, reason="read back by a foreign client",
        evidence={"requests_1h": 61.0, "note": "ünïcode ✓", "flag": True},
    )


DECISIONS = [decision(f"acct-{i}", ("throttle", "challenge", "suspend")[i % 3]) for i in range(9)] + [
    decision("acct-0", "lift", 1),  # followed by a tombstone
]


async def _produce(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 3, 1, topic_configs={"cleanup.policy": "compact"})])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", request_timeout_ms=10_000)
    await producer.start()
    try:
        for d in DECISIONS:
            key = d.account_id.encode()
            await producer.send_and_wait(topic, d.to_json(), key=key, headers=DECISION_HEADERS)
            if d.action.value == "lift":
                await producer.send_and_wait(topic, None, key=key, headers=DECISION_HEADERS)
    finally:
        await producer.stop()


def produce(bootstrap: str, topic: str) -> None:
    asyncio.run(asyncio.wait_for(_produce(bootstrap, topic), 30))


def kafka_libs() -> Path:
    """The broker's jar cache, found the way deploy/kafka/broker finds it."""
    root = os.environ.get("ENFORCER_KAFKA_LIBS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "enforcer", "kafka-libs")
    sha = hashlib.sha256((REPO / "deploy" / "kafka" / "pom.xml").read_bytes()).hexdigest()
    libs = Path(root) / sha
    assert (libs / ".complete").exists(), f"no complete Kafka jar cache at {libs} (deploy/kafka/broker start makes it)"
    return libs


def console_consumer_class(libs: Path) -> str | None:
    """Kafka's own console consumer, if the cached jars have it: kafka.tools.ConsoleConsumer up to
    Kafka 3.6; from 3.7 it lives in the kafka-tools artifact, which the broker's pom does not pull."""
    wanted = {"kafka/tools/ConsoleConsumer.class": "kafka.tools.ConsoleConsumer",
              "org/apache/kafka/tools/consumer/ConsoleConsumer.class": "org.apache.kafka.tools.consumer.ConsoleConsumer"}
    for jar in sorted(libs.glob("*.jar")):
        with zipfile.ZipFile(jar) as z:
            for name in z.namelist():
                if name in wanted:
                    return wanted[name]
    return None


def read_with_kcat(kcat: str, bootstrap: str, topic: str) -> list[dict]:
    out = subprocess.run([kcat, "-b", bootstrap, "-C", "-t", topic, "-e", "-o", "beginning", "-q", "-J"],
                         capture_output=True, text=True, timeout=READ_TIMEOUT_S, stdin=subprocess.DEVNULL, check=True)
    return [orjson.loads(line) for line in out.stdout.splitlines() if line.strip()]


def read_with_java(bootstrap: str, topic: str, tmp: Path) -> list[dict]:
    libs = kafka_libs()
    java = shutil.which("java")
    assert java, "java not found: the kcat fallback needs it (the broker needs it too)"
    cls = console_consumer_class(libs)
    cp = f"{libs}/*"
    if cls is not None:
        out = subprocess.run(
            [java, "-cp", cp, cls, "--bootstrap-server", bootstrap, "--topic", topic, "--from-beginning",
             "--timeout-ms", "10000", "--max-messages", str(expected_record_count()),
             "--property", "print.key=true", "--property", "print.headers=true", "--property", "print.partition=true",
             "--property", "key.separator=\t", "--property", "headers.separator=,", "--property", f"null.literal={NULL}"],
            capture_output=True, text=True, timeout=READ_TIMEOUT_S, stdin=subprocess.DEVNULL, check=False)
        records = []
        for line in out.stdout.splitlines():
            part, headers, key, value = line.split("\t", 3)
            hs = [x for h in headers.split(",") if h and h != "NO_HEADERS" for x in h.split(":", 1)]
            records.append({"partition": int(part.removeprefix("Partition:")), "headers": hs, "key": key,
                            "payload": None if value == NULL else value})
        return records
    src = tmp / "ReadTopic.java"
    src.write_text(JAVA_READER)
    out = subprocess.run([java, "-cp", cp, str(src), bootstrap, topic, "30"], capture_output=True, text=True,
                         timeout=READ_TIMEOUT_S + 30, stdin=subprocess.DEVNULL, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return [orjson.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def expected_record_count() -> int:
    return len(DECISIONS) + sum(d.action.value == "lift" for d in DECISIONS)


def assert_contract(records: list[dict]) -> None:
    assert len(records) == expected_record_count()
    by_key: dict[str, list[dict]] = {}
    for r in records:
        by_key.setdefault(r["key"], []).append(r)
        # kcat -J lists headers as a flat [name, value, name, value] array
        assert r["headers"] == ["content-type", "application/json", "schema-version", "1"], r["headers"]
    seen = []
    for key, recs in by_key.items():
        assert len({r["partition"] for r in recs}) == 1, f"{key} spread over partitions"
        for r in recs:
            if r["payload"] is None:  # tombstone
                continue
            d = Decision.model_validate_json(r["payload"])
            assert d.account_id == key
            seen.append(d)
    assert sorted(seen, key=lambda d: d.decision_id) == sorted(DECISIONS, key=lambda d: d.decision_id)
    # the tombstone comes right after the lift, in the same partition
    acct0 = by_key["acct-0"]
    assert [Decision.model_validate_json(r["payload"]).action.value if r["payload"] else None for r in acct0] == \
        [DECISIONS[0].action.value, "lift", None]


def test_kcat_reads_decisions(kafka_bootstrap: str, unique_topic: str, tmp_path: Path) -> None:
    produce(kafka_bootstrap, unique_topic)
    installed = subprocess.run([str(INSTALL_KCAT)], capture_output=True, text=True, timeout=900,
                               stdin=subprocess.DEVNULL, check=False)
    kcat = installed.stdout.strip().splitlines()[-1] if installed.returncode == 0 and installed.stdout.strip() else None
    if kcat:
        records = read_with_kcat(kcat, kafka_bootstrap, unique_topic)
        print(f"read with {kcat}")
    else:
        print(f"kcat unavailable ({installed.stderr.strip()[-300:]}); reading with the Java client instead")
        records = read_with_java(kafka_bootstrap, unique_topic, tmp_path)
    assert_contract(records)


def test_java_fallback_reads_decisions(kafka_bootstrap: str, unique_topic: str, tmp_path: Path) -> None:
    produce(kafka_bootstrap, unique_topic)
    assert_contract(read_with_java(kafka_bootstrap, unique_topic, tmp_path))
