"""Suggested replies to customers' messages, from local templates in the customer's language."""
