"""Why a file could not be read: each reason becomes an ``input.*`` finding.

Each reason says what was found and what to do, in French and in English; the report
shows the language the user chose (``--lang``).
"""

from __future__ import annotations

from cipcheck.checkspec import ERROR, CheckSpec, Emits
from cipcheck.i18n import N_, SOURCE_LANG, fill, translator


class InputProblem(Exception):
    """The file cannot be analysed. ``code`` is the check id suffix after ``input.``.

    ``message`` and ``hint`` are French source texts (``N_``-marked, see ``cipcheck.i18n``)
    whose ``{name}`` placeholders are filled from ``values``; ``text(lang)`` gives them in
    the report's language. ``en`` is the former inline English, still honoured for a call
    that tools/i18n_codemod.py has not converted yet."""

    def __init__(self, code: str, message: str, hint: str | None = None,
                 en: tuple[str, str | None] | None = None,
                 values: dict[str, object] | None = None) -> None:
        self.values = dict(values or {})
        super().__init__(fill(message, self.values))
        self.code = code
        self.source = (message, hint)
        self.message = fill(message, self.values)
        self.hint = fill(hint, self.values) if hint is not None else None
        self.en = en

    def text(self, lang: str) -> tuple[str, str | None]:
        """(message, hint) in ``lang``; French when the catalogue has no translation."""
        t = translator(lang)
        if t.lang == SOURCE_LANG:
            return self.message, self.hint
        if self.en is not None:
            return self.en
        message, hint = self.source
        return t._(message, **self.values), (
            t._(hint, **self.values) if hint is not None else None)


def unrecognised() -> InputProblem:
    """The file was read, but it is not recognisably one of the bundled dossier types;
    ``check``, ``batch`` and the server all report it with these words."""
    return InputProblem(
        "unrecognised",
        N_("Impossible de reconnaître le type de dossier (titre complet ou CCP) d'après son "
           "contenu : ni la page de garde ni les titres des parties ne correspondent à un jeu "
           "de règles connu."),
        N_("Précisez le jeu de règles avec --rules (cip-titre, cip-ccp1, cip-ccp2, cip-ccp3, "
           "ops-memoire) ou dans la colonne « rules » d'un manifeste (--manifest)."))


def corrupt_archive() -> InputProblem:
    """The DOCX zip itself cannot be read (truncated, damaged)."""
    return InputProblem(
        "corrupt",
        N_("Le fichier est endommagé : l'archive du document Word est incomplète ou illisible."),
        N_("Ouvrez-le dans Word : s'il s'ouvre, enregistrez-le de nouveau ; sinon reprenez une "
           "sauvegarde précédente."))


_PDF_AGAIN = N_("Exportez de nouveau le dossier en PDF depuis Word (Fichier > Exporter > PDF) "
                "et vérifiez qu'il s'ouvre dans un lecteur PDF avant de l'envoyer.")


def pdf_password() -> InputProblem:
    """A password is really needed to read the text (poppler confirmed it)."""
    return InputProblem(
        "encrypted",
        N_("Le PDF est protégé par un mot de passe d'ouverture : son texte ne peut pas être lu "
           "sans lui."),
        N_("Exportez de nouveau le dossier en PDF sans mot de passe (dans Word : Fichier > "
           "Exporter > PDF > Options, sans cocher « Chiffrer le document avec un mot de passe "
           "»)."))


def pdf_encryption_unsupported(detail: str) -> InputProblem:
    """Encrypted with a method neither reader can undo; poppler asked for no password."""
    return InputProblem(
        "encryption_unsupported",
        N_("Le PDF est chiffré selon une méthode que cipcheck ne sait pas déchiffrer (poppler "
           ": « {detail} ») : son texte reste illisible."),
        N_("Retirez la protection du PDF, ou exportez de nouveau le dossier en PDF depuis Word "
           "sans protection (Fichier > Exporter > PDF)."),
        values={"detail": detail})


def pdf_damaged(seen: str, seen_en: str) -> InputProblem:
    """Neither reader could get the text; ``seen`` says what could still be read."""
    return InputProblem(
        "corrupt",
        N_("Le PDF est endommagé : {seen}."),
        _PDF_AGAIN,
        values={"seen": seen, "seen_en": seen_en})


def pdf_scanned(image_pages: int, pages: int, chars: int) -> InputProblem:
    """Pages are pictures (an image covering the page) with no text layer."""
    return InputProblem(
        "scanned",
        N_("Le PDF est un document scanné : {image_pages} page(s) sur {pages} sont des images "
           "couvrant la page, sans couche de texte ({chars} caractère(s) de texte en tout)."),
        N_("Exportez le dossier en PDF directement depuis Word (Fichier > Exporter > PDF) au "
           "lieu de l'imprimer et de le scanner ; à défaut, passez le scan dans un logiciel de "
           "reconnaissance de caractères (OCR)."),
        values={"image_pages": image_pages, "pages": pages, "chars": chars})


def little_text(chars: int, pages: int, where: str = "", where_en: str = "") -> InputProblem:
    """Real text, but far too little of it to be a dossier (not a scan)."""
    return InputProblem(
        "little_text",
        N_("Très peu de texte trouvé : {chars} caractère(s) sur {pages} page(s){where}. Ce "
           "n'est pas un document scanné : le texte présent a bien été lu, mais il y en a trop "
           "peu pour un dossier."),
        N_("Vérifiez que vous avez envoyé le bon fichier ; si le texte est dessiné comme des "
           "formes ou des images, exportez de nouveau le dossier en PDF depuis Word."),
        values={"chars": chars, "pages": pages, "where": where, "where_en": where_en})


def pdf_no_text(pages: int) -> InputProblem:
    """Pages without any text and without a page-size image: drawings, blank pages."""
    return InputProblem(
        "no_text",
        N_("Le PDF ne contient aucun texte lisible ({pages} page(s)), et ses pages ne sont pas "
           "des images scannées : le texte a sans doute été converti en formes (vectorisé)."),
        N_("Exportez de nouveau le dossier en PDF depuis Word (Fichier > Exporter > PDF), sans "
           "option qui convertit le texte en courbes."),
        values={"pages": pages})


# Every ``input.*`` id a report can carry, always with status ``error``: the readers',
# ``api``'s (``too_large`` on a MemoryError, ``unrecognised``) and batch's (``rules``,
# ``manifest``, ``crashed``, ``timeout``). docs/contract.md lists them from here.
def _input(code: str, what: str) -> Emits:
    return Emits(f"input.{code}", (ERROR,), what)


SPECS = (CheckSpec("input", emits=(
    _input("not_found", "the file does not exist"),
    _input("not_a_file", "the path is a folder"),
    _input("empty", "the file is empty"),
    _input("unsupported_format", "neither a PDF nor a DOCX"),
    _input("legacy_format", "a `.doc`, `.odt`, `.rtf`: save it as DOCX or PDF"),
    _input("encrypted", "needs a password to be read (checked with a second reader, poppler)"),
    _input("encryption_unsupported", "uses an encryption no reader here opens"),
    _input("scanned", "page images with no text layer (scanned)"),
    _input("no_text", "holds no text (text turned into shapes, an empty DOCX)"),
    _input("little_text", "too little text to be a dossier (the count is given)"),
    _input("corrupt", "the file is damaged"),
    _input("unreadable", "the file cannot be opened or read"),
    _input("zip_bomb", "a hostile archive (sizes or compression ratio out of bounds)"),
    _input("hostile_xml", "a DOCX part that declares XML entities, refused"),
    _input("too_large", "too large to analyse"),
    _input("no_renderer", "`--pages libreoffice` without LibreOffice installed"),
    _input("render_failed", "LibreOffice could not lay the DOCX out"),
    _input("timeout", "ran out of time (LibreOffice's layout, or a batch's time limit)"),
    _input("crashed", "(batch) made the reader fail; the other files are still checked"),
    _input("unrecognised", "read, but its dossier type could not be recognised: pass `--rules`"),
    _input("rules", "(batch) a rule set named by the manifest that cannot be used"),
    _input("manifest", "(batch) a manifest row that cannot be used"),
)),)
