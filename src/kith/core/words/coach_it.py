"""Italian patterns for the coach (see ``coach_patterns`` for how they are written and matched).

Both forms of address are covered: ``tu`` (hai, ti, tuo) and ``Lei`` (ha, Le, suo), and the
clitics that move around the verb ("non mi hai risposto", "non hai risposto", "rispondermi").
"""

from __future__ import annotations

from kith.core.words.coach_grammar import Grammar, near
from kith.core.words.coach_patterns import CoachPatterns

_ADV = r"(?:(?:mai|piu|ancora|neanche|neppure|nemmeno|proprio|nemmeno piu|per niente|minimamente) )*"
_AUX = r"(?:hai|ha|avete|hanno|abbia|abbiate)"
_REPLY_PP = r"(?:risposto|scritto|riscritto|richiamato|ricontattato|fatto sapere(?: nulla| niente)?|dato (?:una )?risposta|dato notizie|letto|considerato|calcolato|filato|degnat[oa](?: di \w+)?)"
_MSG = r"(?:e-?mail|mail|messaggi[oi]?|messaggino|richiest[ae]|lettera|telefonat[ae]|chiamat[ae])"
_PREV = r"(?:ultim[oa]|precedent[ei]|scors[oa]|prim[oa]|altr[oa])"

PATTERNS = CoachPatterns(
    language="it",
    accusatory=(
        # "non mi hai risposto", "non hai mai risposto", "non mi ha ancora scritto", "non mi hai più scritto"
        rf"non (?:mi |m'|ci |ti )?(?:{_ADV}){_AUX} {_ADV}{_REPLY_PP}",
        r"non (?:mi |ci )?(?:rispondi|risponde|rispondete|scrivi)(?: mai| piu)",
        r"(?:perche|come mai) non (?:mi |ci )?(?:rispondi|risponde|rispondete|scrivi|hai risposto|ha risposto|hai scritto|ti fai sentire|si fa sentire)",
        r"non ti sei (?:mai |piu |neanche |nemmeno |neppure |proprio )*(?:fatt[oa] (?:sentire|viv[oa])|degnat[oa]|preoccupat[oa])",
        r"non si e (?:mai |piu |neanche |nemmeno )*(?:fatt[oa] (?:sentire|viv[oa])|degnat[oa])",
        r"(?:neanche|nemmeno|neppure|senza) (?:una |un )?(?:risposta|riga|parola|cenno)",
        r"nessuna (?:risposta|notizia) (?:da parte tua|da te|da parte sua|da lei)",
        r"(?:mai|ancora nessuna) (?:una )?risposta",
        r"(?:mi hai|mi ha|hai|ha) (?:completamente |del tutto )?(?:ignorat[oa]|snobbat[oa]|ghostat[oa]|lasciat[oa] (?:senza risposta|in sospeso|sul visualizzato))",
        rf"(?:ignori|ignora|ignorate|hai ignorato|ha ignorato) (?:i miei|il mio|le mie|la mia) {_MSG}",
        r"(?:visualizzat[oa]|visualizzi) e (?:basta|non rispondi)",
        r"(?:sto|resto|rimango|sono) ancora (?:in )?(?:aspettando|attesa di|in attesa di) (?:una |la tua |la sua )?risposta",
        r"(?:aspetto|attendo) ancora (?:una |la tua |la sua |tua |sua )?risposta",
        # "come ti ho scritto nella mia ultima mail", "come già detto", "te l'avevo già scritto"
        rf"come (?:ti |le |gia )*(?:ho |avevo )?(?:gia )?(?:detto|scritto|accennato|anticipato|spiegato|chiesto|indicato|ricordato)(?: (?:gia|prima))?(?: (?:nella|nel|in) (?:mia |mio )?{_PREV} {_MSG})?",
        r"come gia (?:detto|scritto|accennato|anticipato|spiegato|chiesto|indicato)",
        r"(?:te|glie)l'?(?: )?(?:ho|avevo) gia (?:detto|scritto|chiesto|mandato|spiegato)",
        r"(?:ti|le) (?:ho|avevo) gia (?:scritto|chiesto|mandato|spiegato|detto|inviato) (?:due|tre|quattro|piu|diverse|varie|molte|tante|\d+) volte",
        r"(?:ti|le) (?:ho|avevo) (?:gia )?(?:scritto|chiesto|mandato|cercat[oa]|contattat[oa]) (?:gia )?(?:due|tre|quattro|piu|diverse|varie|molte|tante|\d+) volte",
        r"(?:e|questa e) (?:gia )?la (?:seconda|terza|quarta|quinta|\d+a) (?:volta|mail|email) che (?:ti|le) (?:scrivo|contatto|cerco)",
        # Bumping
        r"(?:riporto|riportare|riportando|rimetto|rimettere) (?:in cima|su)(?: questa| la mia| il mio| questo)?",
        r"in cima (?:alla tua|alla sua) (?:casella|inbox|posta)",
        r"(?:faccio|fare|un) (?:un )?(?:piccolo )?(?:bump|up)(?: a| di)? (?:questa|questo|la mia|il mio)",
        # Guilt: "immagino tu sia troppo occupato", "sarai troppo impegnata per rispondere"
        r"(?:immagino|suppongo|capisco|evidentemente|forse|sicuramente|di sicuro) (?:che )?(?:tu )?(?:sia|sei|sarai|lei sia|fossi|sia stat[oa]) (?:stat[oa] )?(?:troppo|davvero troppo|cosi) (?:occupat[oa]|impegnat[oa]|pres[oa])",
        r"(?:sarai|sara|sei|e) (?:stat[oa] )?(?:troppo|cosi) (?:occupat[oa]|impegnat[oa]|pres[oa]|important[ei]) per (?:rispondere|rispondermi|scrivere|scrivermi|due righe)",
        r"(?:ti sei|si e) dimenticat[oa] di me",
        r"(?:il )?minimo (?:sarebbe|era) (?:stato )?rispondere",
        r"(?:almeno|anche solo) (?:un|una) (?:si o no|risposta|cenno) (?:sarebbe|sarei|mi farebbe)",
        r"(?:prendo|considero) il (?:tuo|suo) silenzio come",
        r"(?:buona )?educazione (?:vorrebbe|imporrebbe)",
        r"non e (?:poi )?(?:cosi|tanto) difficile (?:rispondere|rispondermi|scrivere|dire)",
        r"sarebbe(?: stat[oa])? (?:carin[oa]|gentile|educato|il minimo|apprezzat[oa])",
        r"(?:e|sono) (?:un|una|due|tre|\w+) (?:mese|mesi|settimana|settimane|giorni) che (?:provo|cerco|aspetto|ti scrivo|ti cerco|attendo)",
        r"(?:^|\n)\s*(?:hello|hola|pronto|hallo|uy|hoy|huy|ciao|oi)\s*\?",
        r"(?:hai|ha|avete) (?:di meglio|cose (?:piu importanti|migliori)) da fare",
        r"senza (?:ricevere |avere )?(?:alcun|nessun|nessuna|una|un) (?:riscontro|risposta|cenno)",
        r"senza (?:mai|nemmeno|neanche|neppure) (?:rispondere|rispondermi|una risposta|scrivere|degnarti)",
        r"per la (?:seconda|terza|quarta|quinta|sesta|ennesima|\d+a) volta",
        r"(?:un minimo di|un po' di|almeno un po' di) (?:cortesia|educazione|rispetto|considerazione)",
        r"(?:evidentemente|chiaramente|ovviamente|a quanto pare|visto che) (?:non )?(?:ti|le|vi) (?:interessa|importa|frega)",
        r"(?:evidentemente|chiaramente|ovviamente|a quanto pare) non (?:ti|le|vi) (?:interessa|importa|frega)",
        r"(?:ti|le|vi) (?:ho|avevo) (?:gia )?(?:scritto|mandato|cercat[oa]|chiamat[oa]|contattat[oa]|messaggiat[oa]) (?:tipo |gia |circa |almeno |ormai |qualcosa come )?(?:\d+|due|tre|quattro|cinque|sei|dieci|mille|cento|diverse|varie|molte|tante) volte",
        r"(?:hello|hey|hi|you there|are you there|anyone there|ci sei|pronto|estas|sigues ahi|hola|nandiyan ka ba|andyan ka ba)\s*\?{2,}",
    ),
    familiarity=(
        r"come (?:sempre|al solito|d'abitudine|ai vecchi tempi)",
        r"(?:come|che) (?:diciamo|dicevamo|facciamo|facevamo) sempre",
        r"(?:ciao|ehi|hey|we|oh) (?:fratello|fra|frate|bello|bella|amico mio|amica mia|vecchio mio|vecchia mia|socio|compare|tesoro|bro|capo|zio)",
        r"(?:amico|amica) mi[oa]|(?:caro|cara) (?:amico|amica) mi[oa]|mio (?:caro|vecchio) amico|(?:miglior|migliore) amic[oa]",
        r"il (?:solito|nostro solito)",
        r"mi conosci",
    ),
    blast=(
        r"condivider(?:lo|la|li|le) con (?:chiunque|tutti|la tua rete|i tuoi contatti)",
        r"(?:sto contattando|contatto|scrivo a|mi rivolgo a) (?:i |le |gli |tutti i |tutte le )?(?:\w+ ){0,3}(?:della mia rete|dei miei contatti|tra i miei contatti)",
        r"spettabile (?:direzione|ditta|azienda|societa|ufficio|redazione)|egregi signori|alla cortese attenzione",
        r"(?:cari|care|carissimi|carissime|gentili|egregi|spettabili) (?:tutti|tutte|amici|amiche|colleghi|colleghe|contatti|signori|clienti)",
        r"(?:ciao|salve|buongiorno|buonasera) a (?:tutti|tutte|tutti voi)",
        r"a chi di competenza|a chi (?:possa|puo) interessare",
        r"(?:scrivo|sto scrivendo|mando questo messaggio|invio questo messaggio) a (?:tutti|tutte) (?:i miei|le mie)",
        r"(?:tutti|tutte) (?:i miei|le mie) (?:contatti|amici|colleghi|conoscenze|collegamenti)",
        r"(?:inoltra|inoltrate|condividi|condividete|gira|girate)(?:lo|la|te|telo)? (?:pure )?a (?:chiunque|tutti|chi)",
        r"(?:iscriviti|iscrivetevi|seguimi|seguite|dai un'?occhiata|date un'?occhiata|leggi|visita|visitate) (?:alla |al |il |la )?(?:mi[oa] )?(?:nuov[oa] )?(?:newsletter|blog|podcast|canale|sito|pagina|articolo|post)",
        r"(?:disiscriviti|cancellarti dalla lista)",
        r"(?:la mia|nostra) newsletter (?:settimanale|mensile)",
    ),
    ask=(
        # "potresti presentarmi", "mi potresti segnalare", "potrebbe raccomandarmi"
        r"(?:mi )?(?:potresti|puoi|potrebbe|puo|potreste|sapresti|riusciresti) (?:per favore |gentilmente |magari |eventualmente |anche |pure )?(?:presentarmi|segnalarmi|raccomandarmi|consigliarmi|referenziarmi|aiutarmi a (?:trovare|entrare|ottenere)|mettermi in contatto|passare il mio|girare il mio|inoltrare il mio|assumermi|mettere una buona parola|metterci una buona parola|prestarmi|farmi un favore|fare un favore)",
        r"mi (?:potresti|puoi|potrebbe|puo|sapresti) (?:per favore |magari )?(?:presentare|segnalare|raccomandare|consigliare|aiutare a trovare|mettere in contatto|assumere|prestare|fare un favore)",
        r"(?:mi )?(?:presenteresti|segnaleresti|raccomanderesti|faresti un favore|presteresti)",
        r"(?:state|stanno|stai) (?:assumendo|cercando (?:personale|qualcuno|persone|gente|profili))",
        r"(?:la tua|la sua|vostra) (?:azienda|societa|squadra|team) (?:sta )?(?:assume|assumendo|cerca|cercando)",
        r"(?:ci sono|avete|hai|ha) (?:delle |posizioni |opportunita |posti )?(?:posizioni|opportunita|posti) (?:aperte|apert[ie]|liberi|disponibili|vacanti)",
        r"(?:aiutarmi|aiuto) a trovare (?:un |una )?(?:lavoro|posto|impiego|posizione|stage|colloquio)",
        r"(?:ti|le|vi) (?:devo |vorrei |volevo |dovrei )?chiedere (?:un |una )?(?:favore|lavoro|raccomandazione|presentazione|prestito|segnalazione|mano)",
        r"(?:un |ho un )favore da chiederti|(?:ho|avrei) bisogno di un favore",
        r"(?:girare|inoltrare|passare|mandare) il mio (?:cv|curriculum|profilo)",
        r"(?:condividi|condividete|condivida|inoltra|inoltrate|inoltri|gira|girate)(?: pure)? (?:questo|questa|il mio|la mia) (?:messaggio|mail|annuncio|post)",
        r"chiederti (?:un |una )?(?:lavoro|favore|raccomandazione|referenza|segnalazione|presentazione)",
        r"(?:mettere|metterci|mettermi) (?:una |la )?buona parola",
        r"mi (?:metti|mettessi|metteresti|mettereste|mette|mettesse|mettera|metterebbe|presenti|presentassi|presenteresti|segnali|segnalassi|segnaleresti|raccomandassi) (?:in contatto|al|alla|a|con|per|presso)",
        r"mettermi in contatto",
        r"condivider(?:lo|la|li|le) con (?:chiunque|tutti|la tua rete|i tuoi contatti)",
        r"propormi|mi (?:proponessi|proporresti|proponga|proporrebbe)|fare il mio nome",
        r"(?:presentarmi|segnalarmi|raccomandarmi|referenziarmi) (?:a|al|alla|ai|alle|allo|agli|per|presso|con)",
        r"(?:essere|venire come|fare da) (?:nostr[oa] |mi[oa] )?(?:ospite|relatore|relatrice|mentore|referenza)",
        r"(?:far|farmi) avere (?:un|una) (?:colloquio|lavoro|posto|contatto|incontro|referenza)",
        r"(?:sponsorizza|sponsorizzate|sponsorizzano) (?:i |il )?(?:visti|visto)",
        r"(?:disposto|disposta|disposti|interessat[oa]) a investire|investire (?:nel|nella|nei|nelle|in) (?:mio|mia|nostro|nostra|nostri|nostre|\w+)",
        r"se (?:senti|sentite|sai|sapete|vieni a sapere|venite a sapere|ti capita|vi capita) (?:di|qualcosa)",
        r"(?:tienimi|tenetemi|mi tenga) (?:presente|in considerazione)",
    ),
    request=(
        r"(?:sarebbe|sarei|sarebbero) (?:molto |davvero |estremamente )?(?:apprezzat[oaie]|grat[oa]|riconoscente|utile|preziosa)",
        r"(?:ti|le|vi) sarei (?:molto |davvero )?grat[oa]|(?:apprezzerei|gradirei)",
        r"(?:per favore|per cortesia|se potessi|se potesse|se riuscissi|magari potresti|ti chiedo|le chiedo)",
        r"(?:potresti|puoi|potrebbe|potreste|riusciresti|ti dispiacerebbe|le dispiacerebbe)",
    ),
    favour=(
        r"segnalazion[ei]|segnalarmi|raccomandazion[ei]|raccomandarmi|referenz[ae]|referenziarmi",
        r"posizion[ei] (?:apert[ae]|libere?)|posti (?:liberi|vacanti)|assunzion[ei]|stage|tirocinio|un colloquio|un lavoro|un posto",
        r"il mio (?:cv|curriculum|portfolio|profilo)|assumermi|un prestito|prestarmi|investire|investimento",
    ),
    negation=(
        r"(?:non|senza|mai)\s*$",
        r"non (?:voglio|vorrei|volevo|intendo|sto|ti sto|le sto|scrivo per|ti scrivo per|le scrivo per|e per|si tratta di|cerco|pretendo|e mia intenzione|ho intenzione)",
        r"(?:senza|non per|nessun|nessuna)(?: voler| volerti| volerle| pretendere| fretta| pressione| impegno)?",
        r"non (?:e|si tratta di) (?:un|una)",
        r"lungi da me",
    ),
    gap=(
        r"(?:e|sono|siano|sia|fossero|fosse) (?:gia )?passat[oiae] (?:davvero |proprio |cosi |ormai |gia )*(?:tanto|molto|troppo|parecchio|un sacco di|quasi|piu di|oltre|ben|un po' di|diversi|alcuni|\w+) ?(?:tempo|anni|mesi|anno|decenni)?",
        r"(?:quanto|tanto|troppo|molto) tempo",
        r"quant[io] (?:anni|mesi|secoli)",
        r"(?:anni|mesi) (?:da|dal|dalla|dall'|dai)",
        r"(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|venti|tanti|molti) anni (?:da|dal|dalla|dall'|dai|dalle|fa)",
        r"(?:da|dopo) (?:quanto|tanto|troppo|molto)(?: tempo)?",
        r"non ci (?:sentiamo|vediamo|scriviamo|parliamo|siamo (?:piu )?(?:sentiti|sentite|visti|viste|scritti|parlati))",
        r"(?:ci siamo|ci eravamo) pers[ie] di vista",
        r"(?:dall'?|dalla )(?:ultima|l'ultima) volta",
        r"l'?ultima volta che (?:ci|ti|abbiamo|ho)",
        r"(?:e|era) da (?:tanto|tempo|molto|anni|secoli|una vita|un'?eternita)",
        r"(?:da|dopo) (?:anni|secoli|una vita|un'?eternita|tutti questi anni|tanti anni|qualche anno|un paio d'anni|diversi anni)",
        r"(?:anni|mesi|secoli) fa",
        r"(?:sono|sono stat[oa]) (?:proprio |davvero )?(?:sparit[oa]|assente|latitante|silenzios[oa])",
        r"(?:scusa|scusami|perdonami|scusate|mi scuso) (?:per |del |dello |della |il |la |l'|lungo |mio |tanto |questo )*(?:silenzio|sparizione|assenza|sparire|essere sparit[oa])",
        r"(?:ai tempi|quando lavoravamo|quando eravamo|quando studiavamo|dai tempi)",
        r"(?:nel|dal|del|dall'anno) (?:19|20)\d\d",
        r"non so se (?:ti|si) ricord[ai] (?:di me|ancora)",
    ),
    reason=(
        r"(?:cerco|sto cercando|sono alla ricerca di|sono in cerca di) (?:un |una |nuov[oaie] |lavoro)?(?:lavoro|posto|impiego|opportunita|ruolo|posizione|occupazione)",
        r"(?:ti|le|vi) (?:scrivo|contatto|cerco) (?:perche|poiche|dato che|visto che|ora che|adesso che|per)",
        r"(?:il )?motivo (?:per cui|del mio messaggio|della mia mail)",
        r"(?:mi )?(?:trasferisco|sto trasferendo|sono trasferit[oa]|sono appena trasferit[oa]|trasferiro|trasferiamo|torno|sono tornat[oa]|rientro|sono rientrat[oa])",
        r"(?:sto|stiamo) (?:per|lanciando|avviando|aprendo|cercando|tornando|lavorando|scrivendo|organizzando|preparando|pensando|valutando|facendo|iniziando|cominciando|cambiando|costruendo|studiando)",
        r"(?:ho|abbiamo) (?:appena |da poco |finalmente |recentemente )?(?:deciso|iniziato|cominciato|lanciato|aperto|fondato|lasciato|cambiato|finito|concluso|pubblicato|ottenuto|accettato|venduto|avviato)",
        r"(?:ho|abbiamo) (?:visto|letto|saputo|scoperto|sentito) (?:che|il tuo|la tua|il suo|la sua|del tuo|della tua|su|sul)",
        r"(?:complimenti|congratulazioni|auguri)",
        r"(?:inizio|comincio|parto|apro|lancio|cambio|lascio|mi sposo|mi laureo) (?:un|una|il|la|per|a|in|da|lavoro)",
        r"(?:vorrei|voglio|sto pensando di|ho deciso di|penso di|conto di|spero di) (?:trasferirmi|cambiare|tornare|aprire|lanciare|iniziare|candidarmi|lasciare|avviare|passare)",
        r"(?:in|a|questa|quest'|nella prossima|la prossima) ?(?:primavera|estate|autunno|inverno)",
        r"(?:organizzo|preparo|presento|pubblico|lancio|apro|avvio|inauguro|comincio|inizio)",
        r"(?:il mese|la settimana|l'anno|la primavera|l'estate|l'autunno|l'inverno) (?:prossim[oa]|scors[oa])",
        r"(?:a|da|in|entro|questo|a fine|a inizio) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
        r"(?:ora|adesso) che",
        r"(?:mi ha|mi hanno) fatto pensare a",
        r"(?:il mio|la mia|il nostro|la nostra) (?:nuov[oa] )?(?:trasferimento|progetto|startup|azienda|libro|ricerca|candidatura|ritorno|rientro|tesi|attivita)",
        r"(?:sono|saro) (?:a|in) \w+ (?:per|da|a|il|la)",
        r"(?:ho|abbiamo) (?:un|una) (?:nuov[oa] )?(?:progetto|lavoro|idea)",
        r"(?:sono|saro) (?:di nuovo|di passaggio|in citta)",
        r"(?:mi sono|ci siamo|si e|ti sei) (?:appena |da poco |finalmente )?(?:trasferit[oaie]|spostat[oaie]|sistemat[oaie])",
        r"da poco (?:lavoro|sono|ho|mi|abbiamo|ci)",
        r"(?:il|al|del|nel|col) mio nuovo|(?:la|alla|della|nella) mia nuova",
        r"(?:il mio|la mia) (?:nuov[oa]) (?:\w+ )?(?:sito|attivita|azienda|studio|libro|podcast|negozio|societa|progetto)",
        r"(?:cerco|sto cercando) lavoro|dopo i licenziamenti",
        r"(?:adesso|ora|ormai) (?:vivo|abito|sto|lavoro|sono) (?:a|in|stabilmente)",
        r"(?:il mio|al mio) (?:passaggio|cambio|trasloco|trasferimento)",
        r"mi (?:metto|sono messo|sono messa) in proprio",
        r"in cerca di (?:nuove |un |una )?(?:opportunita|lavoro|impiego|posizione|occupazione)",
        r"sono (?:appena |da poco |finalmente |gia )?(?:tornat[oa]|rientrat[oa]|trasferit[oa]|entrat[oa]|partit[oa]|arrivat[oa]|stat[oa] (?:assunt[oa]|ammess[oa]|promoss[oa]|accettat[oa]))",
    ),
    offer=(
        r"(?:se|quando|qualora) (?:posso|potessi|potro|posso mai) (?:esserti|esserle|esservi|essere) (?:utile|d'aiuto|di aiuto)",
        r"(?:posso|potrei|potrei anche|sarei felice di|sarei content[oa] di|sarei liet[oa] di|sono liet[oa] di|mi farebbe piacere|volentieri|ben volentieri)\W*(?:aiutarti|aiutarla|aiutarvi|presentarti|presentarle|presentarvi|darti|darle|mandarti|mandarle|passarti|passarle|metterti|metterla|offrirti|offrirle|condividere|ricambiare|restituire|rileggere|dare un'?occhiata|fare da|ospitarti|raccontarti|mostrarti)",
        r"(?:fammi|mi faccia|fatemi) sapere se (?:posso|ti serve|le serve|hai bisogno|ha bisogno|vuoi|ti puo|le puo|ti interessa|le interessa|ti va)",
        r"(?:ti|le) (?:offro|offrirei|presento|presenterei|mando|passo|giro|giro volentieri|posso presentare|posso mandare|posso passare|posso offrire)",
        r"(?:conta|conti|contate) (?:pure )?su di me",
        r"se (?:ti|le|vi) (?:puo|possono|potrebbe|potrebbero|puoi) (?:essere|servire|tornare)(?: utile| utili)?",
        r"(?:offrirti|offrirle|offrirvi|invitarti|invitarla|invitarvi|cucinarti|cucinarle|portarti|portarla|ospitarti|ospitarla|accompagnart[io]|accompagnarl[aoe]|accompagnarvi|promuovere|promuoverti|promuoverla)",
        r"ricambi(?:o|erei|ero|are)(?: volentieri)?(?: il favore)?",
        r"(?:dare|darti|darle|darvi|darei|do|daro)(?: volentieri)? una mano",
        # "tenerti un posto", "offrirti un caffè": giving something to them.
        r"(?:mi farebbe piacere|posso|potrei|volentieri|sarei felice di|vorrei|ti va se) (?:\w+r(?:ti|le|vi)) (?:un|una|uno|il|la|lo|i|gli|le|dei|delle|qualche)",
        r"se (?:ti|le|vi) (?:serve|servisse|servono|occorre) (?:una mano|aiuto|qualcosa|qualcuno|un contatto|un consiglio)",
        r"(?:a|per) (?:tua|sua) disposizione|sono a disposizione",
        r"(?:il caffe|il pranzo|la cena|l'aperitivo|la birra|da bere)(?: lo)? (?:offro io|e su di me|pago io|tocca a me)",
        r"(?:offro io|pago io|ricambiare il favore|restituire il favore)",
        r"(?:se ti|se le) (?:serve|servisse|puo servire|puo essere utile|fa comodo|interessa)",
        r"(?:una mano|un aiuto)(?: te| gliela)? (?:la do|lo do|te la do|volentieri)",
        r"(?:volentieri|felice|content[oa]|disponibile) (?:a|di) (?:darti|darle|aiutarti|aiutarla|presentarti|presentarle|ricambiare|condividere)",
    ),
    small_talk=(
        r"(?:ti|si) ricord(?:i|a) (?:ancora )?(?:di )?me",
        r"come (?:stai|sta|state|va|vanno le cose|ti va|te la passi|se la passa)(?: (?:ultimamente|in questi giorni|oggi))?",
        r"(?:tutto bene|tutto ok|che mi racconti|che si dice|novita)",
    ),
    logistics=(
        r"(?:sei|e|sareste|saresti|sarebbe) (?:liber[oa]|disponibile|in zona|in citta)",
        r"(?:hai|ha|avresti|avrebbe|avete) (?:tempo|un momento|cinque minuti|dieci minuti|mezz'ora|\d+ minuti)",
        r"(?:ti va|le va|vi va|ti andrebbe|le andrebbe|che ne dici|che ne pensi) (?:di|se) (?:prendere|fare|vederci|sentirci|bere|pranzare|cenare|organizzare|un)",
        r"(?:ci vediamo|ci sentiamo|possiamo sentirci|possiamo vederci|potremmo vederci|potremmo sentirci)",
        r"(?:aperitivo|caffe|pranzo|cena|birra|una chiamata|due chiacchiere)(?: presto| uno di questi giorni| la prossima settimana)?\s*\?",
        r"(?:quando|che giorno|a che ora) (?:sei|saresti|sarebbe|ti va|le va|ti viene|ti farebbe comodo)",
        r"(?:hai|ha) ricevuto (?:la mia|il mio)",
        r"(?:devo|dovrei|preferisci che) (?:smettere|smetta|lasciare|continuare)",
    ),
    curiosity=(
        r"(?:mi piacerebbe|vorrei|sarei curios[oa] di|mi farebbe piacere|sono curios[oa] di) (?:sapere|sentire|scoprire|conoscere) (?:come|cosa|di|che|dove|chi|del|della|dei|delle|dell'?|qualcosa)",
        r"(?:raccontami|mi racconti|dimmi|mi dica|mi dici|raccontaci) (?:di|come|cosa|che|un po'|tutto|qualcosa|del|della|dei|delle|dove)",
        r"sono curios[oa] di",
    ),
    greetings=(
        "ciao",
        "caro",
        "cara",
        "carissimo",
        "carissima",
        "gentile",
        "gentilissimo",
        "gentilissima",
        "buongiorno",
        "buonasera",
        "salve",
        "ehi",
        "hey",
        "egregio",
        "egregia",
    ),
    not_names=(
        "a",
        "tutti",
        "tutte",
        "amici",
        "amico",
        "amica",
        "ragazzi",
        "colleghi",
        "fratello",
        "bello",
        "bella",
        "come",
        "spero",
        "sono",
        "ti",
        "e",
        "da",
        "scusa",
        "scusami",
        "grazie",
        "complimenti",
        "tanti",
        "auguri",
        "quanto",
        "che",
        "ho",
        "volevo",
        "mi",
        "ciao",
        "caro",
        "cara",
        "dottore",
        "signore",
        "signora",
        "socio",
        "tesoro",
        "vecchio",
        "capo",
        "zio",
        "chi",
        "buongiorno",
        "salve",
        "non",
        "come",
        "eccomi",
    ),
)


# --- structure (see ``coach_grammar``) -----------------------------------------------------

_CLITIC = r"(?:(?:mi|m'|ci|ce|me|ne|lo|la|l'|gli|le|ti|te) ?)*"
_STILL = r"(?:(?:mai|piu|ancora|neanche|neppure|nemmeno|manco|proprio|per niente|minimamente|mica|tuttora|pure|per nulla) )*"
# The second person: the auxiliary of "tu"/"Lei"/"voi" (hai, ha, avete) or the verb's own ending.
_AUX2 = r"(?:hai|ha|avete|avevi|aveva|avevate)"
_MSG_IT = r"(?:(?:il |la |i |le |il mio |la mia |i miei |le mie |nessun |nessuna |neanche |nemmeno |mai )?(?:\w+ )?(?:messaggi?|messaggino|mail|email|e-mail|lettera|vocale|vocali|sms|whatsapp))"
_ANSWERED = (
    rf"(?:risposto|riscritto|scritto|richiamato|ricontattato|(?:letto|aperto|visto|visualizzato) {_MSG_IT}|considerat[oa]|calcolat[oa]|filat[oa]|"
    r"cagat[oa]|degnat[oa](?: di \w+)?|fatt[oa] (?:viv[oa]|sentire|sapere(?: nulla| niente)?)|dato (?:una |alcuna |nessuna )?"
    r"(?:risposta|notizie|segno di vita|segni di vita|cenno|riscontro)|replicato|riscontrato|reagito|detto (?:nulla|niente|una parola))"
)
_ANSWERS = (
    r"(?:rispondi|risponde|rispondete|rispondevi|rispondeva|rispondevate|rispondesti|rispose|risposero|risponderai|rispondera|"
    r"scrivi|scrive|scrivete|scrivevi|richiami|richiama|richiamate|leggi|legge|calcoli|fili|consideri|caghi|"
    r"(?:ti|si|vi) (?:fai|fa|fate) (?:viv[oa]|vivi|sentire)|(?:ti|si|vi) (?:degni|degna|degnate)|degni|reagisci|dici niente|dici nulla)"
)
_NUM_IT = r"(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|venti|diverse|varie|molte|tante|mille|cento|parecchie|piu|un sacco di|\d+)"
_MSGS_IT = r"(?:volte|messaggi|messaggini|mail|email|e-mail|vocali|telefonate|chiamate|solleciti|tentativi)"
_BUSY_IT = r"(?:occupat[oaie]|impegnat[oaie]|pres[oaie]|important[ei]|indaffarat[oaie]|incasinat[oaie])"

GRAMMAR = Grammar(
    language="it",
    accusation=(
        # "non mi hai risposto", "non mi hai mai più scritto", "non rispondi mai", "non ti sei degnato"
        rf"(?:non|nn|mai|neanche|nemmeno|neppure|manco) {_CLITIC}{_STILL}(?:{_AUX2} {_STILL}{_ANSWERED}|{_ANSWERS})",
        rf"non (?:ti|si|vi) (?:sei|e|siete|eri|era) {_STILL}(?:fatt[oaie] (?:viv[oaie]|sentire)|degnat[oaie]|preoccupat[oaie] di rispondere)",
        # "mi hai ignorato", "mi ignori da settimane", "hai ignorato le mie mail", "mi hai lasciato sul visualizzato"
        rf"(?:mi|ci) (?:hai |ha |avete |stai |sta |state )?{_STILL}(?:ignorat[oaie]|ignorando|ignori|ignorate|snobbat[oaie]|snobbi|snobbate|ghostat[oaie]|evitat[oaie]|eviti|evitando|dimenticat[oaie]|lasciat[oaie] (?:sul visualizzato|senza (?:risposta|notizie)|in sospeso|appes[oa]))",
        r"(?:hai|ha|avete|continui a|continua a) (?:completamente |del tutto |sempre )?(?:ignorat[oa]|ignorare|snobbat[oa]) (?:i miei|il mio|le mie|la mia|me|tutti i miei|tutte le mie)",
        r"(?:ignori|ignorate|snobbi) (?:i miei|il mio|le mie|la mia|tutti i miei|tutte le mie)",
        # "sei sparito", "ti sei dimenticato di me", "non ti fai più sentire"
        r"(?:sei|e|siete) (?:\w+ )?(?:sparit[oaie]|scompars[oaie]|svanit[oaie]|irraggiungibil[ei]|irreperibil[ei]|introvabil[ei]|diventat[oa] (?:invisibile|un fantasma))",
        r"(?:ti sei|si e|vi siete) (?:\w+ )?(?:volatilizzat|eclissat|dileguat|dimenticat)\w*",
        # "nessuna risposta", "neanche una riga", "ancora niente", "non ho ancora ricevuto risposta"
        r"(?:nessuna|neanche una|nemmeno una|neppure una|manco una|zero|mai una|senza (?:una |alcuna |nessuna )?)(?:sola )?(?:risposta|riga|parola|cenno|riscontro|reazione)(?: (?:da te|da parte tua|da parte sua|da lei|da voi|da parte vostra))?",
        r"ancora (?:niente|nulla|nessuna (?:risposta|notizia)|silenzio|zero)",
        r"non (?:ho|abbiamo) (?:ancora |mai |piu )*(?:ricevuto|avuto) (?:nessuna |alcuna |una |la tua |la sua |tua |sua )?(?:risposta|riscontro)",
        r"(?:aspetto|attendo|aspettiamo|attendiamo|sto aspettando|sto attendendo|resto in attesa|rimango in attesa|sono in attesa|siamo in attesa) ancora|ancora (?:in attesa|ad aspettare|aspettando|qui ad aspettare)",
        r"(?:sono|e|da) (?:\w+ )?(?:settimane|mesi|giorni|secoli|una vita) che (?:aspetto|attendo|ti scrivo|le scrivo|ti cerco|la cerco|provo|cerco|non (?:mi )?(?:rispondi|risponde|scrivi))",
        near(r"(?:evidentemente|chiaramente|ovviamente|a quanto pare|si vede che|vedo che|e chiaro che|mi sembra che|pare che)", r"non (?:ti|le|vi) (?:interessa|interessano|importa|importano|frega|fregano)", gap=4),
        r"(?:almeno|quantomeno|perlomeno|anche solo) (?:\w+ ){0,3}(?:potevi|potresti|avresti potuto|poteva|potrebbe|avrebbe potuto|potevate|avreste potuto)|(?:potevi|potresti|avresti potuto|poteva|avrebbe potuto|potevate) (?:\w+ ){0,2}(?:almeno|quantomeno|perlomeno|anche solo)",
        r"mi (?:sento|sentivo|sono sentit[oa]) (?:un po' |un po |proprio |davvero |completamente )?(?:ignorat[oa]|dimenticat[oa]|invisibile|snobbat[oa])",
        # "mi risponderai mai?", "pensi di rispondermi prima o poi?"
        r"(?:mi|ci) (?:risponderai|rispondera|risponderete|scriverai|scrivera|richiamerai) (?:mai|prima o poi|un giorno)|(?:pensi|pensa|pensate|hai intenzione|ha intenzione|conti|conta) di (?:rispondermi|risponderci|rispondere|scrivermi|richiamarmi|farti sentire)",
        # Counting: "ti ho mandato tre messaggi", "è la terza volta che ti scrivo", "tre mail e niente"
        near(r"(?:ho|abbiamo|avevo)", r"(?:scritto|mandato|inviato|cercat[oa]|chiamat[oa]|contattat[oa]|telefonato|provato|sollecitat[oa]|riscritto|lasciato)", rf"{_NUM_IT} {_MSGS_IT}", gap=3),
        rf"{_NUM_IT} {_MSGS_IT} (?:gia |ormai |di fila )*(?:e|ma|senza) (?:ancora )?(?:niente|nulla|nessuna|zero|mai|non|neanche|nemmeno)",
        r"(?:e|questa e|siamo alla|siamo al) (?:gia |ormai )?(?:la |il |al |alla )?(?:seconda|terza|quarta|quinta|sesta|ennesima|secondo|terzo|quarto|quinto|ennesimo) (?:volta|mail|email|messaggio|tentativo|sollecito)",
        r"(?:per|dopo) (?:la |il )?(?:seconda|terza|quarta|quinta|ennesima|terzo|quarto|ennesimo) (?:volta|messaggio|tentativo|mail)",
        # Guessing they are too busy: "immagino tu sia troppo impegnata", "troppo occupato per rispondermi"
        rf"(?:immagino|suppongo|evidentemente|ovviamente|chiaramente|forse|sicuramente|capisco|vedo|pare|sembra) (?:che )?(?:tu |lei |voi )?(?:sia|sei|sarai|siate|siete|fossi|e|sara|sembri|eri)(?: stat[oa])? (?:davvero |proprio |sempre |cosi |ormai )?troppo {_BUSY_IT}",
        rf"troppo {_BUSY_IT} (?:per|da) (?:\w+ )?(?:rispondere|rispondermi|risponderci|scrivere|scrivermi|due righe|me|noi|una risposta|richiamare|richiamarmi|farti sentire)",
        # Deserving an answer, the least, how little it takes
        r"(?:meritavo|meriterei|merito|meritassi|mi sarei meritat[oa]|avrei meritato|meriterebbe|meritavamo) (?:almeno |quantomeno |perlomeno |anche solo |una volta )?(?:una |un )?(?:risposta|riga|cenno|riscontro|parola|spiegazione|telefonata)",
        r"(?:il )?minimo (?:sindacale )?(?:sarebbe|era|che (?:potevi|potresti|potevate))",
        r"(?:ti|le|vi) (?:costa|costerebbe|costava) (?:cosi tanto|tanto|molto|poco|nulla|niente)|(?:ci vuole|ci vogliono|bastano|basta|bastava|bastavano) (?:un|due|cinque|pochi|dieci) (?:second[oi]|minut[oi])",
        r"non (?:hai|ha|avete|abbia|abbiate|trovi|trova|trovate) (?:neanche |nemmeno |mai |neppure |manco )?(?:due|un|cinque|dieci) minut[oi]|(?:due|un|cinque|dieci) minut[io] per me",
        r"(?:possibile|com'e possibile|e mai possibile) che (?:tu |lei |voi )?non",
        r"(?:che|cosa) (?:ti|le|vi) (?:ho|avro|avrei) fatto",
        r"(?:te lo|ve lo|glielo|lo) ripeto|ripeto (?:ancora|di nuovo|per l'ennesima)|come (?:ti |le |vi )?(?:dicevo|scrivevo|accennavo) (?:gia )?(?:nella|nel|in|prima)",
        # Bringing the message back up
        r"(?:riporto|riportare|riportando|rimetto|ripesco|ripescare|tiro su|tirare su|rispolvero|risollevo|faccio risalire) (?:in cima |su |all'attenzione |a galla )?(?:questa|questo|la mia mail|il mio messaggio|il messaggio|la mail|la conversazione|il thread|la discussione)",
        # "ho visto che hai letto", "hai visualizzato e non hai risposto"
        r"(?:vedo|ho visto|so|noto) che (?:hai|ha|avete) (?:letto|visto|visualizzato|aperto)",
        r"(?:hai|ha|avete) (?:letto|visto|visualizzato|aperto) (?:\w+ ){0,4}(?:ma|e|eppure|pero) (?:non|niente|nulla|mai|zero|nessuna)",
    ),
    excuse=(
        r"non (?:serve|occorre|c'e bisogno|ce bisogno|e necessario|devi|dovete|deve|sei obbligat[oa]|e obbligatorio|ti preoccupare|preoccuparti|si preoccupi|importa)",
        r"(?:nessun|nessuna) (?:obbligo|fretta|pressione|problema|impegno)|senza (?:fretta|impegno|pressione|problemi|obbligo)",
        r"(?:se|anche se|nel caso|qualora|quando|appena|caso mai|casomai|qualunque cosa) ", r"scus|mi dispiace(?! che)|perdon|capisco|so (?:bene )?che|figurati|tranquill|con calma|quando (?:vuoi|puoi)",
    ),
    excuse_after=(r"(?:e )?(?:necessari[oa]|obbligatori[oa]|richiest[oa]|dovut[oa])", r"nessun problema|tranquill|da parte mia|colpa mia|scus"),
    request=(
        r"(?:mi |ti |ci |le )?(?:potresti|puoi|potrebbe|puo|potreste|potete|riusciresti|riesci|riuscirebbe|sapresti|faresti|farebbe|fareste|daresti|darebbe)",
        r"(?:mi|ti) (?:chiedevo|domandavo) se|(?:per |di )?(?:chiederti|chiederle|chiedervi|domandarti|domandarle)|(?:volevo|vorrei|devo) chiederti|(?:volevo|vorrei) chiederle|(?:ti|le|vi) (?:chiedo|chiederei)",
        r"(?:ti|le|vi) dispiacerebbe|(?:te ne|gliene|ve ne|le|ti|vi) sarei (?:molto |davvero |infinitamente |estremamente |tanto )?(?:grat[oa]|gratissim[oa]|riconoscente)",
        r"sarei (?:molto |davvero |tanto )?(?:grat[oa]|felice|content[oa]) se|mi farebbe (?:molto |davvero )?piacere se|mi aiuterebbe|(?:sarebbe|sarebbero) (?:molto |davvero )?(?:utile|prezios[oa]|apprezzat[oa]|fantastico|d'aiuto)",
        r"per favore|per piacere|per cortesia|cortesemente|se (?:puoi|potessi|potesse|riesci|riuscissi|ti va)|(?:ci sarebbe|c'e|ce) (?:la )?(?:possibilita|modo|speranza)",
        r"(?:saresti|sarebbe|sareste) (?:dispost[oaie]|disponibil[ei])|sarebbe possibile|speravo (?:che|di|in)|(?:tienimi|tenetemi|mi tenga|mi tieni) (?:presente|in considerazione)|magari (?:mi|potresti)",
    ),
    need=(r"(?:ho|avrei|abbiamo|avremmo) (?:tanto |davvero |urgentemente )?bisogno di|mi (?:serve|servirebbe|servono|servirebbero)|(?:sto|stiamo) cercando|cerco",),
    benefit=(
        r"(?:tenermi|tenerci|tienimi|tenetemi|mi tieni|mi tenga|mi terresti|mi terrebbe|mi tenessi) (?:presente|in considerazione|in mente)",
        r"segnal(?:armi|arci|are il mio|i il mio|eresti|assi)|(?:una |la tua |la sua )?segnalazione|raccomand(?:armi|arci|azione|azioni|eresti)|referenz[ae]|referenziarmi|(?:mettere|metterci|spendere) (?:una |la )?buona parola|fare il mio nome|propormi|candidarmi (?:con|tramite|grazie)",
        r"present(?:armi|arci|eresti|assi) (?:a|al|alla|ai|agli|alle|allo|con|il|la|qualcuno)?|mettermi in contatto|metterci in contatto|mi (?:metti|metteresti|mettessi|mette) in contatto|(?:farmi|farci) conoscere",
        r"(?:passare|girare|inoltrare|mandare|dare un'?occhiata a|guardare|leggere|rivedere|valutare|dare un parere su|passa|gira|inoltra)(?: al| il| la| i| le| ai| alle)? (?:mio|mia|miei|mie) (?:\w+ )?(?:cv|curriculum|portfolio|profilo|candidatura|progetto|business plan|piano|manoscritto|bozza|pitch|deck|tesi)|il mio (?:cv|curriculum)",
        r"(?:state|stanno|sta|stai|avete|hanno|ha) (?:\w+ )?(?:assumendo|cercando (?:personale|persone|gente|profili|qualcuno|nuove? (?:risorse|figure)|\w+ori|\w+ist[ie]))|assunzion[ei]|posizion[ei] (?:apert[ae]|liber[ae]|disponibil[ei])|posti (?:liberi|vacanti|disponibili)|un colloquio|uno stage|un tirocinio",
        r"entrare (?:nel|nella|in|a far parte del|a far parte della) (?:tuo|tua|vostro|vostra|suo|sua) (?:team|azienda|squadra|societa|gruppo|ufficio|studio)",
        r"(?:un |una )?(?:posto|posizione|lavoro|ruolo|spazio|opportunita|impiego) (?:per me|per qualcuno come me|nel tuo team|nella tua (?:azienda|squadra|societa)|nel vostro team|nella vostra (?:azienda|squadra|societa)|da voi|presso di voi|nel suo team|nella sua (?:azienda|squadra|societa))|assum(?:ermi|erci)",
        r"(?:un )?prestito|prestarmi|prestarci|(?:dei |qualche |un po' di )?soldi|investire|investimento|investitor[ei]|finanziar(?:mi|e il mio|e la mia|ci)|finanziamento|sponsorizzar(?:mi|e)",
        r"(?:un |una |il |questo )?favore|(?:darmi|darci|dammi) una mano|aiutar(?:mi|ci)|(?:mi|ci) (?:aiuteresti|aiuti|aiuterebbe|aiutereste)|aiuto (?:a trovare|per trovare|con il mio|con la mia)",
        r"condivid(?:ere|i|ete|a|erlo|erla) (?:il mio|la mia|questo|questa) (?:\w+ )?(?:post|annuncio|messaggio|notizia|campagna|raccolta|link)|votar(?:mi|e per me)|firmare la (?:mia )?petizione|(?:fare )?una donazione|comprare il mio",
        r"farmi da (?:mentore|mentor|referenza|garante)|fare da (?:mentore|referenza|garante) (?:a me|per me)",
    ),
    weak_benefit=(r"(?:un |una |qualche )?(?:qualcosa|niente|nulla|lavoro|posto|ruolo|posizione|opportunita|occasione|impiego|incarico|consiglio|consigli|aiuto|dritta|dritte|colloquio)",),
    for_me=(r"per me|per noi|per qualcuno come me|(?:trovarmi|darmi|farmi avere|procurarmi|offrirmi|mandarmi)",),
    offer_if=(
        r"se (?:mai )?(?:ti |vi |le )?(?:serve|servisse|servono|servissero|dovesse servire|avessi bisogno|avesse bisogno|avete bisogno|hai bisogno|cerchi|cercate|cercasse|stai cercando)",
        r"(?:felice|felicissim[oa]|content[oa]|lieto|lieta|disponibile|pront[oa]) (?:di |a )(?:\w+ )?(?:aiutar|segnalar|presentar|dar|passar|mandar|fare)",
        r"(?:ti|le|vi) (?:posso|potrei|possiamo) (?:\w+ )?(?:presentare|segnalare|raccomandare|aiutare|dare|passare|mandare|mettere)",
        r"grazie (?:ancora |mille |di cuore )?(?:per|della|del|dello|dei)",
    ),
    blast=(
        r"(?:ciao|salve|buongiorno|buonasera|carissim[ie]|car[ie]|gentili|egregi) (?:a )?(?:tutti|tutte|tutti voi|amici|amiche|colleghi|colleghe|ragazzi|ragazze|contatti)",
        r"(?:scrivo|vi scrivo|sto scrivendo|mando|invio|mi rivolgo) (?:questo messaggio |questa mail )?a (?:tutti|tutte|tanti|molti|alcuni|diversi|ciascuno|ognuno) (?:di )?(?:voi|i miei|le mie|gli amici|i colleghi|contatti)",
        r"(?:aggiornar|informar|avvisar|salutar|ringraziar|dir|raccontar|annunciar)(?:vi|e a) (?:tutti|tutte)|(?:vi|a voi) (?:tutti|tutte)",
        r"(?:condivid|inoltr|gir|diffond|pass)\w* (?:\w+ ){0,4}(?:con|a) (?:i (?:tuoi|vostri|suoi) (?:contatti|amici|colleghi)|chiunque|tutti|la (?:tua|vostra|sua) rete|chi (?:potrebbe|possa|puo))",
        r"(?:iscriv|seguit|abbonat)\w* (?:\w+ ){0,3}(?:newsletter|canale|blog|podcast|pagina)",
        r"(?:mail|messaggio|email|e-mail) (?:collettiv[ao]|di gruppo|a tutti|di massa|multipl[ao])|in (?:ccn|copia nascosta)|amici e (?:parenti|colleghi|famiglia)",
    ),
)
