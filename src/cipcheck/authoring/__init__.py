"""Writing DOCX for the candidate: the starter dossier (``new``) and the format fix
(``fix``). Both apply the rule set's format through ``wordformat``."""
