"""Swedish trade words (`english: words`), read exactly."""

TABLE = """
whole: helmjolk
white: vitt vit
milk: mjolk
gingerbread: pepparkaka
napkin: servetter servett
cup: muggar mugg
wall: vagg
"""
