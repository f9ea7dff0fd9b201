from allauth.account.adapter import DefaultAccountAdapter

from . import services


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After signing in without a page to return to, the work that waits: a moderator
        with items in the queue lands on it, an editor on the editors' dashboard."""
        return services.sign_in_landing(request.user) or super().get_login_redirect_url(request)

    def save_user(self, request, user, form, commit=True):
        # The display name is unique and required, so it must be on the row before the
        # first save; allauth would only hand it to the signup form afterwards.
        user.display_name = form.cleaned_data["display_name"]
        user.perspective = form.cleaned_data["perspective"]
        return super().save_user(request, user, form, commit=commit)
