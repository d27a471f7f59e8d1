"""Deterministic French prose for the bench corpus: realistic word lengths and the
punctuation dossiers use (apostrophes, no-break spaces before « : ; ? ! », guillemets,
hyphenated words, numbers), so line wrapping is exercised as in a real dossier."""

from __future__ import annotations

import random

NBSP = "\u00a0"

_NOUNS = [
    "accompagnement", "insertion", "parcours", "entretien", "diagnostic", "projet",
    "bénéficiaire", "employeur", "formation", "compétence", "démarche", "situation",
    "partenaire", "structure", "dispositif", "objectif", "besoin", "freins", "mobilité",
    "logement", "santé", "candidature", "entreprise", "territoire", "atelier", "séance",
    "référentiel", "stratégie", "posture", "écoute", "relation", "confiance", "contrat",
    "orientation", "qualification", "alternance", "immersion", "stage", "évaluation",
    "synthèse", "conseillère", "conseiller", "personne", "public", "jeune", "senior",
    "demandeur d’emploi", "chef de service", "prescripteur", "recrutement", "offre",
    "curriculum vitæ", "lettre de motivation", "réseau", "professionnalisation",
    "c’est-à-dire", "porte-parole", "sous-traitance", "mise en situation", "bilan",
]
_ADJS = [
    "professionnel", "social", "durable", "individuel", "collectif", "adapté", "précis",
    "réaliste", "cohérent", "important", "prioritaire", "local", "administratif",
    "numérique", "pédagogique", "concret", "progressif", "partagé", "éloigné de l’emploi",
    "pluridisciplinaire", "complémentaire", "spécifique", "opérationnel",
]
_VERBS = [
    "accompagne", "identifie", "analyse", "propose", "construit", "mobilise", "favorise",
    "évalue", "organise", "présente", "facilite", "coordonne", "formalise", "développe",
    "valorise", "prépare", "sollicite", "renforce", "clarifie", "négocie", "anime",
]
_LINKS = ["Ainsi,", "Par ailleurs,", "En effet,", "De plus,", "Dans ce cadre,",
          "Pour cela,", "Au cours de l’entretien,", "Lors de la séance suivante,",
          "Enfin,", "Toutefois,", "En conséquence,", "Dès le premier rendez-vous,"]
_SUBJECTS = ["je", "le conseiller", "la conseillère en insertion professionnelle",
             "Mme D.", "M. K.", "l’équipe", "la structure", "le bénéficiaire", "nous"]


def _np(rng: random.Random) -> str:
    noun = rng.choice(_NOUNS)
    art = "l’" if noun[0] in "aeéiou" else rng.choice(["le ", "la ", "un ", "une ", "ce "])
    out = art + noun
    if rng.random() < 0.5:
        out += " " + rng.choice(_ADJS)
    if rng.random() < 0.3:
        out += " du " + rng.choice(_NOUNS)
    return out


def sentence(rng: random.Random) -> str:
    parts: list[str] = []
    if rng.random() < 0.35:
        parts.append(rng.choice(_LINKS))
    subj = rng.choice(_SUBJECTS)
    parts.append(subj if parts else subj[0].upper() + subj[1:])
    parts.append(rng.choice(_VERBS))
    parts.append(_np(rng))
    r = rng.random()
    if r < 0.15:
        parts.append(f"afin de répondre aux {rng.randint(2, 12)} critères du référentiel")
    elif r < 0.3:
        parts.append(f"avec {rng.randint(5, 95)}{NBSP}% des personnes accueillies")
    elif r < 0.4:
        parts.append(f"(voir l’annexe {rng.randint(1, 9)})")
    elif r < 0.5:
        parts.append(f"selon la méthode «{NBSP}{rng.choice(_NOUNS)} {rng.choice(_ADJS)}{NBSP}»")
    if rng.random() < 0.5:
        parts.append("et " + rng.choice(_VERBS) + " " + _np(rng))
    end = rng.choices([".", f"{NBSP}:", f"{NBSP}!", f"{NBSP}?", f"{NBSP};"],
                      weights=[80, 6, 3, 4, 7])[0]
    text = " ".join(parts) + end
    if end == f"{NBSP}:":
        text += " " + _np(rng) + ", " + _np(rng) + " et " + _np(rng) + "."
    return text


def paragraph(rng: random.Random, sentences: tuple[int, int] = (2, 7)) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def title(rng: random.Random, words: tuple[int, int] = (3, 8)) -> str:
    chosen = [rng.choice(_NOUNS + _ADJS) for _ in range(rng.randint(*words))]
    text = " ".join(chosen)
    return text[0].upper() + text[1:]
