"""Where a webhook may go: public addresses only, unless an operator allows a network.

A tenant chooses its endpoint URL, so without a guard it could make the workers POST to the database
host, the cloud metadata service (169.254.169.254) or anything else on the private network. Refused:
loopback, private (RFC 1918, unique-local), link-local (the metadata services live there), carrier-grade
NAT, multicast, reserved and unspecified addresses: anything that is not a global unicast address.
``OMS_WEBHOOK_ALLOW_NETWORKS`` (comma-separated CIDRs) lets chosen networks through (tests allow
127.0.0.0/8 to reach their loopback receivers).

The check is made on the address the connection is actually opened to (jobs/webhooks/transport.py
resolves the name once, checks each address, connects to that address and checks the peer again), so a
DNS answer that changes between a check and the connect (DNS rebinding) cannot get around it.
`oms webhook add` checks the URL at once as well, for a clear error instead of failed deliveries.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class BlockedAddressError(ValueError):
    """The destination is not allowed; the message says which address and why."""


def _kind(ip: IPAddress) -> str | None:
    """Why `ip` is refused by default, or None for a global unicast address."""
    for name, test in (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local (metadata services live there)", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if test:
            return name
    return None if ip.is_global else "not globally routable"


@dataclass(frozen=True)
class Policy:
    allow: tuple[Network, ...] = ()

    @classmethod
    def from_cidrs(cls, cidrs: Iterable[str]) -> Policy:
        return cls(tuple(ipaddress.ip_network(c, strict=False) for c in cidrs))

    def check_ip(self, address: str) -> IPAddress:
        """The address, if a delivery may connect to it; else BlockedAddressError."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if any(ip in net for net in self.allow):
            return ip
        reason = _kind(ip)
        if reason is not None:
            raise BlockedAddressError(
                f"{ip} is {reason}; deliveries go to public addresses only "
                "(OMS_WEBHOOK_ALLOW_NETWORKS lets a network through)"
            )
        return ip

    def resolve(self, host: str, port: int) -> list[str]:
        """The allowed addresses `host` resolves to, in resolver order; BlockedAddressError if none."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise BlockedAddressError(f"cannot resolve {host!r}: {exc.strerror}") from None
        allowed: list[str] = []
        refusal: BlockedAddressError | None = None
        for *_, sockaddr in infos:
            address = str(sockaddr[0])
            try:
                self.check_ip(address)
            except BlockedAddressError as exc:
                refusal = refusal or exc
                continue
            if address not in allowed:
                allowed.append(address)
        if not allowed:
            raise refusal or BlockedAddressError(f"{host!r} resolves to no address")
        return allowed


def check_url(url: str, policy: Policy) -> str:
    """The URL, if it is http(s) with a host whose every address is allowed (for `oms webhook add`)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedAddressError(f"{url!r}: an endpoint URL is http:// or https:// with a host")
    if parts.username or parts.password:
        raise BlockedAddressError(f"{url!r}: credentials in the URL are not allowed (use the signature)")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise BlockedAddressError(f"{url!r}: bad port") from None
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlockedAddressError(f"{url!r}: cannot resolve {parts.hostname!r}: {exc.strerror}") from None
    for *_, sockaddr in infos:
        try:
            policy.check_ip(str(sockaddr[0]))
        except BlockedAddressError as exc:
            raise BlockedAddressError(f"{url!r}: {parts.hostname} -> {exc}") from None
    return url.strip()
