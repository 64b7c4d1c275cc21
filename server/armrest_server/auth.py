"""Bearer tokens: issued by the client-credentials flow, verified on every secured operation.

HS256 only, with the issuer and audience pinned: `alg: none` and algorithm confusion are refused
because PyJWT is told the one algorithm it may accept.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

import jwt
from sqlalchemy import Engine

from armrest_server.clock import Clock, SystemClock
from armrest_server.http.problems import Problem
from armrest_server.revocations import Revocations
from armrest_server.settings import Settings
from armrest_server.store import security

ALGORITHM = "HS256"
PBKDF2_ROUNDS = 200_000
VERIFIED_CACHE = 4096
LEEWAY = 5  # seconds of clock difference allowed between the token's issuer and this server


@dataclass(frozen=True)
class Principal:
    """Who the bearer token says is calling, and which clients it may use."""

    subject: str
    clients: frozenset[int]


@dataclass(frozen=True)
class Token:
    access_token: str
    expires_in: int
    expires_on: int
    not_before: int

    def as_dict(self) -> dict[str, object]:
        return {
            "access_token": self.access_token,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
            "expires_on": self.expires_on,
            "not_before": self.not_before,
        }


def hash_secret(secret: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    return f"pbkdf2-sha256${PBKDF2_ROUNDS}${salt}${_digest(secret, salt, PBKDF2_ROUNDS)}"


def check_secret(secret: str, stored: str) -> bool:
    """Whether `secret` is the one `stored` was hashed from, at the rounds it was hashed with."""
    try:
        _scheme, rounds, salt, digest = stored.split("$")
        work = int(rounds)
    except ValueError:
        return False
    return hmac.compare_digest(_digest(secret, salt, work), digest)


def decoy_hash() -> str:
    """A stored form no secret matches, checked for unknown client ids so that they cost the same PBKDF2
    as a known id with a wrong secret (otherwise the answer's timing tells which ids exist)."""
    return f"pbkdf2-sha256${PBKDF2_ROUNDS}${secrets.token_hex(16)}${secrets.token_hex(32)}"


def _digest(secret: str, salt: str, rounds: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt.encode(), rounds).hex()


class Authority:
    """Signs and verifies tokens with the configured key, or the key kept in the database."""

    def __init__(self, settings: Settings, engine: Engine, *, clock: Clock | None = None) -> None:
        self.settings = settings
        self.clock = clock or SystemClock()  # the server's one clock: token lifetimes follow it
        self.key = settings.jwt_key or security.signing_key(engine)
        # token -> (principal, exp, iat): the signature check is the largest cost of a small request.
        self._verified: dict[str, tuple[Principal, float, float]] = {}
        # Followed while the app runs (its lifespan starts them): removed clients' tokens fail.
        self.revocations = Revocations(engine=engine, interval=settings.revocation_check)

    def issue(self, subject: str, clients: list[int], ttl: int | None = None) -> Token:
        now = int(self.clock.now().timestamp())
        ttl = ttl or self.settings.token_ttl
        claims = {
            "iss": self.settings.jwt_issuer,
            "aud": self.settings.jwt_audience,
            "sub": subject,
            "clients": sorted(clients),
            "iat": now,
            "nbf": now,
            "exp": now + ttl,
        }
        return Token(jwt.encode(claims, self.key, algorithm=ALGORITHM), ttl, now + ttl, now)

    def verify(self, header: str | None) -> Principal:
        if not header:
            raise self._refuse("A bearer token is required", None)
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise self._refuse("Use the Bearer scheme", "invalid_request")
        token = token.strip()
        cached = self._verified.get(token)
        # A token verified before stays valid until its exp (its signature cannot change), unless revoked.
        if cached is not None and cached[1] > self.clock.now().timestamp():
            return self._unless_revoked(cached[0], cached[2])
        try:
            claims = jwt.decode(
                token,
                self.key,
                algorithms=[ALGORITHM],
                audience=self.settings.jwt_audience,
                issuer=self.settings.jwt_issuer,
                # The times are checked below against the server's clock, not PyJWT's time.time().
                options={
                    "require": ["exp", "nbf", "iat", "iss", "aud", "sub"],
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
        except jwt.InvalidTokenError as error:
            raise self._refuse(f"The bearer token is invalid: {error}", "invalid_token") from None
        self._check_times(claims)
        clients = claims.get("clients")
        # JSON integers only: Python reads `true` as an int (bool is a subclass), which would grant client 1.
        if not isinstance(clients, list) or not all(type(c) is int for c in clients):
            raise self._refuse("The bearer token names no clients", "invalid_token")
        principal = Principal(str(claims["sub"]), frozenset(clients))
        if len(self._verified) >= VERIFIED_CACHE:
            self._verified.clear()
        self._verified[token] = (principal, float(claims["exp"]), float(claims["iat"]))
        return self._unless_revoked(principal, float(claims["iat"]))

    def _unless_revoked(self, principal: Principal, issued_at: float) -> Principal:
        if self.revocations.revoked(principal.subject, issued_at):
            raise self._refuse(
                "The bearer token has been revoked (its API client was removed)", "invalid_token"
            )
        return principal

    def _check_times(self, claims: dict[str, object]) -> None:
        times = [claims["exp"], claims["nbf"], claims["iat"]]
        if not all(type(t) in (int, float) for t in times):
            detail = "The bearer token is invalid: exp, nbf and iat must be numbers"
            raise self._refuse(detail, "invalid_token")
        exp, nbf, iat = (float(t) for t in times)  # type: ignore[arg-type]
        now = self.clock.now().timestamp()
        if exp <= now - LEEWAY:
            raise self._refuse("The bearer token has expired", "invalid_token")
        if nbf > now + LEEWAY or iat > now + LEEWAY:
            raise self._refuse("The bearer token is invalid: it is not valid yet (nbf, iat)", "invalid_token")

    @staticmethod
    def _refuse(detail: str, error: str | None) -> Problem:
        challenge = 'Bearer realm="armrest"' + (f', error="{error}"' if error else "")
        return Problem(401, detail, headers={"WWW-Authenticate": challenge})
