"""Statuses read through the model, never typed as strings."""

from __future__ import annotations

from typing import TypeVar

from django.db import models

Model = TypeVar("Model", bound=type[models.Model])


def with_status_flags(model: Model) -> Model:
    """Give ``model`` an ``is_<status>`` property for each value of its ``Status`` choices, so
    that templates and code ask ``reflection.is_approved`` instead of comparing with
    "approved" (a status is written once: in the choices)."""
    for member in model.Status:
        name = f"is_{member.value}"
        if name in model.__dict__:
            raise TypeError(f"{model.__name__}.{name} exists already")
        setattr(model, name, property(lambda self, value=member.value: self.status == value))
    return model
