"""One customer's concurrent orders queue on the customer row instead of deadlocking (#11).

Revision ID: 0025
Revises: 0027
Create Date: 2026-12-06

Inserting an order checks its foreign key to the customer, which takes a KEY SHARE lock on the customer
row, and then the ``customer_totals`` trigger (``oms_orders_customer_totals``) locked that row ``FOR
UPDATE`` to read and update the totals and rhythm. FOR UPDATE conflicts with KEY SHARE, so two
transactions inserting orders for one customer at once each held KEY SHARE and each waited for the
other's to go: a deadlock for every overlapping pair (a benchmark of one customer's messages on a
multi-threaded worker: 742 deadlocks; tests/test_customer_lock_order.py: 31 of 32 messages). Any
transaction holding KEY SHARE on the customer (a message of theirs being inserted) blocked the trigger
too.

The trigger now locks ``FOR NO KEY UPDATE``: the lock its own UPDATE of the customer takes (it changes
no key column), which KEY SHARE does not conflict with, so concurrent orders for one customer wait for
each other on the row, in the order they reach it, and every later reader still builds on the committed
row version. The function is patched in place, so the rest of it (and its SECURITY DEFINER and
search_path, from 0010) stays as the migrations before this one made it.
"""

from alembic import op

revision = "0025"
down_revision = "0027"
branch_labels = None
depends_on = None

FUNCTION = "public.oms_orders_customer_totals()"


def _replace_lock(old: str, new: str) -> str:
    return f"""
DO $$
DECLARE
  d text := pg_get_functiondef('{FUNCTION}'::regprocedure);
  patched text := regexp_replace(d, '(public\\.customers [a-z]+ WHERE [a-z]+\\.id = (NEW|OLD)\\.customer_id) {old};',
                                 '\\1 {new};', 'g');
BEGIN
  IF patched = d AND position('{new};' IN d) = 0 THEN
    RAISE EXCEPTION '{FUNCTION} has no customer lock "{old}" to patch';
  END IF;
  EXECUTE patched;
END $$;
"""


def upgrade() -> None:
    op.execute(_replace_lock("FOR UPDATE", "FOR NO KEY UPDATE"))


def downgrade() -> None:
    op.execute(_replace_lock("FOR NO KEY UPDATE", "FOR UPDATE"))
