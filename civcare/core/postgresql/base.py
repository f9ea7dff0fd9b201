"""Django's PostgreSQL backend, with one change: a pool that is waiting out its reconnection
delay is replaced as soon as PostgreSQL answers again.

After an outage psycopg's pool retries with growing delays. A worker whose pool is between
two attempts would refuse requests (PoolTimeout → 503) while /healthz, a direct connection,
already says the database is back and the load balancer sends traffic again. Here the
refusal is caught where the connection is taken, before any query of the request has run,
so taking a connection from a fresh pool instead is safe for every request, a POST too.
"""

import logging

import psycopg
from django.db.backends.postgresql import base
from psycopg_pool import PoolTimeout

logger = logging.getLogger("civcare.database")


class DatabaseWrapper(base.DatabaseWrapper):
    def answers_directly(self) -> bool:
        """Whether PostgreSQL accepts a connection now: its own short connection, not one
        from the pool, which would wait for its timeout (a load balancer wants an answer
        within a second or two)."""
        params = self.get_connection_params()
        params.pop("pool", None)
        params["connect_timeout"] = 1
        try:
            with psycopg.connect(**params) as direct:
                direct.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True

    def get_new_connection(self, conn_params):
        try:
            return super().get_new_connection(conn_params)
        except PoolTimeout:
            # The pool's statistics cannot tell a pool waiting out its delay from one whose
            # connections are all in use (a reconnection attempt counts as a connection), so
            # ask the server. Renewing a busy pool costs little: its connections in use stay
            # open until they are given back, then close.
            if self.pool is None or not self.answers_directly():
                raise  # still down: the request gets the 503 page
            logger.warning("PostgreSQL answers again; starting a fresh connection pool")
            self.close_pool()
            return super().get_new_connection(conn_params)
