"""Postal addresses of persons, in the forms candidates write them:

- after a word that says where someone lives: « demeurant 12 rue … », « domiciliée au
  5 avenue … », « habite 3 bis allée … », « hébergé chez son frère au 3 bis avenue … »,
  « son adresse : … »;
- a numbered street with its postcode and town, wherever it is: « 12 rue des Lilas,
  75012 Paris »;
- a flat in a residence: « résidence Les Pins, bât. B, appt 14 »;
- a hamlet or a lieu-dit with its postcode, after a word that says where one lives
  (« habite au lieu-dit Le Bourg Neuf, 15230 Pierrefort »).

The structure's own address (« située 12 rue … », « nos locaux du 14 rue … »,
« l'entreprise Bati Nord, 14 rue …, a accueilli M. K. »: the nearest owner before it is a
structure) is not a person's and is not reported; a town or a district alone
(« domiciliée à Vénissieux », « le quartier du Mayollet ») is not either, nor a street
word that is a common noun without a name after it (« vit seule et suit 3 cours de
français », « attend 1 place en crèche »).
"""

from __future__ import annotations

import re

from cipcheck.privacy.base import Hit, fold_keep_length, sentence_around

# With the abbreviations of the postal norm (NF Z10-011) and of usage: « 27 av. Jean
# Jaurès », « 4 bld Gambetta », « 152 rte de Lyon », « 2 imp. du Moulin », « 5 pl. du
# Marché », « 9 all. des Pins », « 14 fg Saint-Jean ». A street word ends where a letter
# does not follow (« av. » ends on its dot).
_ABBREVIATIONS = r"bld|bvd|blvd|rte|imp\.|pl\.|all\.|che\.|chem\.|sq\.|fg|faubourg|crs"
_STREET = (r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allee|place|route|cours|quai|square|"
           r"residence|lotissement|hameau|cite|passage|voie|chaussee|sentier|montee|traverse|"
           + _ABBREVIATIONS)
# « au 27 bis de la rue Nationale », « au 5 du chemin des Prés »: the number first, then the
# street as a complement.
# The number's suffix: « bis », « ter », « quater », or a letter, glued or spaced (« 18B »,
# « 18 C rue… »).
_SUFFIX = r"(?:bis|ter|quater|[a-d](?!\w))"
_NUMBERED = (rf"\d{{1,4}}(?:-\d{{1,4}})?\s*{_SUFFIX}?,?\s+(?:de\s+la\s+|du\s+|de\s+l'|de\s+l’)?"
             rf"(?:{_STREET})(?!\w)[^.;\n]{{0,60}}")
# A postcode: French (5 digits), or Belgian, Swiss, Luxembourg ones (4 digits, « L-1234 »,
# « CH-1700 », « B-1000 »).
_POSTCODE_RE = r"(?:(?:l|ch|b)-)?\d{4,5}"
# The number after the street, as Belgium, Switzerland and Luxembourg write it (« Rue de
# Lausanne 12, 1700 Fribourg », « avenue Louise 54 bte 3 »); a postal box (« BP 45 »).
_NUMBER_AFTER = (rf"(?:{_STREET})\s+(?:(?!\b(?:depuis|en|a|au|aux|dans|avec|pendant|pour|et|il|"
                 rf"elle|ils|elles|on|puis|jusqu)\b)[^.;,:\n\d]){{2,40}}?\s\d{{1,3}}"
                 r"(?:\s?(?:bis|ter)|[ab])?\b(?!\s*(?:ans|an|h|heures|mois|jours|semaines|%|euros|€))")
_BOX = r"b\.?\s?p\.?\s*\d{1,5}\b"
# Words that say where a person lives, then a short link (« chez son frère au »).
_LIVES = (r"demeurant|demeuren?t?|domicilie(?:e)?s?|habitant|habite(?:nt)?|reside(?:nt)?|residant|"
          r"residente?|vit|vivent|vivant|"
          # The past of the same (« il vivait Rue de Lausanne 12 », « elle habitait au 3… »).
          r"(?:habit|viv|resid|demeur|loge)ai(?:t|ent)|"
          r"heberge(?:e)?s?|loge(?:e)?s?|installee? chez|"
          # The infinitive (« revenu vivre chez ses parents, 8 impasse… ») and a home named
          # by the kin who hold it (« chez sa tante, 3 rue… »).
          r"vivre|habiter|loger|demeurer|resider|"
          r"chez (?:son|sa|ses|leur|leurs) (?:mere|pere|parents|frere|soeur|sœur|tante|oncle|"
          r"cousine?|grand-mere|grand-pere|grands-parents|fille|fils|amie?|compagne|compagnon|"
          r"copine|copain|conjointe?|mari|femme|beau-frere|belle-soeur|belle-mere|beau-pere)|"
          r"chez (?:un|une) (?:amie?|copine|copain|cousine?|proche|connaissance)|"
          # A person's home by their name (« chez M. T., au 45 route… »), where their
          # mail is sent (« le courrier lui est adressé au… »), a move (« s'est installé »).
          r"chez (?:mme|madame|monsieur|mlle|m\.)\s+[a-z][\w-]*\.?|"
          r"(?:lui|leur) (?:est|sont) (?:adressee?s?|envoyee?s?)|"
          r"(?:s'est|se sont) installee?s?|"
          r"(?:son|sa|leur) (?:adresse|domicile)\s*(?::|est|-)?|adresse (?:personnelle|"
          r"postale)\s*:?|adresse\s*:|domicile\s*:|chez (?:elle|lui|eux)|"
          r"(?:son|sa|leur) (?:logement|appartement|maison|studio|chambre)")
# A floor or a flat's type may stand between (« loge au 4e étage du 18 boulevard… », « vit
# dans un T2 au 45, avenue… »).
# A room or a flat of a shelter may stand there too, with its number (« vit au FJT,
# chambre 21, 6 allée… », « loge au foyer, chambre 12, 8 rue… »).
_LINK = (r"(?:[^.;:\d\n]|\b\d{1,2}(?:e|er|eme)\b|\b[tf][1-6]\b|"
         r"\b\d{1,2} (?:ans|mois|semaines)\b|"
         r"\b(?:chambre|ch\.|appt\.?|appartement|logement|studio)\s*(?:n°\s*)?\d{1,4}\b){0,40}?")
# The word whole: « loge », not « logement d'urgence du CCAS, 3 rue… ».
LIVES_AT = re.compile(rf"\b(?:{_LIVES})(?!\w){_LINK}({_NUMBERED}|{_NUMBER_AFTER}|{_BOX})")
# A person, then their address after a colon, a comma or in brackets (« Mme K. : 3 rue
# des Lilas, Lens », « Mme B. (6 rue du Moulin, Arras) »): read with the owner test.
PERSON_THEN = re.compile(rf"\b(?:mme|mlle|madame|monsieur|m\.)\s+[a-z][\w-]*\.?\s*[:(,–-]\s*"
                         rf"({_NUMBERED})")
# Moving in: a person's new home, or a structure's new premises (« l'association a
# déménagé au 12 rue… »): read with the owner test.
MOVED_TO = re.compile(rf"\b(?:demenage|emmenage|relogee?|reloge)s?\b{_LINK}({_NUMBERED})")
# A dwelling and who rents it (« occupe un studio au 9 rue… », « locataire au 12 rue… »):
# a person's, or a structure's flat (« le logement d'urgence du CCAS, 3 rue… »): read
# with the owner test too.
DWELLING = re.compile(rf"\b(?:studio|appartement|logement|[tf][1-6]|chambre|mobil-home|"
                      rf"caravane|(?:co)?locataires?|proprietaire)\b{_LINK}({_NUMBERED})")
# A residence, an estate or a « cité » named alone is a place like a district (« sa mère vit
# dans la résidence Louise Michel »); a road named is where one lives.
_ROADS = (r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allee|place|route|cours|quai|square|"
          r"passage|voie|chaussee|sentier|montee|traverse")
# An adverb between the verb and the road (« elle vit désormais rue… », « habite toujours »).
_ADVERB = (r"(?:\w+ment|desormais|toujours|encore|maintenant|aujourd'hui|depuis peu|"
           r"seule?s?|ensemble|la-bas|alors|deja)")
# « il habite rue Pasteur à Lens », « elle vit avenue Jean-Jaurès »: a named street without
# its number, right after a word that says where one lives (no link: « résident au foyer,
# rue… » is the foyer's).
LIVES_ON_STREET = re.compile(
    rf"\b(?:{_LIVES}),?\s+(?:{_ADVERB}\s+)?(?:au\s+|aux\s+|a\s+la\s+|a\s+l'|dans\s+la\s+|dans\s+l'|dans\s+le\s+|"
    rf"sur\s+la\s+|sur\s+le\s+)?((?:{_ROADS})\s+[^.;\n]{{2,50}})")
# « demeurant rue des Lilas »: without a number, only after the legal words.
LIVES_IN_STREET = re.compile(
    rf"\b(?:demeurant|domicilie(?:e)?s?)\s+(?:au\s+|a\s+l'|a\s+|aux\s+|,\s*)?"
    rf"((?:{_STREET})\s+(?:de|du|des|d')[^.;\n]{{1,50}})")
# A flat, a floor, a staircase between the street and the postcode line (« 3 rue Émile Zola⏎
# Appartement 21⏎76600 Le Havre », « 8 allée des Pins, bât. C, 2e étage, 35000 Rennes »):
# the complement of a postal address, written after its street as often as before it.
_COMPLEMENT = (r"(?:[,\s–-]+(?:(?:appt\.?|apt\.?|app\.|appartement|logement|porte|entree|"
               r"escalier|esc\.|bat(?:iment)?\.?|etage)\s*(?:n°\s*)?[\w-]{1,4}|"
               r"\d{1,2}\s*(?:e|er|eme|ere)\s+etage)){0,3}")
WITH_POSTCODE = re.compile(
    rf"\b(\d{{1,4}}(?:-\d{{1,4}})?\s*{_SUFFIX}?,?\s+(?:{_STREET})(?!\w)[^.;\n\d]{{1,50}}?"
    rf"{_COMPLEMENT}\s*[,–-]?\s*{_POSTCODE_RE}\s+[a-z][\w' -]{{1,30}}|"
    rf"{_NUMBER_AFTER},?\s*{_POSTCODE_RE}\s+[a-z][\w'-]*"
    rf"(?: [a-z][\w'-]*)?)")
# A residence, an estate, a hamlet without a number but with its postcode (« lot. Les
# Flamboyants, 97190 Le Gosier », « résidence Les Pins, 59000 Lille »).
NAMED_WITH_POSTCODE = re.compile(
    r"\b((?:residence|lotissement|lot\.|cite|immeuble|lieu-?dit|hameau)\s+[^.;\n,\d]{2,40},?\s*"
    r"\d{5}\s+[a-z][\w'-]*(?: [a-z][\w'-]*)?)")
FLAT = re.compile(
    r"\b((?:residence|cite|lotissement|immeuble)\s+[^.;\n,]{2,40}?,?\s+(?:bat(?:iment)?\.?|"
    r"escalier|esc\.|appt\.?|appartement|porte|lot|villa)\s*[\w-]{1,4}(?:,\s*(?:appt\.?|"
    r"appartement|etage|porte)\s*[\w-]{1,4})?(?:,\s*\d{5}\s+[a-z][\w' -]{1,30})?)")
# The structure's own address: a place it works from, not where a person lives.
STRUCTURE = re.compile(
    r"\b(situee?s?|locaux|siege|bureaux|agence|antenne|permanence|accueil|association|"
    r"structure|nos|notre|ateliers? (?:ont|a) lieu|se tien\w*|se ten\w*|implantee?s?|"
    r"bureaux?|france services|"
    r"installee? (?:au|dans|depuis)|entreprise|mairie|centre|"
    # Workplaces a person is placed in (« au garage Auto Plus, 8 route de Lyon… »).
    r"garage|magasin|restaurant|boulangerie|boucherie|usine|entrepot|chantier|cabinet|"
    r"clinique|hopital|ehpad|esat|ecole|college|lycee|societe|sarl|sas|enseigne|"
    r"supermarche|hypermarche|atelier|exploitation|commerce|boutique|pharmacie|hotel|"
    # The field's structures and services (« Mission Locale du Douaisis – adresse : … »).
    r"mission locale|ccas|caf|cpam|france travail|pole emploi|plie|cap emploi|epicerie|"
    r"secours|restos|emmaus|croix-rouge|cidff|udaf|mdph|spip|esat|cfa|greta|afpa|apec|cio|"
    r"chrs|foyer|service|organisme|dispositif|partenaire|permanences?|bailleur|"
    # Public places and where a meeting was held (« l'entretien a eu lieu à l'Espace
    # emploi, 12 rue… », « la réunion s'est tenue à la médiathèque, 3 place… »).
    # A « maison » of the field (not « la maison de l'ancienne ferme » a person rents).
    r"espace|maison (?:de l'emploi|des solidarites|de la solidarite|de quartier|des "
    r"associations|de la justice|du droit|de sante|des jeunes|de retraite|de l'habitat|"
    r"des services|du departement|departementale|de l'enfance|des familles)|mediatheque|"
    r"bibliotheque|salle|gymnase|tiers-lieu|"
    r"creche|halte-garderie|chez(?!\s+(?:mme|madame|monsieur|mlle|m\.|elle|elles|lui|eux|"
    r"moi|nous|vous|sa|son|ses|leur|leurs|ma|mon|mes|un|une)\b)|"
    r"(?:a|ont|avait|avaient|aura) (?:eu )?lieu|(?:s'est|se sont) (?:deroulee?s?|tenue?s?)|"
    r"se deroul\w*|"
    # Professionals whose premises these are (« son ancien employeur, au 4 rue… »).
    r"employeur|patron|medecin|docteur|avocat|notaire)\b")
# « chez » is a person's home before a person (« chez Mme D. », « chez sa sœur », « chez un
# ami »), a workplace before a name or a trade (« chez Bati Nord », « chez le paysagiste »).
_CHEZ_A_PERSON = (r"chez(?=\s+(?:mme|madame|monsieur|mlle|m\.|elle|elles|lui|eux|moi|nous|"
                  r"vous|sa|son|ses|leur|leurs|ma|mon|mes|un|une)\b)")
# A room numbered in a shelter or a hotel (« CHRS, chambre 12, 4 rue… ») is a person's
# home inside the structure, as « appt » is in a residence.
PERSONAL = re.compile(
    rf"\b(mme|madame|monsieur|mlle|il|elle|ils|elles|son|sa|ses|leur|{_CHEZ_A_PERSON}|"
    r"domicile|habite|vit|demeurant|domicilie|chambre\s+(?:n°\s*)?\d{1,4})\b|\bm\.\s")


# A hamlet or a lieu-dit has no number: after a word that says where a person lives, its
# name then a postcode and a town (« habite au lieu-dit Le Bourg Neuf, 15230 Pierrefort »).
_LOCALITY = r"lieu[- ]?dit|hameau|ferme|mas|domaine|bastide|moulin|bourg"
LIVES_IN_LOCALITY = re.compile(
    rf"\b(?:{_LIVES})\s+(?:au|aux|a la|a l'|a|dans (?:le|la|les|l')|en)?\s*"
    rf"((?:{_LOCALITY})\b[^.;:\d\n]{{1,50}}?,?\s*\d{{5}}\s+[a-z][\w'-]*(?: [a-z][\w'-]*)?"
    # « au lieu-dit La Croix Blanche » is an address without its postcode too.
    r"|(?:lieu[- ]?dit|hameau)\s+[^.;:,\d\n]{2,40})")
# Street words that are also common nouns (« 3 cours de français », « 1 place en crèche »):
# a street only when a name follows, capitalised (« 3 cours Gambetta », « 12 cours de la
# Libération »).
_COMMON_STREETS = ("cours", "place", "route", "voie", "passage", "chemin", "square", "cite",
                   "allee")
_STREET_NAME = re.compile(r"\s+(?:(?:de|du|des|d')\s*(?:la\s+|l'|les\s+)?)?[A-ZÀ-Ý0-9]")


def _named_street(text: str, folded: str, start: int) -> bool:
    """The street word of the address at ``start`` is followed by a name."""
    m = re.match(rf"\d{{1,4}}\s*{_SUFFIX}?,?\s+({_STREET})(?!\w)", folded[start:])
    if m is None or m.group(1) not in _COMMON_STREETS:
        return True
    return _STREET_NAME.match(text, start + m.end()) is not None


# A structure's acronym (« Le CRIA du Cantal, 14 avenue… »), not a benefit's or a contract's.
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_STRUCTURES = frozenset({"RSA", "AAH", "APL", "ALS", "CSS", "CMU", "ASS", "ARE", "CEJ",
                             "RQTH", "CDI", "CDD", "CDDI", "CV", "RDV", "SMS", "PMSMP",
                             "HLM", "SDF", "ASE", "AME", "CAP", "BEP", "BTS", "BAC", "DELD",
                             "QPV", "ZUS", "TER", "TGV", "RER", "ZAC", "ZI"})


_BEFORE_A_SURNAME = re.compile(r"(?:\bM\.|\bMr\.?|\bMme\.?|\bMlle\.?|\bMadame|\bMonsieur|"
                               r"\b(?!(?:Le|La|Les|Du|Des|De|Au|Aux|Un|Une|En|Et)\s)"
                               r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+$")
_GIVEN_AFTER = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]")


def _a_persons_name(raw: str, m: re.Match[str]) -> bool:
    """A word in capitals that is a surname (« M. DIOP », « Awa DIOP », « DIOP Awa »)."""
    return (_BEFORE_A_SURNAME.search(raw, max(0, m.start() - 14), m.start()) is not None
            or _GIVEN_AFTER.match(raw, m.end()) is not None)


# A visit at the person's home: the address that follows is theirs, even where « a eu
# lieu » or a structure is said before it.
_AT_HOME = re.compile(r"\b(?:au|a|a son|a leur|en visite a|visite a) domicile\b|"
                      r"\bvisite (?:a domicile|chez (?:elle|lui|eux))")


def _structure_owns(folded: str, start: int, end: int, text: str = "") -> bool:
    """The address is a structure's: the nearest owner before it in its sentence is a
    structure (« L'entreprise Bati Nord, 14 rue…, a accueilli M. K. », « Le CRIA du Cantal,
    14 avenue… »), or none is and a structure is named around it."""
    around = sentence_around(folded, start, end)
    left = sentence_around(folded, start, end, after=0)
    # « installée au » is said of a person as much as of a structure: not an owner here.
    structures = [m.end() for m in STRUCTURE.finditer(left)
                  if not m.group(1).startswith("install")]
    if text:
        raw = sentence_around(text, start, end, after=0)
        structures += [m.end() for m in _ACRONYM.finditer(raw)
                       if m.group() not in _NOT_STRUCTURES and not _a_persons_name(raw, m)]
        structures.sort()
    persons = [m.end() for m in PERSONAL.finditer(left)]
    if _AT_HOME.search(left):
        return False  # « l'entretien au domicile a eu lieu au lieu-dit… »: a home visit
    if structures and (not persons or structures[-1] > persons[-1]):
        return True
    return not persons and STRUCTURE.search(around) is not None and not PERSONAL.search(around)


# « au 5 rue… » after a verb of doing, not of living (« j'ai retrouvé Mme D. au 5 rue… »,
# « avait rendez-vous au 12 boulevard… », « travaille au 8 route… »): where something
# happens; « chez Mme D., au 5 rue… » is still her home.
_AT = re.compile(r"(?:^|\s)(?:au|a|aux)\s*$")
# A meeting place: « rendez-vous devant le 3 rue… », « nous nous sommes retrouvés au… ».
_MEETING = re.compile(r"\b(?:rendez-vous|rdv|retrouvee?s?|rejoint|rejointe?s?|donne rendez)\b")
_HOME = re.compile(rf"\b(?:{_LIVES}|chez|domicile|demenage\w*|emmenage\w*|installee?s?|"
                   rf"relogee?s?|nouvelle adresse|loue|louent|locataire)\b")


def _where_something_happens(folded: str, start: int, end: int) -> bool:
    left = sentence_around(folded, start, end, after=0)
    return (_AT.search(left) is not None or _MEETING.search(left) is not None) \
        and _HOME.search(left) is None


def _end(folded: str, start: int, end: int) -> int:
    """Up to the postcode and town if written, not the rest of the sentence."""
    tail = re.match(rf"\d{{1,4}}\s*{_SUFFIX}?,?\s+[^,]*(?:,\s*{_POSTCODE_RE}\s+[\w' -]+)?",
                    folded[start:end])
    if tail:
        return start + len(tail.group(0).rstrip())
    tail = re.match(r"[^,]*(?:,\s*\d{5}\s+[\w' -]+)?", folded[start:end])
    return start + len(tail.group(0).rstrip()) if tail else end


# Every form above has a number before a street word, a residence, a postcode, or a legal
# word:
# one search of the raw text spares the folding and the patterns in most blocks.
_STREET_RAW = (r"rue|avenue|av\.|boulevard|bd|chemin|impasse|all[ée]e|place|route|cours|"
               r"quai|square|r[ée]sidence|lotissement|hameau|cit[ée]|passage|voie|"
               r"chauss[ée]e|sentier|mont[ée]e|traverse|" + _ABBREVIATIONS)
_NUMBER_STREET = re.compile(rf"\d\s*{_SUFFIX}?,?\s+(?:de la |du |de l.)?(?:{_STREET_RAW})"
                            r"(?!\w)")
# A flat (« bât. B », « appt 14 ») or a legal word; « cité » alone would be every
# « activité ».
_WORDS = ("bât", "bat.", "bat ", "batiment", "appt", "appartement", "escalier", "demeurant",
          "domicili")
# A road or a lieu-dit named without a number (« il habite rue Pasteur »).
NUMBERLESS = (" rue ", " avenue ", " boulevard ", " impasse ", " allée ", "lieu-dit", "lieu dit",
              " hameau ", " chemin ", " quai ", " sentier ", " square ", " chaussée ")
# The roads of LIVES_ON_STREET that are no common noun too (« route », « place »,
# « cours » are: « feuille de route », « mise en place » would open every block).
_NUMBERLESS = re.compile(r" (?:rue|avenue|boulevard|impasse|allée|hameau|chemin|quai|sentier|"
                         r"square|chaussée) |lieu.dit")


# « il habite route de Quimper », « elle vit place du Marché »: roads that are common nouns
# too (« feuille de route », « mise en place ») open a block only after a verb of living.
_LIVES_ON_COMMON_ROAD = re.compile(r"(?:habit|vi[tv]|r[ée]sid|log|demeur)\w*,? (?:\w+ment |"
                                   r"d[ée]sormais |toujours |encore )?(?:route|place|cours) ")


def on_common_road(low: str) -> bool:
    """``low`` (lowered) names a road that is a common noun too after a verb of living."""
    # Three substring tests in C (half the cost of a generator over them).
    return (" route " in low or " place " in low or " cours " in low) and (
        _LIVES_ON_COMMON_ROAD.search(low) is not None)


_POSTCODE = re.compile(r"\b\d{5}\s+\w")
# Belgian, Swiss and Luxembourg postcodes: four digits, then the town's capital.
_SHORT_POSTCODE = re.compile(r"[0-9]{4}[ \u00a0]+[A-ZÀ-Ý]")  # a character class: faster


def _worth_reading(text: str) -> bool:
    low = text.lower()
    return (any(w in low for w in _WORDS) or _NUMBER_STREET.search(low) is not None
            or _POSTCODE.search(low) is not None or _SHORT_POSTCODE.search(text) is not None
            or _NUMBERLESS.search(low) is not None or on_common_road(low))


_DOMICILED_AT = re.compile(r"(?:au|à la|à l['’]|auprès d[eu']\s*(?:la |l['’])?)\s*(?:[A-Z]{2,}\b|"
                          r"(?i:centre|association|mission locale|service|maison|mairie|"
                          r"bureau|foyer|accueil))")


def _not_where_one_lives(text: str, folded: str, m: re.Match[str],
                         span: tuple[int, int]) -> bool:
    """The word before the address is not said of the person's home."""
    # « adresse : » alone is anyone's: a structure's in a list of partners.
    if m.group(0).startswith("adresse") and _structure_owns(folded, *span):
        return True
    # « L'association s'est installée 18 rue… »: a structure moves too.
    if m.group(0).startswith(("s'est", "se sont")) and _structure_owns(folded, *span, text):
        return True
    # « domicilié au CCAS, 2 place… »: a postal domiciliation is at a structure, the
    # address is the structure's (people without a home receive their mail there).
    return m.group(0).startswith("domicili") and _DOMICILED_AT.search(
        text, m.start(), m.start(1)) is not None


def _where_one_lives(text: str, folded: str) -> list[tuple[int, int]]:
    """Addresses after a word that says where a person lives."""
    spans: list[tuple[int, int]] = []
    at = 0
    while (m := LIVES_AT.search(folded, at)) is not None:
        at = m.end()
        if not _named_street(text, folded, m.start(1)):
            continue
        span = (m.start(1), _end(folded, *m.span(1)))
        if _not_where_one_lives(text, folded, m, span):
            # A later word of living may still lead to the same number: « Domiciliée au
            # CCAS, elle vit en fait au 18 bd Gambetta » is her home.
            at = m.start() + 1
            continue
        spans.append(span)
    for m in (*MOVED_TO.finditer(folded), *DWELLING.finditer(folded)):
        if _named_street(text, folded, m.start(1)):
            span = (m.start(1), _end(folded, *m.span(1)))
            if not _structure_owns(folded, *span, text):
                spans.append(span)
    for m in LIVES_IN_STREET.finditer(folded):
        spans.append((m.start(1), _end(folded, *m.span(1))))
    spans += _without_a_number(text, folded) + _after_a_person(text, folded) + _given_as_ones(
        text, folded)
    return spans + _up_to_the_postcode(text, folded, spans)


# A French postal address ends with its postcode and town; what stands between a word of
# living (or « Adresse : ») and that line is the address, whatever names the place: a
# lieu-dit without the word (« Adresse : Le Bourg, 23200 Aubusson »), a district
# (« habite quartier Bellevue, 97150 Saint-Martin »), an estate (« réside Les Hauts de Bel
# Air, 97412 Bras-Panon »), a residence's entrance, a campsite and its road. Not a town
# alone (« vit à Lyon, 69003 »: « à » opens no place), nor a structure's premises
# (« réside au foyer Les Tilleuls, 59000 Lille »).
UP_TO_POSTCODE = re.compile(
    rf"\b(?:{_LIVES})(?!\w)\s*(?:au\s+|aux\s+|a\s+la\s+|a\s+l'|dans\s+(?:le|la|les|l')\s*)?"
    r"((?!\s|(?:a|en)\s)[^.;:\n\d]{3,80}?\s*(?:[,–—-]|\s-\s)\s*(?:[a-z]+\s+\d{1,4}\s*,\s*)?"
    r"\d{5}\s+[a-z][\w'-]*(?: [a-z][\w'-]*)?)")
_A_NAME = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][\wÀ-ÿ'-]+")


def _up_to_the_postcode(text: str, folded: str,
                        spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in UP_TO_POSTCODE.finditer(folded) if _FIVE_DIGITS.search(folded) else ():
        start, end = m.span(1)
        if any(a < end and start < b for a, b in spans):
            continue  # read by a pattern above
        # The place named before the postcode line: a name in it, no structure.
        cut = _FIVE_DIGITS.search(folded, start, end)
        place_end = cut.start() if cut else end
        if _A_NAME.search(text, start, place_end) is None or STRUCTURE.search(
                folded, start, place_end):
            continue
        out.append((start, end))
    return out


# « Elle m'a donné son adresse pour le courrier de la MDPH : résidence Les Iris, bât. C,
# 3 allée… »; « La visite à domicile, je m'en souviens : 14 rue des Tanneurs, à
# Vierzon »: the address named as someone's (a possessive) or as the home visited, then
# given after a colon. Whose it is was said before the colon: a structure named between
# (the purpose of the address) is not its owner.
ADDRESS_OF = re.compile(r"\b(?:(?:son|sa|leur) (?:nouvelle )?(?:adresse|domicile)|"
                        r"(?:visite|entretien|rendez-vous) (?:a|au) domicile)\b"
                        r"[^.;:\n\d]{0,60}:\s*")
_GIVEN_ADDRESS = re.compile(
    rf"(?:(?:residence|cite|lotissement|immeuble|lieu-?dit|hameau)\s+[^.;\n]{{2,80}}?,\s*)?"
    rf"{_NUMBERED}")


def _given_as_ones(text: str, folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in ADDRESS_OF.finditer(folded) if ":" in folded else ():
        g = _GIVEN_ADDRESS.match(folded, m.end())
        if g is None or not _named_street(text, folded, g.start() + (
                g.group(0).find(next(c for c in g.group(0) if c.isdigit())))):
            continue
        if m.group(0).startswith(("son", "sa", "leur")) and _structure_owns(
                folded, m.start(), m.start(), text):
            continue  # « La Mission locale m'a donné son adresse : … »
        spans.append((g.start(), _end_of_given(folded, g.start(), g.end())))
    return spans


def _end_of_given(folded: str, start: int, end: int) -> int:
    """Up to the postcode and town, or the town after « à » (« 14 rue des Tanneurs, à
    Vierzon »), else the street."""
    m = re.compile(rf"[^.;\n]*?\d{{1,4}}\s*{_SUFFIX}?,?\s+[^,.;\n]*"
                   rf"(?:,\s*(?:{_POSTCODE_RE}\s+[\w' -]+|a\s+[\w'-]+))?").match(folded, start)
    return start + len(m.group(0).rstrip()) if m else end


def _after_a_person(text: str, folded: str) -> list[tuple[int, int]]:
    spans = []
    for m in PERSON_THEN.finditer(folded) if "m" in folded else ():
        if _named_street(text, folded, m.start(1)):
            span = (m.start(1), _end(folded, *m.span(1)))
            if not _structure_owns(folded, *span, text):
                spans.append(span)
    return spans


def _without_a_number(text: str, folded: str) -> list[tuple[int, int]]:
    """A road or a lieu-dit named without a number, after where one lives."""
    spans: list[tuple[int, int]] = []
    # A road word spares the search in most blocks.
    for m in LIVES_ON_STREET.finditer(folded) if _ROAD_WORDS.search(folded) else ():
        if _capital_after(text, folded, m.start(1)):
            spans.append((m.start(1), _end_of_street(folded, *m.span(1))))
    for m in LIVES_IN_LOCALITY.finditer(folded):
        if _FIVE_DIGITS.search(m.group(1)):
            spans.append(m.span(1))
        elif _capital_after(text, folded, m.start(1)):  # « au lieu-dit La Borie »
            spans.append((m.start(1), _end_of_street(folded, *m.span(1))))
    return spans


_FIVE_DIGITS = re.compile(r"\d{5}")
_ROAD_WORDS = re.compile(rf"(?:{_ROADS}) ")
_STREET_WORD = re.compile(rf"(?:{_STREET}|lot\.|lieu-?dit)(?!\w)")


def _capital_after(text: str, folded: str, start: int) -> bool:
    """The street word at ``start`` is followed by a name (« rue Pasteur », « lieu-dit La
    Borie », « rue de la Paix »), not by a common noun (« vit dans la cité avec… »)."""
    m = _STREET_WORD.match(folded, start)
    return m is not None and _STREET_NAME.match(text, m.end()) is not None


# Where a street named without its number ends: before « à » + the town, a comma, or a
# word that goes on with the sentence (« rue Pasteur depuis 2019 »).
_STREET_END = re.compile(r",|\s(?:a|au|aux|avec|depuis|dans|chez|et|mais|pour|ou|qui|"
                         r"que|en|sur|pres|non|sans|dont)\s")


def _end_of_street(folded: str, start: int, end: int) -> int:
    m = _STREET_END.search(folded, start, end)
    return m.start() if m else end


# What may stand between two parts of one address (« cité Karl-Marx, bâtiment C,
# escalier 2, 5e étage, 12 allée Romain-Rolland… »): floors, stairs, doors, commas.
_BETWEEN_PARTS = re.compile(r"^(?:[\s,]|escalier|esc\.|etage|porte|appt\.?|apt\.?|app\.|"
                            r"appartement|logement|n°|no\b|"
                            r"bat(?:iment)?\.?|\d+\s*(?:e|er|eme|ere)?\b|[a-z]\b)*$")


def _merged(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that are parts of one address (a flat, then its street) as one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and 0 <= start - out[-1][1] <= 40 and _BETWEEN_PARTS.match(
                folded[out[-1][1]:start]):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
            continue
        out.append((start, end))
    return out


def find(text: str) -> list[Hit]:
    if not _worth_reading(text):
        return []
    folded = fold_keep_length(text)
    spans = _where_one_lives(text, folded)
    patterns = (WITH_POSTCODE, FLAT, NAMED_WITH_POSTCODE) if _FIVE_DIGITS.search(folded) else (
        WITH_POSTCODE, FLAT)
    for pattern in patterns:
        for m in pattern.finditer(folded):
            if any(a <= m.start(1) < b or m.start(1) <= a < m.end(1) for a, b in spans):
                continue
            if _structure_owns(folded, *m.span(1), text) or _where_something_happens(
                    folded, *m.span(1)):
                continue
            spans.append(m.span(1))
    out: list[Hit] = []
    for start, end in _merged(folded, sorted(set(spans))):
        value = re.sub(r"\s+", " ", folded[start:end])
        out.append(Hit("address", value, start, end, "[adresse masquée]"))
    return out
