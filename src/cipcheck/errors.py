"""Errors the command line catches, in a module light enough to import at start-up."""

from __future__ import annotations


class RuleError(Exception):
    """A rule set could not be found or is malformed (exit code 2)."""


class OutputError(Exception):
    """A report cannot be written where ``--output`` says (exit code 2): the place is a
    document that would be overwritten, or the system refuses the write. Its argument is
    the French message (a :class:`~cipcheck.i18n.Msg`)."""


def system_reason(exc: OSError) -> str:
    """What the system refused, in the report's words: its own ``strerror`` is English
    (blind16: « impossible d'écrire … (Read-only file system) » in a French message)."""
    import errno

    from cipcheck.i18n import N_

    said = {
        errno.EACCES: N_("accès refusé"),
        errno.EPERM: N_("accès refusé"),
        errno.EROFS: N_("emplacement en lecture seule"),
        errno.ENOSPC: N_("disque plein"),
        errno.EDQUOT: N_("quota disque dépassé"),
        errno.ENOENT: N_("fichier ou dossier introuvable"),
        errno.EISDIR: N_("c'est un dossier, pas un fichier"),
        errno.ENOTDIR: N_("une partie du chemin n'est pas un dossier"),
        errno.ENAMETOOLONG: N_("nom de fichier trop long"),
        errno.EBUSY: N_("fichier utilisé par un autre programme"),
        errno.ETXTBSY: N_("fichier utilisé par un autre programme"),
    }.get(exc.errno or 0)
    return said if said is not None else (exc.strerror or type(exc).__name__)
