"""Any other contacts CSV: columns recognised by their names in English, Italian and Spanish,
or named by the user with a column map (``--map "E-mail=email"``).

A header is compared in ``name_key`` form (no case, accents or punctuation), so "E-mail",
"email" and "Correo electrónico" / "correo electronico" are each one name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kith.core.errors import InputError, InvalidValue
from kith.core.identity import name_key
from kith.core.model import IdentityKind
from kith.sources.contacts.dates import parse_birthday
from kith.sources.contacts.points import PointCollector, finish_contact, postal_address
from kith.sources.contacts.records import ContactRecord, Provenance

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": (
        "name",
        "full name",
        "display name",
        "contact",
        "nome completo",
        "nominativo",
        "contatto",
        "nombre completo",
        "contacto",
    ),
    "given_name": ("first name", "firstname", "given name", "first", "forename", "nome", "nombre"),
    "middle_name": ("middle name", "second name", "secondo nome", "segundo nombre"),
    "family_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "last",
        "cognome",
        "apellido",
        "apellidos",
        "primer apellido",
    ),
    "nickname": ("nickname", "soprannome", "apodo"),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "work email",
        "home email",
        "posta elettronica",
        "indirizzo email",
        "indirizzo e mail",
        "correo",
        "correo electronico",
        "email personal",
        "email lavoro",
    ),
    "phone": (
        "phone",
        "phone number",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "work phone",
        "home phone",
        "telefono",
        "numero di telefono",
        "cellulare",
        "telefono cellulare",
        "numero de telefono",
        "movil",
        "celular",
        "telefono movil",
        "telefono fijo",
    ),
    "company": (
        "company",
        "organization",
        "organisation",
        "employer",
        "company name",
        "azienda",
        "societa",
        "ditta",
        "organizzazione",
        "empresa",
        "compania",
        "organizacion",
    ),
    "title": (
        "job title",
        "title",
        "position",
        "role",
        "ruolo",
        "qualifica",
        "posizione",
        "mansione",
        "cargo",
        "puesto",
        "titulo",
    ),
    "department": ("department", "reparto", "dipartimento", "ufficio", "departamento"),
    "street": ("address", "street", "street address", "indirizzo", "via", "direccion", "domicilio", "calle"),
    "city": ("city", "town", "citta", "comune", "localita", "ciudad", "localidad", "poblacion", "municipio"),
    "region": ("state", "region", "province", "county", "provincia", "regione", "region", "estado", "comunidad"),
    "postal_code": ("zip", "zip code", "postal code", "postcode", "cap", "codice postale", "codigo postal", "cp"),
    "country": ("country", "country region", "nation", "nazione", "paese", "stato", "pais", "nacion"),
    "birthday": (
        "birthday",
        "date of birth",
        "birth date",
        "dob",
        "compleanno",
        "data di nascita",
        "cumpleanos",
        "fecha de nacimiento",
    ),
    "notes": ("notes", "note", "comments", "comment", "commenti", "notas", "nota", "comentarios", "observaciones"),
    "tags": (
        "tags",
        "tag",
        "labels",
        "groups",
        "categories",
        "category",
        "etichette",
        "gruppi",
        "gruppo",
        "categorie",
        "categoria",
        "etiquetas",
        "grupos",
        "categorias",
    ),
    "url": ("website", "web site", "url", "web", "homepage", "web page", "sito", "sito web", "sitio web", "pagina web"),
    "linkedin": (
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "profilo linkedin",
        "perfil de linkedin",
        "perfil linkedin",
    ),
}

FIELDS = tuple(_SYNONYMS)
GENERIC_HEADERS: dict[str, str] = {key: field for field, keys in _SYNONYMS.items() for key in keys}
_NUMBERED = re.compile(r"^(.*?)\s*\d+$")
_IDENTIFYING = {"display_name", "given_name", "family_name", "email", "phone", "linkedin"}
_POINT_KINDS = {
    "email": IdentityKind.EMAIL,
    "phone": IdentityKind.PHONE,
    "url": IdentityKind.URL,
    "linkedin": IdentityKind.LINKEDIN,
}


def generic_field(header: str) -> str | None:
    """The record field a column name stands for (``Telefono 2`` -> phone), if any."""
    key = name_key(header)
    if key in GENERIC_HEADERS:
        return GENERIC_HEADERS[key]
    numbered = _NUMBERED.match(key)
    return GENERIC_HEADERS.get(numbered[1]) if numbered else None


class GenericColumns:
    """Reads rows of any CSV whose columns are recognised by name or named in ``column_map``."""

    def __init__(self, header: Sequence[str], column_map: Mapping[str, str], where: str, region: str | None) -> None:
        self.region = region
        by_key = {name_key(cell): cell for cell in header}
        self.columns: list[tuple[str, str, str]] = []  # (cell key, field, header as written)
        mapped: set[str] = set()
        for column, field in column_map.items():
            if field not in _SYNONYMS:
                raise InvalidValue("column map", f"{column}={field}", f"the field must be one of {', '.join(FIELDS)}")
            if name_key(column) not in by_key:
                shown = ", ".join(repr(cell) for cell in header[:12])
                raise InputError(where, None, f"there is no column {column!r} to map; the columns are {shown}")
            mapped.add(name_key(column))
            self.columns.append((name_key(column), field, by_key[name_key(column)]))
        for key, cell in by_key.items():
            found = generic_field(cell)
            if key not in mapped and found:
                self.columns.append((key, found, cell))
        if not {field for _, field, _ in self.columns} & _IDENTIFYING:
            shown = ", ".join(repr(cell) for cell in header[:12])
            raise InputError(
                where,
                None,
                f"no column looks like a name, an email or a phone (the columns are {shown}); "
                f"name them with --map 'HEADER=FIELD', FIELD one of {', '.join(FIELDS)}",
            )

    def record(self, cells: Mapping[str, str], provenance: Provenance) -> ContactRecord:
        values: dict[str, str] = {}
        raw_points: list[tuple[IdentityKind, str, str]] = []
        tags: list[str] = []
        for key, field, header in self.columns:
            value = cells.get(key, "").strip()
            if not value:
                continue
            if field in _POINT_KINDS:
                for part in re.split(r"\s*[;,]\s*", value) if field == "email" else [value]:
                    raw_points.append((_POINT_KINDS[field], part, header))
            elif field == "tags":
                tags.extend(tag.strip() for tag in re.split(r"[;,]", value) if tag.strip())
            else:
                values[field] = f"{values[field]}\n{value}" if field in values else value
        warnings: list[str] = []
        birthday = None
        if "birthday" in values:
            try:
                birthday = parse_birthday(values["birthday"])
            except InvalidValue as exc:
                warnings.append(f"the birthday {values['birthday']!r} was left out: {exc.reason}")
        address = postal_address(
            "",
            values.get("street", ""),
            values.get("city", ""),
            values.get("region", ""),
            values.get("postal_code", ""),
            values.get("country", ""),
        )
        # A phone without a country code is read in the contact's country when the row gives one.
        points = PointCollector((address.country_code if address else "") or self.region)
        for kind, value, header in raw_points:
            points.add(kind, value, header)
        return finish_contact(
            provenance,
            points,
            display_name=values.get("display_name", ""),
            given_name=values.get("given_name", ""),
            middle_name=values.get("middle_name", ""),
            family_name=values.get("family_name", ""),
            addresses=[address],
            warnings=warnings,
            nickname=values.get("nickname", ""),
            company=values.get("company", ""),
            department=values.get("department", ""),
            title=values.get("title", ""),
            birthday=birthday,
            notes=values.get("notes", ""),
            tags=tuple(dict.fromkeys(tags)),
        )
