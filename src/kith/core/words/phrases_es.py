"""Spanish sentences for drafts (see ``phrasebook`` for what each method is given and promises).

Register: ``tú`` with a shared history, ``usted`` with someone barely known or senior (and by
default outside Spain). Gender is never guessed: no "Querido/a", "Estimado/a" or "encantado/a";
greetings are "Hola" and "Buenos días" (with the colon the RAE asks for in letters), and with
usted only indirect objects ("escribirle", "serle útil"), whose ``le`` is right for anyone,
never "ayudarlo/la" or "saludarle". The verb agrees with the time said: "ha pasado un año",
"han pasado casi tres años"; "hace ... que" needs no agreement.
"""

from __future__ import annotations

import re

from kith.core.model import Channel, OutreachKind
from kith.core.words.elapsed import Around, Elapsed, month_and_year, unit_phrase
from kith.core.words.phrasebook import (
    AskFacts,
    GapFacts,
    History,
    How,
    Name,
    News,
    NewsKind,
    OfferFacts,
    Owed,
    Shared,
    ThanksFor,
    ThanksKind,
    Variants,
    WhenWords,
    WhyNow,
    said_when,
)
from kith.core.words.wording import sentence, verb_phrase

_NUMBERS = [
    "cero",
    "un",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
]

_OFFER_VERB_OPENINGS = (
    "estaría encantado de",
    "estaría encantada de",
    "estaria encantado de",
    "estaria encantada de",
    "encantado de",
    "encantada de",
    "me encantaría",
    "me encantaria",
    "con gusto",
    "feliz de",
    "puedo",
    "podría",
    "podria",
)

# An offer typed as an infinitive, with or without a clitic: "compartir...", "presentarte...".
_INFINITIVE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir)(?:me|te|le|les|lo|la|los|las|nos|se)?\b")

_CONTEXTS: dict[str, Variants] = {
    "abroad": (
        "He estado trabajando en el extranjero y he perdido el contacto con más gente de la que me gustaría.",
        "Vivir en el extranjero estos años me ha hecho perder el contacto con mucha gente.",
    ),
    "studies": (
        "Volví a estudiar, y eso se llevó casi todo mi tiempo.",
        "Retomé los estudios y durante un tiempo apenas tuve tiempo para nada más.",
    ),
    "new career": (
        "Cambié de profesión, y durante un tiempo me absorbió por completo.",
        "Cambiar de profesión me ha llevado más energía de la que esperaba.",
    ),
    "family": (
        "La familia se ha llevado casi todo mi tiempo estos años.",
        "Estos años la familia ha sido la prioridad, y he dejado que muchas conversaciones se apagaran.",
    ),
    "busy": (
        "El trabajo me absorbió y dejé pasar demasiado tiempo.",
        "Entre el trabajo y todo lo demás, he dejado pasar demasiado tiempo; es culpa mía.",
    ),
}

_INTERESTS = {
    "machine learning": "el machine learning",
    "product management": "la gestión de producto",
    "startups": "las startups",
    "venture capital": "el capital riesgo",
    "sustainability": "la sostenibilidad",
    "supply chains": "las cadenas de suministro",
    "ux research": "la investigación UX",
    "public speaking": "hablar en público",
    "open source": "el código abierto",
    "fintech": "el fintech",
    "climate tech": "la tecnología climática",
    "education": "la educación",
    "healthcare": "la salud",
    "marketing analytics": "el análisis de marketing",
    "negotiation": "la negociación",
    "leadership": "el liderazgo",
    "remote work": "el trabajo en remoto",
    "photography": "la fotografía",
    "trail running": "el trail running",
    "running": "correr",
    "cycling": "el ciclismo",
    "football": "el fútbol",
    "basketball": "el baloncesto",
    "tennis": "el tenis",
    "sailing": "la vela",
    "cooking": "la cocina",
    "wine": "el vino",
    "coffee": "el café",
    "jazz": "el jazz",
    "classical music": "la música clásica",
    "music": "la música",
    "karaoke": "el karaoke",
    "hiking": "el senderismo",
    "yoga": "el yoga",
    "chess": "el ajedrez",
    "travel": "los viajes",
    "languages": "los idiomas",
    "history": "la historia",
    "science fiction": "la ciencia ficción",
    "board games": "los juegos de mesa",
    "gardening": "la jardinería",
    "volunteering": "el voluntariado",
    "reading": "la lectura",
    "art": "el arte",
    "design": "el diseño",
}
_NATIVE_INTERESTS = {said.split(" ", 1)[-1]: said for said in _INTERESTS.values()}


def _number(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _have(elapsed: Elapsed) -> str:
    """ "ha" or "han", agreeing with the time said ("unas semanas" is plural)."""
    return "han" if elapsed.plural or elapsed.around is Around.FEW_WEEKS else "ha"


def _since(shared: Shared) -> str:
    if shared.how is How.WROTE and shared.subject:
        return f"desde nuestro último correo, sobre \u00ab{shared.subject}\u00bb,"
    return {
        How.MET: "desde la última vez que nos vimos,",
        How.CALLED: "desde nuestra última llamada,",
        How.WROTE: "desde nuestros últimos mensajes,",
    }[shared.how]


def _last_time(shared: Shared, when: str) -> str:
    """ "la última vez fue en marzo de 2021", "la última vez nos escribimos...": no participle, no gender."""
    if shared.how is How.MET:
        return f"la última vez fue en {when}"
    if shared.how is How.CALLED:
        return f"la última vez fue una llamada, en {when}"
    about = f" sobre \u00ab{shared.subject}\u00bb," if shared.subject else ""
    return f"la última vez nos escribimos{about} en {when}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# When a recent conversation was, for a thank-you.
_WHEN = WhenWords("hoy", "ayer", "el {}", "la semana pasada", "en {}")


class Spanish:
    language = "es"
    name = "Spanish"

    def formality(self, formal: bool) -> str:
        return "usted" if formal else "tú"

    def interest(self, raw: str) -> str:
        key = raw.strip().lower()
        return _INTERESTS.get(key) or _NATIVE_INTERESTS.get(key, "")

    def elapsed(self, elapsed: Elapsed) -> str:
        if elapsed.around is Around.FEW_WEEKS:
            return "unas semanas"
        said = unit_phrase(elapsed.count, elapsed.unit, self.language, _number)
        if elapsed.around is Around.AND_A_HALF:
            return f"{said} y medio"
        if elapsed.around is Around.ABOUT:
            return f"alrededor de {said}" if elapsed.count == 1 else f"unos {said}"
        lead = {Around.ALMOST: "casi", Around.MORE_THAN: "más de"}[elapsed.around]
        return f"{lead} {said}"

    # --- around the message --------------------------------------------------------------

    def greeting(self, name: Name, formal: bool, channel: Channel, user_name: str) -> Variants:
        g = name.given
        hello = "Buenos días" if formal else "Hola"
        if channel is Channel.TEXT:
            me = f" Soy {user_name}." if user_name else ""
            return (f"{hello}, {g}.{me}",)
        if formal and channel is not Channel.LINKEDIN:
            return (f"Buenos días, {g}:", f"Hola, {g}:")
        return (f"{hello}, {g}:",)

    def closings(self, formal: bool, letter: bool) -> Variants:
        if formal:
            return ("Un cordial saludo,", "Saludos cordiales,")
        return ("Un abrazo,", "Un saludo,", "Saludos,")

    def subject(self, step: OutreachKind, formal: bool, elapsed: Elapsed | None, news: News) -> Variants:
        if step is OutreachKind.KEEP_IN_TOUCH:
            return ("Un saludo", "Un saludo cordial") if formal else ("Un saludo", "¿Qué tal todo?", "Me acordé de ti")
        if step is OutreachKind.CONGRATULATIONS:
            if news.kind is NewsKind.NEW_CITY:
                return ("¡Felicidades por la mudanza!", "¡Felicidades!")
            return ("¡Enhorabuena por el nuevo puesto!", "¡Felicidades!")
        if step is OutreachKind.THANKS:
            return ("Gracias", "¡Muchas gracias!", "Gracias de nuevo")
        since = (f"Después de {self.elapsed(elapsed)}, un saludo",) if elapsed is not None else ()
        if formal:
            return ("Un saludo después de tanto tiempo", "Retomando el contacto", *since)
        return ("¡Cuánto tiempo!", "Un saludo después de tanto tiempo", *since)

    # --- the first message ---------------------------------------------------------------

    def gap(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        shared, elapsed = facts.shared, facts.elapsed
        if elapsed is None:
            return ("Hace demasiado tiempo que no hablamos.",)
        e = self.elapsed(elapsed)
        have = _have(elapsed)
        if shared is None:
            if not facts.long_gap:
                return (f"Hace {e} que no hablamos.",)
            return (f"Hace {e} que no hablamos.", f"Me doy cuenta de que hace {e} que no hablamos: demasiado tiempo.")
        when = month_and_year(shared.on, self.language)
        since = _since(shared)
        talk = "nos vemos" if shared.how is How.MET else "hablamos"
        written = "haberle escrito" if formal else "haberte escrito"
        if facts.history is History.LITTLE:
            found = self._little(shared, e, when, short)
        elif short or not facts.long_gap:
            found = (f"{_cap(have)} pasado {e} {since} en {when}.", f"Hace {e} que no {talk}.")
        else:
            found = (
                f"{_cap(have)} pasado {e} {since} en {when}: demasiado tiempo.",
                f"Me doy cuenta de que {have} pasado ya {e} {since} en {when}. Siento haber dejado pasar tanto tiempo.",
                f"Hace {e} que no {talk}: {_last_time(shared, when)}. Debería {written} antes.",
            )
        if facts.company_then and not short:
            then = f"Entonces todavía {'estaba' if formal else 'estabas'} en {facts.company_then}."
            return tuple(f"{v} {then}" for v in found)
        return found

    def _little(self, shared: Shared, e: str, when: str, short: bool) -> Variants:
        if short:
            return (f"Hace {e} que no hablamos.", f"No hablamos desde {when}.")
        if shared.how is How.MET:
            return (
                f"Nos vimos una vez, en {when}, y desde entonces no hemos vuelto a hablar.",
                f"Hace {e} que nos conocimos, en {when}, y nunca llegamos a hablar con calma.",
            )
        about = f", el último sobre \u00ab{shared.subject}\u00bb," if shared.subject else ", el último"
        return (
            f"Hace {e} que no hablamos: solo hemos intercambiado algunos mensajes{about} en {when}.",
            f"No hablamos desde {when}, y solo hemos intercambiado algunos mensajes.",
        )

    def never_talked(self, year: int | None, formal: bool, short: bool) -> Variants:
        if year is None:
            return ("Estamos en contacto desde hace tiempo, pero nunca hemos hablado de verdad.",)
        if short:
            return (f"Estamos en contacto desde {year}, pero nunca hemos hablado de verdad.",)
        return (
            f"Estamos en contacto desde {year}, pero nunca hemos llegado a hablar de verdad.",
            f"Nos conectamos en {year}, pero nunca hemos hablado de verdad.",
        )

    def met_recently(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        write = "escribirle" if formal else "escribirte"
        properly = f"{write} como es debido"
        if facts.shared is None or facts.elapsed is None:
            return (f"Hace poco que estamos en contacto, y quería {properly}.",)
        e = self.elapsed(facts.elapsed)
        have = _have(facts.elapsed)
        when = month_and_year(facts.shared.on, self.language)
        if short:
            return (f"{_cap(have)} pasado {e} desde que nos conocimos, y quería {properly}.",)
        return (
            f"{_cap(have)} pasado {e} desde que nos conocimos, en {when}, y quería {write} desde entonces.",
            f"{_cap(have)} pasado {e} desde que nos conocimos, y quería {properly}.",
        )

    def gap_context(self, facts: GapFacts, formal: bool) -> Variants:
        if facts.context_words:
            return (sentence(facts.context_words),)
        return _CONTEXTS.get(facts.context, ())

    def why_now(self, facts: WhyNow, formal: bool, short: bool) -> Variants:
        you = "le" if formal else "te"
        if facts.words:
            w = facts.words
            if short:
                return (
                    f"{_cap(you)} escribo por un motivo concreto: {w}.",
                    f"{_cap(you)} escribo porque tengo novedades: {w}.",
                )
            return (
                f"{_cap(you)} escribo ahora por un motivo concreto: {w}.",
                f"El motivo por el que {you} escribo justo ahora: {w}.",
                f"{_cap(you)} escribo porque tengo novedades: {w}.",
            )
        who, was = ("usted", "estaba") if formal else ("tú", "estabas")
        is_ = "es" if formal else "eres"
        me_by = "usted" if formal else "ti"
        if short:
            return (
                f"He empezado a retomar el contacto con la gente que he perdido de vista, y {who} {is_} de las primeras personas.",
                f"He decidido retomar el contacto con quienes he perdido de vista, empezando por {me_by}.",
            )
        return (
            "He decidido retomar el contacto con las personas que he ido perdiendo de vista con los años, "
            f"y {who} {is_} de las primeras en las que he pensado.",
            f"He empezado a retomar el contacto con gente con la que hablo menos de lo que me gustaría, y {who} {was} en lo alto de mi lista.",
            "He decidido no dejar que se apaguen las buenas relaciones, y la nuestra es una de las que echo de menos.",
        )

    def spoken_why_now(self, words: str) -> str:
        return f"Por qué ahora: {words}."

    def agenda(self, facts: WhyNow, formal: bool) -> Variants:
        a = facts.agenda
        return (f"Mi objetivo, con total franqueza: {a}.", f"Lo que busco, sin rodeos: {a}.")

    def offer(self, facts: OfferFacts, formal: bool, short: bool) -> Variants:
        you = "le" if formal else "te"
        if facts.words:
            verb = verb_phrase(facts.words, _OFFER_VERB_OPENINGS, _INFINITIVE)
            if verb:
                if short:
                    return (f"A cambio, me encantaría {verb}.",)
                return (f"A cambio, me encantaría {verb}.", f"Por mi parte, con gusto podría {verb}, si {you} sirve.")
            w = facts.words
            if short:
                return (f"A cambio, puedo ofrecer{you} {w}.",)
            yours = "su" if formal else "tu"
            return (f"Por mi parte, puedo ofrecer{you} {w}.", f"A cambio, pongo a {yours} disposición {w}.")
        if short:
            if formal:
                return ("Si puedo serle útil en algo, dígamelo.", "Cuente conmigo para lo que necesite.")
            return ("Si puedo ayudarte en algo, dímelo.", "Cuenta conmigo para lo que necesites.")
        if facts.owed is Owed.THEY_HELPED:
            if formal:
                return (
                    "No he olvidado cómo me ayudó entonces, y me encantaría devolverle el favor.",
                    "Me echó una mano cuando más lo necesitaba, y me gustaría poder devolvérsela: cuente conmigo.",
                )
            return (
                "No he olvidado cómo me ayudaste entonces, y me encantaría devolverte el favor.",
                "Me echaste una mano cuando más lo necesitaba, y me gustaría poder devolvértela: cuenta conmigo.",
            )
        if facts.owed is Owed.I_PROMISED:
            count = "cuente" if formal else "cuenta"
            return (
                f"Y no he olvidado lo que {you} prometí entonces: me gustaría cumplirlo por fin, y {count} conmigo para lo que necesite{'' if formal else 's'}.",
            )
        if facts.owed is Owed.I_OFFERED:
            more = "serle útil" if formal else "ayudarte"
            return (f"Mi ofrecimiento de entonces sigue en pie, y si puedo {more} en algo más, lo haré con gusto.",)
        if formal:
            return (
                "Si puedo serle útil en algo, ya sea con una presentación o una segunda opinión, dígamelo sin problema.",
                "Y si le puedo ser útil de alguna manera, con un contacto o una opinión sobre algo en lo que "
                "esté trabajando, cuente conmigo.",
                "Si le vendría bien una presentación o una mirada externa sobre algún proyecto, con mucho gusto le echo una mano.",
            )
        return (
            "Si puedo ayudarte en algo, ya sea con una presentación o una segunda opinión, dímelo sin problema.",
            "Y si te puedo ser útil de alguna manera, con un contacto o una opinión sobre algo en lo que "
            "estés trabajando, cuenta conmigo.",
            "Si te vendría bien una presentación o una mirada externa sobre algún proyecto, con mucho gusto te echo una mano.",
        )

    def question(self, news: News, formal: bool, short: bool) -> Variants:
        n = news
        en = f" en {n.company}" if n.company else ""
        if formal:
            are, work, your, live, working = "es", "trabaja", "su", "vive", "está trabajando"
            living, done, learnt, travelled = "lo está viviendo", "ha hecho", "ha aprendido", "ha recorrido"
            going, surprised, works_now = "le va", "le ha sorprendido", "trabaja"
        else:
            are, work, your, live, working = "eres", "trabajas", "tu", "vives", "estás trabajando"
            living, done, learnt, travelled = "lo estás viviendo", "has hecho", "has aprendido", "has recorrido"
            going, surprised, works_now = "te va", "te ha sorprendido", "trabajas"
        if n.kind is NewsKind.NEW_ROLE:
            if short:
                return (f"¿Qué tal el nuevo puesto{en}?",)
            return (
                f"He visto que ahora {are} {n.title}{en}: ¿cómo {living}?",
                f"He visto la noticia de {your} nuevo puesto como {n.title}{en}: ¿cómo ha ido hasta ahora?",
                f"Me enteré de {your} nuevo puesto como {n.title}{en}; me encantaría saber cómo {going}.",
            )
        if n.kind is NewsKind.NEW_COMPANY:
            if short:
                return (f"¿Qué tal el nuevo trabajo en {n.company}?",)
            return (
                f"He visto que ahora {work} en {n.company}: ¿en qué {working} allí?",
                f"¿Qué tal el nuevo trabajo en {n.company}? Me encantaría saber en qué {working}.",
            )
        if n.kind is NewsKind.NEW_CITY:
            if short:
                return (f"¿Qué tal la vida en {n.city}?",)
            return (
                f"He visto que ahora {live} en {n.city}: ¿cómo es la vida allí?",
                f"¿Qué tal la vida en {n.city}? Me encantaría saber cómo {going}.",
            )
        if n.kind is NewsKind.ROLE:
            if short:
                return (f"¿En qué {working} en {n.company} estos días?",)
            return (
                f"¿En qué {working} ahora en {n.company}? ¿Y qué {learnt} en estos años?",
                f"¿Cómo van las cosas por {n.company}? Me encantaría saber en qué {working}.",
                f"¿Cómo es {your} trabajo como {n.title} en {n.company}?",
            )
        if n.kind is NewsKind.COMPANY:
            if short:
                return (f"¿En qué {working} en {n.company} estos días?",)
            return (
                f"¿Cómo van las cosas por {n.company}? Me encantaría saber en qué {working}.",
                f"¿En qué {working} en {n.company} estos días?",
            )
        if n.kind is NewsKind.CITY:
            if short:
                return (f"¿Qué tal la vida en {n.city}?",)
            return (
                f"¿Qué tal la vida en {n.city}? Me encantaría saber qué {done} en estos años.",
                f"¿En qué {working} por {n.city}?",
            )
        if short:
            return (f"¿En qué {working} ahora?",)
        return (
            f"Me encantaría saber qué {done} en estos años: en qué {works_now} y con quién.",
            f"¿En qué {working} ahora? ¿Y qué es lo que más {surprised} en estos años?",
            f"¿Qué camino {travelled} en estos años? Me encantaría saberlo.",
        )

    def interest_question(self, interest: str, formal: bool) -> Variants:
        your, keep = ("su", "Sigue") if formal else ("tu", "Sigues")
        return (f"¿Y {your} pasión por {interest}? ¿Sigue ahí?", f"¿{keep} encontrando tiempo para {interest}?")

    def ask(self, facts: AskFacts, formal: bool, short: bool) -> Variants:
        a = facts.agenda
        your = "su" if formal else "tu"
        if facts.they_offered:
            offered = "me ofreció" if formal else "me ofreciste"
            return (
                f"Una vez {offered} {your} ayuda; si sigue en pie, me encantaría conocer {your} opinión sobre esto: {a}.",
            )
        fine = "Si le parece bien" if formal else "Si te parece bien"
        advice = f"{fine}, me encantaría conocer {your} opinión sobre esto: {a}."
        allow, know = ("me permite", "conoce") if formal else ("me permites", "conoces")
        request = (
            f"Una petición, si {allow}: {a}. Si {know} a alguien con quien debería hablar, "
            "una presentación me ayudaría mucho."
        )
        return (advice,) if short else (request, advice)

    # --- follow-ups ----------------------------------------------------------------------

    def follow_up(self, number: int, formal: bool, short: bool) -> Variants:
        you = "le" if formal else "te"
        if short:
            return (
                f"{_cap(you)} vuelvo a escribir por si mi mensaje se perdió.",
                "Un breve seguimiento de mi mensaje, sin prisa.",
                f"{_cap(you)} escribo una vez más, por si ahora es mejor momento.",
            )
        return (
            f"{_cap(you)} vuelvo a escribir por si mi mensaje se perdió: sé lo llenas que están las bandejas de entrada.",
            "Un breve seguimiento de mi mensaje de hace poco, sin ninguna prisa.",
            f"Sé que son semanas de mucho trabajo, así que {you} escribo de nuevo, con calma.",
            f"Vuelvo a escribir{you} una vez más, por si ahora es mejor momento.",
        )

    def follow_up_news(self, news: News, interest: str, formal: bool) -> Variants:
        if interest:
            keep, your = ("sigue", "su") if formal else ("sigues", "tu")
            return (
                f"Por cierto, ¿{keep} encontrando tiempo para {interest}?",
                f"También me preguntaba si {keep} con {your} pasión por {interest}.",
            )
        if news.kind is NewsKind.NEW_ROLE and news.company:
            return (f"Espero que el nuevo puesto en {news.company} vaya muy bien.",)
        if news.company:
            return (f"Espero que todo vaya bien por {news.company}.",)
        if news.city:
            return (f"Espero que todo vaya bien por {news.city}.",)
        if formal:
            return ("En cualquier caso, espero que esté bien.", "Espero que todo vaya bien.")
        return ("En cualquier caso, espero que estés bien.", "Espero que todo vaya bien.")

    def stop_question(self, formal: bool, short: bool) -> Variants:
        if formal:
            if short:
                return (
                    "¿Prefiere que deje de escribirle? Si no es buen momento, no pasa nada.",
                    "¿Dejo de escribirle sobre esto? Cualquier respuesta me parece bien.",
                )
            return (
                "¿Prefiere que deje de escribirle sobre esto? Si no es buen momento, no pasa nada: "
                "dígamelo y no volveré a insistir.",
                "No quiero llenarle la bandeja de entrada, así que se lo pregunto con sencillez: "
                "¿prefiere que deje de escribirle? Cualquier respuesta me parece bien.",
                "¿Es mejor que deje de escribirle por ahora? Sin ningún problema; y si algún día es mejor "
                "momento, me alegrará saber de usted.",
            )
        if short:
            return (
                "¿Prefieres que deje de escribirte? Si no es buen momento, no pasa nada.",
                "¿Dejo de escribirte sobre esto? Cualquier respuesta me parece bien.",
            )
        return (
            "¿Prefieres que deje de escribirte sobre esto? Si no es buen momento, no pasa nada: "
            "dímelo y no volveré a insistir.",
            "No quiero llenarte la bandeja de entrada, así que te lo pregunto con sencillez: "
            "¿prefieres que deje de escribirte? Cualquier respuesta me parece bien.",
            "¿Es mejor que deje de escribirte por ahora? Sin ningún problema; y si algún día es mejor "
            "momento, me alegrará saber de ti.",
        )

    # --- keeping in touch, congratulations, thanks ----------------------------------------

    def keep_in_touch(self, shared: Shared | None, elapsed: Elapsed | None, formal: bool, short: bool) -> Variants:
        if shared is None or elapsed is None:
            if formal:
                return ("Me acordé de usted y quería escribirle para saludar.", "Le escribo solo para saludar.")
            return ("Me acordé de ti y quería saludarte.", "Te escribo solo para saludarte.")
        e = self.elapsed(elapsed)
        since = _since(shared).rstrip(",")
        if formal:
            return (
                f"Me acordé de usted y me di cuenta de que hace {e} que no hablamos.",
                f"Solo quería escribirle para saludar: {_have(elapsed)} pasado {e} {since}.",
            )
        return (
            f"Me acordé de ti y me di cuenta de que hace {e} que no hablamos.",
            f"Solo quería saludarte: {_have(elapsed)} pasado {e} {since}.",
        )

    def congratulations(self, news: News, formal: bool, short: bool) -> Variants:
        en = f" en {news.company}" if news.company else ""
        how = "¿Cómo va todo hasta ahora?" if short else "¿Qué tal están siendo las primeras semanas?"
        your = "su" if formal else "tu"
        if news.kind is NewsKind.NEW_ROLE:
            return (
                f"¡Enhorabuena por {your} nuevo puesto como {news.title}{en}! {how}",
                f"Acabo de ver la noticia: ¡felicidades por {your} nuevo puesto como {news.title}{en}! {how}",
            )
        if news.kind is NewsKind.NEW_COMPANY:
            work = "trabaja" if formal else "trabajas"
            return (
                f"¡Enhorabuena por el paso a {news.company}! {how}",
                f"He visto que ahora {work} en {news.company}: ¡felicidades! {how}",
            )
        live = "vive" if formal else "vives"
        return (f"He visto que ahora {live} en {news.city}: ¡felicidades por esta nueva etapa! {how}",)

    def thanks(self, facts: ThanksFor, formal: bool, short: bool) -> Variants:
        your = "su" if formal else "tu"
        of_you = "de usted" if formal else "de ti"
        if facts.kind is ThanksKind.HELP:
            give = "darle" if formal else "darte"
            return (
                f"Gracias de nuevo por {your} ayuda: marcó una gran diferencia.",
                f"Quería {give} las gracias como es debido por {your} ayuda. Significó mucho para mí.",
            )
        if facts.kind is ThanksKind.REPLY:
            return (
                f"Gracias por responderme: me alegró mucho saber {of_you}.",
                f"Muchas gracias por {your} respuesta, me hizo mucha ilusión saber {of_you}.",
            )
        when = f" {said_when(facts, _WHEN, self.language)}" if facts.on else ""
        if facts.how is How.CALLED:
            with_you = "con usted" if formal else "contigo"
            return (
                f"Me alegró mucho hablar {with_you}{when}: gracias por {your} tiempo.",
                f"Fue un placer hablar{when}. Gracias por la llamada.",
            )
        if formal:
            return (
                f"Gracias por dedicarme su tiempo{when}.",
                f"Fue un placer coincidir{when}: gracias por hacer un hueco.",
            )
        return (f"Gracias por dedicarme tu tiempo{when}.", f"Fue un placer verte{when}: gracias por hacer un hueco.")

    def return_favour(self, formal: bool, short: bool) -> Variants:
        if formal:
            return (
                "Si alguna vez puedo devolverle el favor, dígamelo.",
                "Me encantará devolverle el favor en cuanto pueda.",
            )
        return ("Si alguna vez puedo devolverte el favor, dímelo.", "Me encantará devolverte el favor en cuanto pueda.")

    def call_cues(self, formal: bool) -> tuple[str, str]:
        if formal:
            return (
                "¿Qué puedo hacer yo por usted? Con gusto le echo una mano con un contacto o una opinión.",
                "¿Cuál es su mayor reto ahora mismo?",
            )
        return (
            "¿Qué puedo hacer yo por ti? Con gusto te echo una mano con un contacto o una opinión.",
            "¿Cuál es tu mayor reto ahora mismo?",
        )


PHRASES = Spanish()
