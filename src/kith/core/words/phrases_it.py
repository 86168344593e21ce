"""Italian sentences for drafts (see ``phrasebook`` for what each method is given and promises).

Register: ``tu`` with a shared history, ``Lei`` (capitalised: Le, La, Suo) with someone barely
known or senior. Gender is never guessed: no "Caro/Cara", no participle that agrees with the
reader or the writer ("ci siamo visti/viste", "sono stato/stata"); the sentences use "Ciao",
"Gentile", nouns ("dal nostro ultimo incontro"), the present ("non ci sentiamo da") and verbs
with avere. Agreement with the time said is written out: "è passato un anno", "è passata
qualche settimana", "sono passati quasi tre anni".
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
    "zero",
    "un",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
    "venti",
]

_OFFER_VERB_OPENINGS = (
    "sarei felice di",
    "sarei lieto di",
    "sarei lieta di",
    "sarei contento di",
    "sarei contenta di",
    "mi farebbe piacere",
    "felice di",
    "volentieri",
    "posso",
    "potrei",
)

# An offer typed as an infinitive, with or without a clitic: "condividere...", "presentarti...".
_INFINITIVE = re.compile(r"[a-zàèéìòù]+(?:are|ere|ire|rre)(?:mi|ti|ci|vi|si|gli|le|la|lo|li|ne|glielo|gliela)?\b")

_CONTEXTS: dict[str, Variants] = {
    "abroad": (
        "Ho lavorato all'estero e ho perso i contatti con più persone di quanto vorrei.",
        "Vivere all'estero in questi anni mi ha fatto perdere di vista tante persone.",
    ),
    "studies": (
        "Ho ripreso gli studi, e mi hanno preso quasi tutto il tempo.",
        "Ho ripreso a studiare, e per un po' ho avuto tempo per poco altro.",
    ),
    "new career": (
        "Ho cambiato carriera, e per un po' mi ha assorbito completamente.",
        "Cambiare carriera mi ha preso più energie del previsto.",
    ),
    "family": (
        "La famiglia mi ha preso quasi tutto il tempo in questi anni.",
        "In questi anni la famiglia ha avuto la precedenza su tutto.",
    ),
    "busy": (
        "Il lavoro mi ha travolto e ho lasciato passare troppo tempo.",
        "Tra lavoro e tutto il resto, ho lasciato passare troppo tempo: colpa mia.",
    ),
}

# The demo's interests and other common ones, with the article Italian puts before them.
_INTERESTS = {
    "machine learning": "il machine learning",
    "product management": "il product management",
    "startups": "le startup",
    "venture capital": "il venture capital",
    "sustainability": "la sostenibilità",
    "supply chains": "la supply chain",
    "ux research": "la UX research",
    "public speaking": "il public speaking",
    "open source": "l'open source",
    "fintech": "il fintech",
    "climate tech": "il climate tech",
    "education": "la formazione",
    "healthcare": "la sanità",
    "marketing analytics": "l'analisi di marketing",
    "negotiation": "la negoziazione",
    "leadership": "la leadership",
    "remote work": "il lavoro da remoto",
    "photography": "la fotografia",
    "trail running": "il trail running",
    "running": "la corsa",
    "cycling": "il ciclismo",
    "football": "il calcio",
    "basketball": "il basket",
    "tennis": "il tennis",
    "sailing": "la vela",
    "cooking": "la cucina",
    "wine": "il vino",
    "coffee": "il caffè",
    "jazz": "il jazz",
    "classical music": "la musica classica",
    "music": "la musica",
    "karaoke": "il karaoke",
    "hiking": "il trekking",
    "yoga": "lo yoga",
    "chess": "gli scacchi",
    "travel": "i viaggi",
    "languages": "le lingue",
    "history": "la storia",
    "science fiction": "la fantascienza",
    "board games": "i giochi da tavolo",
    "gardening": "il giardinaggio",
    "volunteering": "il volontariato",
    "reading": "la lettura",
    "art": "l'arte",
    "design": "il design",
}
_NATIVE_INTERESTS = {said.split(" ", 1)[-1].removeprefix("l'"): said for said in _INTERESTS.values()}


def _number(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _passed(elapsed: Elapsed) -> tuple[str, str]:
    """The auxiliary and the participle that agree with the time said."""
    if elapsed.around is Around.FEW_WEEKS:
        return "è", "passata"
    return ("sono", "passati") if elapsed.plural else ("è", "passato")


def _since(shared: Shared) -> str:
    """ "dal nostro ultimo incontro": the last thing shared, as a noun (no participle to agree)."""
    if shared.how is How.WROTE and shared.subject:
        return f"dalla nostra ultima email, su \u00ab{shared.subject}\u00bb,"
    return {
        How.MET: "dal nostro ultimo incontro,",
        How.CALLED: "dalla nostra ultima telefonata,",
        How.WROTE: "dai nostri ultimi messaggi,",
    }[shared.how]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# When a recent conversation was, for a thank-you.
_WHEN = WhenWords("oggi", "ieri", "{}", "la settimana scorsa", "a {}")


class Italian:
    language = "it"
    name = "Italian"

    def formality(self, formal: bool) -> str:
        return "Lei" if formal else "tu"

    def interest(self, raw: str) -> str:
        key = raw.strip().lower()
        return _INTERESTS.get(key) or _NATIVE_INTERESTS.get(key, "")

    def elapsed(self, elapsed: Elapsed) -> str:
        if elapsed.around is Around.FEW_WEEKS:
            return "qualche settimana"
        said = unit_phrase(elapsed.count, elapsed.unit, self.language, _number)
        if elapsed.around is Around.AND_A_HALF:
            return f"{said} e mezzo"
        lead = {Around.ABOUT: "circa", Around.ALMOST: "quasi", Around.MORE_THAN: "più di"}[elapsed.around]
        return f"{lead} {said}"

    # --- around the message --------------------------------------------------------------

    def greeting(self, name: Name, formal: bool, channel: Channel, user_name: str) -> Variants:
        g = name.given
        if channel is Channel.TEXT:
            me = f" sono {user_name}." if user_name else ""
            return (f"Buongiorno {g},{me}",) if formal else (f"Ciao {g},{me}",)
        if formal:
            if channel is Channel.LINKEDIN:
                return (f"Buongiorno {g},",)
            return (f"Gentile {name.full},", f"Buongiorno {g},")
        return (f"Ciao {g},",)

    def closings(self, formal: bool, letter: bool) -> Variants:
        if formal:
            return ("Cordiali saluti,", "Un cordiale saluto,")
        return ("A presto,", "Un caro saluto,", "Un saluto,")

    def subject(self, step: OutreachKind, formal: bool, elapsed: Elapsed | None, news: News) -> Variants:
        if step is OutreachKind.KEEP_IN_TOUCH:
            return ("Un saluto", "Un pensiero") if formal else ("Un saluto", "Come va?", "Ti ho pensato")
        if step is OutreachKind.CONGRATULATIONS:
            if news.kind is NewsKind.NEW_CITY:
                return ("Congratulazioni per il trasferimento!", "Congratulazioni!")
            return ("Complimenti per il nuovo ruolo!", "Congratulazioni!")
        if step is OutreachKind.THANKS:
            return ("Grazie", "Grazie di cuore", "Un grazie")
        since = (f"Dopo {self.elapsed(elapsed)}, un saluto",) if elapsed is not None else ()
        if formal:
            return ("Un saluto dopo tanto tempo", "Riprendo i contatti", *since)
        return ("Quanto tempo!", "Un saluto dopo tanto tempo", *since)

    # --- the first message ---------------------------------------------------------------

    def gap(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        shared, elapsed = facts.shared, facts.elapsed
        if elapsed is None:
            return ("Non ci sentiamo davvero da troppo tempo.",)
        e = self.elapsed(elapsed)
        aux, part = _passed(elapsed)
        if shared is None:
            if not facts.long_gap:
                return (f"Non ci sentiamo da {e}.",)
            return (f"Non ci sentiamo da {e}.", f"Mi accorgo che non ci sentiamo da {e}: davvero troppo tempo.")
        when = month_and_year(shared.on, self.language)
        since = _since(shared)
        verb = "vediamo" if shared.how is How.MET else "sentiamo"
        if facts.history is History.LITTLE:
            found = self._little(shared, e, when, short)
        elif short or not facts.long_gap:
            found = (f"{_cap(aux)} {part} {e} {since} a {when}.", f"Non ci {verb} da {e}.")
        else:
            found = (
                f"{_cap(aux)} {part} {e} {since} a {when}: davvero troppo tempo.",
                f"Non ci {verb} da {e}, {since.rstrip(',')} a {when}. Mi dispiace aver lasciato passare così tanto tempo.",
                f"Mi accorgo che {aux} già {part} {e} {since} a {when}. Avrei dovuto farmi sentire prima.",
            )
        if facts.company_then and not short:
            then = (
                f"Allora era ancora in {facts.company_then}."
                if formal
                else f"Allora eri ancora in {facts.company_then}."
            )
            return tuple(f"{v} {then}" for v in found)
        return found

    def _little(self, shared: Shared, e: str, when: str, short: bool) -> Variants:
        if short:
            return (f"Non ci sentiamo da {e}.", f"Il nostro ultimo scambio risale a {when}: troppo tempo.")
        if shared.how is How.MET:
            return (
                f"Non ci vediamo da {e}, dal nostro unico incontro a {when}.",
                f"Il nostro unico incontro risale a {when}, e da allora non abbiamo più avuto occasione di parlare.",
            )
        about = f" su \u00ab{shared.subject}\u00bb" if shared.subject else ""
        return (
            f"Non ci sentiamo da {e}: abbiamo avuto solo qualche scambio, l'ultimo a {when}{about}.",
            f"Il nostro ultimo scambio risale a {when}{about}, e da allora non abbiamo più avuto occasione di parlare.",
        )

    def never_talked(self, year: int | None, formal: bool, short: bool) -> Variants:
        if year is None:
            return ("Siamo in contatto da tempo, ma non abbiamo mai avuto occasione di parlare davvero.",)
        if short:
            return (f"Siamo in contatto dal {year}, ma non abbiamo mai parlato davvero.",)
        return (
            f"Siamo in contatto dal {year}, ma non abbiamo mai avuto occasione di parlare davvero.",
            f"Ci conosciamo dal {year}, ma non abbiamo mai parlato davvero.",
        )

    def met_recently(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        you = "La" if formal else "ti"
        write = "scriverLe" if formal else "scriverti"
        if facts.shared is None or facts.elapsed is None:
            return (f"Siamo in contatto da poco, e volevo salutar{you} come si deve.",)
        e = self.elapsed(facts.elapsed)
        aux, part = _passed(facts.elapsed)
        when = month_and_year(facts.shared.on, self.language)
        if short:
            return (f"{_cap(aux)} {part} {e} dal nostro incontro, e volevo salutar{you}.",)
        return (
            f"{_cap(aux)} {part} {e} dal nostro incontro a {when}, e volevo {write} da allora.",
            f"{_cap(aux)} {part} {e} dal nostro incontro, e volevo salutar{you} come si deve.",
        )

    def gap_context(self, facts: GapFacts, formal: bool) -> Variants:
        if facts.context_words:
            return (sentence(facts.context_words),)
        return _CONTEXTS.get(facts.context, ())

    def why_now(self, facts: WhyNow, formal: bool, short: bool) -> Variants:
        you = "Le" if formal else "ti"
        if facts.words:
            w = facts.words
            if short:
                return (
                    f"{_cap(you)} scrivo per un motivo preciso: {w}.",
                    f"{_cap(you)} scrivo perché ho una novità: {w}.",
                )
            return (
                f"{_cap(you)} scrivo adesso per un motivo preciso: {w}.",
                f"Il motivo per cui {you} scrivo proprio ora: {w}.",
                f"{_cap(you)} scrivo perché ho una novità: {w}.",
            )
        who, is_, was = ("Lei", "è", "era") if formal else ("tu", "sei", "eri")
        if short:
            return (
                f"Ho iniziato a ricontattare le persone che ho perso di vista, e {who} {is_} tra le prime.",
                f"Ho deciso di riprendere i contatti che ho perso negli anni, a cominciare da {'Lei' if formal else 'te'}.",
            )
        return (
            "Ho deciso di riprendere i contatti con le persone che ho perso di vista negli anni, "
            f"e {who} {is_} tra le prime a cui ho pensato.",
            f"Ho iniziato a ricontattare le persone con cui ho perso i contatti, e {who} {was} in cima alla lista.",
            "Ho deciso di non lasciare più che i buoni rapporti si perdano, e il nostro è uno di quelli che mi mancano.",
        )

    def spoken_why_now(self, words: str) -> str:
        return f"Perché proprio ora: {words}."

    def agenda(self, facts: WhyNow, formal: bool) -> Variants:
        a = facts.agenda
        return (f"Il mio obiettivo, in tutta franchezza: {a}.", f"Quello che cerco, senza giri di parole: {a}.")

    def offer(self, facts: OfferFacts, formal: bool, short: bool) -> Variants:
        you = "Le" if formal else "ti"
        if facts.words:
            verb = verb_phrase(facts.words, _OFFER_VERB_OPENINGS, _INFINITIVE)
            if verb:
                if short:
                    return (f"Mi farebbe piacere {verb}.",)
                serve = "servirLe" if formal else "servirti"
                return (
                    f"In cambio, mi farebbe piacere {verb}.",
                    f"Da parte mia, sarei felice di {verb}, se può {serve}.",
                )
            w = facts.words
            offer = "offrirLe" if formal else "offrirti"
            put = "metterLe" if formal else "metterti"
            if short:
                return (f"In cambio, posso {offer} {w}.",)
            return (f"Da parte mia, posso {offer} {w}.", f"In cambio, posso {put} a disposizione {w}.")
        if short:
            if formal:
                return ("Se posso aiutarLa in qualcosa, me lo dica.", "Se Le serve una mano, sono a disposizione.")
            return ("Se posso aiutarti in qualcosa, dimmelo.", "Se ti serve una mano, ci sono.")
        if facts.owed is Owed.THEY_HELPED:
            if formal:
                return (
                    "Non ho dimenticato il Suo aiuto di allora, e mi farebbe piacere ricambiare.",
                    "Mi ha dato una mano quando contava, e vorrei tanto poter ricambiare.",
                )
            return (
                "Non ho dimenticato il tuo aiuto di allora, e mi farebbe piacere ricambiare.",
                "Mi hai dato una mano quando contava, e vorrei tanto poter ricambiare.",
            )
        if facts.owed is Owed.I_PROMISED:
            help_ = "aiutarLa" if formal else "aiutarti"
            return (
                f"E non ho dimenticato quello che {you} avevo promesso: vorrei finalmente mantenere la parola, "
                f"e se posso {help_} in altro, ci sono.",
            )
        if facts.owed is Owed.I_OFFERED:
            help_ = "aiutarLa" if formal else "aiutarti"
            return (f"La mia offerta di allora è ancora valida, e se posso {help_} in altro, lo faccio volentieri.",)
        if formal:
            return (
                "Se posso esserLe utile in qualche modo, con una presentazione o un parere su qualcosa, me lo dica pure.",
                "E se posso fare qualcosa per Lei, anche solo un contatto o un secondo parere, sarei felice di darLe una mano.",
                "Se Le serve una mano, una presentazione o uno sguardo esterno su un progetto, sono a disposizione.",
            )
        return (
            "Se posso esserti utile in qualche modo, con una presentazione o un parere su qualcosa, dimmelo pure.",
            "E se posso fare qualcosa per te, anche solo un contatto o un secondo parere, sarei felice di darti una mano.",
            "Se ti serve una mano, una presentazione o uno sguardo esterno su un progetto, ci sono volentieri.",
        )

    def question(self, news: News, formal: bool, short: bool) -> Variants:
        n = news
        in_ = f" in {n.company}" if n.company else ""
        if formal:
            are, work, find, do, your, done, learnt = (
                "è",
                "lavora",
                "si trova",
                "si occupa",
                "Suo",
                "ha fatto",
                "ha imparato",
            )
            working = "sta lavorando"
        else:
            are, work, find, do, your, done, learnt = (
                "sei",
                "lavori",
                "ti trovi",
                "ti occupi",
                "tuo",
                "hai fatto",
                "hai imparato",
            )
            working = "stai lavorando"
        if n.kind is NewsKind.NEW_ROLE:
            if short:
                return (f"Come va il nuovo ruolo{in_}?",)
            return (
                f"Ho visto che ora {are} {n.title}{in_}: come {find}?",
                f"Complimenti per il nuovo ruolo{in_}: com'è andata finora?",
                f"Ho saputo del {your} nuovo ruolo di {n.title}{in_}: mi piacerebbe sapere come va.",
            )
        if n.kind is NewsKind.NEW_COMPANY:
            if short:
                return (f"Com'è il nuovo lavoro in {n.company}?",)
            return (
                f"Ho visto che ora {work} in {n.company}: di cosa {do}?",
                f"Com'è il nuovo lavoro in {n.company}? Mi piacerebbe sapere di cosa {do}.",
            )
        if n.kind is NewsKind.NEW_CITY:
            live = "vive" if formal else "vivi"
            if short:
                return (f"Com'è la vita a {n.city}?",)
            return (
                f"Ho visto che ora {live} a {n.city}: come {find}?",
                f"Com'è la vita a {n.city}? Mi piacerebbe sapere come {find}.",
            )
        if n.kind is NewsKind.ROLE:
            if short:
                return (f"A cosa {working} in {n.company} in questo periodo?",)
            return (
                f"Di cosa {do} adesso in {n.company}? E cosa {learnt} in questi anni?",
                f"Come vanno le cose in {n.company}? Mi piacerebbe sapere a cosa {working}.",
                f"Com'è il {your} lavoro da {n.title} in {n.company}?",
            )
        if n.kind is NewsKind.COMPANY:
            if short:
                return (f"A cosa {working} in {n.company} in questo periodo?",)
            return (
                f"Come vanno le cose in {n.company}? Mi piacerebbe sapere a cosa {working}.",
                f"A cosa {working} in {n.company} in questo periodo?",
            )
        if n.kind is NewsKind.CITY:
            if short:
                return (f"Come va la vita a {n.city}?",)
            return (
                f"Come va la vita a {n.city}? Mi piacerebbe sapere cosa {done} in questi anni.",
                f"A cosa {working}, lì a {n.city}?",
            )
        if short:
            return (f"A cosa {working} adesso?",)
        work_now = "lavora" if formal else "lavori"
        path = "ha fatto" if formal else "hai fatto"
        return (
            f"Mi piacerebbe sapere cosa {done} in questi anni: a cosa {work_now}, e con chi.",
            f"A cosa {working} adesso? Mi piacerebbe sapere com'è andata in questi anni.",
            f"Che strada {path} in questi anni? Mi piacerebbe saperlo.",
        )

    def interest_question(self, interest: str, formal: bool) -> Variants:
        keep = "Coltiva" if formal else "Coltivi"
        return (f"E la passione per {interest}, c'è ancora?", f"{keep} ancora la passione per {interest}?")

    def ask(self, facts: AskFacts, formal: bool, short: bool) -> Variants:
        a = facts.agenda
        if facts.they_offered:
            if formal:
                return (
                    f"Una volta mi aveva gentilmente offerto il Suo aiuto: se vale ancora, mi farebbe piacere un Suo consiglio su questo: {a}.",
                )
            return (
                f"Una volta mi avevi gentilmente offerto il tuo aiuto: se vale ancora, mi farebbe piacere un tuo consiglio su questo: {a}.",
            )
        if formal:
            advice = f"Se Le va, mi piacerebbe un Suo consiglio su questo: {a}."
            request = (
                f"Una richiesta, se posso: {a}. Se conosce qualcuno con cui dovrei parlarne, "
                "una presentazione mi aiuterebbe molto."
            )
        else:
            advice = f"Se ti va, mi piacerebbe un tuo consiglio su questo: {a}."
            request = (
                f"Una richiesta, se posso: {a}. Se conosci qualcuno con cui dovrei parlarne, "
                "una presentazione mi aiuterebbe molto."
            )
        return (advice,) if short else (request, advice)

    # --- follow-ups ----------------------------------------------------------------------

    def follow_up(self, number: int, formal: bool, short: bool) -> Variants:
        you = "Le" if formal else "ti"
        if short:
            return (
                f"{_cap(you)} riscrivo nel caso il mio messaggio si sia perso.",
                "Un breve seguito al mio messaggio, senza fretta.",
                "Mi faccio sentire ancora, nel caso ora sia un momento migliore.",
            )
        return (
            f"{_cap(you)} riscrivo nel caso il mio messaggio si sia perso: so bene quanto si riempiano le caselle di posta.",
            "Un breve seguito al mio messaggio di qualche tempo fa, senza nessuna fretta.",
            f"So che sono periodi pieni, quindi {you} scrivo di nuovo, con calma.",
            "Mi faccio sentire ancora una volta, sperando che ora sia un momento migliore.",
        )

    def follow_up_news(self, news: News, interest: str, formal: bool) -> Variants:
        if interest:
            find, keep = ("trova", "coltiva") if formal else ("trovi", "coltivi")
            return (
                f"Mi chiedevo anche se {find} ancora tempo per {interest}.",
                f"A proposito, {keep} ancora la passione per {interest}?",
            )
        if news.kind is NewsKind.NEW_ROLE and news.company:
            return (f"Spero che il nuovo ruolo in {news.company} stia andando bene.",)
        if news.company:
            return (f"Spero che in {news.company} vada tutto bene.",)
        if news.city:
            return (f"Spero che a {news.city} vada tutto bene.",)
        if formal:
            return ("In ogni caso, spero che stia bene.", "Spero che vada tutto bene.")
        return ("In ogni caso, spero che tu stia bene.", "Spero che vada tutto bene.")

    def stop_question(self, formal: bool, short: bool) -> Variants:
        if formal:
            if short:
                return (
                    "Preferisce che smetta di scriverLe? Se non è il momento, nessun problema.",
                    "Devo smettere di scriverLe su questo? Qualunque risposta va bene.",
                )
            return (
                "Preferisce che smetta di scriverLe su questo? Se non è il momento, nessun problema: "
                "me lo dica pure e non La disturberò più.",
                "Non voglio riempirLe la casella di posta, quindi glielo chiedo con semplicità: "
                "preferisce che smetta di scriverLe? Qualunque risposta va benissimo.",
                "Forse è meglio che per ora smetta di scriverLe? Nessun problema, davvero; e se un giorno "
                "il momento sarà migliore, mi farà piacere sentirLa.",
            )
        if short:
            return (
                "Preferisci che smetta di scriverti? Se non è il momento, nessun problema.",
                "Devo smettere di scriverti su questo? Qualunque risposta va bene.",
            )
        return (
            "Preferisci che smetta di scriverti su questo? Se non è il momento, nessun problema: "
            "dimmelo pure e non ti disturberò più.",
            "Non voglio riempirti la casella di posta, quindi te lo chiedo con semplicità: "
            "preferisci che smetta di scriverti? Qualunque risposta va benissimo.",
            "Forse è meglio che per ora smetta di scriverti? Nessun problema, davvero; e se un giorno "
            "il momento sarà migliore, mi farà piacere sentirti.",
        )

    # --- keeping in touch, congratulations, thanks ----------------------------------------

    def keep_in_touch(self, shared: Shared | None, elapsed: Elapsed | None, formal: bool, short: bool) -> Variants:
        who = "Lei" if formal else "te"
        if shared is None or elapsed is None:
            if formal:
                return ("Pensavo a Lei e volevo salutarLa.", "Le scrivo solo per un saluto.")
            return ("Pensavo a te e volevo salutarti.", "Ti scrivo solo per un saluto.")
        e = self.elapsed(elapsed)
        aux, part = _passed(elapsed)
        return (
            f"Pensavo a {who}, e mi accorgo che non ci sentiamo da {e}.",
            f"Un saluto veloce: {aux} {part} {e} {_since(shared).rstrip(',')}.",
        )

    def congratulations(self, news: News, formal: bool, short: bool) -> Variants:
        in_ = f" in {news.company}" if news.company else ""
        how = "Come va finora?" if short else "Come stanno andando le prime settimane?"
        if news.kind is NewsKind.NEW_ROLE:
            return (
                f"Complimenti per il nuovo ruolo di {news.title}{in_}! {how}",
                f"Ho appena visto la notizia: congratulazioni per il nuovo ruolo di {news.title}{in_}! {how}",
            )
        if news.kind is NewsKind.NEW_COMPANY:
            work = "lavora" if formal else "lavori"
            return (
                f"Complimenti per il passaggio in {news.company}! {how}",
                f"Ho visto che ora {work} in {news.company}: congratulazioni! {how}",
            )
        live = "vive" if formal else "vivi"
        return (f"Ho visto che ora {live} a {news.city}: congratulazioni per il nuovo capitolo! {how}",)

    def thanks(self, facts: ThanksFor, formal: bool, short: bool) -> Variants:
        if facts.kind is ThanksKind.HELP:
            if formal:
                return (
                    "Grazie ancora per il Suo aiuto: ha fatto davvero la differenza.",
                    "Volevo ringraziarLa come si deve per il Suo aiuto. Ha significato molto.",
                )
            return (
                "Grazie ancora per il tuo aiuto: ha fatto davvero la differenza.",
                "Volevo ringraziarti come si deve per il tuo aiuto. Ha significato molto.",
            )
        hear = "sentirLa" if formal else "sentirti"
        if facts.kind is ThanksKind.REPLY:
            return (
                f"Grazie per avermi risposto: è stato davvero un piacere {hear}.",
                f"Grazie mille per la risposta, mi ha fatto molto piacere {hear}.",
            )
        when = f" {said_when(facts, _WHEN, self.language)}" if facts.on else ""
        gave = "mi ha dedicato" if formal else "mi hai dedicato"
        if facts.how is How.CALLED:
            return (
                f"Mi ha fatto piacere {hear}{when}: grazie per il tempo che {gave}.",
                f"È stato bello sentirci{when}. Grazie per la telefonata.",
            )
        see = "vederLa" if formal else "vederti"
        return (
            f"Grazie per il tempo che {gave}{when}.",
            f"È stato davvero un piacere {see}{when}: grazie per aver trovato il tempo.",
        )

    def return_favour(self, formal: bool, short: bool) -> Variants:
        tell = "me lo dica pure" if formal else "dimmelo pure"
        return (f"Se mai potrò ricambiare, {tell}.", "Sarò felice di ricambiare appena posso.")

    def call_cues(self, formal: bool) -> tuple[str, str]:
        if formal:
            return (
                "Cosa posso fare io per Lei? Posso darLe una mano con un contatto o un parere.",
                "Qual è la Sua sfida più grande in questo momento?",
            )
        return (
            "Cosa posso fare io per te? Posso darti una mano con un contatto o un parere.",
            "Qual è la tua sfida più grande in questo momento?",
        )


PHRASES = Italian()
