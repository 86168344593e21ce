"""Tagalog/Filipino patterns for the coach (see ``coach_patterns`` for how they are written).

Tagalog moves its enclitics (``pa``, ``na``, ``po``, ``rin``, ``man lang``...) between the
pronoun and the verb, shortens ``hindi`` to ``di``/``'di``, and conjugates by aspect with
infixes and reduplication (sumagot, sumasagot, sinagot, sinasagot, sagutin) and, in Taglish,
with ``mag-``/``nag-``/``ni-`` on English verbs (nag-reply, nagrereply, ni-reply-an). The
building blocks below spell those out once.
"""

from __future__ import annotations

import re

from kith.core.words.coach_grammar import Grammar, near
from kith.core.words.coach_patterns import CoachPatterns

# Enclitics and little words that slip in anywhere: "hindi ka pa rin po sumasagot".
_P = r"(?:(?:pa|na|po|ho|rin|din|man|lang|naman|ba|talaga|nga|yata|ata|kailanman|ni minsan|eh|e|kasi|nang|ng|pala|tuloy|ulit) )*"
_NOT = r"(?:hindi|di|'di|hnd|d|wala|walang)"
# Actor-focus verbs: "hindi ka sumagot"; object-focus: "hindi mo sinagot".
_ACTOR = (
    r"(?:sumagot|sumasagot|sasagot|sumagot-sagot|tumugon|tumutugon|nag-?reply|nagre-?reply|nag-?rereply|magre-?reply|mag-?reply|"
    r"nag-?respond|nagre-?respond|nag-?message|nagme-?message|nag-?text|nagte-?text|nagparamdam|nagpaparamdam|nagpapa-?ramdam|"
    r"nagpakita|nag-?email|nage-?email|kumontak|kumokontak|pumansin|nakapag-?reply|nakasagot|nakapagsagot)"
)
_OBJECT = (
    r"(?:sinagot|sinasagot|sasagutin|sagutin|tinugunan|nireplyan|ni-?reply-?an|ni-?replyan|nire-?replyan|pinansin|pinapansin|"
    r"pinansin man lang|binasa|binabasa|binuksan|tiningnan|tinignan|sineen|na-?seen|ni-?seen|inintindi|inalala|pinaalam)"
)
_YOU_ACTOR = r"(?:ka|kayo|ikaw)"
_YOU_OBJECT = r"(?:mo|niyo|ninyo|nyo)"
# What one becomes: "Midwife na ako ngayon", "Certified yoga teacher na ako!", "ako na ngayon ang medical rep".
_ROLE_TL = (
    r"(?:teacher|titser|guro|nurse|nars|doctor|doktor|duktor|engineer|inhinyero|manager|rep|agent|midwife|komadrona|lawyer|abogado|abogada|"
    r"attorney|atty|owner|may-?ari|founder|co-?founder|consultant|coach|trainer|instructor|designer|developer|programmer|chef|cook|architect|"
    r"accountant|cpa|dentist|pharmacist|psychologist|psychometrician|therapist|caregiver|seaman|seafarer|pastor|principal|director|head|"
    r"supervisor|lead|entrepreneur|negosyante|freelancer|va|virtual assistant|dietitian|nutritionist|artist|writer|manunulat|photographer|"
    r"realtor|broker|planner|captain|kapitan|pilot|piloto|officer|professor|propesor|kagawad|konsehal|councilor|mayor|retirado|retirada|"
    r"lola|lolo|nanay|tatay|mommy|daddy|ninang|ninong|lisensyado|licensed|registered|board passer)"
)
_MSG = r"(?:email|e-mail|mensahe|message|msg|text|chat|sulat|liham|tawag|pm|dm)"

PATTERNS = CoachPatterns(
    language="tl",
    accusatory=(
        # "hindi ka sumagot", "hindi ka pa rin po sumasagot", "di ka man lang nag-reply"
        rf"{_NOT} {_P}{_YOU_ACTOR} {_P}{_ACTOR}",
        # "di mo sinagot", "hindi mo pa rin po sinasagot", "hindi niyo pinansin"
        rf"{_NOT} {_P}{_YOU_OBJECT} {_P}{_OBJECT}",
        # "wala ka pang reply", "wala ka man lang sagot", "walang reply galing sa'yo"
        rf"wala {_P}{_YOU_ACTOR} {_P}(?:pang |man lang |ring |nang )?(?:reply|sagot|tugon|response|paramdam|balita)",
        r"wala (?:pa rin |pa |parin |pa ring )?(?:akong|kaming) (?:natatanggap|natanggap|nakukuhang|nakuhang|nakukuha|nakuha)(?: na)? (?:sagot|reply|response|tugon)",
        r"walang (?:reply|sagot|tugon|response|paramdam) (?:galing|mula|from) (?:sa'?yo|sayo|sa iyo|sa inyo|you|sa inyo po)",
        rf"(?:ini-?ignore|iniignore|in-?ignore|dinedeadma|dinededma|dinedma|sineen(?:-zone)?|seenzone|sineen lang|iniwan sa seen|iniwasan) {_P}(?:mo|niyo|ninyo|nyo) {_P}(?:ako|kami|ang|yung|ung|lang|lahat)?",
        rf"(?:ini-?ignore|iniignore|dinededma|dinedma) {_P}(?:mo|niyo) {_P}(?:ang |yung |ung )?(?:mga )?{_MSG}",
        r"seen (?:lang|mo lang|niyo lang)",
        rf"(?:naghihintay|naghintay|hinihintay|hinintay|inaantay|hinihintay) (?:ko |ako |kami |namin )?{_P}(?:ako |kami )?{_P}(?:ng |sa |nang |ang |yung |ung )?(?:iyong |inyong |mong )?(?:reply|sagot|tugon|response)",
        # "gaya ng sinabi ko sa huling email ko", "as I said" in Taglish is covered by English
        rf"(?:gaya|tulad|katulad|sabi) (?:ng|nga) (?:nasabi|sinabi|nabanggit|binanggit|sinulat|isinulat|naisulat|tinanong) (?:ko|namin)(?: na)?(?: (?:sa|noong) (?:huli|huling|nakaraang|una|unang|nakaraan) (?:kong )?(?:{_MSG})?)?",
        r"(?:sinabi|nabanggit|sinulat) ko na (?:sa'?yo|sayo|sa inyo|po)? ?(?:dati|noon|kanina|ito|to)",
        r"(?:ilang|maraming|pang-?(?:ilang|tatlong|apat)|ikatlong|ikalawang|pangalawang|pangatlong) (?:beses|ulit|beses na) (?:na )?(?:akong|kong|ko na|ko|ako) (?:nag-?|nagme-?|nage-?)?(?:message|email|text|chat|tawag|sumulat|tumawag|nagtanong|kinontak)?",
        rf"(?:pangatlong|pangalawang|ikatlong|ikalawang|pang-?\w+) (?:beses|email|message|mensahe) ko na {_P}(?:ito|to|itong|itung)",
        r"(?:para sa |sa )?(?:pang-?apat|pang-?\d+|pangatlo|pangalawa|ikatlo|ikaapat|ika-?\d+)(?:ng|ang)? (?:na )?(?:beses|pagkakataon)",
        # Bumping
        r"(?:i-?bump|ibump|ibu-?bump|ibinump|binump|bu-?bump|binu-?bump|bumping|mag-?bump|magbu-?bump|pa-?bump|i-?aakyat|iaakyat|akyat) (?:ko |namin )?(?:lang |lng )?(?:po |ulit |uli )*(?:ito|'?to|yung|ung|ang|itong|ko|sa)",
        r"(?:taas|itaas|iakyat|mapunta sa taas|makita sa taas) (?:ng |ang |sa )?(?:inbox|taas ng inbox) (?:mo|niyo|ninyo)",
        # Guilt: "siguro sobrang busy ka", "busy ka siguro kaya hindi ka..."
        r"(?:siguro|malamang|mukhang|baka) (?:ay )?(?:masyado|sobrang|sobra|napaka|masyadong|talagang) ?(?:kang |ka |kayong |kayo )?(?:busy|abala|importante|sikat)",
        r"(?:busy|abala|importante|sikat) (?:ka|kayo) (?:na )?(?:siguro|yata|ata|talaga|masyado|na masyado)",
        r"(?:nakalimutan|kinalimutan) (?:mo|niyo|ninyo) (?:na )?(?:ako|kami)",
        r"wala (?:pa )?(?:ring|rin|parin) (?:sagot|reply|tugon|response|paramdam)",
        r"(?:konting|kaunting|kahit konting|kahit kaunting|kahit kaunti(?:ng)?) (?:respeto|galang|courtesy|konsiderasyon)",
        r"wala (?:kang|kayong|ka namang|kayo namang) (?:pakialam|paki|pake|pakielam|interes|oras sa akin)",
        r"(?:ganoon|ganun|ganyan|ganon) (?:ka)?hirap (?:ang )?(?:sumagot|mag-?reply|mag-?respond)",
        r"sana man lang (?:isang|kahit|nag|sumagot|nag-?reply)",
        r"(?:isang|dalawang|tatlong|\w+ng) (?:buwan|linggo|araw) na (?:kitang|akong) (?:sinusubukang|naghihintay|hinahanap|kinokontak|mine-?message)",
        r"(?:^|\n)\s*(?:hello|hola|pronto|hallo|uy|hoy|huy|ciao|oi)\s*\?",
        r"(?:mas mahalaga|mas importante|may mas mahalaga|may mas importante) (?:kang|kayong) (?:gagawin|ginagawa|inaasikaso)",
        r"(?:nang|ng) walang (?:anumang |kahit anong |kahit isang )?(?:sagot|reply|tugon|response)",
        r"(?:\d+|dalawang|tatlong|apat na|limang|ilang|maraming) beses (?:na )?(?:akong|kong|ko) (?:nag-?|nagme-?|nage-?)?(?:message|email|text|tawag|sumulat|tumawag|follow ?up|mensahe)",
        r"(?:\d+|ilang|maraming|isang daang|sampung|limang|tatlong) (?:beses|ulit) (?:na )?(?:kitang|kita|ko kayong|ko na kayong) (?:minessage|mine-?message|tinext|tinawagan|in-?email|inemail|chinat|sinulatan|kinontak)",
        r"(?:hello|hey|hi|you there|are you there|anyone there|ci sei|pronto|estas|sigues ahi|hola|nandiyan ka ba|andyan ka ba)\s*\?{2,}",
        r"(?:kahit|khit) (?:isang |man lang |lang )?(?:reply|sagot|oo o hindi|seen|thumbs up|salita)(?: lang| man lang)? (?:sana|naman|wala)",
        r"(?:ang|yung) (?:katahimikan|silence) (?:mo|niyo|ninyo) (?:ay )?(?:sagot|tanda|ibig sabihin)",
    ),
    familiarity=(
        r"parang kahapon lang|(?:sa )?usual spot natin|same old",
        r"(?:gaya|tulad|katulad) (?:ng|nang) (?:dati|lagi|palagi|nakasanayan|dati nating)",
        r"(?:gaya|tulad) (?:ng|nang) lagi nating (?:sinasabi|ginagawa)",
        r"lagi nating (?:sinasabi|ginagawa|sinabi)",
        r"as usual|gaya ng nakagawian",
        r"(?:hoy|uy|oy|huy|hey|hi|hello|musta|kumusta|kamusta|yo|sup|wazzup|wassup) (?:na )?(?:pare|pre|par|tol|brad|bro|bes|besh|beshie|bessy|bessie|bestie|mare|mars|dude|lodi|idol|bossing|boss|chong|p're)",
        r"(?:aking matalik na|matalik kong) (?:kaibigan|kumpare|kumare|bes)|mahal kong (?:kumpare|kumare|bes)",
        r"(?:bes|besh|beshie|bessie|bestie|mare|mars)(?=\s*[!,])",
        r"(?:best friend|bff) (?:ko|kita)",
        r"kilala mo (?:naman )?ako",
    ),
    blast=(
        r"tingnan dito|check (?:niyo|nyo|mo) (?:po )?(?:👉|dito|ang|yung)|pa-?share (?:na rin |naman )?(?:po )?sa (?:mga )?(?:kakilala|friends|kaibigan)|i-?share (?:niyo|mo|nyo) sa (?:gc|group chat)|exciting news",
        r"(?:hi|hello|kumusta|kamusta|magandang (?:araw|umaga|hapon|gabi)|mabuhay|good day) (?:po )?(?:sa )?(?:lahat|inyong lahat|everyone|mga kaibigan|mga ka-?\w+|mga kasama|mga kapatid|ka-?batch)",
        # A greeting to a crowd, plural by "mga" or by the noun: "Hello mga mommies!", "Hello, batchmates!"
        r"(?:hi|hello|hey|kumusta|kamusta|magandang (?:araw|umaga|hapon|gabi)|mabuhay|good (?:day|morning|afternoon|evening))(?: po)?,? (?:sa )?(?:inyong |inyo )?(?:mga [\w-]+|batchmates|classmates|ka-?batch(?:mates)?|mommies|momshies|kababayan|neighbors|parents)(?=\s*(?:[^\w\s]|$))",
        r"(?:mahal|minamahal) (?:kong|na) (?:mga )?(?:kaibigan|kasama|kapatid|kaklase|kasamahan|katrabaho|kababayan)",
        r"(?:maibabahagi|maibahagi|i-?share|ishare|ipasa|maipasa) (?:ninyo|niyo|mo|nyo) (?:ito |po ito |ito po )?sa (?:sinumang|kahit sinong|lahat|iba)",
        r"(?:mga|sa mga) (?:kaibigan|kasama|kakilala|ka-?batch|kaklase|kapatid)(?: ko)?(?: at|,)? (?:sa |ng )?(?:lahat|lahat ng)",
        r"(?:nakikipag-?ugnayan|sumusulat|nagme-?message|nakikipag-?usap) (?:ako |po ako )?(?:sa|kay) (?:mga |lahat ng )?(?:\w+ ){0,3}(?:sa aking network|sa network ko|sa aking mga contacts|sa contacts ko)",
        r"sa (?:kinauukulan|sinumang kinauukulan|kinauukulang)",
        r"(?:sa lahat ng|lahat ng) (?:aking |mga |aking mga )?(?:contacts|kaibigan|kakilala|connections|nasa contacts)",
        r"(?<!ko\x20)(?:pa-?share|paki-?share|i-?share|ishare|i-?forward|iforward|pasa|ipasa)(?: mo| niyo| nyo| naman| po| na| lang| ito| to| din| rin)*(?: (?:itong|ang|yung|ung) (?:email|message|mensahe|post|invite|imbitasyon|link|balita|poster))? (?:sa mga|sa lahat|sa iba|sa inyong|sa network|sa contacts|sa kakilala)",
        r"(?:pa-?like|pa-?follow|i-?follow|ifollow|i-?like|subscribe|mag-?subscribe|bisitahin|basahin|panoorin|silipin)(?: niyo| mo| nyo| naman| po| na| lang)* (?:ang |yung |ung |sa )?(?:aking |bagong |bago kong |aking bagong )?(?:page|blog|channel|newsletter|vlog|youtube|website|site|post|podcast)(?: ko)?",
    ),
    ask=(
        r"like and share|i-?share (?:po |niyo |ninyo |mo )*(?:ang|yung|ung) (?:aming|aking|page|post)",
        r"kung ayaw (?:mo|ninyo|niyo|nyo)(?:ng)? (?:pong )?mag-?invest",
        # "pwede mo ba akong i-refer", "puwede po ba ninyo akong irekomenda"
        r"(?:pwede|puwede|pede|pwde|maaari|baka pwede|baka puwede|pwedeng|puwedeng|maaaring)(?: ba| po| naman| sana| rin| din)*(?: mo| niyo| ninyo| nyo)?(?: ba| bang| po| pa| naman| sana| rin| din)* (?:akong |ako |kaming |kami )?(?:i-?refer|irefer|ire-?refer|i-?rekomenda|irekomenda|i-?recommend|irecommend|ipakilala|i-?intro(?:duce)?|iintro(?:duce)?|ilapit|i-?connect|iconnect|i-?endorse|iendorse|ipasok|i-?hire|ihire|tulungan (?:na|makahanap|maghanap|makapasok)|pautangin|hiraman|ipasa ang (?:cv|resume)|i-?backer|ilakad)",
        r"(?:pwede|puwede|pede|pwde|maaari)(?: ba| po| naman| sana)* (?:mo|niyo|ninyo|nyo)(?: ba| po| naman| sana)* (?:ako|kami)(?: ba| po| naman| sana)* (?:i-?refer|irefer|irekomenda|i-?recommend|ipakilala|ipasok|tulungan|pautangin)",
        r"(?:paki-?refer|pakirefer|paki-?recommend|pakirekomenda|pakipasok|paki-?endorse|pakiusap) (?:mo |niyo |po |naman |na )*(?:ako|kami)",
        r"(?:may|meron|mayroon)(?: ba| po| kaya| pa)* (?:bakante|opening|openings|job openings?|hiring|slot|pwesto|puwesto|vacancy|vacancies|trabaho|position)(?: ba| po| kaya)* (?:sa|diyan|dyan|kayo)",
        r"(?:nag-?ha-?hire|nag-?hahire|naghi-?hire|hiring)(?: ba| po| kaya)* (?:kayo|kyo|ang (?:company|kumpanya|team|opisina) (?:mo|niyo|ninyo))|naghahanap(?: ba| po| kaya)* (?:kayo|kyo|ang (?:company|kumpanya|team|opisina) (?:mo|niyo|ninyo)) (?:ng )?(?:tao|empleyado|staff|dagdag na tao|bagong (?:tao|empleyado)|\w+ (?:na )?(?:tao|empleyado))",
        r"(?:hiring|may hiring)(?: ba| po)* (?:kayo|sa (?:inyo|company niyo|kumpanya niyo|office niyo))",
        r"(?:pahingi|humingi|hihingi|hingi|manghihingi|hihingan)(?: sana| ako| po| lang| na| ng| kita| ka)* (?:ng )?(?:pabor|tulong (?:sa|para sa|maghanap|makahanap) (?:trabaho|work|job)|referral|rekomendasyon|recommendation|trabaho|pera|utang)",
        r"(?:may|mayroon|meron) (?:sana |po |akong |ako |lang |sana akong )*(?:pabor|hihilingin|hihingin|ipapakiusap|favor)",
        r"(?:makikiusap|makikisuyo|makikihingi)",
        r"(?:maibabahagi|maibahagi|i-?share|ishare|ipasa|maipasa) (?:ninyo|niyo|mo|nyo) (?:ito |po ito |ito po )?sa (?:sinumang|kahit sinong|lahat|iba)",
        r"(?:maging|mag-?guest|mag-?speaker) (?:guest|speaker|panelist|mentor|reference|bisita|tagapagsalita)",
        r"(?:maipapakilala|maipakilala|ipakilala|ipapakilala|mairerefer|ma-?refer|mai-?refer|mairekomenda|mai-?recommend)(?: po)? (?:mo|niyo|ninyo|nyo)(?: po)? (?:ako|kami)",
        r"(?:nag-?i-?sponsor|nagsi-?sponsor|nag-?sponsor|sponsor)(?: ba| po)* (?:ng |kayo ng |ang )?visa",
        r"(?:mag-?invest|mag-?iinvest|mamuhunan|maglagay ng pera)",
        r"(?:pa-?share|paki-?share|i-?share|ishare|ipasa|pakipasa|i-?forward)(?: mo| niyo| nyo| naman| po| na| lang| ito| to)* sa (?:mga )?(?:kakilala|contacts|kaibigan|network|connections)",
        r"(?:kung|pag|kapag) (?:may )?(?:alam|mabalitaan|marinig|makita) (?:kayong|kang|ka|kayo|mo|niyo)(?: po)? (?:na )?(?:opening|bakante|trabaho|hiring|kahit ano|job)",
        r"(?:tulungan|matulungan) (?:mo|niyo|ninyo)(?: po| sana| naman| ba)* (?:ako|kami) (?:na|makahanap|maghanap|makapasok|sa paghahanap)",
    ),
    request=(
        r"(?:lubos|talagang|sobrang|malaking) (?:kong |ko pong |po kong )?(?:pahahalagahan|pasasalamatan|tulong|ikatutuwa)",
        r"(?:pwede|puwede|pede|maaari)(?: ba| po| kaya)*|(?:paki|pakiusap|sana)",
        r"(?:may kilala|may alam) (?:ka|kayo|po kayo) (?:ba|po)*",
    ),
    favour=(
        r"referral|mag-?refer sa akin|i-?refer ako|rekomendasyon|recommendation|mai-?refer|ma-?refer",
        r"bakante|openings?|hiring|internship|interview|trabaho para sa akin|(?<!ang\x20)(?<!yung\x20)(?<!bagong\x20)(?:puwesto|posisyon)(?! (?:mo|niyo|ninyo|nyo|nila|niya)(?![\w]))",
        r"(?:ang |yung )?(?:cv|resume) ko|pautang|utang(?! na loob)|mag-?invest|puhunan",
    ),
    negation=(
        r"(?:hindi|di) (?:po |ho )?(?:ako|kami) (?:po |ho )?(?:hihingi|manghihingi|humihingi|nanghihingi|magtatanong|magre-?request)",
        # Right before the phrase: "hindi ako [hihingi ng pabor]", "di po ako [mang-iistorbo]".
        r"(?:hindi|di|wala) (?:po )?(?:ako|kami|naman ako|ako po|akong|kaming)(?: po)?\s*$",
        r"(?:hindi|di) (?:ako|ko|kami|naman|po|ito|to|ako po|naman ako) (?:hihingi|humihingi|nanghihingi|manghihingi|magtatanong|nagtatanong|magrerequest|para|nagme-?message para|sumusulat para|nagsusulat para|gustong|intensyon)",
        r"(?:hindi|di) (?:ito|to) (?:para|tungkol)",
        # "hindi kita sinusulatan para [humingi ng trabaho]": not writing in order to ask.
        r"(?:hindi|di) (?:[\w'-]+ ){0,4}para (?:sa )?\s*$",
        r"(?:walang|wala akong) (?:hihingin|pressure|obligasyon|hinihingi)",
        r"(?:ayokong|ayaw kong|ayoko ng|ayoko) (?:mang|mag|maging|makulit|mang-?istorbo)",
    ),
    gap=(
        # 'ilang taon din ah'
        r"(?:ilang|maraming|napakaraming) (?:taon|buwan)(?: din| rin| na)",
        r"(?:mga |halos |almost )?(?:\d+|\w+) (?:yrs?|years?|taon) na",
        r"gaano (?:na )?(?:ka)?tagal",
        r"matagal-?tagal (?:na|nang)",
        r"(?:ang )?(?:tagal|tgal|tagaaal)(?: na| nang| ng)?(?: rin| din| po| talaga| na talaga)*(?: nating| natin| kitang| kitang hindi| na hindi|$| ah| ha|!|,|\.)?",
        r"matagal (?:na |nang |na rin |na po |na talaga )*(?:tayong|hindi|di|'di|panahon|nawala|walang)",
        # "apat na taon na" (four years now): the "na" after the years says time has passed.
        r"(?:ilang|maraming|ilan|mahigit|halos|\w+ng|isa|isang|dalawa|tatlo|apat|lima|anim|pito|walo|siyam|sampu|\d+) (?:na )?(?:taon|buwan|dekada) (?:na|nang|ang lumipas|ang nakalipas|nakalipas|mula)",
        r"(?:pagkatapos|makalipas) (?:ng|nang) (?:ilang|maraming|mahabang|napakaraming|matagal na) (?:taon|panahon|buwan)",
        r"(?:medyo |sobrang |napaka)?matagal (?:na|nang)(?: rin| din| po| talaga)*(?=\s*[!.,?]|\s*$)",
        r"(?:mula|simula) (?:noong|nung|nang|ng)",
        r"(?:noong|nung|mula noong|mula nung|simula noong|simula nung|since) (?:huli|huling|last|nagkita|nag-?usap|nagkasama|nagtrabaho|tayo|college|kolehiyo|high school|hayskul|(?:19|20)\d\d)",
        r"(?:huling|huli nating|huli tayong) (?:beses|pagkikita|kita|usap|nagkita|nag-?usap|nagkausap)",
        r"(?:nawalan|nawala) (?:tayo |kami |ako )?(?:ng )?(?:contact|komunikasyon|balita|ugnayan)",
        r"(?:hindi|di) (?:na )?(?:tayo |kita |kami )?(?:na )?(?:nagkakausap|nag-?uusap|nagkita|nagkikita|nagkausap|nakapag-?usap|nakakapag-?usap|nag-?kamustahan|nagkumustahan|nagkakabalitaan)",
        r"(?:sorry|pasensya|pasensiya|paumanhin|patawad) (?:na |po |at |kung |sa )*(?:ngayon lang|matagal|tagal|nawala|nawala ako|hindi ako nakapag|di ako nakapag|silence|pananahimik|hindi nagparamdam|di nagparamdam)",
        r"ngayon (?:lang|lng) (?:ulit |uli |po )*(?:ako |ulit |uli )*(?:nag-?|naka-?|nakapag-?|sumulat|nagparamdam)",
        r"(?:long time no (?:see|talk|chat|hear))",
        r"kung (?:naaalala|natatandaan|naalala) (?:mo|niyo|ninyo|nyo) (?:pa )?(?:po )?(?:ako|kami)",
        r"(?:ilang|maraming|\w+ng) taon (?:na )?(?:ang )?(?:lumipas|nakalipas|nagdaan)",
        r"(?:years|ages) (?:na|na rin)",
    ),
    reason=(
        # Rounds 23/24: what one became, in either order ("Midwife na ako ngayon", "ako na ngayon ang medical rep");
        # what one now has ("May wellness retreat na ako sa Baguio"); news announced ("Masaya kong ibinabalita na...");
        # a win or a milestone ("nanalo ako as kagawad", "nagretiro na po ako"); a plan ("balak ko na pong ituloy");
        # the Taglish future and recent past in every form ("mag-a-apply po ako", "Magba-Baguio kami", "Kaka-exit lang").
        rf"(?:[\w-]+ ){{0,2}}{_ROLE_TL} na (?:po |rin |din )?(?:ako|kami)",
        rf"(?:ako|kami) na (?:po )?(?:ngayon )?(?:po )?ang (?:[\w-]+ ){{0,3}}?{_ROLE_TL}|ako na (?:po )?ngayon (?:po )?ang",
        r"(?:may|meron|mayroon) (?:[\w-]+ ){1,3}na (?:po )?(?:ako|kami)(?= sa| ngayon|\s*[.!,])",
        r"(?:masaya|excited|ikinagagalak|proud|natutuwa) (?:po )?(?:kong|akong|kaming|naming) (?:i|ipa|ibi|iba|ipina|ina)[\w-]+|(?:ibinabalita|ibabalita|ipinapaalam|ibinabahagi|ina-?announce|ianunsyo) (?:ko|namin|kong|naming) (?:po )?(?:na|sa)",
        r"(?:nanalo|nakapasa|pumasa|na-?promote|napromote|na-?elect|nahalal|nag-?graduate|grumaduate|nakapagtapos|nanganak|nagka-?baby|nagretiro|nag-?retire|nagre-?retiro) (?:na )?(?:po )?(?:ako|kami)",
        r"(?:balak|plano|pangarap) (?:ko|kong|namin|naming) (?:na |po |pong |na pong |sana(?:ng)? )*(?:[\w-]+)",
        r"(?:mag|nag)-?[a-z]{1,3}-[a-z]+ (?:na )?(?:po )?(?:ako|kami)|(?:kaka|kakaka)-?[a-z][\w-]* (?:lang|pa lang|ko|ako|namin|kami)",
        # Rounds 19/21/22: events organised, postings, news heard, plans weighed, mishaps, something of one's own
        r"(?:nag-?o-?organize|nag-?organize|mag-?o-?organize|nagpaplano|nagplano|magpaplano|nag-?aayos|naghahanda|maghahanda|magdaraos|nagdaraos|magkakaroon) (?:po )?(?:kami|ako|tayo) (?:ng|nang)",
        r"(?:nalipat|nailipat|inilipat|na-?assign|na-?destino|nadestino|na-?transfer|natransfer|na-?deploy|nadeploy) (?:na )?(?:po )?(?:ako|kami)",
        r"(?:ko|namin) (?:na |lang |pa |po )?(?:nakita|nabasa|nabalitaan|narinig|nalaman|napanood)(?: na| ang| yung| sa)",
        r"(?:nag-?iisip|nagbabalak|balak|pinaplano|plano|iniisip) (?:kasi |po |na |nang )*(?:ako|kami|ko|namin|kong|naming)(?: na| nang)? (?:mag-?|lumipat|umuwi|magtayo|magbukas|pumunta|mag-?aral|bumalik)",
        r"(?:nasunog|nasira|nabaha|ninakaw|nanakaw|nawasak|gumuho|nalugi|nalubog|naholdap|na-?holdap|nabagsakan) (?:kasi |po |na )*(?:yung|ang|ung|ang aming|yung aming) [\w-]+(?: [\w-]+)? (?:ko|namin|natin)",
        r"(?:may|meron|mayroon) (?:na )?(?:akong|kaming) sariling|(?:may|meron|mayroon) (?:sarili|sariling) (?:na )?(?:akong|kaming|\w+ na (?:ako|kami))",
        # call notes' '- sabihin yung franchise', 'may gig kami sa Sabado', a mishap ('nasiraan kasi yung sasakyan ko')
        r"(?m:^)[-*]?\s*(?:sabihin|ikuwento|ikwento|ibalita|banggitin|i-?kwento|i-?mention|imention)",
        r"(?:may|meron|mayroon) (?:show|gig|concert|event|party|reunion|tugtog|tugtugan|laro|game|exhibit|launch|salu-?salo|handaan|kasal|binyag|fiesta|pista|raket|booth|tour|recital|play|performance|contest|seminar|conference|training) (?:kami|ako|tayo)|(?:may|meron|mayroon) (?:kaming|akong) (?:show|gig|concert|event|party|reunion|tugtog|tugtugan|laro|game|exhibit|launch|salu-?salo|handaan|kasal|binyag|fiesta|pista|raket|booth|tour|recital|play|performance|contest|seminar|conference|training)",
        r"nasiraan|nanakawan|ninakawan|nasunugan|nabangga|nabaha|nanakaw|na-?carnap|na-?holdap|naaksidente|nasira (?:yung|ang|ung) [\w-]+ (?:ko|namin)",
        r"(?:sabihin|ikuwento|ibalita|banggitin) (?:na|kay|sa kanya na)|balik (?:\w+ )?na (?:ako|kami)",
        r"(?:birthday|kaarawan|kasal|binyag|anniversary) ni|nag-?start na (?:ako|kami)|may (?:online business|bagong negosyo) na (?:ako|kami)|(?:franchise|negosyo|business) (?:na |ng )?(?:\w+ )?(?:binubuksan|bubuksan|itatayo) ko|nag-?open (?:ako|kami) ng",
        r"na-?ospital|nakauwi na (?:ko|ako|kami)|papunta (?:po )?(?:ako|kami) (?:ng|sa)|volunteer (?:po )?ako|nag-?open na (?:ako|kami)|nagbukas na (?:ako|kami)|mag-?job ?hunting",
        r"na-?lay ?off (?:po )?ako|natanggal (?:po )?ako|na-?stroke|naka-?confine|(?:nagsara|nagsasara) (?:na )?(?:po )?(?:yung|ang)",
        r"nag-?a-?apply (?:po )?(?:ako|kami)|open na (?:po )?(?:ang|yung)|nasa \w+ na (?:ko|ako)|bagong (?:work|trabaho)|(?:nag-?)?resign na (?:ko|ako)|lilipat (?:na )?(?:ako|kami)",
        r"(?:bakit ngayon|dahilan|reason|why now)\s*:|nasa \w+ na (?:ako|kami)(?: ngayon)?|lumipat na (?:ako|kami) sa|pre-?selling na|tumatanggap (?:na )?(?:ako|kami) ng|(?:full-?time|freelance) [\w-]+ na ako",
        r"(?:kaka\w+|ka(?:ta|ga|la|ba|pa|sa|ma|na|bi|li|ti|ri|gi|ku|tu|lu|hi)\w+) (?:lang )?(?:sa akin|ako)|hinirang (?:ako|akong)",
        r"ako na (?:ngayon |po )?ang (?:\w+ )?(?:nag-?\w+|humahawak|namamahala|nagpapatakbo|director|head|manager|lead)",
        r"(?:kaka\w+|ka(?:ta|ga|la|ba|pa|sa|ma|na|bi|li|ti|ri|gi|ku|tu|lu)\w+) (?:ko|namin) (?:po )?(?:lang|pa lang)",
        r"nasa [a-z]+ (?:ako|kami) (?:sa |next|ngayong|this|para)|sa wakas",
        r"(?:si|ang) (?:utol|kapatid|pinsan|anak|pamangkin|kaibigan|asawa|bunso|kuya|ate)(?: ko)? (?:ay )?(?:naghahanap|kailangan|nangangailangan)",
        r"ako na ang (?:\w+ )?(?:humahawak|namamahala|nagpapatakbo)|(?:pinagdaanan|pinagdadaanan) ko|mula nang (?:magsara|mawalan|umalis|matanggal)",
        r"naghahanap (?:po )?(?:ako|kami)(?: po)?(?: ngayon)?(?: po)? ng (?:trabaho|work|bagong|job|mapapasukan)|(?:magbubukas|magtatayo|lilipat|uuwi|magsisimula|maglulunsad|nagtayo|nagbukas) (?:na )?(?:po )?(?:ako|kami)",
        r"(?:kaya|dahil|kasi|ang dahilan|dahilan|rason) (?:ako |po |kung bakit |ko )*(?:nag-?|sumulat|sumusulat|nagme-?message|nagmessage|nag-?email|nag-?text|kumontak|lumapit|naisipan|naparamdam|nagparamdam|nagsulat)",
        # Moving, starting, coming back... in all three aspects: "lilipat", "lumipat", "lumilipat".
        r"(?:lilipat|lumipat|lumilipat|lilipad|babalik|bumalik|bumabalik|uuwi|umuwi|umuuwi|magsisimula|nagsimula|nagsisimula|"
        r"magbubukas|nagbukas|nagbubukas|mag-?aapply|nag-?apply|nag-?aapply|magtatayo|nagtayo|nagtatayo|magla-?launch|"
        r"nag-?launch|nagla-?launch|maglulunsad|inilunsad|aalis|umalis|umaalis|titira|pupunta|magre-?resign|nag-?resign|"
        r"mag-?aaral|nag-?aaral|magtatrabaho|bumubuo|bubuo|bumuo|gumagawa|nagsusulat|magsusulat|magpapakasal|ikakasal|"
        r"nagre-?retire|magre-?retire|tinanggap ko|natanggap ako|natapos ko|nagtapos ako)",
        r"(?:sumulat|sumusulat|nagsulat|nagsusulat|nag-?message|nagme-?message|nag-?email|nage-?email|nag-?text|nagte-?text|kumontak|lumapit|nagpaparamdam) (?:po )?(?:ako|kami)(?: po)? (?:kasi|dahil|para)",
        r"(?:nakita|nabasa|nabalitaan|narinig|napanood|napansin|nalaman) (?:ko|kong|namin|naming) (?:po )?(?:na|yung|ung|ang|sa|ang balita|na nag|nasa|\w+)",
        r"(?:congrats|congratulations|binabati kita|binabati ko kayo|maligayang bati)",
        r"(?:dito|nandito|andito|narito|nasa) na (?:ako|ko|kami) sa",
        r"bago kong (?:\w+ )?(?:website|negosyo|business|libro|podcast|shop|studio|kumpanya|proyekto)",
        r"naghahanap ako ng trabaho|pagkatapos ng (?:layoffs?|tanggalan)",
        r"(?:mag-?freelance|magfi-?freelance|magfre-?freelance)",
        r"(?:tungkol sa|dahil sa) (?:aking |ang )?(?:paglipat|pagbabago|bagong)",
        r"naghahanap (?:kasi |po |ako |kami )*(?:ng )?(?:bagong )?(?:trabaho|work|job|opportunity|opportunities|oportunidad|role|investor)",
        r"(?:kakalipat|kalilipat|kapapasok|kakapasok|kasisimula|kakasimula|kakabalik|kababalik|kakauwi|kauuwi) (?:ko|lang|ko lang|namin)",
        r"(?:next|sa susunod na|ngayong|this coming|sa darating na|sa) (?:week|month|year|linggo|buwan|taon|enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre)",
        r"(?:bigla|naalala) (?:kita|kitang|ko kayo|ko ikaw|ko yung|ko ang)",
        r"(?:ikaw|kayo) ang (?:unang )?(?:naisip|naalala)",
        r"(?:ngayong|ngayon na|since) (?:ako ay|ako'?y|nandito|nasa|bumalik|lumipat)",
        r"(?:ang aking|yung|ung|ang) (?:bagong )?(?:negosyo|business|startup|project|proyekto|libro|pag-?aaral|application|thesis|paglipat)(?: ko)?",
    ),
    offer=(
        # 'ako na po ang bahala', 'libre na', 'magpadala ng balikbayan box para sa inyo', 'ipagluluto ko kayo', 'may kwarto po kayo sa amin'
        r"ako (?:na |po )*(?:ang )?bahala|libre na(?: po)?(?=\s*[,.!])",
        r"(?:magpadala|magbigay|magdala|magluto|maghanda|bumili|dalhan|padalhan|bilhan|lutuan|dadalhan|papadalhan|bibilhan) (?:ng |ka |kayo |po |sana )*(?:[\w-]+ ){0,4}para sa (?:inyo|iyo|'?yo)",
        r"ipag[a-z]{3,} (?:ko|namin) (?:po )?(?:kayo|ka)|may (?:kwarto|kuwarto|matutuluyan|tutulugan|kama|higaan|bahay|pwesto|upuan) (?:po )?(?:kayo|ka) (?:po )?(?:sa amin|samin|dito|sa bahay)",
        r"bilang kapalit|(?m:^)[-*]?\s*i-?offer (?:na|ang|yung|sa kanya)",
        r"i-?offer na|may slot kami|pwede (?:kayong|kang) mag-?stay|(?:susunduin|ihahatid) ko (?:siya|kayo|ka)",
        r"(?:kung|pag|kapag) (?:gusto (?:mo|niyo|ninyo)|makakatulong|naghahanap|may kailangan|kailangan (?:po )?(?:mo|niyo|ninyo))|libre (?:ang|tour|po|ko)|nang libre|(?:magpapadala|ikokonekta|hahanapin|maibabahagi|ipapahiram) (?:ko|ako)|handa (?:akong|po akong|kaming)|sa akin ka na mag-?stay",
        r"(?:tutulungan|tulungan) (?:kita|ko kayo)|kung (?:may )?kailangan (?:mo|niyo|ninyo)|sabihan mo (?:lang )?ako",
        r"(?:i-?offer|ioffer|alok|offer)\s*:|(?:ako|ako na) (?:ang )?(?:taya|bahala sa|sagot sa)",
        r"(?:ang )?alok ko|inaalok ko|iniaalok ko|bukas pa rin (?:po )?ang alok",
        r"sagot ko(?! ang)|libre ko|libre kita|treat ko|game ako|complimentary \w+|(?:may|meron) (?:\w+ )?(?:discount|upgrade|libre) (?:kami|para sa)",
        r"masaya (?:po )?(?:akong|ako na|kaming)|(?:pwede|kaya) (?:na )?(?:akong|ako na) (?:\w+ ){0,3}(?:tumulong|tulungan)|maiaalok ko:",
        r"(?:irerekomenda|irerefer|ire-?refer|ipapasok|isasali|ipapasa) (?:ko )?(?:kita|kayo)",
        r"(?:ikokonekta|ikonekta|ipapakilala|ipakikilala|ire-?refer|isasama|ililibre|ipapasyal|dadalhin|tutulungan|maipapakilala|maipakilala) (?:ko )?(?:kita|kayo|siya|sila)",
        r"(?:ikukuwento|ikuwento|ibabahagi|ituturo|ipapakita|ipapadala|ibibigay) ko (?:sa'?yo|sayo|sa iyo|sa inyo)",
        r"kung kailangan ng (?:team|kumpanya|company|opisina|grupo) (?:mo|niyo|ninyo|nyo)",
        r"ako (?:na |po )?(?:ang )?bahala|sagot ko (?:na )?(?:ang|yung|ung)|(?:libre|ililibre|ilibre) (?:kita|ko kayo|kayo)",
        r"(?:kung|kapag|pag) (?:may|mayroon|meron) (?:akong |kaming |po akong )?(?:maitutulong|maitulong|magagawa|maibibigay|matutulong|maipapakilala)",
        r"(?:pwede|puwede|handa|willing|masaya|gusto) (?:po |rin |din |naman |akong |kong |sana |ko |ko sanang )*(?:kitang |ka kong |kayong )?(?:tumulong|tulungan|ipakilala|i-?intro|i-?refer|ibalik|bigyan|samahan|ilibre|i-?libre|i-?treat|ituro|ipasa|ibahagi|mag-?share|i-?share|makatulong|ipagluto|ipaghanda|ipasyal|sunduin|i-?promote|ipromote|itampok)",
        rf"(?:sabihan|sabihin|i-?message|imessage|itext|i-?text|tawagan|i-?chat|message|text) (?:mo|niyo|nyo|ninyo) {_P}(?:ako|lang|kung)",
        r"(?:libre|treat|ilibre|ililibre|i-?treat) (?:kita|ko|kita ng|ko ang|ko na|ko ikaw|ko kayo)",
        r"(?:ako na ang|ako ang) (?:bahala|taya|magbabayad|sagot)",
        r"(?:happy|glad|willing) (?:po |ako |to |akong )*(?:help|tumulong|mag-?help|i-?share|ishare|i-?intro|mag-?intro|to help|to introduce)",
        r"(?:kung|pag|kapag) (?:kailangan|need) (?:mo|niyo|ninyo|nyo) (?:ng |po )?(?:tulong|help|kahit ano|anything)",
        rf"(?:nandito|andito|narito) {_P}(?:ako|kami) {_P}(?:kung|para)",
        r"(?:i-?share|ibabahagi|ishare|ipapasa|ipasa|ipapadala|ipadadala|padadalhan|ibibigay|ipapahiram|ipahihiram) (?:ko|kita|namin)",
        r"(?:maitutulong|matutulong) (?:ko|namin)",
        r"libreng (?:audit|session|konsulta|consultation|review|tulong|kape|serbisyo)",
        r"(?:babawi|babawian|gaganti) (?:ako|kami|kita)",
        # "kitang ireserba", "kayong ipagluto": a benefactive verb, something done for them.
        r"(?:kitang|kita|kayong|kayo) (?:na )?(?:i|ipag|ipa)-?[a-z]{3,}",
        r"kung (?:may )?(?:kailangan|need) (?:ka|kayo|po kayo|mo|niyo)",
    ),
    small_talk=(
        # '..., mga 6 na taon na no?': the gap with a tag, not a question about them
        r"[^?]*(?:taon|years|buwan) na(?: rin| din| pala)?,? (?:no|noh|ano|diba|di ba|ha)",
        r"(?:\d+|dalawang|tatlong|apat na|limang) (?:years|taon)(?: na)?",
        r"gaano (?:na )?(?:ka)?tagal(?:,? [\w'-]+ (?:na )?(?:taon|buwan))?",
        r"(?:naaalala|natatandaan|naalala|natandaan) (?:mo|niyo|ninyo|nyo) (?:pa )?(?:ba )?(?:po )?(?:ako|kami)",
        r"(?:kumusta|kamusta|musta|kmusta)(?: ka| kayo| na| po| naman| ka na| na po| na kayo| ka na po| po kayo| ka naman)*(?: ngayon)?",
        r"(?:ok|okay|ayos|mabuti) (?:ka|kayo|lang)(?: ba| naman| po| na)*",
        r"ano na\??|anong balita",
    ),
    logistics=(
        r"(?:free|bakante|libre|available|busy) (?:ka|kayo|ba kayo|ba) (?:ba |po |ba po )?(?:sa|ngayong|next|bukas|this|kung|para|mamaya|sa susunod)",
        r"(?:may|meron) (?:ka|kayo) (?:bang |ba |pong )?(?:oras|time|panahon|minuto)",
        r"(?:pwede|puwede|tara|game) (?:ba |po |ba tayong |tayong |tayo |ka |ba kayo )*(?:mag-?|magkita|mag-?usap|magkape|kumain|mag-?lunch|mag-?coffee|mag-?call|tumawag)",
        r"(?:inom|kape|kain|lunch|dinner|coffee|drinks|call|usap|kita) (?:tayo|tayong|ulit)(?: soon| minsan| ulit| next week| kapag free ka)?\s*\?",
        r"(?:kailan|anong araw|anong oras) (?:ka|kayo|ba|po) (?:pwede|free|libre|available|bakante)",
        r"(?:natanggap|nabasa|nakita) (?:mo|niyo) (?:ba )?(?:po )?(?:ang|yung|ung) (?:email|message|mensahe)",
        r"(?:titigil|tumigil|hihinto|huminto) (?:na )?(?:ba )?(?:ako)",
    ),
    curiosity=(
        r"(?m:^)[-*]?\s*(?:tanungin|itanong|kumustahin) (?:kung|si|ang|yung|kay|siya)",
        r"(?:kumusta|kamusta|musta) (?:na )?(?:ang |yung |ung )?\w+ (?:mo|niyo|ninyo|nyo)",
        r"tanungin (?:siya|sila) (?:kung|tungkol)",
        r"(?:gusto|gustong-gusto|excited) (?:ko|kong|akong) (?:pong |rin |din |sanang |sana |talagang )*(?:malaman|marinig|makibalita|mabalitaan|mag-?catch up)",
        r"(?:kuwentuhan|kwentuhan|ikuwento|ikwento|i-?kwento|i-?update) (?:mo|niyo|ninyo|nyo)(?: naman| po| rin| sana| ako| kami| sa akin)*",
        r"(?:curious|interesado) (?:ako|po ako|talaga ako) (?:sa|kung|kung paano|kung ano)",
    ),
    greetings=(
        "hi",
        "hello",
        "kumusta",
        "kamusta",
        "musta",
        "hey",
        "uy",
        "oy",
        "hoy",
        "magandang araw",
        "magandang umaga",
        "magandang hapon",
        "magandang gabi",
        "mahal na",
        "dear",
        "good day",
        "hi po",
        "hello po",
    ),
    not_names=(
        "po",
        "lahat",
        "everyone",
        "mga",
        "ka",
        "kayo",
        "na",
        "ikaw",
        "sa",
        "pare",
        "pre",
        "tol",
        "bes",
        "bro",
        "mare",
        "sorry",
        "salamat",
        "congrats",
        "ang",
        "matagal",
        "grabe",
        "ako",
        "nakita",
        "naalala",
        "ngayon",
        "long",
        "hope",
        "sana",
        "musta",
        "kumusta",
        "kamusta",
        "uy",
        "oy",
        "idol",
        "lodi",
        "boss",
        "bossing",
        "ate",
        "kuya",
    ),
)


# --- structure (see ``coach_grammar``) -----------------------------------------------------

_PREFIXES = r"(?:nakapag|makapag|nakapa|makapa|nagpa|magpa|pinag|ipina|naka|maka|nag|mag|nai|mai|ipa|pag|ini|ni|na|ma|pa|in|i)-?"


def verb(root: str) -> str:
    """Every aspect and focus of a Tagalog (or Taglish) verb from its root, as one pattern.

    ``sagot`` gives sumagot, sumasagot, sasagot, sinagot, sinasagot, sasagutin, sagutin,
    nasagot, makasagot...; ``reply`` gives nag-reply, nagrereply, magre-reply, ni-reply-an,
    rineplyan, replyan. Infixes (-um-, -in-) go after the first consonant (before a first vowel),
    reduplication repeats the first syllable, and a final ``o`` turns ``u`` before a suffix.
    """
    stems = [root]
    if root[-2:-1] == "o" or root[-3:-2] == "o":
        last_o = root.rfind("o")
        stems.append(root[:last_o] + "u" + root[last_o + 1 :])
    first, rest = root[0], root[1:]
    vowel_initial = first in "aeiou"
    syllable = root[:2] if not vowel_initial else root[:1]
    forms = []
    for stem in stems:
        plain = f"(?:{re.escape(syllable)}-?)?{re.escape(stem)}"
        if vowel_initial:
            infixed = f"(?:um|in)(?:{re.escape(first)})?{re.escape(stem)}"
        else:
            infixed = f"{re.escape(first)}(?:um|in)(?:{re.escape(rest[0])}{re.escape(stem)}|{re.escape(stem[1:])})"
        forms.append(f"(?:{_PREFIXES})?(?:{infixed}|{plain})")
    return "(?:" + "|".join(forms) + r")(?:-?(?:in|hin|an|han|nin|yan))?"


def verbs(*roots: str) -> str:
    return "(?:" + "|".join(verb(r) for r in roots) + ")"


# Not answering: sagot, tugon, pansin, basa, kibo, paramdam, sulat, tawag, and Taglish reply/respond.
_ANSWER_TL = verbs(
    "sagot",
    "tugon",
    "pansin",
    "kibo",
    "paramdam",
    "sulat",
    "tawag",
    "reply",
    "replay",
    "respond",
    "text",
    "message",
    "email",
    "chat",
)
_READ_TL = verbs("basa", "seen", "bukas", "open", "check")
_IGNORE_TL = verbs("isnab", "snob", "dedma", "deadma", "ignore", "iwas", "seen")
_ENC = (
    r"(?:(?:pa|na|po|ho|rin|din|ring|man|lang|lng|naman|ba|talaga|nga|yata|ata|kailanman|ni minsan|kahit minsan|eh|e|kasi|"
    r"pala|ulit|uli|parin|padin|sana|raw|daw|nang|ng|na naman|pa rin|man lang|kahit isang beses|ever|never|even|still) )*"
)
_YOU2 = r"(?:ka|kang|mo|niyo|nyo|ninyo|kayo|kayong|ikaw)"
_ME = r"(?:(?:ako|akong|kami|kaming|ko|sa akin|sa'?kin) )?"
_NUM_TL = r"(?:dalawang|tatlong|apat na|limang|anim na|pitong|walong|siyam na|sampung|ilang|maraming|napakaraming|isang daang|\d+(?: na)?)"
_MSGS_TL = r"(?:message|messages|mensahe|email|emails|e-mail|text|texts|tawag|beses|chat|msg|pm|dm|follow ?up|voice message|vm)"
_BUSY_TL = r"(?:busy|bc|abala|importante|sikat|okupado)"
# Made it: "sikat ka na", "big time ka na sa Singapore", "asensado na kayo".
_FAME_TL = r"(?:sikat|big ?time|bigatin|asensado|mayaman|successful|famous|artista|celebrity|vip|boss) (?:na )?(?:ka|kayo|kang|kayong) (?:na|nang)"
# Forgetting or out of reach: "di mo na ko maalala", "hindi mo na ako kilala", "di na maabot".
_FORGOT_TL = (
    r"(?:hindi|di) (?:mo|niyo|ninyo|nyo) na (?:ako|ko|kami) (?:\w+ )?(?:maalala|maaalala|naaalala|kilala|makilala|makikilala|natatandaan|matandaan|matatandaan|pansinin|kilala pa)"
    r"|(?:hindi|di) na (?:\w+ )?(?:maabot|abot-?kamay|mahagilap)|(?:ang )?hirap (?:mo|niyo) (?:nang )?(?:abutin|hagilapin|kausapin|maabot)"
)
# Reaching out and remembering, done (not to be done: "ako na lang ang tatawag" offers), the one-sided
# friendship's verbs: "ako lang ang nakakaalala", "kami na lang yata ang nangangamusta", "baka ako lang ang
# umaasa", "ako lang yata laging nag-cha-chat".
_REACH_TL = (
    r"(?:(?:nakaka-?|naka-?|na|ina)(?:alala|alaala|miss|isip)[\w-]*|umaasa|umasa|nami-?miss|nangangamusta|nangumusta|nangungumusta|"
    r"tumatawag|tumawag|sumusulat|sumulat|nagpaparamdam|nagparamdam|"
    r"nag-?(?:[a-z]{1,3}-?)?(?:message|chat|text|kuwento|kukuwento|kwento|kukwento|effort|aya|aaya|isip|iisip|reach out)[\w-]*)"
)
# The years shared, held up: "magkasama naman tayo ng apat na taon", "magkaibigan pa naman tayo".
_SHARED_TL = (
    r"(?:magkasama|magkaibigan|magkaklase|magkatrabaho|magkababata|magkapitbahay|magkasangga|magkakampi|kaibigan|kasama) "
    r"(?:naman|pa naman|nga naman|din naman|rin naman) (?:tayo|kita|mo ako|kami)"
)
# Their being the one who took: "nangutang ka", "humiram ka", "nagpatulong ka".
_TOOK_TL = r"(?:nangutang|umutang|humiram|nanghiram|nagpatulong|nagpahiram|humingi (?:ng )?(?:tulong|pera|pabor)|may kailangan|kinailangan)"
# Asking and pleading in every aspect ("hinihingi ko lang naman", "ilang beses na akong nakiusap"), except
# asking forgiveness: "humihingi po ako ng paumanhin", "humingi ng pasensya" apologise.
_ASKING_TL = (
    r"(?:hingin|hingan|hihingan|hiningi|humingi|hinihingi|humihingi|hihingi|hihingin|hingi|manghihingi|nanghihingi|pahingi|"
    r"hilingin|hiniling|hinihiling|hihilingin|hiling|pakiusapan|makiusap|nakiusap|nakikiusap|makikiusap|makisuyo|nakisuyo|nakikisuyo)"
    r"(?! (?:(?:po|ho|ako|kami|ko|na|lang|muna|sana|ulit|din|rin|talaga) )*(?:ng |nang )?(?:paumanhin|tawad|pasensya|pasensiya|patawad|dispensa|sorry|pang-?unawa))"
)
# Sharing, in every form: "paki-share", "pa-share", "i-share", "mai-share", "ipasa", "i-forward", "pa-like".
_SHARE_TL = (
    r"(?:(?:paki|pa|i|mai|ma)-?share|ishare|i-?repost|ipasa|pakipasa|maipasa|(?:paki|i)-?forward|iforward|pa-?like)"
)
# Putting in a word for someone, the verbs: "pwede mo ba akong i-intro", "ilapit kay Kap", "ipasok mo si Kevin".
_INTERCEDE_TL = (
    r"(?:i-?intro(?:duce)?|iintro(?:duce)?|i-?refer|irefer|ire-?refer|i-?rekomenda|irekomenda|i-?recommend|irecommend|ipakilala|"
    r"i-?endorse|iendorse|i-?connect|iconnect|ilapit|mailapit|ilakad|ipasok|maipasok|isingit|maisingit|i-?hire|ihire|i-?vouch)"
)

GRAMMAR = Grammar(
    language="tl",
    accusation=(
        r"(?:hindi|di) (?:man lang|manlang) (?:ako |kami )?(?:na-?invite|na-?imbita|naimbitahan|inimbitahan|inimbita|in-?invite|ininvite|sinama|isinama|sinabihan|kinumusta|binati|inabisuhan|sinabihan)",
        r"(?:nakita|napansin|alam) ko (?:pong |po |naman )?(?:na )?(?:seen|na-?seen|nabasa|binasa|binuksan) (?:na )?(?:mo|niyo|ninyo|yung|ang|ung)",
        r"(?:nakita|napansin|alam) ko (?:po |naman )?(?:na )?(?:seen|na-?seen|nabasa|binasa|binuksan|nakita) (?:mo|niyo|ninyo|na)",
        r"(?:sana )?(?:sa'?yo|sayo|sa iyo|sa inyo) ko (?:na |pa )?(?:narinig|nalaman)|(?:nalaman|narinig) ko (?:lang )?(?:sa|ito sa|yan sa) (?:iba|ibang tao)|(?:di|hindi) mo (?:man lang )?(?:ako )?(?:sinabihan|nasabihan|sinasabihan|sinabi sa akin|ininform|na-?inform|inimbitahan|naimbitahan|na-?invite)",
        r"(?:hindi|di) ko (?:na )?alam kung (?:maaasahan|maasahan|aasahan) (?:pa )?kita|akala ko maaasahan kita",
        r"akala ko (?:man lang )?(?:sasagot|magre-?reply|magrereply|magpaparamdam|sasabihan mo ako)(?: ka| kayo)?",
        r"(?:ako (?:pa )?nga|ako naman) (?:dati |noon )?(?:\w+ ){0,2}(?:inabonohan|inabunohan|tinulungan|sinalo|nagbayad|nag-?abono|gumawa)|(?:after|pagkatapos ng|matapos ang) lahat ng (?:[\w'-]+ ){0,3}(?:ko )?para sa (?:inyo|iyo|'?yo)",
        r"(?:di|hindi) mo (?:pa )?(?:ina-?accept|inaaccept|in-?accept|tinatanggap|tinanggap)|(?:binura|dinelete|in-?delete|blinock|bi-?nlock|inunfriend|in-?unfriend) mo (?:na )?(?:ako|kami)",
        r"(?:pang-?(?:apat|tatlo|lima|\w+)|pangatlo|pangalawa|ikatlo|ikaapat)(?:ng|ang)? (?:na )?(?:message|mensahe|text|email|chat|follow ?up|tawag|msg) (?:ko )?(?:na )?(?:po )?'?(?:ito|to)",
        r"(?:kahit|khit) ['\"]?(?:no|hindi|oo o hindi)['\"]? (?:lang|man lang)(?: sana)?,? (?:ok|okay|ayos) na",
        r"(?:yung|ang|ung) (?:huling |nakaraang )?(?:dalawang|tatlong|apat na|limang|ilang|\d+) (?:email|emails|message|messages|mensahe|text|texts|tawag|chat) ko",
        r"(?:pagkatapos|matapos) (?:ng|nang) lahat (?:ng|nang) (?:ginawa|nagawa|naitulong|itinulong) ko(?: para sa'?yo| sayo| para sa inyo)?",
        r"akala ko (?:pa naman )?(?:magkaibigan tayo|maaasahan kita|may pakialam ka|iba ka|importante ako|mahalaga ako)",
        r"(?:siguro|halata|mukhang) (?:wala|walang) (?:lang )?(?:halaga|kwenta) (?:ako|ang pagkakaibigan natin|sa'?yo)",
        r"gets ko na|(?:ang )?(?:katahimikan|silence|pananahimik) (?:mo|niyo|ninyo) (?:ay )?(?:sapat na|nagsasabi|sagot na)",
        r"(?:may )?utang (?:ka|kayo) (?:sa akin|sakin)|utang na loob (?:mo|niyo|ninyo)",
        r"(?:masyado|sobrang|napaka)(?:ng)? ?(?:sikat|importante|busy) (?:mo|ka|kayo) (?:na )?(?:ngayon )?(?:para sa amin|para sa akin|para sumagot|para mag-?reply)",
        r"(?:may nagawa|may ginawa|may nasabi) (?:ba )?akong (?:mali|masama|nakasakit)",
        r"sanay na (?:ako|kami)",
        r"sana (?:sulit|worth it)",
        # "hindi ka sumagot", "di mo man lang ako sinagot", "hindi pa rin po kayo nagrereply", "never ka nag-reply"
        rf"(?:hindi|di|'di|d|hnd|hinde|never|wala|ayaw) {_ENC}{_YOU2} {_ENC}{_ME}{_ENC}(?:{_ANSWER_TL}|{_READ_TL} (?:ang |yung |ung |mga )?(?:\w+ )?(?:message|mensahe|email|sulat|text|chat|msg)s?)",
        # "wala ka pang reply", "wala pa ring sagot", "walang reply galing sa'yo"
        rf"(?<!akong\x20)(?<!ako\x20)(?<!kong\x20)(?:wala|walang) {_ENC}(?:{_YOU2} )?{_ENC}(?:ng |nang |pang |ring |kahit isang |man lang )?(?:reply|sagot|tugon|response|paramdam|kibo|seen)(?! (?:na )?(?:kailangan|kelangan|needed))",
        # Ignoring: "iniisnab mo ako", "isang linggo mo na akong iniisnab", "sineen mo lang ako"
        rf"{_IGNORE_TL} {_ENC}(?:mo|niyo|nyo|ninyo) {_ENC}(?:ako|kami|lang|(?:ang|yung|ung) (?:[\w'-]+ ){{0,3}}(?:message|mensahe|tawag|email|text|chat|msg))",
        r"(?:pinili|pinipili|nagpasya|nagdesisyon) (?:mo|niyo|ninyo)(?:ng)? (?:na )?(?:hindi|huwag) (?:ako |kami )?(?:[\w'-]+ )?(?:pansinin|sagutin|replyan|kausapin)",
        r'(?:walang|wala) (?:man lang |kahit )(?:isang |isa mang )?(?:"[^"\n]{1,20}"|reply|sagot|salita|seen|ok|noted|thumbs up)',
        r"(?:ni|kahit) (?:isang |isa mang )?(?:reply|sagot) (?:ay )?(?:hindi|di) (?:ko )?(?:makuha|matanggap)|hindi (?:ko )?(?:makuha|matanggap) (?:ang |kahit )?(?:isang )?(?:reply|sagot)",
        r"ayaw (?:mo|niyo|ninyo|nyo) (?:na )?(?:akong|ako) (?:kausap|kausapin|makita|makausap)|ayaw mo na sa akin",
        r"(?:message|email|mensahe|text|chat|msg) ko,? wala pa rin",
        rf"(?:mo|niyo|nyo|ninyo) {_ENC}(?:ako|akong|kami|kaming) {_ENC}{_IGNORE_TL}",
        # Vanishing: "bigla kang nawala", "nakalimutan mo na ako", "hindi ka na nagparamdam"
        r"(?:bigla )?(?:kang|kayong) (?:\w+ )?(?:nawala|naglaho|nawalang parang bula)|(?:nawala|naglaho) (?:ka|kayo) (?:na )?(?:lang|bigla|ng parang bula)|nakalimutan (?:mo|niyo|nyo|ninyo) (?:na )?(?:ako|kami)",
        # "sasagot ka pa ba?", "may balak ka bang sumagot?"
        rf"(?:sasagot|magrereply|magre-?reply|magrere-?reply|sasagutin|rereplyan|re-?replyan) {_ENC}(?:ka|kayo|mo|niyo|ninyo|nyo) {_ENC}(?:pa|ba)\b[^.!?\n]*\?|(?:may )?balak (?:ka|kayo|mo|niyo) (?:ba|bang|pa)? ?(?:ng )?(?:sumagot|mag-?reply|sagutin)",
        r"(?:pakiramdam ko|ramdam ko|ramdam kong|nararamdaman ko|nararamdaman kong|feeling ko)(?: (?:na|ay|po|talaga))* (?:iniisnab|dinededma|binabalewala|iniiwasan|kinakalimutan|ini-?ignore|nakalimutan) (?:mo|niyo|ninyo|nyo|na)",
        near(
            r"(?:nasaktan|nalungkot|nakakalungkot|nakakasakit|nadismaya|nagtampo|masakit|nakakatampo)",
            r"(?:wala man lang|walang|hindi (?:ka|mo|kayo|niyo)|katahimikan|dalawang linya|kahit (?:isang|dalawang))",
            gap=4,
        ),
        r"galit (?:ka|kayo) (?:na )?(?:ba )?(?:sa akin|sakin|sa'?kin)|may tampo (?:ka|kayo)|ayaw mo (?:na )?(?:sa akin|sakin)",
        near(r"alam (?:ko|kong)", r"(?:nakita|nabasa|natanggap|na-?seen|naseen|binasa) (?:mo|niyo|ninyo|nyo)", gap=4),
        r"(?:hindi|di|ayoko(?:ng)?) (?:na )?(?:kita|ka|kayo) (?:\w+ )?(?:hahabulin|habulin|hinahabol|pipilitin)|(?:pagod|sawa) na (?:ako|akong) (?:\w+ ){0,2}(?:habulin|humabol|maghintay|magmakaawa)",
        r"akala ko (?:talaga |pa naman )?(?:mas )?(?:mahalaga|importante) (?:sa'?yo|sayo|sa iyo|sa inyo)|akala ko (?:talaga |pa naman )?(?:magkaibigan|close|malapit) tayo",
        r"(?:ibig sabihin|kahulugan)(?: ba)? (?:ng|nang) (?:pananahimik|katahimikan|silence) (?:mo|niyo|ninyo)|(?:nakikipag-?usap|kausap|sumusulat|nagsasalita) (?:ako )?sa (?:pader|hangin)",
        r"katahimikang ito|(?:ganitong|ganyang) katahimikan|(?:expiration|expiry) date (?:pala )?(?:ang )?(?:pagkakaibigan|samahan)|kita ko (?:yung|ang) seen",
        r"(?:na-?contact|kinontak|tinawagan|minessage|sinulatan|na-?message)(?: na)? (?:kita|ka|kayo) sa (?:email|linkedin|whatsapp|messenger|viber|text|fb|facebook|instagram|telegram)(?:,? (?:email|linkedin|whatsapp|messenger|viber|text|fb|facebook|instagram|telegram))*,? (?:at|and) (?:email|linkedin|whatsapp|messenger|viber|text|fb|facebook|instagram|telegram)",
        r"(?:umasa|inasahan|akala) (?:ako|ko) (?:na )?(?:kahit papaano|man lang)",
        # Waiting still: "hinihintay ko pa rin po ang sagot ninyo"
        r"(?:hinihintay|hinintay|hinahintay|inaantay|inantay|naghihintay|naghintay|nag-?aabang|inaabangan)(?: (?:ko|ako|kami|namin|po|ho|naman|talaga))* (?:pa rin|parin|pa din|padin|pa ring|pa|hanggang ngayon)",
        # Counting: "tatlong message na pinadala ko", "ilang beses na kitang tinext"
        rf"{_NUM_TL} (?:na )?{_MSGS_TL}(?: na)?(?: ko)?(?: (?:na|ang))? (?:pinadala|pinapadala|ipinadala|sinend|na-?send|nasend|sinulat|ko|ang|pero|at|wala)",
        rf"{_NUM_TL} (?:beses|ulit) {_ENC}(?:na )?(?:kitang|kita|akong|kong|ko|kayong|ko kayong) ",
        # Too busy: "siguro masyado kang busy para sagutin ako"
        rf"(?:siguro|malamang|mukhang|talagang|halatang|obvious na|baka|i guess) {_ENC}(?:masyado|sobrang|sobra|napaka|masyadong)(?:ng)? ?(?:kang |ka |kayong |kayo )?{_BUSY_TL}",
        rf"(?:masyado|sobrang|sobra|napaka)(?:ng)? (?:kang |kayong |ka |kayo )?{_BUSY_TL} {_ENC}(?:para|upang|to) (?:\w+ ){{0,2}}(?:{_ANSWER_TL}|ako|sa akin|akin)",
        # Deserving an answer; two minutes: "deserve ko man lang ng sagot", "wala ka bang dalawang minuto para sa akin"
        rf"(?:deserve|nararapat|dapat) (?:(?:ko|ako|kong|akong|man|lang|naman|sana|talaga|rin|din|po|na|ba) )*(?:ng |nang |sa )?(?:isang |kahit isang )?(?:sagot|reply|response|tugon|paliwanag|{_ANSWER_TL})",
        r"(?:dalawang|isang|limang|sampung|ilang) (?:minuto|segundo|saglit)(?: lang)? (?:para sa akin|para sa'?kin|para sumagot|para mag-?reply)|wala (?:ka|kayo)(?: (?:ba|bang|ng|talaga|man lang))* (?:dalawang|isang|limang|ilang) (?:minuto|segundo)",
        r"(?:ano|anong) (?:ba|bang|ba ang)? ?(?:ginawa|nagawa|kasalanan) ko (?:sa'?yo|sayo|sa iyo|sa inyo)",
        # Bringing the message back up: "ibinabalik ko lang sa taas ng inbox mo"
        r"(?:ibinabalik|ibinalik|ibalik|binabalik|iniaakyat|inaakyat|iakyat|itinataas|itaas|inaangat|iangat)(?: (?:ko|lang|lng|po|ulit|uli|ito|to))* (?:sa )?(?:taas|itaas|ibabaw|tuktok|top)",
        # "na-seen mo pero hindi ka nag-reply", "nakita kong nabasa mo na"
        rf"{_READ_TL} {_ENC}(?:mo|niyo|ninyo|nyo) {_ENC}(?:\w+ ){{0,4}}(?:pero|tapos|at|kaso) {_ENC}(?:hindi|di|wala)",
        r"(?:nakita|alam) (?:ko|kong|namin) (?:na )?(?:na-?seen|naseen|sineen|nabasa|binasa|binuksan) (?:mo|niyo|ninyo|nyo)",
    ),
    excuse=(
        r"kailangan|kelangan|kailangang|kelangang|obligado|walang (?:pressure|obligasyon|pilitan|problema|minamadali)|(?:okay|ok|oks|sige|chill) lang",
        r"(?:kung|pag|kapag|sakaling|in case) ",
        r"sorry|pasensya|pasensiya|patawad|paumanhin|alam kong|alam ko na|naiintindihan|gets ko (?:kung|naman|na (?:busy|abala))|dahan-dahan|take your time",
    ),
    excuse_after=(
        r"(?:na |po |lang |muna )*(?:ito|to|iyan|yan|itong)(?![\w])",
        r"(?:na )?(?:kailangan|kelangan)|okay lang|ok lang|sorry",
    ),
    request=(
        # Rounds 19/21/22: asking in every form, following up on an ask, "sana naman" pleas
        _ASKING_TL,
        r"follow[ -]?up (?:ko |lang |ulit |uli |po |ako |rin )*(?:sa|tungkol|yung|ang|ung|about)",
        r"sana (?:naman |po |man lang )*(?:ay )?(?:ma|mai|maka|mapa|i)[\w-]+ (?:mo|niyo|ninyo|nyo)",
        r"sana (?:po )?(?:ay )?mapagbigyan|kailangan ko lang (?:po )?ng|(?:kung|kapag) may \d+ minutes|sobrang laking tulong|baka (?:po )?pwede",
        r"baka pwede|itanong kung pwede|pa-?\w+ naman|malaking tulong",
        r"kahit (?:yung |ang |mga |po )?[\w'₱,-]+ lang(?: muna| po| sana)?|suportahan (?:niyo|mo|nyo)",
        r"sana (?:po )?(?:ay )?(?:masagot|mapansin|mabasa|matulungan|maalala)|(?:pwede|puwede|pede)(?: ba| po| bang)* (?:ba )?(?:kitang|akong|kong)",
        r"(?:malaking|napakalaking|sobrang laking) (?:tulong|bagay|ginhawa)|(?:ikaw|kayo) (?:ang |lang ang )?(?:sagot|pag-asa) (?:ko|namin)",
        r"(?:pwede|puwede|pede|pwde|pwd|maaari|maari|pwedeng|puwedeng|maaaring)(?: (?:ba|po|naman|sana|kaya|rin|din|mo|niyo|ninyo|nyo|ko|ako|akong))*",
        r"paki-?\w+|pakiusap|makikiusap|nakikiusap|(?:sana|sanay) (?:ay )?(?:ma|mai|maka|i|pwede|matulungan|mapagbigyan)\w*",
        r"(?:tulungan|matulungan|tutulungan) (?:mo|niyo|ninyo|nyo)",
        r"(?:kaya|keri) (?:mo|niyo|ninyo|nyo)(?: (?:ba|bang|po))*|(?:okay|ok|oks) lang (?:ba|po ba) (?:kung|na)",
        r"(?:sabihan|sabihin) (?:mo|niyo|ninyo|nyo) (?:lang |na lang |po )*(?:ako|sa akin)|pasabi|ipaalam (?:mo|niyo|ninyo) (?:lang |po )*sa akin",
        r"malaking bagay (?:kung|ito)|paalala (?:lang )?(?:tungkol sa|about)|binabalikan ko|follow up (?:lang )?(?:ako )?(?:sa|tungkol)",
        r"(?:ikararangal|ikagagalak|ikatutuwa) (?:ko|namin)|malaking karangalan|(?:sobrang )?saya (?:ko|namin) kung|naisip ko lang kung|gusto (?:ko|kong) (?:po )?(?:sanang|sana|lang)(?! (?:(?:po|pong|sana|sanang|naman|talaga|talagang|ulit) )*(?:sabihin|sabihing|ibalita|ipaalam|ikuwento|ikwento|i-?kwento|ibahagi|maintindihan|magpasalamat|bumati|batiin|kumustahin|mangumusta|makipag-?reconnect|magparamdam|mag-?sorry|humingi ng (?:tawad|paumanhin|pasensya|pasensiya|dispensa)))|(?:itanong|malaman) (?:ko )?(?:po )?kung|tanungin (?:siya|sila|mo|kung)",
        r"(?:lubos|talagang|sobrang) (?:kong |ko pong )?(?:pahahalagahan|ikatutuwa|ipagpapasalamat)|malaking tulong (?:po )?(?:ito|kung|sa akin|talaga)",
        r"(?:may|mayroon|meron)(?: (?:ba|po|kaya))* (?:kayong|kang)",
    ),
    need=(
        # "kailangan ko lang sana ng guarantor", "kailangan pa namin ng isang partner"
        r"kailangan (?:pa |po |talaga |lang |sana |na )*(?:ko|namin|naming|kong)(?: (?:lang|sana|po|talaga|pa|muna|na))*(?: (?:ng|nang|ang))?"
        r"|naghahanap (?:ako|po ako|kami) ng",
    ),
    benefit=(
        # Rounds 23/24: the clitics before the verb ("pwede mo pa rin akong i-refer", "baka pwede mo akong ilapit
        # kay Kap") and a third person put forward ("nakiusap na ipasok mo si Kevin").
        rf"(?:mo|niyo|ninyo|nyo)(?: (?:ba|bang|po|pa|rin|din|sana|naman|kaya|lang|ulit))* (?:akong|kaming|ako|kami)(?: (?:po|na|sana|ba|rin|din))* {_INTERCEDE_TL}",
        rf"{_INTERCEDE_TL} (?:mo|niyo|ninyo|nyo)(?: (?:po|na|rin|din|sana|naman|lang))* (?:si|sina) [\w'-]+",
        # Sharing is for the writer when the thing is theirs ("pa-share naman ng post ko", "...at bisitahin ang
        # website ko") or when it helps them ("paki-share sa mga GC niyo, malaking tulong po sa amin"); sharing a
        # reunion's invitation with "our" classmates spreads word of it (a blast, not an ask).
        rf"{_SHARE_TL}[^.!?\n]{{0,90}}?(?:post|page|video|vlog|shop|website|site|link|negosyo|business|channel|campaign|fundraiser|produkto|products?|film|pelikula) (?:ko|namin)(?![\w])",
        rf"{_SHARE_TL}[^.!?\n]{{0,80}}?(?:malaking tulong|makakatulong|malaking pag-?asa|malaking bagay|tulong (?:po )?sa (?:amin|akin))",
        # Promising to pay it back makes it a loan: "kahit yung ₱20,000 lang po, babayaran ko po agad sa Disyembre".
        r"(?:babayaran|ibabalik|isasauli|huhulugan) (?:ko|namin) (?:(?:po|ho|rin|din|naman|talaga) )*(?:agad|kaagad|nang hulugan|hulugan|sa|pag|kapag|pagdating|bago|in|within|once)",
        # Rounds 19/21/22: minutes of their time, teaching, intercession, errands, a relative's job, a partner's money,
        # carrying my things ("ikaw na muna magdala nung padala ko kay Nanay"), "i-pick-your-brain kahit 30 mins"
        r"(?:magdala|dalhin|madala|iuwi|maiuwi|ipasabay|isabay|maisabay|bitbitin|bitbit) (?:[\w'-]+ ){0,3}(?:nung|yung|ang|ng|ung) (?:padala|package|box|balikbayan box|pasalubong|gamit|gamot|maleta|bagahe) (?:ko|namin)",
        r"pick[- ](?:your|ur|ang|yung)[- ]brain|(?:kahit |mga )?\d+ ?(?:mins?|minutes|minuto) (?:lang )?(?:po )?(?:about|tungkol)",
        r"(?:mabigyan|bigyan|maglaan|ilaan|mailaan|mahingi|hingin) (?:mo |niyo |ninyo |po )*(?:ako |kami )?(?:ng )?(?:kahit )?(?:\w+ )?(?:minuto|mins?|minutes|oras|saglit)",
        r"(?:kahit |mga )?(?:\d+|\w+ng) ?(?:mins?|minutes|minuto|oras) (?:lang )?(?:po )?(?:para )?(?:magtanong|makapagtanong|makahingi ng (?:payo|advice|tips)|humingi ng (?:payo|advice|tips)|matuto|ma-?pick)",
        r"para (?:magtanong|makapagtanong|humingi ng (?:payo|advice|tips)|makahingi ng (?:payo|advice|tips)) (?:about|tungkol|sa|kung)",
        r"(?:turuan|maturuan|tuturuan|payuhan|mapayuhan|gabayan|magabayan|i-?mentor|imentor|i-?coach|icoach) (?:mo |niyo |ninyo |nyo |po |naman |sana )*(?:ako|kami)",
        r"(?:ilapit|mailapit|ilalapit|idulog|maidulog) (?:mo |niyo |ninyo |nyo |po )*(?:ako|kami|siya|sila) (?:kay|sa)",
        r"(?:i-?check|icheck|asikasuhin|lakarin|ilakad|ayusin|i-?follow ?up|ifollow ?up|i-?verify|iverify|itanong|i-?process|iproseso) (?:mo |niyo |ninyo |po |na |rin )*(?:sa|kung|yung|ang|ung|ito sa) (?:[\w'.-]+ ){0,3}(?:office|opisina|munisipyo|city hall|lto|nbi|dfa|sss|bir|psa|registry|assessor'?s?|cityhall|barangay hall|embassy|embahada|konsulado|pag-?ibig|philhealth)",
        r"(?:ma-?transfer|i-?transfer|mailipat|ilipat|maipangalan|ipangalan|mapunta) sa pangalan (?:ko|namin)",
        r"(?:tulungan|matulungan) (?:mo|niyo|ninyo|nyo) (?:[\w'-]+ ){0,4}(?:makapasok|makahanap ng trabaho|makapagtrabaho|magkatrabaho|ma-?hire|matanggap sa|ma-?regular)|(?:kahit )?job order",
        r"(?:partner|investor|kasosyo|sosyo|kapartner|ka-?partner) na (?:maglalagay|magpapasok|mag-?iinvest|maglalabas|magbibigay|magpapautang)|(?:maglagay|maglalagay|magpasok|magpapasok|maglabas|maglalabas) (?:ng |nang )?(?:\d[\d,.]*k?|kapital|puhunan|pera|pondo)",
        r"i-?introduce (?:mo |niyo )?(?:po )?(?:ako|kami) sa",
        r"i-?vote (?:mo |niyo |nyo )?(?:kami|ako)|iboto (?:mo |niyo )?(?:kami|ako)|pakinggan (?:ang|yung) (?:demo|reel|kanta|mix) ko",
        r"ma-?interview|ma-?endorse (?:mo|ninyo|niyo|nyo) (?:po )?ako|i-?endorse (?:mo|ninyo|niyo|nyo) (?:po )?ako|matuto sa (?:journey|karanasan)",
        r"(?:i-?recommend|irecommend|i-?rekomenda) (?:po )?ako|(?:makahiram|makautang|humiram) (?:po )?(?:ng )?(?:kaunting |konting )?(?:puhunan|pera|pondo|kapital)|i-?review (?:yung|ang) (?:cv|resume) ko|(?:slots?|slot) na lang sa team ko|business opportunity|i-?share kung paano (?:kayo|ka) (?:lumipat|nakapasok|nagsimula)|makahingi ng (?:endorsement|rekomendasyon|tulong)",
        r"(?:mag-?)?(?:abuloy|donasyon|offering|love gift)|(?:pang-?)?(?:ayos|pagpapaayos) ng (?:bubong|simbahan)",
        r"(?:silipin|tingnan|i-?check|icheck) (?:mo |niyo |mong )?(?:yung|ang|ung) (?:pitch )?deck (?:namin|ko)|(?:isingit|maisingit|ipasok) (?:mo )?(?:kami|siya|sila) sa (?:slot|listahan|enrollment)|slot para kay",
        r"(?:mo|niyo|ninyo) (?:po |ba |bang |sana |naman )*(?:akong|ako|kaming) (?:i-?introduce|iintroduce|i-?connect|iconnect|ipakilala|i-?refer|irefer|i-?endorse|irekomenda)",
        r"(?:i-?share|pa-?share|ishare)(?: naman)?(?: po)? (?:sa|ito sa|to sa) (?:mga )?(?:friends|kaibigan|kakilala|contacts)|mag-?ambag|(?:i-?share|ishare) (?:ang|yung) link",
        r"(?:hihiramin|hiramin|hiram|mahiram|makahiram|mahihiram|makakahiram|hinihiram)(?: ko)?(?: po)?(?: sana(?:ng)?)?|(?:makitira|makikitira|makituloy)(?: muna)?(?: siya| sila| ako)?(?: sa (?:kanila|inyo|'?yo))?|pa-?check (?:naman )?(?:nung|yung|ng)",
        r"(?:i-?introduce|ipakilala|i-?endorse) (?:mo )?ako|(?:ilagay|isama) (?:kita|ko kayo|kayo) (?:bilang )?reference|character reference",
        r"(?:bigyan|mabigyan) (?:mo )?(?:ako )?ng discount|pa-?discount|pirma (?:mo|niyo)|(?:makasali|sumali|maisama) (?:ako )?sa (?:team|project) (?:mo|niyo|ninyo)",
        r"(?:ma-?)?pick (?:ang |yung )?(?:brain|utak) mo|(?:yung|ang|ung) deck|suportahan (?:niyo|mo|nyo) (?:kami|ako)|i-?share (?:niyo|mo|nyo) (?:sa|ito|to)",
        r"(?:humiram|manghiram|umutang|mangutang|makahiram|makautang|pautang|pahiram|hiram)(?: ng| nang)? (?:\w+ )?(?:pera|\d+k?|\d[\d,]*|piso|pesos|pang-?\w+|cash)|(?:kahit )?\d+k (?:lang|muna)",
        r"pick (?:ang |yung )?(?:brain|utak) mo|(?:tingnan|silipin|basahin|i-?review|ireview|mabasa|mababasa) (?:mo )?(?:ang |yung |ung )(?:proposal|deck|draft|cv|resume|pitch|plano) (?:ko|namin)",
        r"(?:sana )?ako (?:pa rin |parin )?ang (?:maalala|maaalala|tawagan|kunin|piliin) mo|(?:isipin|i-?consider|iconsider|i-?keep in mind) (?:mo )?ako|(?:kung )?(?:may|meron) (?:bagong )?(?:project|proyekto|raket|trabaho) (?:kayo )?na (?:kailangan|need)",
        r"(?:cv|resume) (?:niya|nila)|(?:mag-?)?ojt|(?:bilang )?intern\b|(?:maging )?reference (?:ko|ng)",
        r"(?:sino|kanino) (?:ang |ba ang )?(?:pwede|puwede|dapat) (?:kong|ko|naming) (?:kausapin|lapitan|kontakin|sulatan|i-?message)",
        r"(?:may )?(?:kakilala|kilala|contact|contacts) (?:ka|kayo|po kayo) (?:ba )?(?:pa )?(?:sa|na taga|na nasa) (?!inyo\b)\w+",
        r"(?:ilang )?(?:minuto|oras) (?:lang )?(?:ng|sa) (?:oras|panahon) (?:mo|niyo|ninyo)",
        r"(?:sagutan|sagutin|sumagot sa|i-?fill ?out|fill ?out) (?:ang |yung |ng )?(?:aking |isang |maikling )?(?:survey|questionnaire|form)(?: ko| namin)?|(?:sumali|lumahok) sa (?:aking|aming) (?:study|pag-aaral|research|survey|thesis)|para sa (?:thesis|research|pag-aaral) ko",
        r"(?:sumulat|gumawa|mag-?iwan|magsulat|isulat) (?:ng |ka ng |mo ng )?(?:review|testimonial|recommendation letter|rekomendasyon)",
        r"(?:subukan|i-?test|itry|i-?try) (?:ang |yung )?(?:app|product|produkto|platform|beta|prototype)(?: ko| namin)",
        r"(?:hiramin|pahiram|pahiramin|manghiram) (?:ng |ang |yung )?(?:kotse|sasakyan|bahay|condo|sofa|kwarto|van|opisina)|(?:makitulog|makituloy|makikitulog|makikituloy|patuluyin|patirahin|tumira|tumuloy) (?:muna )?(?:sa inyo|sa'?yo|sayo|sa bahay (?:mo|niyo)|sa place mo)|(?:ihatid|sunduin) (?:ako|siya|kami) sa (?:airport|terminal)|(?:maging )?(?:guarantor|co-?maker)",
        r"(?:anak|pamangkin|pinsan|kapatid|kaibigan|asawa|partner) (?:ko|namin)(?: [\w'-]+){0,6} (?:internship|ojt|trabaho|posisyon|interview|pwesto)",
        r"(?:banggitin|i-?mention|imention) (?:ang )?(?:pangalan ko|ako)|(?:magandang salita|good word)(?: para sa akin)?|(?:ipasok|maipasok|isingit) (?:mo )?ako",
        r"(?:feedback|opinyon|tingnan|silipin|sulyapan|i-?review|review) (?:mo )?(?:ang |yung |sa )?(?:cv|resume|deck|pitch|plano|proposal|draft|manuscript|startup|kontrata|offer|website|libro) (?:ko|namin)",
        r"(?:may )?kilala (?:ka|kayo) (?:bang|ba ng|ba) (?:\w+ )?(?:nagpapaupa|nagpaparenta|naghahanap|nag-?ha-?hire|hiring)|pagpapakilala sa akin|paki-?suportahan|suportahan (?:niyo|mo) (?:ang|ito)",
        r"(?:himayin|suriin|i-?review|punahin) (?:ang |yung )?(?:\w+ )?(?:deck|pitch|plan|draft|cv|resume|proposal)(?: (?:ko|namin))?",
        r"(?:kalahating oras|isang oras|(?:sampung|labinlimang|limang) minuto|konting oras|oras) (?:\w+ ){0,3}(?:para )?(?:ipaliwanag|ikuwento|turuan|tulungan|payuhan)",
        r"(?:makitira|makituloy|patuluyin|tumira|tumuloy) (?:muna )?(?:siya |ako |kami )?(?:sa inyo|sa'?yo|sa bahay (?:mo|niyo|ninyo))|matutuluyan",
        r"(?:maging|gawing) (?:guest|speaker|bisita)|i-?interview (?:ka|kita|kayo)|(?:kitang|kayong) (?:maging )?guest",
        r"(?:maipapasa|ipasa|i-?share|ishare|i-?forward|ipamahagi)(?: (?:mo|niyo|ninyo|nyo|po|naman|ang|yung))* (?:link|post|balita|invite|imbitasyon|poster|event|video|page) (?:sa|kay) (?:mga )?(?:[\w'-]+ )?(?:friends|kaibigan|katrabaho|kakilala|contacts|followers)",
        r"(?:isipin|maisip|alalahanin|maalala|tandaan) (?:mo |niyo |ninyo |nyo |po )*(?:ako|kami) (?:kung|pag|kapag|para)",
        r"ma-?consider|i-?consider (?:mo |niyo )?ako",
        r"paki-?(?:refer|rekomenda|recommend|pasa|forward|endorse|pakilala|hiram|pautang|tulong)\w*",
        r"pagbigyan (?:mo |niyo |ninyo )?(?:ako|kami)|(?:mo|niyo|ninyo) (?:ba |po )*(?:akong|kaming) (?:\w+ ){0,3}(?:ipakilala|i-?refer|irekomenda|tulungan|pagbigyan)",
        r"(?<!\bkong\x20)(?<!\bko\x20)(?<!kitang\x20)i-?refer|irefer|ire-?refer|mai-?refer|ma-?refer|mairefer|ni-?refer|nirefer|referral|i-?rekomenda|irekomenda|mairekomenda|ma-?recommend|mai-?recommend|i-?recommend|irecommend|rekomendasyon|recommendation(?: letter)?",
        r"(?:ipa|maipa|ipapa|maipapa)kilala (?:mo |niyo |ninyo |nyo |po )*(?:ako|kami)|i-?endorse|iendorse|i-?connect (?:mo )?ako|i-?introduce (?:mo )?ako|ilakad",
        r"(?:nag-?hire|naghahire|nagha-?hire|naghi-?hire|hiring|naghahanap ng (?:tao|empleyado|staff|\w+))(?: (?:ba|po|kaya|pa|ngayon|rin))* (?:kayo|kyo|ang (?:company|kumpanya|team|opisina|office))|(?:may|meron|mayroon)(?: (?:ba|po|kaya|pa))* (?:hiring|bakante(?:ng)?|opening|openings|job openings?|slot|pwesto|puwesto|vacancy|posisyon)|bakante(?:ng)?|job openings?|vacanc(?:y|ies)",
        r"(?:ang |yung |ung )?(?:resume|cv|portfolio|profile|business plan|application) (?:ko|namin|natin)",
        r"(?:kumpanyang|kumpanya na|kakilalang|kakilala na|kompanyang) (?:\w+ )?(?:naghahanap|nag-?ha-?hire|naghahire|hiring)",
        r"(?:nakausap|kinausap|kausapin|natanong|tinanong|nabanggit|binanggit) (?:\w+ ){0,3}(?:boss|manager|hr|head|supervisor|team lead|amo) (?:\w+ ){0,4}(?:position|posisyon|trabaho|role|opening|bakante|application|referral)",
        r"(?:intro|introduction) (?:sa|kay|to)",
        r"pautang|utang(?! na loob)|pahiram|ipahiram|pahiramin|pautangin|(?<!nagpadala\x20ng\x20)(?<!nagbigay\x20ng\x20)(?<!nagpautang\x20ng\x20)(?<!nagpahiram\x20ng\x20)pera|puhunan|investors?|mag-?invest|mag-?iinvest|invest|pondo",
        r"pabor|favor|favour|tulong (?:sa paghahanap|para makahanap|maghanap|makahanap|makapasok)|(?:tulungan|matulungan) (?:mo |niyo |ninyo |nyo )?(?:ako|kami)",
        r"(?:i-?share|ishare|i-?repost|ipasa|i-?forward)(?: (?:mo|niyo|nyo|naman|po|na|lang))* (?:ang |yung |ung )?(?:post|announcement|balita|message|page|video|fundraiser|link) ko|iboto|mag-?donate|donasyon",
    ),
    weak_benefit=(
        r"(?:puwang|pwesto|lugar|espasyo|trabaho|work|job|posisyon|pwesto|puwesto|slot|opportunity|oportunidad|tulong|payo|advice|interview|raket)",
    ),
    for_me=(
        r"para sa akin|para sa'?kin|para sa amin|tulad ko|katulad ko|gaya ko|(?:bigyan|hanapan|ihanap) (?:mo |niyo )?(?:ako|kami)",
    ),
    offer_if=(
        r"(?:kung|pag|kapag|sakaling) (?:may |mayroon |meron )?(?:kailangan|kelangan|need|hanap) (?:ka|mo|kayo|niyo|ninyo|nyo)",
        r"(?:masaya|handa|willing|game|bukas) (?:akong|ako na|po akong|kaming) (?:\w+ )?(?:tumulong|mag-?refer|ipakilala|magpakilala|magbigay|magpadala|mag-?share|i-?refer)",
        r"(?:kita|kayo) (?:\w+ )?(?:ipapakilala|ire-?refer|irerekomenda|tutulungan|matutulungan)|(?:ipapakilala|ire-?refer|irerekomenda|tutulungan|matutulungan) (?:\w+ )?(?:kita|kayo)",
        r"(?:maraming )?salamat (?:sa|po sa)",
    ),
    blast=(
        r"(?:ibalita|ibahagi|ipaalam|sabihin|ianunsyo|i-?announce|i-?update|batiin)(?: (?:ko|lang|po|sa))* (?:sa )?(?:inyong |inyo |ating )?lahat",
        r"(?:mag-?subscribe|magsubscribe|i-?subscribe|mag-?follow|i-?follow|sundan)(?: (?:kayo|kayong|niyo|nyo|po|lahat|na|lang|naman))* (?:sa |ang )?(?:aking |bagong )?(?:newsletter|channel|blog|page|podcast|vlog|youtube)",
        r"(?:hello|hi|kumusta|kamusta|magandang (?:araw|umaga|hapon|gabi)|mabuhay) (?:po )?(?:sa |sa inyong |sa inyo )?(?:lahat|everyone|inyong lahat|mga kaibigan|mga kasama)",
        r"(?:i-?download|idownload|subukan|bisitahin|tingnan|basahin) (?:ang |yung )?(?:libreng |bagong )?(?:guide|ebook|e-book|course|webinar|offer|shop|product|app|template)(?: ko| namin)?",
        r"(?:maipapasa|ipasa|i-?share|ishare|i-?forward|ipamahagi)(?: (?:mo|niyo|ninyo|nyo|po|naman|ang|yung))* (?:link|post|balita|invite|imbitasyon|poster|event|video|page) (?:sa|kay) (?:mga )?(?:[\w'-]+ )?(?:friends|kaibigan|katrabaho|kakilala|contacts|followers)",
        r"sa lahat ng (?:\w+ ){0,2}(?:mga )?(?:kaibigan|kakilala|contacts)|nang pakishare|pakishare nang",
        r"(?:ang |yung )?(?:weekly |monthly |lingguhang |buwanang )?newsletter (?:ko|namin)",
        r"(?:mass|group|gc) (?:message|email|text|chat)|(?:mga )?(?:kaibigan|kapamilya|kamag-?anak) at (?:kapamilya|kaibigan|katrabaho|kakilala)|sa (?:aking |lahat ng aking |lahat ng )?(?:mga )?(?:kaibigan|contacts|kakilala|ka-?batch)(?: ko)?(?:,| at)",
    ),
    self_serving=(
        r"(?:ipapadala|ipapasa|isesend|i-?share|ishare)(?: (?:ko|namin|po|sa'?yo|sayo))* (?:ang |yung )?(?:cv|resume|business plan|deck|portfolio|investor update|newsletter)(?: (?:ko|namin))?",
    ),
    silence=(
        r"(?:nang )?walang paalam|hindi (?:ka |kayo )?(?:man lang )?nagpaalam",
        r"natabunan|nalunod sa inbox|wala pa rin (?:po )?(?:akong|kaming) (?:natatanggap|natanggap) na (?:sagot|reply)",
        r"wala (?:pa rin |pa |parin )?(?:po |pong |ho )?(?:ng )?(?:sagot|reply|tugon|response|paramdam|balita)|(?:kahit|khit) ['\"]?(?:no|hindi|oo o hindi)['\"]? lang",
        r"katahimikan|pananahimik|nanahimik (?:ka|kayo)|(?:biglang )?(?:nawala|naglaho|nawawala) (?:ka|kayo)|parang bula",
        r"(?:walang|wala pa ring|wala paring|wala pang|wala pa rin) (?:reply|sagot|tugon|response|paramdam|balita|imik|kibo)",
        r"(?:hindi|di) (?:ka|kayo) (?:na |pa |man lang )*(?:nagparamdam|umimik|kumibo|nagpakita)",
        r"na-?seen|seenzone|sineen|blue (?:check|ticks?)",
        r"ini-?ignore|iniignore|dinededma|dinedma|dedma|deadma",
        r"(?:naghihintay|naghintay|hinihintay|inaantay|nag-?aabang|umaasa) (?:pa rin |parin |pa )?(?:ako |kami )?(?:ng |sa |nang )?(?:iyong |inyong |mong )?(?:sagot|reply|balita|tugon|response)",
        r"(?:kinakausap|kausap|nakikipag-?usap) (?:ko )?(?:ang |sa )?(?:hangin|pader)",
        r"(?:hindi|di) (?:kita|ka) (?:ma-?contact|makontak|mahagilap|ma-?reach|matawagan)",
    ),
    sting=(
        r"🙃|😒|🙄|😑|😤|😏|🥲|sana all|pagkatapos ng lahat|ako (?:pa )?nga|maaasahan",
        r"nasaktan|masakit|sumama ang loob|nagtampo|nagtatampo|tampo|nalungkot|malungkot|nakakalungkot|nadismaya|nakakadismaya|nainis|nakakainis|bastos|walang modo|sayang|nakakasama ng loob",
        r"siguro|malamang|halata|kita naman|gets ko(?: na)?|sige na lang|bahala ka|ganun pala|ganon pala|ganoon pala",
        r"(?:masyado|sobrang|sobra|napaka)(?:ng)? ?(?:busy|abala|importante|sikat)|mas (?:mahalaga|importante)|(?:hindi|di) ako (?:importante|priority|mahalaga)|wala (?:kang|kayong) (?:pakialam|paki|pake)",
        r"pagkakaibigan|akala ko|inakala ko|inaasahan ko|(?:pagkatapos|matapos) ng lahat|utang na loob|respeto|galang|kagandahang-? ?asal",
        r"(?:tinulungan|ni-?refer|nirefer|inirekomenda|pinakilala|ipinakilala|sinalo|tinakpan) (?:kita|ko kayo)",
        r"na naman|ulit na naman|gaya ng dati|tulad ng dati|sanay na (?:ako|kami)|salamat na lang|buti ka pa|suko na ako|ayoko na|hindi na ako uulit",
        r"may nagawa ba akong mali|may ginawa ba ako|galit ka ba|galit ba kayo|may problema ba|anong nagawa ko|may nasabi ba ako|buhay ka pa ba",
    ),
    own_silence=(
        r"(?:akong|ako|ko) (?:\w+ )?walang (?:paramdam|kibo)",
        r"(?:ang )?(?:aking |ko(?:ng)? )?(?:katahimikan|pananahimik) ko|sa (?:side|part|parte) ko|kasalanan ko|(?:nawala|nanahimik|naging busy|naging abala) ako|ako (?:ang )?(?:nawala|nanahimik)",
        r"nawalan (?:tayo|kami) ng (?:contact|komunikasyon|balita)|nagkawalaan tayo|nagkalayo tayo|(?:hindi|di) na tayo nagkausap|sa pagitan natin|(?:taon|buwan|taong|buwang) (?:na |ng )?(?:katahimikan|walang usap)",
        r"(?:sorry|pasensya(?: na)?|patawad|paumanhin)(?: po)? (?:sa|for|kung|at) (?:ang |aking |my |the )?(?:katahimikan|pananahimik|silence|pagkawala|late reply|matagal (?:na )?(?:hindi )?(?:pagsagot|pag-?reply)|nawala ako|hindi ako nagparamdam|ngayon lang)",
    ),
    guilt=(
        # Rounds 23/24. Found out from others, too late: "nalaman ko na lang sa FB na nandito ka pala", "nalaman
        # ko pa kay Ana" ("nalaman ko lang sa FB na ikinasal ka, congrats!" is how news travels, no reproach).
        r"nalaman ko (?:na lang|na lamang|pa) (?:sa|kay|mula sa)",
        # Time for us, at last: "sana may time ka na rin para sa mga dati mong kaibigan", "pag may time ka na para sa amin".
        r"(?:may|magka|magkaroon ng) ?(?:time|oras|panahon) (?:ka|kayo) (?:na|nang) (?:rin |din |naman )?para sa (?:amin|akin|min|kin|atin|aming|mga)",
        # Thinking oneself blocked or forgotten: "akala ko na-block mo na ako".
        r"akala ko (?:[\w'-]+ ){0,2}?(?:na-?block|binlock|bi-?nlock|blinock|na-?unfriend|in-?unfriend|inunfriend|nakalimutan|kinalimutan|ini-?ignore|dinededma|iniiwasan|binura|dinelete) (?:mo|niyo|ninyo|nyo) (?:na )?(?:ako|kami)",
        # Round 19/21/22 reproaches, by construction (see each line)
        # Singled out: "buti pa sila naaalala mo pa", "buti pa si Mely in-invite mo"
        r"buti pa (?:sila|siya|sina? [\w'-]+|(?:yung|ang) iba|ibang tao)(?: at (?:si )?[\w'-]+)?[, ]+(?:[\w'-]+ ){0,2}(?:naaalala|naalala|inaalala|inimbita|inimbitahan|iniimbita|ininvite|in-?invite|sinasagot|sinagot|pinapansin|pinansin|nirereplyan|nire-?replyan|kinukumusta|kinumusta|binabati|binati) (?:mo|niyo|ninyo|nyo)",
        # Knowing one's place, their new world: "alam ko na kung saan ako lugar", "iba na ang mundo mo ngayon"
        r"alam (?:ko|kong) (?:naman |na |po |nang )*(?:kung )?(?:saan|nasaan) (?:ang )?(?:ako(?:ng)? lugar|lugar ko|ako lulugar|ako nakalugar)|(?:alam|kilala) ko na ang lugar ko",
        # (resigned, not glad: "iba na ang mundo mo ngayon, ang saya!" admires)
        r"(?:(?:naiintindihan|gets|alam) ko(?: naman| na)?,? |siguro |kasi )iba na (?:talaga |nga |pala )?(?:ang|yung|ung) (?:mga )?(?:kaibigan|mundo|barkada|circle|kasama|level|ka-?close) (?:mo|niyo|ninyo|nyo)|iba na kasi (?:ang|yung|ung) (?:mga )?(?:kaibigan|mundo|barkada|circle|kasama|level|ka-?close) (?:mo|niyo|ninyo|nyo)",
        r"(?:sige|ok|okay|oo)[,.]? alam ko na(?=\s*[.!]|\s*$)",
        # Fame, then forgetting, in either order: "alam ko big time ka na kaya baka di mo na ko maalala"
        near(_FAME_TL, _FORGOT_TL, gap=8),
        near(_FORGOT_TL, r"(?:kasi|dahil|porke'?t|ngayong) " + _FAME_TL, gap=8),
        # Used to being forgotten: "sanay naman ako na nakakalimutan", "nasanay na kami na dinededma"
        r"(?:sanay|nasanay) (?:na |naman |na naman |na rin )?(?:ako|kami)(?: na| sa)? (?:[\w'-]+ )?(?:nakakalimutan|kinakalimutan|nakalimutan|iniiwan|naiiwan|dinededma|dedma|binabalewala|hindi pinapansin|di pinapansin|hindi sinasagot|di sinasagot|ini-?ignore|naiitsapuwera|itsapuwera|seen)",
        # The one-sided friendship: "kami na lang yata dito ang nakakaalala pa sa 'yo", "ako na naman nauna mag-message"
        # ("ako lang ba ang nakakaalala ng kantang yun?" wonders, and remembers a thing, not them)
        rf"(?:ako|kami) (?:na )?(?:lang|lamang)(?! ba\b) (?:yata |ata |naman |talaga |lagi |palagi |yung |ang )*(?:[\w'-]+ ){{0,4}}?(?:ang |yung )?(?:laging |palaging )?{_REACH_TL}(?![\w])(?! (?:ng|nung|noong|yung|ung|ang) (?!ganito|ganyan|ganoon|ganun))",
        r"(?:ako|kami) (?:na naman|nanaman|ulit|lagi|palagi|parati|as usual) (?:ang |yung )?(?:nauna|naunang|unang|nauuna|nauunang|mauuna|laging nauuna)",
        # Answering now, unlike then: "sana ngayon sumasagot ka na... hindi tulad nung eleksyon"
        rf"sana (?:ngayon|this time|naman) (?:ay )?{_ANSWER_TL} (?:ka|kayo|mo|niyo|ninyo) na",
        near(
            rf"{_ANSWER_TL} (?:ka|kayo|mo|niyo|ninyo)",
            r"(?:hindi|di) (?:tulad|gaya|katulad) (?:nung|noong|ng|nang|dati)",
            gap=10,
        ),
        # What they should have done: "pero sana man lang sinabi mo", "sana man lang nagparamdam ka"
        r"sana (?:naman )?(?:man lang|manlang) (?:ay )?(?:[\w'-]+ )?(?:[bcdfghklmnprstwy]in[\w-]+|nag-?[\w-]+|[bcdfghklmnprstwy]um[\w-]+|ni-?[\w-]+|in-?[\w-]+) (?:mo|ka|kayo|niyo|ninyo|nyo)(?![\w])",
        # Pleading by the years shared: "sana naman ay mabigyan mo ako kahit limang minuto, magkasama naman tayo ng apat na taon"
        rf"(?:sana (?:naman|man lang)|kahit)[^.!?\n]{{0,80}}{_SHARED_TL}",
        rf"{_SHARED_TL} (?:ng|nang) (?:[\w-]+ ){{0,2}}(?:taon|taong|buwan|dekada)",
        # Sarcasm about their stature: "baka mapagod ka pang magbasa ng email galing sa aming mga taga-probinsya"
        r"(?:mapagod|mangalay|mahirapan|mabagot|ma-?bore|maistorbo) (?:ka|kayo) (?:pa |pang )(?:mag-?basa|magbasa|pagbasa|basahin|mag-?reply|magreply|sumagot|sagutin|mag-?text)",
        r"(?:aming|kaming|naming) mga (?:hamak na |simpleng |ordinaryong |maliliit na |mahihirap na )?(?:taga-?probinsya|probinsyano|probinsyana|hamak|mahihirap|ordinaryong tao|simpleng tao|maliliit na tao|dukha|nobody|walang pangalan)",
        # Heard from them last when they took: "ngayon lang ulit kita narinig mula nung nangutang ka"
        rf"(?:mula|simula|since|huli|last) (?:pa )?(?:nung|noong|nang) (?:[\w'-]+ )?{_TOOK_TL} (?:ka|kayo)",
        # Late and gone: "dumating ka nung tapos na ang programa", "umalis ka rin agad pagkatapos kumain"
        r"(?:dumating|sumipot|dumalo|pumunta|nakarating) (?:ka|kayo) (?:na )?(?:nung|noong|nang) (?:tapos|patapos|uwian|paalis)|umalis (?:ka|kayo) (?:rin |din |na )?agad (?:pagkatapos|pagkakain|pagkakuha|nung|noong)",
        # Seen active while silent, said with "naman"/"pala" ("mukhang active ka naman sa Facebook");
        # "super active ka sa TikTok at ang dami mong followers" admires.
        r"(?:active|online) (?:ka|kayo) (?:naman|pala)(?: dito| diyan| dyan)? sa (?:facebook|fb|ig|instagram|tiktok|linkedin|messenger|viber|twitter)",
        r"(?:naalala|maalala|alalahanin|maalala) mo (?:kung )?sino (?:ang )?(?:tumulong|nagpasok|nag-?\w+) sa(?:'?yo|iyo|inyo)",
        r"(?:ngayong|ngayon na|porke'?t) (?:\w+ )?(?:asensado|sikat|mayaman|big time|successful) (?:ka|kayo) na|hindi tulad (?:nung|noong) (?:\w+ ){0,3}nakalimutan mo",
        r"kapag may kailangan (?:ka|kayo) lang|pag may kailangan (?:ka|kayo) lang",
        r"hindi (?:ka|kayo) (?:man lang|manlang) (?:pumunta|dumalo|nagpaalam|bumati|tumawag|nag-?text|sumipot|dumating)",
        r"hindi na (?:talaga )?(?:ako|kami) importante sa(?:'?yo|iyo|inyo| inyo| iyo)",
        r"inangkin mo|kinuha mo (?:ang|yung) credit",
        r"ako lang (?:ang|yung) (?:laging )?(?:nag-?\w+|sumusulat|nangangamusta)",
        r"(?:sa |ng |via )?(?:kalapati|carrier pigeon|smoke signal)|bermuda triangle",
        r"(?:porke'?t|porket|porque|dahil) (?:nasa|taga|nasa ibang|naging|may) (?:\w+ ){0,4}(?:wala ka nang|hindi mo na|ayaw mo na|nakalimutan mo na)",
        r"wala (?:ka|kayo) (?:na|nang|ng) (?:oras|time) (?:sa|para sa|para) (?:amin|akin|atin|min|kanila)",
        r"(?:nakakatampo|nakakasama ng loob|nakakalungkot) (?:ka|kayo|naman kayo|naman ka|ka na|kayo na)|nagtatampo (?:na )?(?:ako|kami) sa(?:yo|'yo|iyo|inyo| inyo| iyo)",
        r"(?:ako|ako lang|ako lamang) (?:yata |ata |lang |naman )*(?:lagi|palagi|laging|palaging|ang laging|ang palaging) (?:ang |na )?(?:nag-?\w+|tumatawag|sumusulat|nangangamusta)",
        r"sana (?:naman )?(?:po )?man lang (?:\w+ ){0,2}(?:thumbs up|reply|sagot|seen|oo|hindi|salita|like)|(?:kahit|khit) (?:isang )?(?:linya|sagot|reply) man lang",
        r"(?:ika-?\w+|ikalawa|ikatlo|ikaapat|ikalima|ikaanim|pang-?\w+|pangalawa|pangatlo)(?:ng|ang)? (?:email|message|mensahe|text|try|subok|beses|follow ?up) (?:ko )?(?:na )?(?:po )?(?:ito|'?to|to)",
        r"(?:tumigil|huminto) (?:ka|kayo) (?:na )?(?:sa )?(?:pag-?reply|pagsagot|pagreply|pag-?text|pagtext)",
        r"seen mo na (?:pala|lang|naman)|(?:na-?)?seen (?:mo|niyo|ninyo) (?:na )?pala",
        r"(?:hindi|di) ako nagtatanim(?: ng sama ng loob)?|(?:hindi|di) sa (?:nanunumbat|nagsusumbat)|binabasa mo naman|nababasa mo naman",
        r"(?:hindi|di) na (?:po )?ako (?:magtatampo|magagalit|masasaktan) kung (?:di|hindi)|(?:hindi|di) ko (?:naman )?(?:po )?(?:ito|to) (?:sinusumbat|isinusumbat)|(?:sumbat|isusumbat)",
        near(
            r"ako (?:po )?ang (?:nagpahiram|nagbayad|nagpautang|nag-?abono|nagdala|tumulong|nag-?cover)",
            r"sana (?:naman )?(?:po )?(?:ay )?(?:matulungan|tulungan|maalala)",
            gap=20,
        ),
        r"nagtampo ako|parang hindi na tayo magkakilala|(?:ako|ako na naman) (?:na naman )?ang unang nag-?(?:message|text|chat)|hindi na kami maabot|(?:mga )?tulad namin|(?:kapag|pag) may time ka na para sa (?:amin|akin)",
        r"(?:na )?hanggang ngayon (?:ay )?wala pa (?:pong|ring|rin)? ?(?:tugon|sagot|reply)|(?:pangatlo|pang-?apat|pangalawa|pang-?\d+)(?:ng|ang)? follow-?up|nakita (?:ko|kong) (?:active|online) ka|nag-?aabang ng sagot",
        r"\d+(?:rd|th|nd|st) (?:message|text|email|try) (?:na|ko)|(?:nalaman|narinig) ko pa (?:sa|kay) [\w']+ bago sa'?yo",
        near(
            r"(?:kinover|sinalo|tinakpan|tinulungan) (?:ko )?(?:kita|ka|kayo)",
            r"(?:kaya|so) (?:umasa|akala|inasahan|sana)",
            gap=16,
        ),
        r"(?:naka-?seen|seen na|nakalagay na seen)|wala na akong (?:kwenta|halaga|silbi) sa'?yo|buhay ka pa pala|(?:kinalimutan|nakalimutan) mo na (?:kami|kaming|ako|akong)",
        r"(?:ilang|maraming|\d+) beses na (?:po )?(?:akong|kong|ko kayong|kitang) (?:nag-?|nagme-?)?(?:message|mensahe|text|email|tawag|chat|follow ?up|minessage|tinext|tinawagan)",
        r"pang-?(?:apat|lima|tatlo|anim) (?:ko )?(?:na )?(?:'?tong |itong |ito |ang |yung )?(?:message|mensahe|text|email|try|beses)|sana (?:this time|ngayon) (?:ay )?(?:mabasa|masagot|mapansin|sumagot)",
        r"(?:sana )?(?:di|hindi) na (?:ulit )?abutin ng (?:[\w'-]+ ){1,2}bago ka (?:mag-?reply|magparamdam|sumagot|mag-?message)|kaya pala (?:wala kang oras|hindi ka sumasagot|di ka nagre-?reply)",
        near(
            r"(?:ako ang nag-?refer|ni-?refer kita|pinakilala kita|ako (?:po )?ang nagpadala)",
            r"(?:kaya|so|sana (?:po )?ngayon)",
            gap=12,
        ),
        r"(?:nakita|napansin) ko (?:pong |po |naman |namang )?(?:na )?(?:na-?seen|seen|nabasa) (?:mo|niyo|ninyo|na)|(?:nakita|napansin) ko (?:pong |po )?na online (?:ka|kayo)",
        r"(?:ako (?:lagi |palagi |lang )?(?:ang|yung)|ako (?:lagi|palagi|lang)|lagi akong|palagi akong) (?:tumatawag|nagme-?message|unang nagme-?message|nag-?aaya|nagpaparamdam)",
        r"nasanay na (?:ako|kami) (?:na|sa) (?:hindi|di|walang|ganyan|ganito|seen|dedma|deadma)|sana all (?:nirereplyan|nire-?replyan|sinasagot|pinapansin)|ang hirap mo nang (?:abutin|hagilapin|kausapin)",
        r"(?:salamat|thanks) (?:sa|for the) (?:reply|sagot)(?: [\w'-]+){0,3},? better late than never|(?:salamat|thanks) (?:at )?sa wakas|akala ko (?:hindi|di) ka na (?:sasagot|magre-?reply)",
        r"umasa (?:po )?(?:man lang )?ako (?:na )?(?:ng )?(?:kahit )?(?:sagot|reply)|(?:kahit|khit) ['\"]?hi['\"]? lang",
        near(
            r"noong (?:kailangan mo|kailangan niyo|kailangan ninyo)",
            r"(?:ako ang|nandiyan ako|tinulungan kita|tinulungan ko kayo|hindi ako nagdalawang-?isip)",
            gap=10,
        ),
        r"(?:naalala|natatandaan) ko (?:pa )?(?:po )?(?:noong|nung) (?:tinulungan|sinalo|tinakpan) (?:ko|kita)(?: kayo| ka)?",
    ),
    favour_recalled=(
        r"(?:sa|pagkatapos ng|matapos ang|after) lahat ng (?:naitulong|itinulong|ginawa|nagawa|naibigay|ibinigay|tulong|sakripisyo) ko",
        r"\bako (?:po )?(?:pa |mismo )?(?:yung|ang|yong|iyong|'yung) (?:nag-?(?!message|email|text|chat|pm|dm|tawag|send|reply|follow)\w+|tumulong|sumalo|nagpahiram|nagbayad|nagrekomenda|nagpasok|nagpautang|nagpasa)",
        r"\b(?:tinulungan|pinahiram|pinautang|ni-?refer|nireto|ni-?reto|inendorse|in-?endorse|ni-?recommend|inirekomenda|sinalo|pinasok|ipinasok|sinamahan|pinatira|pinatuloy|sinagot ko ang gastos ng) (?:ko )?(?:po )?(?:kita|ka|kayo|ikaw)\b",
    ),
)
