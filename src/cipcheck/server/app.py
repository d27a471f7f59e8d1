"""The web application: the page for candidates, the API for platforms.

Status codes follow the command line's exit codes where they mean something to HTTP: a
dossier that fails its rules or a file that cannot be read is still a report (200, the
exit code in ``X-Cipcheck-Exit-Code``), a bad option is a 422, an upload over the limit a
413, a full queue a 429 with ``Retry-After``, a missing or wrong token a 401.
"""

from __future__ import annotations

import hmac
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, File, Form, Header, HTTPException, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BeforeValidator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cipcheck import __version__
from cipcheck.api import Options
from cipcheck.batch import Limits, parse_hours
from cipcheck.document import PAGE_SOURCES
from cipcheck.i18n import translator
from cipcheck.render.formats import FORMATS
from cipcheck.ruleset import RuleError, RuleSet, load, load_all
from cipcheck.server import form_words, page
from cipcheck.server.page import megabytes
from cipcheck.server.runner import Busy, Gate
from cipcheck.server.settings import ServerSettings
from cipcheck.server.uploads import UploadTooLarge, display_name, saved

PagesSource = Literal["auto", "libreoffice", "word", "estimate"]
assert set(PAGE_SOURCES) == {"auto", "libreoffice", "word", "estimate"}
# Room for the multipart envelope and the form fields around the file itself.
ENVELOPE = 256 * 1024


class _TooLarge(Exception):
    pass


class UploadLimit:
    """Refuse a request body over the limit before it is parsed or spooled to disk:
    from its Content-Length, or while it streams in when none is given."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            await _too_large_response(scope)(scope, receive, send)
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracking)
        except _TooLarge:
            if not started:
                await _too_large_response(scope)(scope, receive, send)


def _too_large_response(scope: Scope) -> Response:
    app = scope.get("app")
    limit = app.state.settings.max_upload_mb if app is not None else None
    text = _too_large(limit)
    if str(scope.get("path", "")).startswith("/api/"):
        return JSONResponse({"detail": text, "message": text}, status_code=413)
    return HTMLResponse(f"<!DOCTYPE html><p>{text}</p><p><a href='/'>←</a></p>",
                        status_code=413)


def _lang(request: Request, explicit: str | None = None) -> str:
    """?lang=, else the browser's preferred language among French and English."""
    wanted = explicit or request.query_params.get("lang")
    if wanted in ("fr", "en"):
        return wanted
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in ("fr", "en"):
            return code
    return "fr"


def _rules_summary(rules: list[RuleSet]) -> list[dict[str, Any]]:
    out = []
    for r in rules:
        formation = r.hours.routes.get("formation") if r.hours else None
        out.append({
            "id": r.id, "title": r.title, "short_title": r.short_title,
            "pages": {"body": r.pages.body.model_dump(exclude={"source"})
                      if r.pages.body else None,
                      "annexes": r.pages.annexes.model_dump(exclude={"source"})
                      if r.pages.annexes else None},
            "hours": {"unit": r.hours.unit, "formation_min": formation.min
                      if formation else None} if r.hours else None,
            "parts": [{"number": p.number, "title": p.title,
                       "pages": p.pages.model_dump(exclude={"source"}) if p.pages
                       else None} for p in r.parts]})
    return out


# noqa below: the routes are closures over this app's settings, gate and rule sets, each
# well under 10; ruff adds nested functions to the one that defines them.
# What each form field takes, said to a person (a platform reads ``detail`` as FastAPI
# writes it; blind15 found only its English framework wording).
_FIELDS = {
    "file": "le fichier du dossier (.docx ou .pdf) manque",
    "hours": "un nombre d'heures positif ou nul est attendu (par exemple 392 ou 392,5)",
    "route": "« formation » ou « vae »",
    "lang": "« fr » ou « en »",
    "pages": "« auto », « libreoffice », « word » ou « estimate »",
    "strict": "« true » ou « false »",
    "privacy": "« true » ou « false »",
}


async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 as FastAPI words it (``detail``), plus one French sentence (``message``)."""
    said = []
    for error in exc.errors():
        field = str(error.get("loc", ("", "?"))[-1])
        said.append(f"{field} : {_FIELDS.get(field, 'valeur invalide')}")
    message = "Option invalide — " + " ; ".join(dict.fromkeys(said)) + "."
    return JSONResponse({"detail": jsonable_encoder(exc.errors()), "message": message},
                        status_code=422)


async def _refused(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Every refusal of the API carries ``message`` beside FastAPI's ``detail``, as 422s
    do (blind16: an unknown rule set's 422 had only ``detail``)."""
    text = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return JSONResponse({"detail": exc.detail, "message": text}, status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


def _hours_written(value: object) -> object:
    # « 70,5 », « 392 h » as a French platform or spreadsheet writes them: read as the
    # manifest reads its « heures » column (a negative or unreadable figure is a 422).
    return parse_hours(value) if isinstance(value, str) and value.strip() else value


def _too_large(limit: float | None) -> str:
    return f"Fichier trop volumineux (au plus {megabytes(limit)} Mo)." if limit else \
        "Fichier trop volumineux."


def create_app(settings: ServerSettings | None = None) -> FastAPI:  # noqa: C901
    settings = settings or ServerSettings()
    app = FastAPI(
        title="cipcheck", version=__version__,
        description="Vérifie les dossiers écrits du Titre professionnel CIP et de ses CCP. "
                    "Le rapport JSON suit docs/contract.md (report.schema.json).",
        # The interactive docs fetch their scripts from a CDN: the schema is enough.
        docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.settings = settings
    # The bundled rule sets do not change while the server runs: loaded once, not per
    # request (the page lists them, the API describes them).
    bundled = load_all()
    choices = [(r.id, r.short_title or r.title) for r in bundled]
    summary = _rules_summary(bundled)
    gate = Gate(settings.workers, settings.queue, settings.tmp_dir)
    app.state.gate = gate
    limits = Limits(settings.timeout, settings.memory_mb)
    app.add_middleware(UploadLimit, max_bytes=settings.max_upload_bytes + ENVELOPE)
    app.add_exception_handler(RequestValidationError, _invalid_request)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _refused)  # type: ignore[arg-type]

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if settings.token is None:
            return
        expected = f"Bearer {settings.token}"
        if authorization is None or not hmac.compare_digest(authorization, expected):
            raise HTTPException(401, "Jeton d'accès manquant ou invalide.",
                                headers={"WWW-Authenticate": "Bearer"})

    async def _check(upload: UploadFile, rules: str | None, opts: Options) -> Any:
        rules = (rules or "").strip() or None
        if rules is not None:
            try:
                load(rules)
            except RuleError as exc:
                raise HTTPException(422, str(exc)) from None
        shown = display_name(upload.filename)
        try:
            with saved(upload.file, upload.filename, settings.max_upload_bytes,
                       settings.tmp_dir) as path:
                return await gate.run(path, rules, opts, limits, shown)
        except UploadTooLarge:
            raise HTTPException(413, _too_large(settings.max_upload_mb)) from None
        except Busy:
            raise HTTPException(429, "Le serveur vérifie déjà le maximum de dossiers : "
                                     "réessayez dans quelques secondes.",
                                headers={"Retry-After": str(settings.retry_after)}) from None

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request) -> HTMLResponse:
        return HTMLResponse(page.form(_lang(request), choices,
                                      settings.max_upload_mb))

    @app.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def check_page(request: Request, file: Annotated[UploadFile, File()],
                         rules: Annotated[str, Form()] = "",
                         route: Annotated[str, Form()] = "formation",
                         hours: Annotated[str, Form()] = "",
                         lang: Annotated[str, Form()] = "") -> HTMLResponse:
        lang = _lang(request, lang)
        try:
            value = parse_hours(hours) if hours.strip() else None
        except ValueError:
            value = -1.0
        if route not in ("formation", "vae") or (value is not None and value < 0):
            message = translator(lang)._("Heures ou parcours invalides.")
            return HTMLResponse(page.form(lang, choices, settings.max_upload_mb, message),
                                status_code=422)
        try:
            report = await _check(file, rules, Options(route=route, hours=value, lang=lang))
        except HTTPException as exc:
            return HTMLResponse(page.form(lang, choices, settings.max_upload_mb,
                                          str(exc.detail)),
                                status_code=exc.status_code, headers=exc.headers)
        # The page's report speaks of the form, not of the command line's options.
        shown = form_words.for_the_form(report)
        body = page.result(shown, lang, FORMATS["html"].render(shown, False))
        return HTMLResponse(body, headers={"X-Cipcheck-Exit-Code": str(report.exit_code)})

    @app.post("/api/v1/check", dependencies=[Depends(require_token)],
              summary="Vérifier un dossier (le rapport JSON du contrat)",
              responses={200: {"description": "Le rapport (pass, fail ou error d'entrée)"},
                         401: {"description": "Jeton manquant ou invalide"},
                         413: {"description": "Fichier trop volumineux"},
                         422: {"description": "Option invalide"},
                         429: {"description": "Serveur occupé : réessayer (Retry-After)"}})
    async def api_check(
            file: Annotated[UploadFile, File(description="Le dossier (.docx ou .pdf)")],
            rules: Annotated[str | None, Form(description="cip-titre, cip-ccp1… ; "
                                                          "reconnu si absent")] = None,
            route: Annotated[Literal["formation", "vae"], Form()] = "formation",
            hours: Annotated[float | None, BeforeValidator(_hours_written), Form(ge=0)] = None,
            lang: Annotated[Literal["fr", "en"], Form()] = "fr",
            pages: Annotated[PagesSource, Form()] = "auto",
            strict: Annotated[bool, Form()] = False,
            privacy: Annotated[bool, Form()] = True) -> JSONResponse:
        opts = Options(route=route, hours=hours, lang=lang, strict=strict, pages=pages,
                       privacy=privacy)
        report = await _check(file, rules, opts)
        return JSONResponse(report.to_dict(),
                            headers={"X-Cipcheck-Exit-Code": str(report.exit_code)})

    @app.get("/api/v1/rules", dependencies=[Depends(require_token)],
             summary="Les jeux de règles disponibles")
    async def api_rules() -> list[dict[str, Any]]:
        return summary

    @app.get("/health", summary="Le serveur répond")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "workers": gate.workers,
                "running": gate.running, "waiting": gate.waiting, "queue": gate.queue}

    @app.get("/static/app.js", include_in_schema=False)
    async def script() -> Response:
        text = resources.files("cipcheck.server").joinpath("static/app.js").read_text(
            encoding="utf-8")
        return Response(text, media_type="text/javascript",
                        headers={"Cache-Control": "max-age=3600"})

    return app
