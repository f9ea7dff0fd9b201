from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        # The display name is unique and required, so it must be on the row before the
        # first save; allauth would only hand it to the signup form afterwards.
        user.display_name = form.cleaned_data["display_name"]
        user.perspective = form.cleaned_data["perspective"]
        return super().save_user(request, user, form, commit=commit)
