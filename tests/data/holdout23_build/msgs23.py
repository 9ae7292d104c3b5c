# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
# The messages of blind set 23 and their plain labels, all hand-written: msgs23_a.py (mostly clean orders),
# msgs23_b.py (orders that need review), msgs23_c.py (references, changes, cancellations, non-orders and more
# clean orders). msgs23_head.py holds the helpers L/A/N/M.
import msgs23_a  # noqa: F401
import msgs23_b  # noqa: F401
import msgs23_c  # noqa: F401
from msgs23_head import MSGS  # noqa: F401
