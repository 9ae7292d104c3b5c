"""The work, as packages whose names are the architecture.

language/  pure text work, no database: PII, intent, order-line extraction, catalog matching
pipeline/  a message's analysis, the order decision, its one write, the actors, evaluation, maintenance
ai/        providers (local, OpenAI-compatible), metering and the monthly budget
webhooks/  domain events recorded for webhook delivery
"""
