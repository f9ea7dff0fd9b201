"""A mail server that answers but refuses every recipient, as SMTP does with a 550."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            raise smtplib.SMTPRecipientsRefused(
                {address: (550, b"5.1.1 User unknown") for address in message.recipients()}
            )
        return 0
