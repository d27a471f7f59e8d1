"""Personal data of the fifteenth privacy round (issue 8, point 5), read by way of writing:

- a form's surname field that holds the whole name, surname first and in mixed case
  (« Nom : Ferrand Lucie »), is a full name, as « Nom et prénom : » or « Nom : FERRAND
  Lucie » already were; a field of a structure (« Nom : Mission Locale ») is not;
- a form written as a two-column table (« Nom, prénom | … », « Né(e) le | … ») is read
  label by label: its first row is not a header because a given name holds « tel »
  (« Christelle », « Estelle ») — the date of birth under it was read with the wrong
  label and lost."""

from __future__ import annotations

from builders import block

from cipcheck.privacy import scan


def _found(paragraphs: list[str], kind: str) -> set[str]:
    blocks = [block(t, 3, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    return {loc.hit.value for loc in scan(blocks, []) if loc.hit.kind == kind}


def _table(rows: list[tuple[str, str]]) -> list:
    """A two-column form, one block per cell, the cells of a row at one height."""
    out = []
    for i, (label, value) in enumerate(rows):
        y = 0.1 + 0.04 * i
        out += [block(label, 3, y, table=True), block(value, 3, y, table=True)]
    return out


# --- the whole name in the surname's field ---------------------------------------------


def test_whole_name_in_the_surname_field_surname_first() -> None:
    text = ("Fiche d'orientation remplie avec la conseillère. Nom : Ferrand Lucie. "
            "Situation : demandeuse d'emploi depuis huit mois.")
    assert _found([text], "name") == {"ferrand"}


def test_whole_name_in_the_family_name_field() -> None:
    assert _found(["Nom de famille : Vasseur Rémi – orienté par le PLIE"], "name") == {
        "vasseur"}


def test_a_structure_in_the_name_field_is_no_person() -> None:
    assert _found(["Partenaire sollicité. Nom : Mission Locale – contact : l'accueil."],
                  "name") == set()


def test_surname_alone_then_its_given_name_field_is_one_name() -> None:
    # Each field its own word (the reading kept): one name, not two.
    assert _found(["Nom : Ferrand   Prénom : Lucie   Situation : bénéficiaire du RSA"],
                  "name") == {"ferrand"}


# --- a two-column form whose given name holds « tel » ------------------------------------


def test_birth_date_under_a_name_row_with_tel_inside_a_given_name() -> None:
    cells = _table([("Nom, prénom", "BAUDRY Estelle"), ("Né(e) le", "09/04/1991"),
                    ("Orientation", "atelier de remobilisation")])
    found = {(loc.hit.kind, loc.hit.value) for loc in scan(cells, [])}
    assert ("birth_date", "09/04/1991") in found
    assert ("name", "baudry") in found


def test_a_real_header_row_still_labels_its_columns() -> None:
    cells = [block("Nom", 3, 0.1, table=True), block("Téléphone", 3, 0.1, table=True),
             block("MOREAU Julien", 3, 0.14, table=True),
             block("06 21 43 65 87", 3, 0.14, table=True)]
    kinds = {loc.hit.kind for loc in scan(cells, [])}
    assert "phone" in kinds
