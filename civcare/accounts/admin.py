from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from . import roles
from .forms import AdminUserChangeForm, AdminUserCreationForm
from .models import AccountDeletion, Consent, PolicyDocument, User


class ConsentInline(admin.TabularInline):
    model = Consent
    fields = ["document", "accepted_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


def _role_action(role: str, *, grant: bool):
    group = roles.ROLE_GROUPS[role]

    def action(modeladmin, request, queryset):
        changed = sum((roles.grant if grant else roles.revoke)(user, role) for user in queryset)
        verb = _("gegeven aan") if grant else _("afgenomen van")
        modeladmin.message_user(request, f"{group} {verb} {changed} account(s).", messages.SUCCESS)

    action.__name__ = f"{'grant' if grant else 'revoke'}_{role}"
    action.short_description = (
        _("Rol %(group)s geven") if grant else _("Rol %(group)s afnemen")
    ) % {"group": group}
    return action


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = AdminUserChangeForm
    add_form = AdminUserCreationForm
    ordering = ["email"]
    list_display = ["email", "display_name", "perspective", "role_names", "is_staff", "date_joined"]
    list_filter = ["groups", "is_staff", "is_superuser", "is_active", "perspective"]
    search_fields = ["email", "display_name"]
    readonly_fields = ["date_joined", "last_login"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Openbaar"), {"fields": ["display_name", "perspective"]}),
        (
            _("Rollen en rechten"),
            {
                "fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"],
                "description": _(
                    "Redactie: papers, versies, vraagsets en de vaststelling. Moderatie: "
                    "reflecties en meldingen beoordelen. Beheerder (staff): dit beheer."
                ),
            },
        ),
        (_("Data"), {"fields": ["date_joined", "last_login"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "display_name", "perspective", "password1", "password2"],
            },
        ),
    ]
    filter_horizontal = ["groups", "user_permissions"]
    inlines = [ConsentInline]
    actions = [
        _role_action(role, grant=grant) for role in roles.ROLE_GROUPS for grant in (True, False)
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("rollen"))
    def role_names(self, user: User) -> str:
        return ", ".join(group.name for group in user.groups.all()) or "–"


@admin.register(PolicyDocument)
class PolicyDocumentAdmin(admin.ModelAdmin):
    list_display = ["kind", "version", "effective_on", "title"]
    list_filter = ["kind"]

    def get_readonly_fields(self, request, obj=None):
        # People consented to this exact text: a change is a new version, never an edit.
        if obj is not None:
            return ["kind", "version", "effective_on", "title", "body"]
        return []


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ["user", "document", "accepted_at"]
    list_filter = ["document"]
    search_fields = ["user__email", "user__display_name"]
    list_select_related = ["user", "document"]
    readonly_fields = ["user", "document", "accepted_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AccountDeletion)
class AccountDeletionAdmin(admin.ModelAdmin):
    list_display = ["deleted_at", "kept_reflections", "reflections_affected", "by_self"]
    readonly_fields = ["deleted_at", "kept_reflections", "reflections_affected", "by_self"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
