"""The ORM tables, one module per concept; `db.models` re-exports them all (`from db import models as m`)."""
