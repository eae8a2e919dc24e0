"""Signing in and out, password resets, invitations and personal API tokens."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.accounts import services
from partnerlab.accounts.forms import (
    AcceptInvitationForm,
    ApiTokenForm,
    AuditedSetPasswordForm,
    EmailLoginForm,
)
from partnerlab.accounts.models import ApiToken
from partnerlab.core import limits
from partnerlab.core.forms import handle_form


def _address(group: str, request: HttpRequest) -> str:
    """The e-mail address tried, as the account matches it: case and spaces do not count."""
    return str(request.POST.get("username") or request.POST.get("email") or "").strip().lower()


def _address_and_ip(group: str, request: HttpRequest) -> str:
    return f"{_address(group, request)}|{limits.client_ip(request)}"


def _limits(purpose: str) -> tuple[limits.Limit, ...]:
    """Narrowest first: this address from this IP, this IP, then the account from anywhere.
    An attacker hammering someone's address from one place is stopped by the first limit
    long before the account's own, slower limit, so the owner can still sign in elsewhere."""
    return (
        limits.Limit(f"{purpose}.address_ip", "LOGIN_RATE", _address_and_ip),
        limits.Limit(f"{purpose}.ip", "LOGIN_IP_RATE", "ip"),
        limits.Limit(f"{purpose}.account", "LOGIN_ACCOUNT_RATE", _address),
    )


SIGN_IN_LIMITS = _limits("sign_in")
RESET_LIMITS = _limits("password_reset")


class LimitedPosts:
    """A view whose POSTs count against `post_limits`; over a limit it answers 429."""

    post_limits: tuple[limits.Limit, ...] = ()

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        wait = limits.exceeded(request, self.post_limits)
        if wait is not None:
            return limits.too_many(request, "accounts/rate_limited.html", {}, wait)
        return super().post(request, *args, **kwargs)  # type: ignore[misc,no-any-return]


class LoginView(LimitedPosts, auth_views.LoginView):
    form_class = EmailLoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True
    post_limits = SIGN_IN_LIMITS


class LogoutView(auth_views.LogoutView):
    pass


class PasswordResetView(LimitedPosts, auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    post_limits = RESET_LIMITS


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = AuditedSetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


def accept_invitation(request: HttpRequest, secret: str) -> HttpResponse:
    invitation = services.find_invitation(secret)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=410)
    form = AcceptInvitationForm(request.POST or None, initial={"full_name": invitation.full_name})
    user = handle_form(
        request, form, lambda: services.accept_invitation(secret=secret, **form.cleaned_data)
    )
    if user is not None:
        login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
        messages.success(request, _("Welcome to Partnership Lab."))
        return redirect("core:home")
    return render(
        request, "accounts/accept_invitation.html", {"form": form, "invitation": invitation}
    )


@login_required
def account(request: HttpRequest) -> HttpResponse:
    """The person's own page: who they are and their API tokens."""
    form = ApiTokenForm(request.POST or None)
    new_secret = None
    created = handle_form(
        request,
        form,
        lambda: services.create_api_token(
            user=request.user,  # type: ignore[arg-type]
            name=form.cleaned_data["name"],
        ),
    )
    if created is not None:
        new_secret = created[1]
        form = ApiTokenForm()
    tokens = ApiToken.objects.filter(user=request.user)
    return render(
        request, "accounts/account.html", {"form": form, "tokens": tokens, "new_secret": new_secret}
    )


@login_required
@require_POST
def revoke_token(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.revoke_api_token(by=request.user, token=token)  # type: ignore[arg-type]
    messages.success(request, _("The token “%(name)s” was revoked.") % {"name": token.name})
    return redirect("accounts:account")
