# ruff: noqa: E501 — each paragraph of a part is one line, as Word gives it
"""A part that reaches three interviews only through one its own words undo warns instead
of passing (issue 8: « a part with two held interviews always fails » — at least never
passes silently; never fail on a guess).

Parts of my own, each in another voice: two interviews held, and a third read from its
label or its sentence although the same sentence (or the one after its label) says the
person did not come, the meeting did not take place or is still to come, or the
candidate only observed; sessions counted under a heading that says they were
collective. And compliant parts whose words look alike (a meeting moved then held, a
collective workshop beside three interviews) must not lose a sure interview.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

TWO_AND_UNDONE = {
    "sms-lapin": """# Le suivi de Yanis
Premier rendez-vous le 6 mars au local de la mission locale : on a fait le point sur son CAP.

Deuxième rendez-vous le 13 mars, on a refait son CV ensemble.

Le troisième, le 20 mars, il m'a encore posé un lapin et n'a plus répondu aux SMS.""",
    "label-puis-report": """# Accompagnement de M. D.
2.1 Entretien du 4 avril. Nous faisons connaissance et je lui présente la prestation.

2.2 Entretien du 18 avril. Nous travaillons ses compétences transférables.

2.3 Entretien du 2 mai. Appel bref pour trouver une autre date, il était malade.""",
    "label-futur": """# Le parcours de Mme R.
Entretien n°1 – 10 février. Accueil, diagnostic de sa situation.

Entretien n°2 – 24 février. Construction du plan d'action.

Entretien n°3 – 10 mars. Bilan du plan d'action ; il aura lieu avec ma tutrice après la fin de mon stage.""",
    "pas-eu-lieu": """# Mme T.
J'ai reçu Mme T. une première fois le 3 octobre, puis le 17 octobre pour son projet de formation.

Le troisième entretien, fixé au 31 octobre pour valider son dossier de financement, n'a pas eu lieu : elle avait commencé une mission.""",
    "observatrice": """# Ce que j'ai vu
Ma tutrice a mené avec Mme K. trois entretiens, le 5, le 12 et le 19 janvier, auxquels j'ai assisté en observatrice.

J'ai ensuite reçu Mme K. seule le 26 janvier, puis le 2 février, pour préparer ses candidatures.""",
    "seances-collectives": """# Les séances collectives
Première séance (9 mars) : présentation du groupe. Deuxième séance (16 mars) : les valeurs au travail. Troisième séance (23 mars) : les enquêtes métiers.

# Mon suivi individuel
Le 18 mars, j'ai reçu M. P. en entretien individuel. Le 30 mars, nous avons fait le point sur son enquête.""",
}

THREE_HELD = {
    "reporte-puis-tenu": """# Mme G.
Premier entretien le 2 mars. Deuxième entretien, reporté d'une semaine à sa demande, le 16 mars : nous construisons son CV.

Troisième entretien le 30 mars : elle a décroché un entretien d'embauche.""",
    "atelier-collectif-et-trois": """# M. L.
Il a participé à l'atelier collectif « CV » le 4 mai, avec sept autres personnes.

Premier entretien individuel le 6 mai : son parcours. Deuxième entretien le 13 mai : ses pistes de métiers. Troisième entretien le 20 mai : nous avons préparé son entretien d'embauche.""",
    "seances-individuelles": """# Les séances individuelles
Première séance (9 mars) : son parcours. Deuxième séance (16 mars) : ses valeurs. Troisième séance (23 mars) : son plan d'action.""",
}


@pytest.mark.parametrize("name", sorted(TWO_AND_UNDONE))
def test_a_third_interview_its_own_words_undo_is_not_a_sure_one(name: str) -> None:
    counted = count_interviews(part_blocks(TWO_AND_UNDONE[name], "docx"))
    # Counted or not, the part must not reach three sure interviews.
    assert counted.sure < 3, [(i.words, i.doubt) for i in counted.interviews]


@pytest.mark.parametrize("name", sorted(THREE_HELD))
def test_three_held_interviews_stay_sure(name: str) -> None:
    counted = count_interviews(part_blocks(THREE_HELD[name], "docx"))
    assert counted.count == 3 and counted.sure == 3, [
        (i.words, i.doubt) for i in counted.interviews]
