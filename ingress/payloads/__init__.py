"""Provider payloads normalised into one boundary type, :class:`InboundMessage`.

Each provider (Twilio SMS/WhatsApp, Meta's WhatsApp Cloud API, Mailgun routes, SendGrid Inbound Parse,
our own JSON API) describes the same event in its own shape; one module per provider turns it into an
``InboundMessage`` with normalised addresses (E.164 phones, lower-cased emails, db/addresses.py), so the
receiving address resolves the tenant and the sender the customer, whatever the channel.

Pure functions, no I/O. Bad input raises :class:`PayloadError` naming the offending field by its path
(``entry[0].changes[0].value.messages[0].from``), so the HTTP layer can answer 400 with something a
provider's support engineer can act on. JSON bodies are validated by pydantic models (api.py,
whatsapp.py). Error messages never quote the field's value: addresses and bodies are personal data and
error messages end up in logs.
"""

from ingress.payloads.api import parse_api
from ingress.payloads.fields import load_json
from ingress.payloads.mail import mailgun_receiver, parse_mailgun, parse_sendgrid, sendgrid_receiver
from ingress.payloads.message import CHANNELS, MAX_ATTACHMENTS, InboundMessage, MediaItem, PayloadError
from ingress.payloads.twilio import parse_twilio, twilio_receiver
from ingress.payloads.whatsapp import parse_whatsapp

__all__ = [
    "CHANNELS",
    "MAX_ATTACHMENTS",
    "InboundMessage",
    "MediaItem",
    "PayloadError",
    "load_json",
    "mailgun_receiver",
    "parse_api",
    "parse_mailgun",
    "parse_sendgrid",
    "parse_twilio",
    "parse_whatsapp",
    "sendgrid_receiver",
    "twilio_receiver",
]
