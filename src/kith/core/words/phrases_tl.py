"""Tagalog/Filipino sentences for drafts (see ``phrasebook`` for what each method is given and promises).

Register: ``ka``/``mo``/``ikaw`` with a shared history; ``po`` with ``kayo``/``ninyo``/``inyo``
with someone barely known or senior. Tagalog has no grammatical gender, and professional
Filipinos mix English in (Taglish): English words for roles, interests and the goal read
naturally here, so English goal words are kept when there are none in Tagalog. Numbers take
the linker before the unit ("isang taon", "tatlong taon", "apat na taon"): CLDR (``fil``)
gives the unit, the linked number words are written below.
"""

from __future__ import annotations

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

# Cardinal numbers with the linker a noun after them needs: -ng after a vowel, "na" after a consonant.
_LINKED = (
    "",
    "isang",
    "dalawang",
    "tatlong",
    "apat na",
    "limang",
    "anim na",
    "pitong",
    "walong",
    "siyam na",
    "sampung",
    "labing-isang",
    "labindalawang",
    "labintatlong",
    "labing-apat na",
    "labinlimang",
    "labing-anim na",
    "labimpitong",
    "labingwalong",
    "labinsiyam na",
    "dalawampung",
)
# The bare numbers, for "isa't kalahating taon" (a year and a half).
_BARE = ("", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam", "sampu")

_OFFER_VERB_OPENINGS = ("handa akong", "masaya akong", "kaya kong", "pwede kong", "puwede kong")

_CONTEXTS: dict[str, tuple[Variants, Variants]] = {
    # (informal, formal)
    "abroad": (
        (
            "Nagtrabaho ako sa ibang bansa, at marami akong nakaligtaang kumustahin.",
            "Dahil nasa abroad ako nitong mga nakaraang taon, nawalan ako ng contact sa maraming tao.",
        ),
        (
            "Nagtrabaho po ako sa ibang bansa, at marami akong nakaligtaang kumustahin.",
            "Dahil nasa abroad po ako nitong mga nakaraang taon, nawalan ako ng contact sa maraming tao.",
        ),
    ),
    "studies": (
        ("Bumalik ako sa pag-aaral, at doon napunta ang halos lahat ng oras ko.",),
        ("Bumalik po ako sa pag-aaral, at doon napunta ang halos lahat ng oras ko.",),
    ),
    "new career": (
        ("Nagpalit ako ng karera, at matagal bago ako nakapag-adjust.",),
        ("Nagpalit po ako ng karera, at matagal bago ako nakapag-adjust.",),
    ),
    "family": (
        ("Naging abala ako sa pamilya nitong mga nakaraang taon.",),
        ("Naging abala po ako sa pamilya nitong mga nakaraang taon.",),
    ),
    "busy": (
        ("Naging sobrang abala ako sa trabaho, at hindi ko namalayang ang tagal na pala.",),
        ("Naging sobrang abala po ako sa trabaho, at hindi ko namalayang ang tagal na pala.",),
    ),
}

# Interests said in Tagalog where Filipinos would; the rest stay in English, as they are said.
_INTERESTS = {
    "cooking": "pagluluto",
    "travel": "pagbibiyahe",
    "gardening": "paghahalaman",
    "history": "kasaysayan",
    "languages": "pag-aaral ng mga wika",
    "reading": "pagbabasa",
    "music": "musika",
}


def _linked(n: int) -> str:
    return _LINKED[n] if n < len(_LINKED) else f"{n} na"


def _half(n: int) -> str:
    return f"{_BARE[n]}'t kalahating" if n < len(_BARE) else f"{n} at kalahating"


def _how(how: How) -> str:
    """The verb after "mula nang huli tayong": met, spoke on the phone, talked."""
    return {How.MET: "magkita", How.CALLED: "mag-usap sa telepono", How.WROTE: "magkausap"}[how]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# When a recent conversation was, for a thank-you.
_WHEN = WhenWords("ngayon", "kahapon", "noong {}", "noong isang linggo", "noong {}")


class Tagalog:
    language = "tl"
    name = "Tagalog"

    def formality(self, formal: bool) -> str:
        return "po (kayo)" if formal else "ka (no po)"

    def interest(self, raw: str) -> str:
        return _INTERESTS.get(raw.strip().lower(), raw.strip())

    def elapsed(self, elapsed: Elapsed) -> str:
        if elapsed.around is Around.FEW_WEEKS:
            return "ilang linggo"
        # CLDR gives the unit's word ("taon", "buwan"); its patterns put the linker after some
        # numbers for years ("4 na taon") and not for months ("4 buwan"), so the linked
        # numbers are written here, once, for both.
        noun = unit_phrase(elapsed.count, elapsed.unit, self.language, lambda n: "").split()[-1]
        if elapsed.around is Around.AND_A_HALF:
            return f"{_half(elapsed.count)} {noun}"
        lead = {Around.ABOUT: "mga", Around.ALMOST: "halos", Around.MORE_THAN: "mahigit"}[elapsed.around]
        return f"{lead} {_linked(elapsed.count)} {noun}"

    # --- around the message --------------------------------------------------------------

    def greeting(self, name: Name, formal: bool, channel: Channel, user_name: str) -> Variants:
        g = name.given
        if channel is Channel.TEXT:
            if formal:
                me = f" Si {user_name} po ito." if user_name else ""
                return (f"Magandang araw po, {g}!{me}",)
            me = f" Si {user_name} ito." if user_name else ""
            return (f"Hi {g}!{me}", f"Kumusta, {g}!{me}")
        if formal:
            return (f"Magandang araw po, {g}!",)
        if channel is Channel.EMAIL:
            return (f"Hi {g},", f"Kumusta, {g}!")
        return (f"Hi {g}!", f"Kumusta, {g}!")

    def closings(self, formal: bool, letter: bool) -> Variants:
        if formal:
            return ("Maraming salamat po,", "Lubos na gumagalang,")
        if letter:
            return ("Ingat palagi,",)
        return ("Ingat,", "Hanggang sa muli,", "Salamat,")

    def subject(self, step: OutreachKind, formal: bool, elapsed: Elapsed | None, news: News) -> Variants:
        if step is OutreachKind.KEEP_IN_TOUCH:
            return ("Kumusta po?",) if formal else ("Kumusta?", "Isang maikling kumustahan")
        if step is OutreachKind.CONGRATULATIONS:
            return ("Congratulations po!", "Binabati ko po kayo!") if formal else ("Congratulations!", "Binabati kita!")
        if step is OutreachKind.THANKS:
            return ("Maraming salamat po",) if formal else ("Salamat!", "Maraming salamat")
        if formal:
            return ("Kumusta po kayo?", "Muling pakikipag-ugnayan")
        since = (f"Kumusta pagkatapos ng {self.elapsed(elapsed)}?",) if elapsed is not None else ()
        return ("Kumusta ka na?", "Matagal na tayong hindi nagkakausap", *since)

    # --- the first message ---------------------------------------------------------------

    def gap(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        shared, elapsed = facts.shared, facts.elapsed
        if elapsed is None:
            return (f"Ang tagal na{po} nating hindi nagkakausap.",)
        e = self.elapsed(elapsed)
        if shared is None:
            return (f"{_cap(e)} na{po} tayong hindi nagkakausap.",)
        when = month_and_year(shared.on, self.language)
        verb = _how(shared.how)
        about = f" tungkol sa \u201c{shared.subject}\u201d" if shared.how is How.WROTE and shared.subject else ""
        if facts.history is History.LITTLE:
            found = self._little(shared, e, when, formal, short)
        elif short or not facts.long_gap:
            found = (
                f"{_cap(e)} na{po} mula nang huli tayong {verb}, noong {when}.",
                f"{_cap(e)} na{po} tayong hindi nagkakausap.",
            )
        elif formal:
            found = (
                f"{_cap(e)} na po ang lumipas mula nang huli tayong {verb}{about}, noong {when}. Napakatagal na po.",
                f"Napansin ko pong {e} na pala mula nang huli tayong {verb}{about}, noong {when}. "
                "Pasensya na po at natagalan bago ako sumulat.",
                f"Hindi po ako makapaniwalang {e} na mula nang huli tayong {verb}{about} (noong {when}). "
                "Dapat po ay mas maaga akong sumulat.",
            )
        else:
            found = (
                f"{_cap(e)} na pala ang lumipas mula nang huli tayong {verb}{about}, noong {when}. Sobrang tagal na!",
                f"Napansin kong {e} na pala mula nang huli tayong {verb}{about}, noong {when}. "
                "Pasensya na at natagalan bago ako sumulat.",
                f"Hindi ako makapaniwalang {e} na mula nang huli tayong {verb}{about} (noong {when}). "
                "Dapat ay mas maaga akong sumulat.",
            )
        if facts.company_then and not short:
            then = f"Nasa {facts.company_then} pa po kayo noon." if formal else f"Nasa {facts.company_then} ka pa noon."
            return tuple(f"{v} {then}" for v in found)
        return found

    def _little(self, shared: Shared, e: str, when: str, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        if short:
            return (f"{_cap(e)} na{po} mula nang huli tayong magkausap.",)
        if shared.how is How.MET:
            return (
                f"Isang beses lang{po} tayong nagkita, noong {when}, at hindi na{po} tayo nagkausap mula noon.",
                f"{_cap(e)} na{po} mula nang magkakilala tayo noong {when}.",
            )
        about = f"tungkol sa \u201c{shared.subject}\u201d, " if shared.subject else ""
        return (
            f"Kaunti lang{po} ang naging palitan natin ng mensahe; ang huli ay {about}noong {when}.",
            f"{_cap(e)} na{po} mula nang huli tayong magkausap, {about}noong {when}.",
        )

    def never_talked(self, year: int | None, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        if year is None:
            return (f"Matagal na{po} tayong magkakonekta, pero hindi pa{po} talaga tayo nakakapag-usap.",)
        if short:
            return (f"Konektado na{po} tayo mula noong {year}, pero hindi pa tayo nakakapag-usap.",)
        return (
            f"Magkakonekta na{po} tayo mula pa noong {year}, pero hindi pa{po} talaga tayo nakakapag-usap.",
            f"Konektado na{po} tayo mula noong {year}, pero hindi pa{po} tayo talaga nagkakausap.",
        )

    def met_recently(self, facts: GapFacts, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        greet = "gusto ko po kayong batiin nang maayos" if formal else "gusto kitang batiin nang maayos"
        if facts.shared is None or facts.elapsed is None:
            return (f"Kamakailan lang{po} tayo nagkakilala, at {greet}.",)
        e = self.elapsed(facts.elapsed)
        when = month_and_year(facts.shared.on, self.language)
        write = "gusto ko na po kayong sulatan mula noon" if formal else "gusto na kitang sulatan mula noon"
        if short:
            return (f"{_cap(e)} na{po} mula nang magkakilala tayo, at {greet}.",)
        return (
            f"{_cap(e)} na{po} mula nang magkakilala tayo noong {when}, at {write}.",
            f"{_cap(e)} na{po} mula nang magkakilala tayo, at {greet}.",
        )

    def gap_context(self, facts: GapFacts, formal: bool) -> Variants:
        if facts.context_words:
            return (sentence(facts.context_words),)
        found = _CONTEXTS.get(facts.context)
        if found is None:
            return ()
        return found[1] if formal else found[0]

    def why_now(self, facts: WhyNow, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        if facts.words:
            w = facts.words
            if short:
                return (f"Kaya{po} ako sumusulat ngayon: {w}.", f"Sumusulat{po} ako dahil may bago sa akin: {w}.")
            return (
                f"Kaya{po} ako sumusulat ngayon: {w}.",
                f"May balita{po} ako, at ito ang dahilan ng mensaheng ito: {w}.",
                f"Sumusulat{po} ako dahil may bago sa akin: {w}.",
            )
        if formal:
            if short:
                return (
                    "Kinukumusta ko po muli ang mga dati kong nakakausap, at kayo ang unang naisip ko.",
                    "Ayoko pong mawala ang magagandang samahan, kaya naisipan ko po kayong sulatan.",
                )
            return (
                "Napagpasyahan ko pong kumustahin muli ang mga taong matagal ko nang hindi nakakausap, "
                "at kayo ang unang naisip ko.",
                "Binabalikan ko po ang mga taong na-miss kong kausap, at kayo ang unang naalala ko.",
                "Ayoko na pong hayaang mawala ang magagandang samahan, kaya naisipan ko po kayong sulatan.",
            )
        if short:
            return (
                "Kinukumusta ko muli ang mga dati kong nakakausap, at ikaw ang unang naisip ko.",
                "Ayokong mawala ang magagandang samahan, kaya naisipan kitang sulatan.",
            )
        return (
            "Napagpasyahan kong kumustahin muli ang mga taong matagal ko nang hindi nakakausap, "
            "at ikaw ang unang naisip ko.",
            "Binabalikan ko ang mga taong na-miss kong kausap, at ikaw ang unang naalala ko.",
            "Ayoko nang hayaang mawala ang magagandang samahan, kaya naisipan kitang sulatan.",
        )

    def spoken_why_now(self, words: str) -> str:
        return f"Bakit ngayon: {words}."

    def agenda(self, facts: WhyNow, formal: bool) -> Variants:
        a = facts.agenda
        po = " po" if formal else ""
        return (f"Sa totoo lang{po}, ito ang layunin ko: {a}.", f"Ito{po} ang pinagtatrabahuhan ko ngayon: {a}.")

    def offer(self, facts: OfferFacts, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        tell = "sabihan ninyo lang po ako" if formal else "sabihan mo lang ako"
        if facts.words:
            verb = verb_phrase(facts.words, _OFFER_VERB_OPENINGS)
            if verb:
                return (f"Bilang kapalit{po}, handa akong {verb}.",)
            w = facts.words
            if short:
                return (f"Bilang kapalit{po}, ito ang maitutulong ko: {w}.",)
            return (
                f"Bilang kapalit{po}, ito ang maitutulong ko: {w}.",
                f"Kung makakatulong{po}, ito ang maitutulong ko: {w}.",
            )
        if short:
            return (f"Kung may maitutulong{po} ako, {tell}.", f"Handa{po} akong tumulong sa kahit anong paraan.")
        if facts.owed is Owed.THEY_HELPED:
            if formal:
                return (
                    f"Hindi ko po nakakalimutan ang tulong ninyo noon, at gusto kong makabawi; {tell} kung may maitutulong ako.",
                    f"Tinulungan po ninyo ako noong kailangan ko, kaya gusto kong makabawi; {tell} kung may maitutulong ako.",
                )
            return (
                f"Hindi ko nakakalimutan ang tulong mo noon, at gusto kong makabawi; {tell} kung may maitutulong ako.",
                f"Tinulungan mo ako noong kailangan ko, kaya gusto kong makabawi; {tell} kung may maitutulong ako.",
            )
        if facts.owed is Owed.I_PROMISED:
            to_you = "sa inyo" if formal else "sa iyo"
            return (
                f"At hindi ko{po} nakakalimutan ang ipinangako ko {to_you} noon; gusto ko na{po} itong tuparin, "
                f"at {tell} kung may iba pa akong maitutulong.",
            )
        if facts.owed is Owed.I_OFFERED:
            return (f"Bukas pa rin{po} ang alok ko noon, at kung may iba pa akong maitutulong, {tell}.",)
        if formal:
            return (
                "Kung may maitutulong po ako, gaya ng pagpapakilala sa isang kakilala o pagbibigay ng opinyon "
                f"sa isang proyekto, {tell}.",
                "At kung may paraan para makatulong ako, nandito lang po ako para tumulong: isang intro, feedback sa ginagawa "
                "ninyo, kahit ano.",
                "Kung makakatulong po sa inyo ang isang pagpapakilala o ibang pananaw sa isang proyekto, masaya akong tumulong.",
            )
        return (
            "Kung may maitutulong ako, gaya ng pagpapakilala sa isang kakilala o pagbibigay ng opinyon "
            f"sa isang proyekto, {tell}.",
            "At kung may paraan para makatulong ako, nandito lang ako para tumulong: isang intro, feedback sa ginagawa mo, kahit ano.",
            "Kung makakatulong sa iyo ang isang pagpapakilala o ibang pananaw sa isang proyekto, masaya akong tumulong.",
        )

    def question(self, news: News, formal: bool, short: bool) -> Variants:
        n = news
        sa = f" sa {n.company}" if n.company else ""
        if formal:
            return self._formal_question(n, sa, short)
        if n.kind is NewsKind.NEW_ROLE:
            if short:
                return (f"Kumusta ang bagong role mo{sa}?",)
            return (
                f"Nakita kong {n.title} ka na ngayon{sa}: ano ang pakiramdam?",
                f"Nabalitaan ko ang bago mong role bilang {n.title}{sa}; gusto kong malaman kung kumusta ito.",
                f"Nakita ko ang balita na {n.title} ka na{sa}. Ano ang pinakamasaya sa bago mong trabaho?",
            )
        if n.kind is NewsKind.NEW_COMPANY:
            if short:
                return (f"Kumusta ang bagong trabaho sa {n.company}?",)
            return (
                f"Nakita kong nasa {n.company} ka na ngayon. Ano ang ginagawa mo roon?",
                f"Kumusta ang bagong trabaho sa {n.company}? Gusto kong malaman kung ano ang pinagkakaabalahan mo.",
            )
        if n.kind is NewsKind.NEW_CITY:
            if short:
                return (f"Kumusta ang buhay sa {n.city}?",)
            return (
                f"Nakita kong nasa {n.city} ka na ngayon. Kumusta ang buhay diyan?",
                f"Kumusta ang buhay sa {n.city}? Gusto kong malaman kung paano ka nag-aadjust.",
            )
        if n.kind is NewsKind.ROLE:
            if short:
                return (f"Ano ang pinagkakaabalahan mo{sa} nitong mga araw?",)
            return (
                f"Ano ang pinagkakaabalahan mo ngayon bilang {n.title}{sa}?",
                f"Kumusta ang mga bagay{sa}? Gusto kong malaman kung ano ang ginagawa mo at ano ang mga natutunan mo.",
                f"Ano ang itsura ng trabaho mo{sa} ngayon?",
            )
        if n.kind is NewsKind.COMPANY:
            if short:
                return (f"Ano ang pinagkakaabalahan mo{sa} nitong mga araw?",)
            return (
                f"Kumusta ang mga bagay{sa}? Gusto kong malaman kung ano ang ginagawa mo.",
                f"Ano ang pinagkakaabalahan mo{sa} nitong mga araw?",
            )
        if n.kind is NewsKind.CITY:
            if short:
                return (f"Kumusta ang buhay sa {n.city}?",)
            return (
                f"Kumusta ang buhay sa {n.city}? Gusto kong malaman kung ano ang pinagkaabalahan mo nitong mga nakaraang taon.",
                f"Ano ang pinagkakaabalahan mo diyan sa {n.city}?",
            )
        if short:
            return ("Ano ang pinagkakaabalahan mo ngayon?",)
        return (
            "Gusto kong malaman kung ano ang pinagkaabalahan mo nitong mga nakaraang taon: ano ang ginagawa mo, "
            "at sino ang mga kasama mo.",
            "Ano ang pinagkakaabalahan mo ngayon? At ano ang pinakanakagulat sa iyo nitong mga nakaraang taon?",
            "Saan ka na dinala ng career mo nitong mga taon? Gusto kong malaman.",
        )

    def _formal_question(self, n: News, sa: str, short: bool) -> Variants:
        if n.kind is NewsKind.NEW_ROLE:
            if short:
                return (f"Kumusta po ang bago ninyong role{sa}?",)
            return (
                f"Nakita ko pong {n.title} na kayo ngayon{sa}: ano po ang pakiramdam?",
                f"Nabalitaan ko po ang bago ninyong role bilang {n.title}{sa}; gusto ko pong malaman kung kumusta ito.",
                f"Nakita ko po ang balita na {n.title} na kayo{sa}. Ano po ang pinakamasaya sa bago ninyong trabaho?",
            )
        if n.kind is NewsKind.NEW_COMPANY:
            if short:
                return (f"Kumusta po ang bagong trabaho sa {n.company}?",)
            return (
                f"Nakita ko pong nasa {n.company} na kayo ngayon. Ano po ang ginagawa ninyo roon?",
                f"Kumusta po ang bagong trabaho sa {n.company}? Gusto ko pong malaman kung ano ang pinagkakaabalahan ninyo.",
            )
        if n.kind is NewsKind.NEW_CITY:
            if short:
                return (f"Kumusta po ang buhay sa {n.city}?",)
            return (
                f"Nakita ko pong nasa {n.city} na kayo ngayon. Kumusta po ang buhay diyan?",
                f"Kumusta po ang buhay sa {n.city}? Gusto ko pong malaman kung paano kayo nag-aadjust.",
            )
        if n.kind in (NewsKind.ROLE, NewsKind.COMPANY):
            if short:
                return (f"Ano po ang pinagkakaabalahan ninyo{sa} nitong mga araw?",)
            role = f" bilang {n.title}" if n.kind is NewsKind.ROLE else ""
            return (
                f"Ano po ang pinagkakaabalahan ninyo ngayon{role}{sa}?",
                f"Kumusta po ang mga bagay{sa}? Gusto ko pong malaman kung ano ang ginagawa ninyo at ano ang mga natutunan ninyo.",
                f"Ano po ang itsura ng trabaho ninyo{sa} ngayon?",
            )
        if n.kind is NewsKind.CITY:
            if short:
                return (f"Kumusta po ang buhay sa {n.city}?",)
            return (
                f"Kumusta po ang buhay sa {n.city}? Gusto ko pong malaman kung ano ang pinagkaabalahan ninyo nitong mga nakaraang taon.",
                f"Ano po ang pinagkakaabalahan ninyo diyan sa {n.city}?",
            )
        if short:
            return ("Ano po ang pinagkakaabalahan ninyo ngayon?",)
        return (
            "Gusto ko pong malaman kung ano ang pinagkaabalahan ninyo nitong mga nakaraang taon: ano ang ginagawa "
            "ninyo, at sino ang mga kasama ninyo.",
            "Ano po ang pinagkakaabalahan ninyo ngayon? At ano po ang pinakanakagulat sa inyo nitong mga nakaraang taon?",
            "Saan na po kayo dinala ng career ninyo nitong mga taon? Gusto ko pong malaman.",
        )

    def interest_question(self, interest: str, formal: bool) -> Variants:
        if formal:
            return (f"May oras pa po ba kayo para sa {interest}?", f"Hilig pa rin po ba ninyo ang {interest}?")
        return (f"May oras ka pa ba para sa {interest}?", f"Hilig mo pa rin ba ang {interest}?")

    def ask(self, facts: AskFacts, formal: bool, short: bool) -> Variants:
        a = facts.agenda
        if facts.they_offered:
            if formal:
                return (
                    "Minsan na po ninyong inalok ang tulong ninyo; kung bukas pa po iyon, gusto ko sanang marinig "
                    f"ang payo ninyo tungkol dito: {a}.",
                )
            return (
                f"Minsan mo nang inalok ang tulong mo; kung bukas pa iyon, gusto ko sanang marinig ang payo mo tungkol dito: {a}.",
            )
        if formal:
            advice = f"Kung ayos lang po sa inyo, gusto ko sanang marinig ang payo ninyo tungkol dito: {a}."
            request = (
                f"May isang hiling po sana ako, kung ayos lang: {a}. Kung may kilala po kayong dapat kong "
                "makausap, malaking tulong ang isang pagpapakilala."
            )
        else:
            advice = f"Kung ayos lang sa iyo, gusto ko sanang marinig ang payo mo tungkol dito: {a}."
            request = (
                f"May isang hiling sana ako, kung ayos lang: {a}. Kung may kilala kang dapat kong makausap, "
                "malaking tulong ang isang pagpapakilala."
            )
        return (advice,) if short else (request, advice)

    # --- follow-ups ----------------------------------------------------------------------

    def follow_up(self, number: int, formal: bool, short: bool) -> Variants:
        po = " po" if formal else ""
        yours = "ninyo" if formal else "mo"
        if short:
            return (
                f"Sumusulat{po} ulit ako sakaling natabunan ang mensahe ko.",
                f"Maikling follow-up lang{po}, walang pagmamadali.",
                f"Kumukumusta{po} ulit ako, baka mas maluwag na ang oras {yours}.",
            )
        return (
            f"Sumusulat{po} ulit ako sakaling natabunan ang mensahe ko; alam kong puno lagi ang inbox.",
            f"Maikling follow-up lang{po} sa naunang mensahe ko, walang pagmamadali.",
            f"Alam ko{po}ng abala ang mga araw, kaya sumusulat{po} ulit ako, walang pressure.",
            f"Kumukumusta{po} ulit ako, baka mas maluwag na ang oras {yours} ngayon.",
        )

    def follow_up_news(self, news: News, interest: str, formal: bool) -> Variants:
        po = " po" if formal else ""
        if interest:
            if formal:
                return (
                    f"Naisip ko rin po kung may oras pa kayo para sa {interest}.",
                    f"Siyanga pala, hilig pa rin po ba ninyo ang {interest}?",
                )
            return (
                f"Naisip ko rin kung may oras ka pa para sa {interest}.",
                f"Siyanga pala, hilig mo pa rin ba ang {interest}?",
            )
        sana = "Sana po ay" if formal else "Sana"
        if news.kind is NewsKind.NEW_ROLE and news.company:
            role = "bago ninyong role" if formal else "bagong role mo"
            return (f"{sana} maayos ang takbo ng {role} sa {news.company}.",)
        if news.company:
            return (f"{sana} maayos ang lahat diyan sa {news.company}.",)
        if news.city:
            life = "buhay ninyo" if formal else "buhay mo"
            return (f"{sana} maayos ang {life} diyan sa {news.city}.",)
        if formal:
            return ("Anuman po ang mangyari, sana ay nasa mabuting kalagayan kayo.", "Sana po ay maayos kayo.")
        return (f"Anuman ang mangyari{po}, sana ay nasa mabuting kalagayan ka.", "Sana ay maayos ka.")

    def stop_question(self, formal: bool, short: bool) -> Variants:
        if formal:
            if short:
                return (
                    "Titigil na po ba ako sa pag-follow up? Ayos lang po kung hindi ito magandang panahon.",
                    "Gusto po ba ninyong tumigil na ako sa pag-follow up? Ayos lang po anuman ang sagot ninyo.",
                )
            return (
                "Titigil na po ba ako sa pag-follow up? Kung hindi po ito magandang panahon, ayos lang po talaga: "
                "sabihan ninyo lang po ako at hindi na po ako mangungulit tungkol dito.",
                "Ayoko pong mapuno ang inbox ninyo, kaya diretsahan na po akong magtatanong: gusto po ba ninyong "
                "tumigil na ako sa pag-follow up? Ayos lang po sa akin anuman ang sagot ninyo.",
                "Mas mabuti po ba kung tumigil muna ako sa pag-follow up? Walang problema po, at kung sakaling mas "
                "maluwag ang panahon balang araw, masaya po akong makarinig mula sa inyo.",
            )
        if short:
            return (
                "Titigil na ba ako sa pag-follow up? Ayos lang kung hindi ito magandang panahon.",
                "Gusto mo bang tumigil na ako sa pag-follow up? Ayos lang anuman ang sagot mo.",
            )
        return (
            "Titigil na ba ako sa pag-follow up? Kung hindi ito magandang panahon, ayos lang talaga: sabihan mo "
            "lang ako at hindi na ako mangungulit tungkol dito.",
            "Ayokong mapuno ang inbox mo, kaya diretsahan na akong magtatanong: gusto mo bang tumigil na ako sa "
            "pag-follow up? Ayos lang sa akin anuman ang sagot mo.",
            "Mas mabuti ba kung tumigil muna ako sa pag-follow up? Walang problema, at kung sakaling mas maluwag "
            "ang panahon balang araw, masaya akong makarinig mula sa iyo.",
        )

    # --- keeping in touch, congratulations, thanks ----------------------------------------

    def keep_in_touch(self, shared: Shared | None, elapsed: Elapsed | None, formal: bool, short: bool) -> Variants:
        if shared is None or elapsed is None:
            if formal:
                return (
                    "Naalala ko po kayo at gusto ko lang po kayong kumustahin.",
                    "Sumusulat po ako para lang mangumusta.",
                )
            return ("Naalala kita at gusto lang kitang kumustahin.", "Sumusulat ako para lang mangumusta.")
        e, verb = self.elapsed(elapsed), _how(shared.how)
        if formal:
            return (
                f"Naalala ko po kayo, at napansin kong {e} na pala mula nang huli tayong {verb}.",
                f"Gusto ko lang po kayong kumustahin: {e} na mula nang huli tayong {verb}.",
            )
        return (
            f"Naalala kita, at napansin kong {e} na pala mula nang huli tayong {verb}.",
            f"Gusto lang kitang kumustahin: {e} na mula nang huli tayong {verb}.",
        )

    def congratulations(self, news: News, formal: bool, short: bool) -> Variants:
        sa = f" sa {news.company}" if news.company else ""
        if formal:
            how = "Kumusta po hanggang ngayon?" if short else "Kumusta po ang mga unang linggo?"
            if news.kind is NewsKind.NEW_ROLE:
                return (
                    f"Congratulations po sa bago ninyong role bilang {news.title}{sa}! {how}",
                    f"Nakita ko po ang balita: binabati ko po kayo sa pagiging {news.title}{sa}! {how}",
                )
            if news.kind is NewsKind.NEW_COMPANY:
                return (
                    f"Congratulations po sa paglipat ninyo sa {news.company}! {how}",
                    f"Nakita ko pong nasa {news.company} na kayo: congratulations po! {how}",
                )
            return (f"Nakita ko pong lumipat na kayo sa {news.city}: congratulations po sa bagong yugto! {how}",)
        how = "Kumusta naman hanggang ngayon?" if short else "Kumusta ang mga unang linggo?"
        if news.kind is NewsKind.NEW_ROLE:
            return (
                f"Congratulations sa bago mong role bilang {news.title}{sa}! {how}",
                f"Nakita ko ang balita: binabati kita sa pagiging {news.title}{sa}! {how}",
            )
        if news.kind is NewsKind.NEW_COMPANY:
            return (
                f"Congratulations sa paglipat mo sa {news.company}! {how}",
                f"Nakita kong nasa {news.company} ka na: congrats! {how}",
            )
        return (f"Nakita kong lumipat ka na sa {news.city}: congrats sa bagong yugto! {how}",)

    def thanks(self, facts: ThanksFor, formal: bool, short: bool) -> Variants:
        if facts.kind is ThanksKind.HELP:
            if formal:
                return (
                    "Salamat po ulit sa tulong ninyo; malaki talaga ang naitulong nito.",
                    "Gusto ko po kayong pasalamatan nang maayos sa tulong ninyo. Napakalaking bagay po nito sa akin.",
                )
            return (
                "Salamat ulit sa tulong mo; malaki talaga ang naitulong nito.",
                "Gusto kitang pasalamatan nang maayos sa tulong mo. Napakalaking bagay nito sa akin.",
            )
        if facts.kind is ThanksKind.REPLY:
            if formal:
                return (
                    "Salamat po sa pagsagot ninyo; ang saya kong makabalita sa inyo.",
                    "Maraming salamat po sa reply ninyo. Natuwa po talaga akong marinig mula sa inyo.",
                )
            return (
                "Salamat sa pagsagot mo; ang saya kong makabalita sa iyo.",
                "Maraming salamat sa reply mo. Natuwa talaga akong marinig mula sa iyo.",
            )
        when = f" {said_when(facts, _WHEN, self.language)}" if facts.on else ""
        if facts.how is How.CALLED:
            if formal:
                return (
                    f"Salamat po sa tawag{when}; ang saya po nating nakapagkuwentuhan.",
                    f"Natuwa po akong nakausap kayo{when}. Salamat po sa oras ninyo.",
                )
            return (
                f"Salamat sa tawag{when}; ang saya nating nakapagkuwentuhan.",
                f"Natuwa akong nakausap ka{when}. Salamat sa oras mo.",
            )
        if formal:
            return (
                f"Salamat po sa oras ninyo{when}.",
                f"Ang saya po na nakita ko kayo{when}; salamat po sa paglaan ng oras.",
            )
        return (f"Salamat sa oras mo{when}.", f"Ang saya na nakita kita{when}; salamat sa paglaan ng oras.")

    def return_favour(self, formal: bool, short: bool) -> Variants:
        if formal:
            return (
                "Kung may pagkakataon po akong makabawi, sabihan ninyo lang po ako.",
                "Babawi po ako sa inyo sa lalong madaling panahon.",
            )
        return (
            "Kung may pagkakataon akong makabawi, sabihan mo lang ako.",
            "Babawi ako sa iyo sa lalong madaling panahon.",
        )

    def call_cues(self, formal: bool) -> tuple[str, str]:
        if formal:
            return (
                "Ano po ang maitutulong ko sa inyo? Masaya akong tumulong, gaya ng isang intro o opinyon.",
                "Ano po ang pinakamalaking hamon ninyo ngayon?",
            )
        return (
            "Ano ang maitutulong ko sa iyo? Masaya akong tumulong, gaya ng isang intro o opinyon.",
            "Ano ang pinakamalaking hamon mo ngayon?",
        )


PHRASES = Tagalog()
