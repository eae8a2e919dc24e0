from datetime import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from partnerlab.accounts import services
from partnerlab.accounts.models import ApiToken
from partnerlab.api.base import ERRORS, Id, Pagination

router = Router(tags=["accounts"])


class MeOut(Schema):
    id: int
    email: str
    full_name: str
    role: str


class TokenIn(Schema):
    name: str


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewTokenOut(TokenOut):
    token: str


@router.get("/me", response={200: MeOut, **ERRORS}, summary="Who am I")
def me(request: HttpRequest) -> object:
    return request.user


@router.get("/tokens", response={200: list[TokenOut], **ERRORS}, summary="My API tokens")
@paginate(Pagination)
def list_tokens(request: HttpRequest) -> object:
    return ApiToken.objects.filter(user=request.user)


@router.post(
    "/tokens",
    response={201: NewTokenOut, **ERRORS},
    summary="Create an API token",
    description="The secret `token` is returned once; only its digest is stored.",
)
def create_token(request: HttpRequest, payload: TokenIn) -> object:
    token, secret = services.create_api_token(user=request.user, name=payload.name)  # type: ignore[arg-type]
    token.token = secret  # type: ignore[attr-defined]
    return Status(201, token)


@router.delete(
    "/tokens/{token_id}", response={200: TokenOut, **ERRORS}, summary="Revoke an API token"
)
def revoke_token(request: HttpRequest, token_id: Id) -> object:
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    return services.revoke_api_token(by=request.user, token=token)  # type: ignore[arg-type]
