from django.urls import path

from . import views

app_name = "reflections"

urlpatterns = [
    path("mijn/reflecties/", views.my_reflections, name="mine"),
]
