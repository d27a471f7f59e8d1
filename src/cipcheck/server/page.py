"""The web page: one form, then the same report as the HTML output.

Plain HTML that works without JavaScript (the form posts, the answer is a page);
``static/app.js`` only adds dropping a file and a « checking… » state. Nothing is
fetched from elsewhere: the page, its style and its script are served by cipcheck.
"""

from __future__ import annotations

import base64
from html import escape

from cipcheck import __version__
from cipcheck.findings import Report
from cipcheck.i18n import N_, translator
from cipcheck.render.formats import FORMATS
from cipcheck.render.html import CSS, report_body

# French source texts (cipcheck.i18n); « lang » is the other language's own name.
TEXT = {
    "title": N_("Vérifier mon dossier CIP"),
    "intro": N_("Déposez votre dossier (Word .docx ou PDF) : cipcheck vérifie les règles "
                "écrites du référentiel d'évaluation (parties, pages, police, interligne, "
                "heures, contenu attendu) et dit quoi corriger."),
    "privacy": N_("Rien n'est conservé : le fichier est analysé dans un dossier temporaire "
                  "privé, puis supprimé dès la fin de la vérification."),
    "file": N_("Votre dossier (.docx ou .pdf)"),
    "drop": N_("ou déposez-le ici"),
    "rules": N_("Type de dossier"),
    "auto": N_("Reconnaître automatiquement"),
    "route": N_("Parcours"),
    "formation": N_("Formation (périodes en entreprise)"),
    "vae": N_("VAE (expérience professionnelle)"),
    "hours": N_("Heures en entreprise (si le dossier ne les indique pas)"),
    "submit": N_("Vérifier mon dossier"),
    "busy": N_("Vérification en cours… (quelques secondes, jusqu'à une minute pour un "
               "document Word)"),
    "again": N_("Vérifier un autre dossier"),
    "download": N_("Télécharger le rapport :"),
    "max": N_("Taille maximale : {mb} Mo."),
    "error": N_("Erreur"),
}

PAGE_CSS = """
form.check { display: grid; gap: 12px; max-width: 640px; margin: 16px 0; }
form.check label { font-weight: 600; display: block; margin-bottom: 4px; }
form.check select, form.check input[type=number] { font: inherit; padding: 6px;
  min-width: 16em; max-width: 100%; }
.drop { border: 2px dashed var(--line); border-radius: 8px; padding: 18px;
  background: var(--soft); }
.drop.over { border-color: var(--pass); }
button { font: inherit; font-weight: 600; padding: 10px 18px; border-radius: 6px;
  border: 0; background: #0b57d0; color: #fff; cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible {
  outline: 3px solid #f9ab00; outline-offset: 2px; }
.status { min-height: 1.5em; font-weight: 600; }
.privacy { color: #1a7f37; }
.downloads a { margin-right: 12px; }
.lang { float: right; }
@media (max-width: 600px) { body { padding: 12px; } form.check select { width: 100%; } }
"""


def _x(text: str) -> str:
    """Text between tags: apostrophes stay apostrophes (« n'est », not « n&#x27;est »)."""
    return escape(text, quote=False)


def _t(lang: str) -> dict[str, str]:
    t = translator(lang)
    return {**{key: t._(text) for key, text in TEXT.items()},
            "lang": "Français" if t.lang == "en" else "English"}


def _shell(lang: str, body: str) -> str:
    t = _t(lang)
    other = "en" if lang != "en" else "fr"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>cipcheck — {_x(t['title'])}</title>\n"
            f"<style>{CSS}{PAGE_CSS}</style>\n"
            '<script src="/static/app.js" defer></script>\n</head>\n<body>\n'
            f'<a class="lang" href="/?lang={other}">{_x(t["lang"])}</a>\n'
            f"<main>\n{body}\n</main>\n<footer>cipcheck {escape(__version__)}</footer>\n"
            "</body>\n</html>\n")


def form(lang: str, rules: list[tuple[str, str]], max_mb: float, message: str = "") -> str:
    t = _t(lang)
    options = "".join(f'<option value="{escape(i)}">{escape(title)}</option>'
                      for i, title in rules)
    alert = (f'<p class="fail" role="alert"><strong>{_x(t["error"])} :</strong> '
             f"{escape(message)}</p>") if message else ""
    body = f"""<h1>{_x(t['title'])}</h1>
<p>{_x(t['intro'])}</p>
<p class="privacy">{_x(t['privacy'])}</p>
{alert}
<form class="check" method="post" action="/check?lang={lang}" enctype="multipart/form-data">
  <input type="hidden" name="lang" value="{lang}">
  <div class="drop" data-drop>
    <label for="file">{_x(t['file'])}</label>
    <input id="file" name="file" type="file" accept=".docx,.pdf" required>
    <p class="muted">{_x(t['drop'])} — {escape(t['max'].format(mb=megabytes(max_mb, lang)))}</p>
  </div>
  <div><label for="rules">{_x(t['rules'])}</label>
    <select id="rules" name="rules"><option value="">{_x(t['auto'])}</option>{options}
    </select></div>
  <div><label for="route">{_x(t['route'])}</label>
    <select id="route" name="route"><option value="formation">{_x(t['formation'])}
    </option><option value="vae">{_x(t['vae'])}</option></select></div>
  <div><label for="hours">{_x(t['hours'])}</label>
    <input id="hours" name="hours" type="number" min="0" step="any" inputmode="decimal"></div>
  <div><button type="submit">{_x(t['submit'])}</button></div>
  <p class="status" role="status" aria-live="polite" data-status
     data-busy="{escape(t['busy'])}"></p>
</form>"""
    return _shell(lang, body)


def _data_uri(mime: str, text: str) -> str:
    return f"data:{mime};charset=utf-8;base64," + base64.b64encode(text.encode()).decode()


def _download(stem: str, name: str, text: str) -> str:
    fmt = FORMATS[name]
    return (f'<a download="{escape(stem)}-cipcheck.{fmt.extension}" '
            f'href="{_data_uri(fmt.media_type, text)}">{name.upper()}</a>')


def megabytes(mb: float, lang: str = "fr") -> str:
    """« 0,2 » in French, « 0.2 » in English (« au plus 0.2 Mo » read as a typo)."""
    text = f"{mb:g}"
    return text if lang == "en" else text.replace(".", ",")


def result(report: Report, lang: str, html_report: str) -> str:
    t = _t(lang)
    stem = report.file.rsplit(".", 1)[0] or "dossier"
    # Downloads are in the page itself (data: links): nothing is stored on the server
    # to be fetched later. The same bytes as ``cipcheck check --format html/json``.
    links = (f'<p class="downloads noprint">{_x(t["download"])} '
             f'{_download(stem, "html", html_report)} '
             f'{_download(stem, "json", FORMATS["json"].render(report, False))}</p>')
    again = f'<p class="noprint"><a href="/?lang={lang}">← {_x(t["again"])}</a></p>'
    return _shell(lang, f"{again}\n{links}\n{report_body(report)}\n{again}")
