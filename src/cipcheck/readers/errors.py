"""Why a file could not be read: each reason becomes an ``input.*`` finding.

Each reason says what was found and what to do, in French and in English; the report
shows the language the user chose (``--lang``).
"""

from __future__ import annotations

from cipcheck.checkspec import ERROR, CheckSpec, Emits


class InputProblem(Exception):
    """The file cannot be analysed. ``code`` is the check id suffix after ``input.``."""

    def __init__(self, code: str, message: str, hint: str | None = None,
                 en: tuple[str, str | None] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.en = en

    def text(self, lang: str) -> tuple[str, str | None]:
        """(message, hint) in ``lang``; French when no English was written."""
        if lang == "en" and self.en is not None:
            return self.en
        return self.message, self.hint


def unrecognised() -> InputProblem:
    """The file was read, but it is not recognisably one of the bundled dossier types;
    ``check``, ``batch`` and the server all report it with these words."""
    return InputProblem(
        "unrecognised",
        "Impossible de reconnaître le type de dossier (titre complet ou CCP) d'après son "
        "contenu : ni la page de garde ni les titres des parties ne correspondent à un jeu "
        "de règles connu.",
        "Précisez le jeu de règles avec --rules (cip-titre, cip-ccp1, cip-ccp2, cip-ccp3, "
        "ops-memoire) ou dans la colonne « rules » d'un manifeste (--manifest).",
        en=("The type of dossier (full title or CCP) could not be recognised from its "
            "content: no cover page or part headings of a known rule set were found.",
            "Name the rule set with --rules (cip-titre, cip-ccp1, cip-ccp2, cip-ccp3, "
            "ops-memoire) or in the « rules » column of a batch manifest."),
    )


def corrupt_archive() -> InputProblem:
    """The DOCX zip itself cannot be read (truncated, damaged)."""
    return InputProblem(
        "corrupt",
        "Le fichier est endommagé : l'archive du document Word est incomplète ou illisible.",
        "Ouvrez-le dans Word : s'il s'ouvre, enregistrez-le de nouveau ; sinon reprenez "
        "une sauvegarde précédente.",
        en=("The file is damaged: the Word document's archive is incomplete or unreadable.",
            "Open it in Word: if it opens, save it again; otherwise use an earlier copy."),
    )


_PDF_AGAIN = ("Exportez de nouveau le dossier en PDF depuis Word (Fichier > Exporter > PDF) "
              "et vérifiez qu'il s'ouvre dans un lecteur PDF avant de l'envoyer.")
_PDF_AGAIN_EN = ("Export the dossier to PDF again from Word (File > Export > PDF) and check "
                 "that it opens in a PDF reader before sending it.")


def pdf_password() -> InputProblem:
    """A password is really needed to read the text (poppler confirmed it)."""
    return InputProblem(
        "encrypted",
        "Le PDF est protégé par un mot de passe d'ouverture : son texte ne peut pas être lu "
        "sans lui.",
        "Exportez de nouveau le dossier en PDF sans mot de passe (dans Word : Fichier > "
        "Exporter > PDF > Options, sans cocher « Chiffrer le document avec un mot de passe »).",
        en=("The PDF is protected by an opening password: its text cannot be read without it.",
            "Export the dossier to PDF again without a password (Word: File > Export > PDF > "
            "Options, leave « Encrypt the document with a password » unticked)."),
    )


def pdf_encryption_unsupported(detail: str) -> InputProblem:
    """Encrypted with a method neither reader can undo; poppler asked for no password."""
    return InputProblem(
        "encryption_unsupported",
        "Le PDF est chiffré selon une méthode que cipcheck ne sait pas déchiffrer "
        f"(poppler : « {detail} ») : son texte reste illisible.",
        "Retirez la protection du PDF, ou exportez de nouveau le dossier en PDF depuis Word "
        "sans protection (Fichier > Exporter > PDF).",
        en=(f"The PDF is encrypted with a method cipcheck cannot decrypt (poppler: "
            f"“{detail}”): its text stays unreadable.",
            "Remove the PDF's protection, or export the dossier to PDF again from Word "
            "without protection (File > Export > PDF)."),
    )


def pdf_damaged(seen: str, seen_en: str) -> InputProblem:
    """Neither reader could get the text; ``seen`` says what could still be read."""
    return InputProblem(
        "corrupt",
        f"Le PDF est endommagé : {seen}.",
        _PDF_AGAIN,
        en=(f"The PDF is damaged: {seen_en}.", _PDF_AGAIN_EN),
    )


def pdf_scanned(image_pages: int, pages: int, chars: int) -> InputProblem:
    """Pages are pictures (an image covering the page) with no text layer."""
    return InputProblem(
        "scanned",
        f"Le PDF est un document scanné : {image_pages} page(s) sur {pages} sont des images "
        f"couvrant la page, sans couche de texte ({chars} caractère(s) de texte en tout).",
        "Exportez le dossier en PDF directement depuis Word (Fichier > Exporter > PDF) au "
        "lieu de l'imprimer et de le scanner ; à défaut, passez le scan dans un logiciel de "
        "reconnaissance de caractères (OCR).",
        en=(f"The PDF is a scanned document: {image_pages} of {pages} page(s) are images "
            f"covering the page, with no text layer ({chars} character(s) of text in all).",
            "Export the dossier to PDF directly from Word (File > Export > PDF) instead of "
            "printing and scanning it; failing that, run the scan through OCR software."),
    )


def little_text(chars: int, pages: int, where: str = "", where_en: str = "") -> InputProblem:
    """Real text, but far too little of it to be a dossier (not a scan)."""
    return InputProblem(
        "little_text",
        f"Très peu de texte trouvé : {chars} caractère(s) sur {pages} page(s){where}. "
        "Ce n'est pas un document scanné : le texte présent a bien été lu, mais il y en a "
        "trop peu pour un dossier.",
        "Vérifiez que vous avez envoyé le bon fichier ; si le texte est dessiné comme des "
        "formes ou des images, exportez de nouveau le dossier en PDF depuis Word.",
        en=(f"Very little text found: {chars} character(s) on {pages} page(s){where_en}. "
            "This is not a scan: the text there was read, but there is too little of it "
            "for a dossier.",
            "Check that you sent the right file; if the text is drawn as shapes or images, "
            "export the dossier to PDF again from Word."),
    )


def pdf_no_text(pages: int) -> InputProblem:
    """Pages without any text and without a page-size image: drawings, blank pages."""
    return InputProblem(
        "no_text",
        f"Le PDF ne contient aucun texte lisible ({pages} page(s)), et ses pages ne sont pas "
        "des images scannées : le texte a sans doute été converti en formes (vectorisé).",
        "Exportez de nouveau le dossier en PDF depuis Word (Fichier > Exporter > PDF), sans "
        "option qui convertit le texte en courbes.",
        en=(f"The PDF holds no readable text ({pages} page(s)), and its pages are not scanned "
            "images: the text was probably turned into shapes (outlined).",
            "Export the dossier to PDF again from Word (File > Export > PDF), without an "
            "option that turns text into outlines."),
    )


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
