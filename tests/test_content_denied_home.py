"""A content said not made in its own section, whose section then talks of the field in
general: the general talk is no part of it (blind19: a mémoire whose cartographie
« n'a pas pu être réalisée » passed on « le maillage local » two paragraphs further)."""

from __future__ import annotations

from content_state import item_state

GENERAL = ("Les réunions d'équipe du jeudi permettent de répartir les situations entre les "
           "conseillères. Le financement repose sur des conventions annuelles avec la "
           "communauté d'agglomération. La directrice partage son temps entre deux antennes."
           "\n\nLe bureau est à deux pas de la halte ferroviaire. Au fil des semaines, j'ai "
           "compris la place de l'association dans le maillage local et la façon dont "
           "chaque partenaire défend son périmètre. Les partenaires de la structure "
           "d'accueil orientent vers nous des personnes chaque semaine.")


def test_a_map_said_not_made_stays_absent_beside_general_talk_of_the_network() -> None:
    text = ("# 2. Cartographie du réseau des partenaires\n\nPar manque de temps, je n'ai pas pu "
            "réaliser la cartographie des partenaires ; je l'apporterai le jour de "
            "l'oral.\n\n" + GENERAL)
    assert item_state(text, "cartographie") == "absent"


def test_a_map_said_not_made_then_replaced_right_away_is_not_absent() -> None:
    # What the passage turns to at once may be the content in another form: never a
    # failure on a guess.
    text = ("# 2. Cartographie du réseau des partenaires\n\nJe n'ai pas pu réaliser la "
            "cartographie sous forme de schéma. J'ai dressé à la place le tableau des partenaires "
            "avec le rôle de chacun : France Travail, le CCAS, la mission locale et le "
            "GRETA.\n\n" + GENERAL)
    assert item_state(text, "cartographie") != "absent"


def test_a_map_drawn_in_its_section_is_found() -> None:
    text = ("# 2. Cartographie du réseau des partenaires\n\nJ'ai réalisé la cartographie des "
            "partenaires de l'association (annexe 2) : les liens forts en vert, les liens "
            "à renforcer en orange.\n\n" + GENERAL)
    assert item_state(text, "cartographie") == "found"
