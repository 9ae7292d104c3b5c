"""Review of REVIEW orders by tenant users: who acts (actor), what they read (queries), what they do
(actions), and customers' cancel/change requests linked to their orders."""
