"""Luganda trade words (`english: luganda words`), read exactly (no Snowball stemmer; the forms orders use). Units,
numbers, weekdays and request words are the reader's (jobs/language/east_african.py)."""

TABLE = """
goat: embuzi
beef: ente
bone: amagumba
cassava: muwogo
whole: enzima
smoked: enfumbe
sugar: sukaali
egg: amagi
matoke: amatooke matooke
chicken: enkoko
fish: ekyennyanja
"""
