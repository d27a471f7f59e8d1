"""Issue 8, interviews14: the text says how many were held (three or more) and the reader
reads more: the count is the writer's, the ones read beyond it are listed as hints (never
a reason to fail), the least plain first. On the tuning parts where more were read than
announced, the announced number was the number held every time (devset6b, devset9,
devset11a, devset11b). Parts written for this round in voices of my own (not taken from
any devset).
"""

from __future__ import annotations

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

THREE_SAID_FOUR_READ = """\
# Le suivi de M. B.
M. B., 47 ans, magasinier depuis vingt ans, veut devenir formateur en logistique.
J'ai mené trois entretiens avec lui à la Maison de l'emploi de Vierzon.

- Premier rendez-vous, 6 mars : nous retraçons son parcours et ses tutorats de nouveaux arrivants.
- Deuxième rendez-vous, 20 mars : il revient d'une enquête auprès d'un formateur de l'AFPA.
- Troisième rendez-vous, 3 avril : nous montons son dossier pour le titre de formateur.
- 17 avril : pas possible de le revoir, mon stage se termine ; je lui laisse mes notes.
"""


def test_the_count_is_the_one_the_text_announces() -> None:
    counted = count_interviews(part_blocks(THREE_SAID_FOUR_READ))
    assert counted.count == 3 and counted.announced == 3
    assert counted.verdict(3) == "pass"
    # the ranked series is kept; the dated line outside it is listed as a hint
    assert [i.rank for i in counted.interviews] == [1, 2, 3]
    assert any("17 avril" in h.words for h in counted.hints)


def test_fewer_read_than_announced_is_left_as_read() -> None:
    text = "\n".join(line for line in THREE_SAID_FOUR_READ.splitlines()
                     if not line.startswith(("- Troisième", "- 17 avril")))
    counted = count_interviews(part_blocks(text))
    # (the text announces more than it tells: the count is what is told, and it warns)
    assert counted.announced == 3 and counted.count == 2
    assert counted.verdict(3) == "announced"
