"""Held-out traffic world 20, "Monsoon results week", written blind: a labelled,
deterministic generator of RequestEvent streams for an Indian LLM API provider
(fictional "Vidya API", Bengaluru) over two IST days in mid-May 2026 when school
board results are announced (day 1, 11:00 IST; a state board on day 2, 13:00 IST)
and a new flagship model, ``vidya-3-pro``, launches on day 2 at 10:00 IST. Traffic
is IPv6-heavy mobile (Jio/Airtel/Vi /64s and shared CGNAT v4), campus NATs,
corporate Zscaler egress, satellite links, a white-label B2B reseller and a hosted
agent platform whose sub-accounts share one egress/payment/TLS fingerprint,
prepaid vouchers and family UPI mandates. Seventeen benign populations (including
eval sweeps, one-system-prompt tutor apps, CI jobs, translation and labelling
vendors) are mixed with eight distillation campaigns of different tactics. Its
author read only ``enforcer/contracts.py``, ``enforcer/timeutil.py``,
``enforcer/labels.py``, ``/work/shared/ANCHORS.md``, ``/work/shared/STYLE.md`` and the
prompt corpora with their ``SOURCES.md``; see ``README.md``.
"""
