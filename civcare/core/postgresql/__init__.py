"""Django's PostgreSQL backend, with a pool that is renewed as soon as the server is back
(see base.DatabaseWrapper)."""
