"""Schemathesis hooks for the AEO services (loaded through SCHEMATHESIS_HOOKS by run-api-fuzzing.ts).

Each request carries the bearer token of a role the operation allows: the roles come from the
operation's `x-roles` extension (written by the `@Roles` decorator of @aeo/auth), the tokens from
the AEO_FUZZ_TOKENS environment variable (JSON: role -> `Bearer <token>`, issued by the runner for users
that own the seeded records). Operations without `x-roles` accept any authenticated user; public
ones (`security: []`) get no token.
"""

import json
import os
import random

import schemathesis

TOKENS = json.loads(os.environ["AEO_FUZZ_TOKENS"])
ANY_USER = os.environ.get("AEO_FUZZ_ANY_ROLE", "executive")
# The same seed gives the same role choices, so a failure can be replayed.
CHOICE = random.Random(os.environ.get("AEO_FUZZ_SEED", "aeo"))


@schemathesis.auth(refresh_interval=None, retry_on=[])
class RoleTokens:
    def get(self, case, context):
        return TOKENS

    def set(self, case, data, context):
        operation = case.operation.definition.raw
        if operation.get("security") == []:
            return
        roles = [role for role in operation.get("x-roles") or [ANY_USER] if role in data]
        if not roles:
            raise RuntimeError(f"no token for any role of {case.operation.label}: {operation.get('x-roles')}")
        case.headers = case.headers or {}
        case.headers["Authorization"] = data[CHOICE.choice(roles)]
