"""Gateway side of enforcer: read the decisions topic, answer per request.

    from enforcer.gateway import DecisionClient, Outcome

See docs/gateway.md.
"""

from enforcer.gateway.client import DecisionClient, Policy, TopicNotFound
from enforcer.gateway.table import ALLOW, DecisionTable, Outcome, Verdict

__all__ = ["ALLOW", "DecisionClient", "DecisionTable", "Outcome", "Policy", "TopicNotFound", "Verdict"]
