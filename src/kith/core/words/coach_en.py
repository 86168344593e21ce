"""English patterns for the coach (see ``coach_patterns`` for how they are written and matched)."""

from __future__ import annotations

from kith.core.words.coach_grammar import Grammar, near
from kith.core.words.coach_patterns import CoachPatterns

# Building blocks: negated auxiliaries ("didn't", "have not", "still haven't"), reply verbs in
# every form, and the messages they refer to.
_NOT = (
    r"(?:still |just |simply |even |ever )*"
    r"(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|won'?t|wouldn'?t|couldn'?t|can'?t|cannot|"
    r"don'?t|do not|have yet to|failed to|chose not to|decided not to|bothered to)"
    r"(?: even| ever| once| yet| still| bother(?:ed)? to| care to)*"
)
_REPLY = (
    r"(?:repl(?:y|ied|ying)|respond(?:ed|ing)?|answer(?:ed|ing)?|get(?:ting)? back|got(?:ten)? back|write back|"
    r"wrote back|written back|writ(?:e|ing) me back|acknowledg(?:e|ed|ing)|return(?:ed)? my \w+|call(?:ed)? (?:me )?back|"
    r"text(?:ed)? (?:me )?back|read my \w+|open(?:ed)? my \w+|look(?:ed)? at my \w+)"
)
_MSG = r"(?:e-?mails?|messages?|notes?|mails?|texts?|dms?|inmails?|letters?|voicemails?|calls?|requests?|invitations?)"
_PREVIOUS = r"(?:last|previous|prior|earlier|first|original|other|past \w+|few|several|many|\w+ (?:last|previous))"
_YOU = r"(?:you|u|ya)"

PATTERNS = CoachPatterns(
    language="en",
    accusatory=(
        # "you never replied", "you still haven't gotten back to me", "you didn't even answer"
        rf"{_YOU}(?:'ve|'d| have| had)? {_NOT} {_REPLY}",
        rf"{_YOU}(?:'ve| have)? (?:clearly |obviously |probably |must have |apparently )?(?:ignored|ignoring|ghosted|ghosting|snubbed|blew me off|left me on (?:read|seen))",
        rf"(?:ignor(?:ed|ing)|skipp(?:ed|ing)) (?:all )?(?:of )?my (?:\w+ )?{_MSG}",
        r"(?:left|leave|leaving) me (?:on read|hanging|on seen)",
        r"no (?:reply|response|answer|word) (?:at all |whatsoever )?(?:from you|back|yet)",
        rf"(?:why|how come) (?:haven'?t|didn'?t|won'?t|don'?t|have not|did not) {_YOU} {_REPLY}",
        rf"did {_YOU} (?:even|ever) (?:get|see|read|receive|open|look at) my",
        # "I haven't heard from you in ages" can open a friendly note; "still" or "back" makes it a reproach.
        r"(?:i )?(?:still haven'?t heard (?:back )?(?:anything )?from you|haven'?t heard back (?:anything )?from you)",
        r"(?:since|as|because) i (?:haven'?t|have not|never|didn'?t) (?:heard|gotten|got|received) (?:a |any )?(?:back|reply|response|answer|word)",
        r"(?:i'?m |i am |been |still )*(?:still )?waiting (?:for|on) (?:a |an |your )?(?:reply|response|answer)",
        r"(?:still|been) waiting to hear (?:back )?from you",
        # "as I said in my last email", "per my previous message", "as previously mentioned"
        rf"as i (?:already )?(?:said|mentioned|wrote|noted|stated|explained|asked|told you|pointed out)(?: to you)?(?: (?:in|on|with) my {_PREVIOUS} (?:\w+ )?{_MSG})?",
        rf"(?:as )?per my {_PREVIOUS} {_MSG}|(?:as )?per my (?:last|previous|prior|earlier) (?:two|three|four|few|several|\d+) {_MSG}",
        rf"as (?:mentioned|stated|noted|requested|explained|discussed) (?:in|on) my {_PREVIOUS}",
        r"as (?:previously|already) (?:mentioned|stated|noted|said|requested|explained)",
        r"i (?:already|previously) (?:told|asked|sent|wrote|emailed|messaged|explained)",
        # "this is my third email" counts the silence; "this is my last note" is how a last message should end.
        rf"(?:this is|it'?s|it is) (?:now )?my (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:attempt|try|time|{_MSG}|follow[- ]?up)",
        r"(?:this is|it'?s|it is) (?:now )?my (?:\w+ and )?(?:final|last) (?:attempt|try)",
        r"i'?v?e? (?:have )?(?:now )?(?:already )?(?:emailed|written|messaged|texted|reached out|tried|pinged|contacted|called)(?: to)?(?: you)? (?:several|multiple|many|a few|a couple of|numerous|two|three|four|five|\d+) times",
        # Bumping and inbox-surfacing
        rf"bump(?:ing|ed)? (?:this|it|my (?:\w+ )?{_MSG}|this (?:thread|email|message)|up)",
        r"(?:top|front) of your inbox",
        r"(?:float|resurfac|bring|bounc|nudg)(?:e|es|ed|ing)? (?:this|it) (?:back )?(?:up|to the top)",
        r"(?:gentle |friendly |quick )?reminder that i (?:wrote|emailed|messaged|reached out)",
        # Guilt: "I guess you're too busy", "you must be too important to answer"
        rf"i (?:guess|suppose|assume|imagine|figure) {_YOU}(?:'re| are| were|'ve been| have been)? (?:just |probably |simply )?(?:too|very|so|really) (?:busy|important)",
        rf"{_YOU} (?:must|might) (?:be|have been) (?:too|so) (?:busy|important)",
        r"(?:too|so) (?:busy|important) to (?:reply|respond|answer|write back|get back)",
        rf"i (?:guess|suppose|assume) {_YOU} (?:don'?t|do not|no longer|didn'?t) (?:care|remember|want)",
        r"(?:the )?(?:least|minimum) you could (?:do|have done)",
        r"(?:basic|common) (?:courtesy|decency|manners)",
        r"(?:would|it'?d|it would) (?:be|have been) nice (?:of you )?to (?:get|hear|receive|have) (?:a |an |some )?(?:reply|response|answer|word)",
        r"(?:a|the) (?:simple|quick) (?:yes or no|reply|response|answer) (?:would|is|isn'?t|takes)",
        r"take (?:your|the) silence as",
        r"(?:i'?ll|i will|i'?m going to|i am going to) (?:just )?(?:assume|take it) (?:that )?you(?:'re| are)? (?:not|no longer|too busy|don'?t)",
        r"forgot (?:about )?me",
        r"(?:better|more important) things to do",
        r"(?:not|isn'?t|wasn'?t|that|so|how) hard (?:is it |was it )?to (?:reply|respond|answer|write back|get back|drop a line|say no)",
        r"would(?: have|'ve) been (?:nice|good|polite|courteous|decent|appreciated)",
        r"(?:trying|tried|been trying|waiting|waited|been waiting) (?:to (?:reach|get hold of|contact|get through to|hear from|hear back from) you )?(?:for|since) (?:a |two |three |four |several |many |over a |almost a |\d+ )?(?:weeks?|months?|ages|forever)",
        r"(?:^|\n)\s*(?:hello|hola|pronto|hallo|uy|hoy|huy|ciao|oi)\s*\?",
        r"(?:no|without (?:a |any )?)(?:acknowledge?ment|reply|response|answer|word back)",
        # "you read my message and never answered": the subject and the negated verb apart.
        rf"{_YOU} (?:(?!i\b|we\b|they\b|he\b|she\b)[\w']+ ){{1,7}}(?:and |but |then )?(?:never|didn'?t|did not|haven'?t|have not|hasn'?t) (?:even |ever |once |yet |bother(?:ed)? to )?{_REPLY}",
        r"(?:for|per) the (?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|umpteenth|nth|hundredth|millionth) time",
        r"(?:the )?courtesy of (?:a|an|any) (?:reply|response|answer)",
        r"(?:since |as |because )?you (?:obviously |clearly |apparently |evidently )?(?:don'?t|do not|didn'?t|couldn'?t) (?:care|give a damn)",
        r"(?:messaged|texted|emailed|e-mailed|wrote|written|called|pinged|dm'?d|contacted|reached out to) (?:to )?you (?:like |about |already |now |maybe |at least )?(?:\d+|two|three|four|five|six|several|many|multiple|a few|so many|a million|a dozen|a hundred) times",
        r"(?:hello|hey|hi|you there|are you there|anyone there|ci sei|pronto|estas|sigues ahi|hola|nandiyan ka ba|andyan ka ba)\s*\?{2,}",
    ),
    familiarity=(
        r"same old(?: same old)?|(?:our|the) usual (?:spot|place|table|bar|order|haunt)",
        r"as (?:always|usual|ever)",
        r"like (?:we )?(?:always|usual)(?: (?:say|said|do|did))?",
        r"like old times",
        r"same as (?:always|ever|usual)",
        r"(?:hey|hi|hello|yo|sup|what'?s up|howdy|morning) (?:there )?(?:buddy|bud|bro|brother|dude|pal|mate|man|bestie|sis|homie|champ|my man|my friend|old friend|stranger|amigo)",
        r"my (?:dear|old|best|good|favou?rite) (?:friend|buddy|pal|mate)",
        r"(?:bestie|bff)",
        r"(?:you know me|you know how i am|our usual|the usual(?! excuses| suspects| story| caveats))",
        r"we (?:always|used to always) (?:say|said|joke|joked)",
    ),
    blast=(
        r"(?<!my\s)dear (?:hiring manager|recruiter|recruiting team|hr team|all|everyone|everybody|friends|colleagues|connections|network|contacts|team|sir(?:s)?(?: or|/| / )madam|sir|madam|friend|colleague|member|customer|valued \w+)",
        r"to whom it may concern",
        r"(?:hi|hello|hey|greetings) (?:to )?(?:all|everyone|everybody|folks|all of you|y'?all|friends|colleagues|connections|network)",
        r"(?:writing|reaching out|sending this|emailing|messaging) to (?:all|everyone|every one|each) (?:of )?(?:my|in my) (?:\w+ )?(?:contacts|connections|network|friends|colleagues|list)",
        r"(?:reaching out|writing|sending this|emailing|messaging|contacting|getting in touch) (?:to|with) (?:\w+ ){0,3}(?:in|from|of) my (?:\w+ )?(?:network|contacts|connections|address book|circle)",
        r"(?:all|everyone|each) (?:of )?(?:in )?my (?:\w+ )?(?:contacts|connections|network|address book|mailing list)",
        r"(?:forward|share|pass) (?:this|it) (?:on |along )?(?:with|to) (?:anyone|everyone|your network|your contacts|friends)",
        r"(?:click|tap) (?:here )?to unsubscribe|unsubscribe (?:here|below|at any time)",
        r"you(?:'re| are) receiving this",
        r"(?:check out|subscribe to|sign up (?:for|to)|follow|read|visit|like and share) my (?:new |latest |weekly |monthly )?(?:blog|newsletter|substack|podcast|channel|vlog|website|site|page|posts?|articles?)",
        r"(?:like|share|subscribe|repost)(?:,| and) (?:share|subscribe|comment|follow)",
        r"(?:my|our) (?:weekly|monthly) (?:newsletter|update|digest)",
    ),
    ask=(
        r"(?:can|could|would|will) you (?:please |possibly |kindly |maybe |perhaps |also |just )?(?:refer|recommend|introduce|connect|put|pass|forward|endorse|vouch for|hire|get|help) me",
        r"(?:can|could|would|will) you (?:please |possibly |kindly |maybe |also |just )?(?:pass|forward|share|send|give) (?:along |on )?my (?:cv|resume|résumé|profile|application|portfolio)",
        r"(?:can|could|would|will) you (?:please )?put (?:in )?a (?:good )?word (?:in )?for me",
        r"(?:willing|able|happy|open) to (?:refer|recommend|introduce|hire|vouch for) me",
        r"(?:mind|consider) (?:referring|recommending|introducing|hiring|endorsing) me",
        r"(?:refer|recommend|introduce) me (?:to|for)",
        r"(?:pass|passing|forward|forwarding|send|sending|share|sharing) (?:along |on )?my (?:cv|resume|profile|application|portfolio)",
        r"(?:be|come on|join(?: us| me)?|appear|speak) (?:as |on )?(?:a |my |our )?(?:guest|speaker|panelist|panellist|mentor|advisor|adviser|reference|referee)",
        r"(?:share|forward|pass) (?:this|it|my (?:\w+ )?(?:post|announcement|message|news))(?: on| along)? (?:with|to) (?:your|anyone|everyone|friends)",
        r"(?:are|is) (?:you|your (?:company|team|firm|department|group)|you guys) (?:currently |still |by any chance )?hiring",
        r"(?:any|are there (?:any)?|do you (?:have|know of)(?: any)?) (?:open |available )?(?:openings|open roles|roles open|vacancies|positions|job openings|opportunities) (?:at|in|on) (?:your|the)",
        r"(?:help|helping) me (?:get|find|land|secure|look for) (?:a |an |some )?(?:job|role|position|work|internship|interview)",
        r"(?:looking|searching) for (?:a )?(?:job|new role|new position|work)\W+(?:can|could|would|do) you",
        r"(?:i need|i have|ask you|asking you|ask|asking) (?:for )?a (?:small |big |huge |quick |little |personal )?favou?r",
        r"(?:can|could|would) you (?:do me )?a (?:small |big |huge |quick )?favou?r",
        r"(?:can|could|would) you (?:lend|loan|spot|front) me",
        r"(?:ask|asking) (?:you )?for (?:a |an )?(?:job|referral|recommendation|introduction|intro|loan|money)",
        r"i was hoping you could (?:refer|recommend|introduce|help me (?:get|find|land))",
        r"put in a (?:good )?word for me",
        r"put (?:me|my name) forward|nominate me|put my name in",
        r"(?:introduc|referr?|recommend|endors)\w* me (?:to|for|with|at)",
        r"you (?:could|can|would|might|will)(?: please| possibly| kindly| maybe| perhaps| ever)? (?:refer|recommend|introduce|connect|put|pass|forward|hire|get|help) me",
        r"(?:connect|introduce|put) me (?:with|to|in touch)",
        r"(?:does|do|would|will|could|can) (?:your (?:company|team|firm|employer|org|organi[sz]ation)|you(?: guys)?) (?:\w+ )?(?:sponsor|hire|take on|have (?:any )?(?:openings|roles|positions|vacancies|headcount))",
        r"(?:willing|able|open|interested) to invest",
        r"invest (?:in|into) (?:my|our) \w+",
        r"(?:if you )?(?:hear|know) of (?:anything|something|any (?:openings|roles|positions|jobs|opportunities|vacancies))",
        r"keep me in mind for",
        r"(?:know|hear) of (?:any )?(?:open |available )?(?:openings|open roles|roles|vacancies|positions|job openings|opportunities) (?:at|in|on) (?:your|the)",
    ),
    request=(
        r"(?:would|will|'d) be (?:greatly |much |really |very |hugely )?(?:appreciated|grateful|helpful|amazing)",
        r"(?:i'?d|i would|i'?ll|i will|i) (?:really |greatly |truly )?(?:appreciate|be (?:so |very |really )?grateful|be thankful)",
        r"(?:would|it'?d|it would) mean (?:a lot|the world)",
        r"(?:any chance|is there any chance|if you could|if you can|hoping you (?:could|can|might)|wondering if|please)",
        r"(?:can|could|would|will) you",
    ),
    favour=(
        r"referrals?|refer(?:ring)? me|recommend(?:ing)? me|recommendation letter|reference for me|vouch for me",
        r"(?:job|role|position) (?:openings?|for me)|openings|(?:an?|any|the|that|this) opening(?! (?:of|up|night|day|party|event))|vacanc(?:y|ies)|hiring|internships?|an interview|a job|a position",
        r"my (?:cv|resume|portfolio|application)|hire me|get me (?:in|a|an)|a loan|lend me|invest(?:ment)?",
    ),
    negation=(
        # Right before the phrase: "not [asking for a job]", "never [bumping]".
        r"(?:not|never|without|no)\s*$",
        r"(?:don'?t|do not|didn'?t|did not|won'?t|wouldn'?t|never) (?:want|mean|intend|wish|plan|need)(?:ed)? (?:to|for)",
        r"(?:i'?m|i am|am) not (?:trying|going|here|writing|asking|looking|reaching out|expecting|hoping|about)",
        r"(?:not|never) (?:to|trying to|going to|meaning to|wanting to)",
        r"(?:no need|without|rather than|instead of|no pressure)",
        r"(?:this|it) (?:is not|isn'?t) (?:a|an|to|about)",
        r"(?:not|nothing) (?:a|an) (?:ask|request)",
        r"not (?:asking|here|about|looking)",
    ),
    gap=(
        r"(?:been|it'?s been) ~?\d+ ?(?:yrs?|years|months)|last (?:saw|spoke to|talked to) (?:her|him|them|you) (?:at|in|on|when|before)",
        r"[\w]+-(?:year|month) (?:silence|gap|absence|break)|(?:years|months) of (?:silence|radio silence)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:yrs?|years)\s*\?",
        r"how long has it been|has it (?:really )?been (?:[\w'-]+ )?(?:years?|months?)",
        r"(?:it'?s|its) been (?:like |about |almost |nearly |over |more than )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|many) (?:yrs?|years?|months?|mos|decades?)",
        r"(?:it'?s|it has|it'?s been|it has been|has been|been) (?:so |far |way |really |quite |such )?(?:a (?:long |good |little )?(?:while|time|minute|hot minute|spell)|long|ages|forever|too long|a few years|a couple of years|years|(?:almost |nearly |over |more than |about |some )?(?:a |an |one |two |three |four |five |six |seven |eight |nine |ten |a few |several |many |\d+ )?(?:years?|months?|decades?))",
        r"long time(?: no (?:see|talk|chat|speak))?",
        r"(?:since|after) (?:all these|so many|many|a few|several|the) years",
        r"(?:since|after) (?:we|i) (?:last )?(?:spoke|talked|met|saw each other|worked|were|caught up|studied|shared|sat|wrote|emailed|called|visited|saw you)",
        r"(?:since|after) (?:we|i) (?:last )?(?:left|graduated|moved)",
        r"(?:the )?last time we (?:spoke|talked|met|saw|caught up|were|worked)",
        r"(?:haven'?t|have not|hadn'?t|didn'?t|never) (?:really )?(?:been in touch|kept in touch|stayed in touch|talked|spoken|caught up|seen each other|seen you|heard from each other|connected|written)",
        r"(?:lost|fell out of|drifted out of|been out of|out of) touch",
        r"(?:drifted apart|radio silence|out of the blue|been (?:a )?(?:terrible|bad|awful|hopeless|lousy) (?:at|about) (?:keeping|staying) in touch)",
        r"(?:sorry|apologies) (?:for|about) (?:the |my )?(?:long |years of |radio )?(?:silence|absence|disappearing|going quiet|being quiet|being (?:so )?(?:out of touch|quiet|absent))",
        r"(?:been|was) (?:so )?(?:quiet|silent|absent|mia|awol)",
        r"(?:years|ages|forever|a decade|a while|so long|months) (?:since|ago)",
        r"(?:back|way back) (?:in|at|when) (?:\d{4}|the day|school|university|college|uni|our)",
        r"(?:hard|crazy|wild|strange) to believe it'?s been",
        r"(?:these|all these|the past|the last) (?:few |\w+ )?years",
        r"too many (?:\w+ )?(?:years|christmases|summers|winters|birthdays|months) since",
        r"(?:since|in) (?:19|20)\d\d",
        r"(?:if|whether) you (?:still |even )?remember me",
    ),
    reason=(
        r"(?:just )?(?:gone|going|went) freelance|(?:i'?m|i am) (?:now )?(?:applying|starting|launching|opening|moving|relocating|retiring|raising)|(?:got|have|finally got) the (?:shop|store|business|restaurant|cafe|studio|practice|bakery|salon) open",
        r"(?:why now|the reason|reason|purpose)\s*:|freelanc(?:e|ing|er)(?: again| now| full[- ]time)|(?:we|i) (?:just )?(?:launched|are launching|'re launching)|(?:today|this week) (?:we|i) (?:launch|are launching|go live)",
        r"(?:i'?ve|i have|i) (?:just |recently )?been (?:made|named|appointed|promoted|elected|hired|offered|accepted)",
        r"(?:i'?m|i am|i'?ll be|we'?re|we will be) (?:in|visiting|coming to|going to|heading to|flying to|passing through) [a-z]+ (?:for|next|this|in|on)",
        r"(?:my )?(?:cousin|brother|sister|son|daughter|friend|nephew|niece|partner|wife|husband|kid)(?: is)? (?:needs|is looking for|looking for|wants|is applying)",
        r"(?:seeking|looking for|searching for|exploring|in search of) (?:new |fresh |exciting |an? |some )?(?:opportunities|opportunity|roles?|work|jobs?|positions?|openings|internships?)",
        r"(?:my|our) (?:transition|switch|career change|pivot|move|relocation)",
        r"job[- ]hunting|between jobs|(?:after|since) (?:the |my )?(?:layoffs?|redundancy)|(?:was|got|been) laid off",
        r"(?:my|our) new (?:\w+ )?(?:website|site|business|company|practice|consultancy|book|podcast|shop|studio|venture|firm)",
        r"(?:i'?m|i am|we'?re|we are) (?:now |finally )?(?:in|based in|living in|settled in|back in) [a-z]+ (?:for good|now|permanently|full[- ]time)",
        r"(?:i'?m|i am|we'?re|we are) (?:now |finally |currently )?(?:trying|hoping|planning|preparing|getting ready|about|looking|aiming) to",
        r"(?:i'?m|i am|we'?re|we are|i'?ll be|i will be) (?:now |finally |just |currently |soon )?(?:moving|relocating|starting|launching|leaving|returning|coming back|back|heading|applying|going back|looking into|looking for|exploring|building|writing|putting together|organi[sz]ing|planning|visiting|setting up|opening|joining|changing|switching|transitioning|pivoting|taking|going to be|about to|in the middle of|researching|working on|raising|hosting|running)",
        r"(?:i|we)(?:'ve| have)? (?:just |recently |finally |officially )?(?:moved|relocated|started|joined|launched|left|finished|graduated|returned|decided|been accepted|accepted|taken|got|gotten|quit|sold|founded|published|set up|opened|landed|switched|completed|wrapped up|come back|become)",
        r"(?:the )?reason (?:i'?m|i am|for) (?:writing|reaching out|my (?:message|email|note))",
        r"(?:writing|reaching out|getting in touch|messaging|emailing|dropping (?:you )?a (?:line|note)|i'?m in touch|texting|calling) (?:to you )?(?:because|since|as|now that|is that|about)",
        r"(?:i |just )?(?:saw|noticed|read|heard|came across|spotted|learned|found out) (?:that|your|you|about|on|the news|in)",
        r"congrat(?:ulation)?s",
        r"(?:next|this|coming|in the new) (?:week|month|year|spring|summer|fall|autumn|winter|quarter|term|semester)",
        r"(?:in|this|next|from|until|by) (?:january|february|march|april|may|june|july|august|september|october|november|december)",
        r"now that",
        r"just (?:got|moved|started|joined|landed|launched|finished|graduated|returned|came back|got back|accepted|signed|opened)",
        r"(?:reminded|remind) me of (?:you|our|the time)",
        r"(?:my|our) (?:new )?(?:move|relocation|job search|search|application|startup|company|project|book|thesis|research|mba|plan|plans|return)",
        r"(?:because|since) i(?:'m| am)",
    ),
    offer=(
        r"(?:offer|i can offer|what i can offer)\s*:|(?:'s|is|are|would be|will be|'ll be) on me|(?:first|next) (?:round|pint|drink|coffee|beer|one)(?:'s| is)? on me|(?:free|for free|free of charge|on the house)(?: for life| for you| for her| for him)?|trade prices",
        r"(?:i )?owe you (?:a|an|one|some) (?:curry|coffee|beer|pint|drink|dinner|lunch|meal|pizza|round)|(?:i can|i could|i'?ll|i will) (?:[\w'-]+ ){0,5}help (?:you |out )?(?:with|out)|(?:^|\n|\. )(?:offer|what i (?:can )?offer):",
        r"if you (?:ever )?want (?:a hand|help|a second pair of hands|an extra pair of hands)|(?:a|an) (?:second|extra|spare) pair of hands",
        r"(?:i|we) (?:can|could|'d|would|will|'ll) (?:\w+ )?(?:get|put|add|bring|take|show|send|give|find|save|book) you",
        r"(?:would|'d) (?:love|like|be happy|be glad) to (?:show|take|buy|treat|host|introduce|help|give|send|cook for) you",
        r"if your (?:team|company|firm|org|startup|group|lab) ever (?:needs?|is looking for|wants|is hiring)",
        r"(?:happy|glad|delighted|keen|willing|eager|pleased|ready|more than happy|be happy|be glad) to (?:help|introduce|share|connect|return|send|pass|put|review|look|give|make|lend|host|show|chat|offer|return|read|walk|buy|treat|do|swap|trade|be)",
        r"(?:if|whenever|when) (?:there'?s|there is|there'?s ever) anything (?:i|we) can (?:do|help)",
        r"(?:if|let me know if|whenever|in case) (?:i|we) can (?:ever |somehow |also |in any way )?(?:help|be of|do|be useful|return|make|introduce|share|connect)",
        r"(?:let me know|tell me|just say|say the word|shout) (?:if|whenever|when) (?:you|there'?s|it)",
        r"(?:i'?d|i would|i'?ll|i will|i can|i could|let me|allow me to) (?:gladly |happily |also |be glad to |be happy to |love to )?(?:help|introduce|return|share|buy|treat|host|connect|send|pass|make an intro|put you|review|show|offer|give|lend|walk you|read)",
        r"(?:coffee|lunch|drinks?|dinner|beers?|the (?:next |first )?(?:round|coffee))(?:'s| is| are|'re)? on me",
        r"my treat",
        r"(?:take|taking) you (?:out )?(?:to|for) (?:lunch|dinner|coffee|a coffee|a drink|drinks|breakfast|brunch|a meal)",
        r"(?:buy|buying|get|getting|shout|shouting) you (?:a |an )?(?:coffee|lunch|dinner|drink|beer|pint|meal|breakfast|round)",
        # "save you a seat", "buy you a coffee": giving something to them.
        r"(?:i'?d|i would|i'?ll|i will|i can|i could|happy to|glad to|love to|like to|let me) (?:\w+ )?(?:\w+) you (?:a|an|some|one|my|our|the first)",
        r"(?:would|'d) (?:love|like|be happy|be glad) to (?:help|lend a hand|pitch in|chip in|treat|buy|take|host|cook|shout)",
        r"return the favou?r",
        r"(?:can|could) be (?:useful|helpful|of (?:use|help))",
        r"in case (?:it'?s|it is|they'?re|they are) (?:useful|helpful|of use|of interest)",
        r"(?:here'?s|here is|attached|i'?m attaching|i attached|sharing) (?:a |an |the |my )?(?:article|link|report|paper|list|notes|contact|deck|guide|summary)",
        r"(?:any|anything) (?:way|ways|thing) i can (?:help|support|be useful)",
        r"if you (?:ever )?need (?:a|an|any|some|someone|help|anything|advice)",
        r"(?:i'?d|i would) be (?:happy|glad|delighted|more than happy) to",
        r"(?:i'?d|i would) (?:love|like) to (?:cook|take you|buy you|treat you|treat you to|shout you|show you|host you|have you|save you|get you|send you|give you|invite you|bring you|lend you)",
        r"(?:offer|offering) (?:you )?(?:my|a|an|some|to)",
        r"(?:you'?re|you are) (?:always )?welcome to",
        r"if (?:that|it|this) (?:would|could|might)? ?(?:be|is|'s) (?:useful|helpful|of (?:use|help|interest))",
        r"(?:my|the) door is (?:always )?open",
    ),
    small_talk=(
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:yrs?|years|months)",
        r"(?:it'?s been|has it been|been) (?:what,? )?(?:[\w'-]+ ){0,3}(?:years?|months?|ages)(?: since [\w'-]+(?: [\w'-]+){0,3})?",
        r"(?:do|would|will) you (?:still |even )?remember me",
        r"how (?:are|r) (?:you|u|ya)(?: doing| keeping| holding up)?(?: these days| lately| nowadays)?",
        r"how(?:'ve| have) you been(?: doing)?(?: lately| these days)?",
        r"how(?:'s| is) it going|how(?:'s| is) (?:everything|life|things|all)(?: going| with you)?",
        r"what'?s (?:up|new|happening)(?: with you)?|you ok|are you (?:well|ok|okay|good)|hope (?:you'?re|you are) (?:well|ok|good)",
        r"how (?:about|are) (?:you|things)(?: with you)?",
    ),
    logistics=(
        r"(?:are|would|will) you (?:be )?(?:free|available|around|up for|open to|interested in|in town|able to (?:meet|chat|talk|call))",
        r"(?:do|would) you (?:have|get) (?:time|a minute|a moment|(?:\d+|a few|ten|fifteen|twenty|thirty) minutes)",
        r"(?:would|do) you (?:like|want|fancy|care) to (?:meet|grab|get|have|catch up|hop|jump|talk|chat)",
        r"(?:want to|wanna|shall we|should we|could we|can we|let'?s) (?:grab|get|meet|have|catch up|schedule|hop|jump|set up|find)",
        r"(?:does|would|is) (?:next|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a call|a time|\w+day)\b[^?]*(?:work|suit|good|ok)",
        r"(?:what|which) (?:time|day|date)s? (?:works|suits|would work)",
        r"(?:drinks?|coffee|lunch|dinner|beers?|a call|a chat|catch up|catch-up|meet up|brunch)(?: sometime| soon| next week| this week| later)?\s*\?",
        r"(?:did|have) you (?:get|see|read|receive) my",
        r"(?:should i|shall i|do you want me to) (?:stop|keep|follow|close|reach)",
        r"(?:is this|is it) (?:still )?(?:the right|a good)",
    ),
    curiosity=(
        r"(?:how'?s|hows|how is|how are) (?:the|your|ur) (?:[\w'-]+ ){1,3}(?:going|holding up|doing|treating you|coming along)",
        r"ask (?:him|her|them) (?:how|what|about|where|who)",
        r"(?:i'?d|i would) (?:love|like) to (?:hear|know|learn|catch up on)",
        r"(?:tell me|let me know) (?:about|what|how|who) (?:you|your|you'?ve|you'?re|is|are|life)",
        r"(?:curious|wondering|keen to hear|eager to hear|dying to know) (?:about|what|how|who|where) (?:you|your)",
        r"(?:love|like) to hear (?:about |what |how )?(?:you|your)",
    ),
    greetings=(
        "hi",
        "hello",
        "hey",
        "dear",
        "hiya",
        "good morning",
        "good afternoon",
        "good evening",
        "greetings",
        "morning",
        "yo",
    ),
    not_names=(
        "there",
        "all",
        "everyone",
        "everybody",
        "folks",
        "friends",
        "friend",
        "team",
        "guys",
        "you",
        "again",
        "sir",
        "madam",
        "colleagues",
        "i",
        "just",
        "hope",
        "it",
        "long",
        "so",
        "this",
        "quick",
        "sorry",
        "thanks",
        "thank",
        "happy",
        "congrats",
        "congratulations",
        "good",
        "great",
        "wow",
        "well",
        "hey",
        "hi",
        "hello",
        "dear",
        "as",
        "per",
        "following",
        "bump",
        "bumping",
        "my",
        "we",
        "our",
        "to",
        "greetings",
        "buddy",
        "bro",
        "dude",
        "mate",
        "pal",
        "man",
        "stranger",
        "check",
        "subscribe",
    ),
)


# --- structure (see ``coach_grammar``) -----------------------------------------------------

# Second-person subjects, and the auxiliaries that can cling to them ("you've", "you guys had").
_YOU_S = r"(?:you|u|ya|y'?all|you guys|you two|you all)(?:'ve|'d|'ll|'re)?"
# Little words that slip in anywhere: "you [honestly still] haven't [even bothered to] reply".
_FILL = (
    r"(?:(?:still|just|simply|even|ever|once|really|actually|honestly|clearly|obviously|apparently|yet|again|"
    r"so much as|bother(?:ed)? to|care(?:d)? to|manage(?:d)? to|take the time to|took the time to|find(?: the)? time to|"
    r"found(?: the)? time to|think to|thought to|get around to|got around to|seem to|seemed to|deign(?:ed)? to|"
    r"got|gotten|been able to|able to|have|had|once|one|me|us) )*"
)
_NEG_AUX = (
    r"(?:(?:did|do|does|have|has|had|would|could|will|wo|ca|are|were|is|was|should)n'?t|(?:did|do|does|have|has|had|would|"
    r"could|will|can|are|were|is|was) not|cannot|never|have yet to|'ve yet to|yet to|has yet to|are yet to|'re yet to|"
    r"failed to|neglected to|refuse[ds]? to|refusing to|(?:chose|chosen|decided|opted) not to|no longer|not)"
)
# Not answering, in every form: reply, answer, respond, get/write/call back, acknowledge, read, open...
_ANSWER = (
    r"(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|react(?:s|ed)?|"
    r"(?:get|gets|got|gotten|getting|come|came|write|writes|wrote|written|writing|call|calls|called|calling|text|texts|"
    r"texted|texting|ring|rang|message|messaged|email|emailed|circle|circled|hit|holler|ping|pinged) (?:me |us )?back|"
    r"(?:read|open|opened|see|saw|seen|look at|looked at|check|checked|notice|noticed|return|returned|acknowledge) "
    r"(?:my|any of my|a single|one of my|even one of my|either of my|both of my) (?:\w+ )?(?:messages?|e-?mails?|mails?|notes?|texts?|dms?|"
    r"inmails?|letters?|voicemails?|calls?|invitations?|requests?|replies|reply|whatsapps?)|"
    r"(?:say|said) (?:a word|anything|hi|no|yes|a thing|hello)|(?:drop|dropped) (?:me )?a line|(?:let|lets) me know|"
    r"(?:get|got|gotten) in touch|(?:make|made) (?:the )?time|write|wrote|written|(?:pick|picked) up)"
)
_IGNORE = r"(?:ignor(?:e|es|ed|ing)|ghost(?:s|ed|ing)?|snub(?:s|bed|bing)?|blank(?:s|ed|ing)|stonewall(?:s|ed|ing)?|dodg(?:e|es|ed|ing)|avoid(?:s|ed|ing)|blow(?:ing)? me off|blew me off|brush(?:ed|ing)? me off)"
_MINE = r"(?:me|us|my|all my|all of my|every one of my|each of my|both of my|either of my|these|those)"
_NUMBER = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|multiple|many|numerous|a few|a couple of|"
    r"countless|a dozen|a hundred|a million|so many|\d+)"
)
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth|hundredth|millionth|\d+(?:st|nd|rd|th))"
_MESSAGES = (
    r"(?:times|messages|emails|e-mails|mails|notes|texts|dms|inmails|voicemails|calls|letters|follow-?ups|attempts)"
)
_SENT = r"(?:sent|written|wrote|emailed|e-mailed|messaged|texted|called|rung|rang|pinged|contacted|reached out|followed up|tried|dm'?d|left)"

GRAMMAR = Grammar(
    language="en",
    accusation=(
        # Pointing out they read it: "I can see you read it", "I figure my emails are reaching you fine"
        r"(?:my|the) (?:e-?mails?|messages?|notes?) (?:are|were|is|must be) (?:reaching|getting to) you (?:just )?fine|(?:saw|see|noticed) (?:that )?you (?:read|opened|saw) (?:it|my|them)|(?:the )?read (?:confirmation|receipt) (?:came|showed|says)",
        # Hearing the news from others: "I'd have liked to hear it from you", "found out on LinkedIn"
        r"(?:would(?: have|'ve)|'d have|'d've) (?:liked|loved|preferred) to (?:hear|find out|learn) (?:it |that |this |about it )?from you|(?:had to (?:find out|hear (?:it|about it))|found out|heard (?:it|about it)) (?:\w+ ){0,2}from (?:others|someone else|other people|a friend|a mutual friend)(?:,? (?:of course|naturally|obviously))?|you didn'?t (?:even )?(?:tell|let) (?:me|us)(?: know)?",
        r"(?:don'?t|no longer|not) (?:know|sure) (?:if|whether) i can (?:still )?count on you|thought i could count on you",
        r"(?:you'?re|you are) no longer interested in (?:me|us|working with)|i no longer (?:matter|count) to you",
        r"(?:thought|figured|assumed|expected|hoped) (?:that )?you'?d (?:at least )?(?:reply|answer|respond|write back|reach out|get back|call|say something|tell me|let me know)",
        near(r"(?:thought|figured|assumed|expected|hoped) (?:that )?you'?d", r"(?:but )?(?:i )?guess not", gap=12),
        r"(?:all )?(?:those|the) (?:[\w'-]+ ){0,3}i (?:covered|did|took|wrote|handled|pulled|worked|made|fixed|picked up|ran) for you|i even (?:helped|covered for|did|wrote|vouched for) you",
        r"after (?:all|everything) (?:that )?(?:we|i) (?:[\w'-]+ ){1,3}(?:together|for you)",
        r"used to (?:answer|reply to|respond to|return) my (?:\w+ )?(?:e-?mails|messages|calls|texts)",
        r"(?:deleted|erased|removed|blocked|unfriended|unfollowed) (?:me|us) (?:from|on) (?:your )?(?:contacts|phone|address book|life|linkedin|facebook)|(?:never|didn'?t|haven'?t|won'?t) accept(?:ed)? my (?:connection |friend )?requests?",
        r"(?:deserve|deserved|earned) (?:at least )?(?:a|an|one) (?:reply|answer|response|word)|(?:not|n'?t) (?:very |that |exactly )?high on your (?:list|priorities|radar)|(?:bottom|low) (?:of|on) your (?:list|pile|priorities)",
        r"(?:just |even )?a (?:simple |quick )?(?:no|yes or no) (?:costs|would cost) (?:nothing|you nothing)|(?:doesn'?t|does not) cost (?:you )?(?:anything|a thing) to (?:reply|answer|say no|respond)",
        r"my (?:last|previous|past|prior|earlier) (?:two|three|four|five|six|several|multiple|\d+) (?:e-?mails|messages|notes|texts|voicemails|follow-?ups|calls|dms|attempts)",
        # "you never replied", "you've still not answered", "you haven't even bothered to get back to me"
        near(_YOU_S, _FILL + _NEG_AUX, _FILL + _ANSWER, gap=2, besides=r"i|we|he|she|they|it|i'?d|i'?ve|i'?m"),
        # "why haven't you replied", "how come you never answer"
        rf"(?:why|how come) (?:haven'?t|didn'?t|won'?t|don'?t|can'?t|couldn'?t|wouldn'?t|have|did|do|would|will|can)(?: not)? {_YOU_S} {_FILL}(?:not |never )?{_ANSWER}",
        # "did you even read my email", "have you even opened it"
        rf"(?:did|have|do) {_YOU_S} (?:even|ever|actually|so much as) (?:get|see|read|receive|open|look at|check|glance at) (?:my|it|this|that|them|the (?:\w+ )?(?:email|message|note|letter|text|invite|invitation))",
        # "are you ever going to answer", "you don't even care", "not worth your time", "chasing you for weeks"
        rf"(?:are|were) {_YOU_S} (?:ever|even|actually|still) (?:going|gonna|planning) to {_ANSWER}|will {_YOU_S} ever {_ANSWER}",
        rf"{_YOU_S} {_NEG_AUX} (?:even |really |seem to )?(?:care|remember me|want to (?:hear from|talk to|know) (?:me|us))",
        r"(?:isn'?t|aren'?t|not|wasn'?t|weren'?t) worth (?:your|a) (?:time|minute|reply|response|answer)",
        r"(?:chasing|chased|hounding|hounded|hunting) you (?:down )?(?:for|since)|(?:at least )?(?:have|had) the (?:decency|courtesy) to",
        # "you must have missed my emails", "you could have at least replied"
        rf"{_YOU_S} (?:must|might|may|probably) (?:have |'ve )?(?:missed|overlooked|not (?:seen|received|gotten|got|read)) (?:my|all my|both my|all of my) (?:\w+ ){{0,2}}(?:messages?|e-?mails?|notes?|texts?|calls?|mails?|dms?)",
        rf"{_YOU_S} (?:could|should|might)(?:'ve| have)? (?:at least |at the very least |just |even |simply )+(?:have )?{_ANSWER}|{_YOU_S} (?:could|should|might)(?:'ve| have) {_ANSWER}",
        near(
            r"(?:clearly|obviously|evidently|apparently|i guess|i see|i take it)",
            r"(?:don'?t|doesn'?t|do not|does not) (?:matter|mean (?:anything|much|a thing)|interest you)",
            gap=4,
        ),
        r"(?:feel|feeling|felt|feels) (?:a bit |a little |kind of |kinda |quite |completely |totally |so )?(?:ignored|ghosted|forgotten|invisible|brushed off)|forgotten (?:about )?(?:me|us)",
        # Hurt by the silence: "I was a bit hurt not to hear anything back", "a shame you never answered"
        near(
            r"(?:hurt|disappointed|saddened|sad|upset|offended|stung|let down|a shame|shame|a pity|pity|surprised|shocked|gutted)",
            r"(?:not (?:to )?(?:hear(?:ing)?|get(?:ting)?|receiv(?:e|ing)) (?:anything|a word|a thing|a reply|a response|an answer|back)|no (?:reply|response|answer|word)|(?:the|your) silence|nothing back|not a (?:word|line|peep)|unanswered|ignored)",
            gap=4,
        ),
        # Guilt about what they must feel: "worried you hate me now", "are you mad at me?"
        rf"(?:worried|afraid|think|thinking|guess|feel like|wondering if|starting to think) (?:that )?{_YOU_S}(?: (?:now|secretly|actually|must))? (?:hate|are mad at|'re mad at|are angry with|'re angry with|are upset with|'re upset with|have a problem with|don'?t like) (?:me|us)",
        rf"(?:are|r) {_YOU_S} (?:mad|angry|upset|annoyed) (?:at|with) (?:me|us)",
        # "so I know you've seen my message"
        rf"(?:i )?know (?:that )?{_YOU_S}(?: have)? (?:seen|read|got|gotten|received|opened) (?:it|this|my|the)",
        # "I'm not going to chase you forever", "tired of chasing you"
        r"(?:not going to|won'?t|will not|can'?t keep|refuse to|tired of|sick of|done|stop|give up) (?:\w+ )?(?:chas(?:e|ing)|hound(?:ing)?|run(?:ning)? after|beg(?:ging)?|pester(?:ing)?) (?:you|u)",
        # "my emails keep going unanswered"
        r"(?:go|goes|going|went|gone|remain|remains|remained|stay|stays|stayed|left|are|were|is|still|keep|keeps) (?:\w+ )?unanswered",
        # "I thought our friendship meant more than that", "I expected better from you"
        r"(?:thought|believed|hoped|expected) (?:that )?(?:our|we|i|my) (?:\w+ ){0,3}(?:meant|mean|was worth|were worth|deserved|counted for) (?:more|something)|(?:expected|hoped for) (?:better|more) (?:from|of) you|i thought (?:we|you) (?:were|was) (?:friends|closer|better than (?:that|this))",
        # "three weeks without even a quick 'got it'", "I can't even get a reply", "you can't be bothered", "you're done with me"
        r'without (?:even |so much as )?(?:a|one|a single) (?:quick |simple |short |little )?(?:"[^"\n]{1,20}"|reply|word|answer|response|acknowledge?ment|thumbs up|ok|okay|got it|line)',
        r"(?:can'?t|cannot|couldn'?t) (?:even )?(?:get|have|receive) (?:a|one|an|any|a single) (?:reply|answer|response|word)",
        rf"{_YOU_S} (?:obviously |clearly |just |really )?(?:can'?t|couldn'?t|won'?t) be bothered",
        rf"{_YOU_S}(?:'re| are) (?:so |clearly |obviously )?(?:done|finished|over) with me|{_YOU_S} (?:don'?t|do not|no longer) want (?:anything to do with me|to (?:talk|speak) to me|to hear from me|me around)",
        # Silence as the answer, the void, a friendship with an expiry date, the blue ticks
        r"(?:take|taking|read|reading|interpret|count) (?:the|your|this) silence as|(?:writing|talking|shouting|speaking) (?:in)?to (?:the|a) (?:void|wall|abyss)",
        r"(?:deserve|deserved|earned) (?:the|this|your) (?:silence|cold shoulder|treatment)|(?:friendship|we) (?:had|has|have) (?:an )?(?:expiry|expiration|sell-by|use-by) date",
        r"(?:two |the )?blue ticks|read receipts?",
        r"(?:reached out|written|messaged|tried|contacted|pinged|called|texted)(?: to)?(?: you)? (?:on|via|by|through|over) (?:e-?mail|mail|linkedin|whatsapp|text|sms|phone|instagram|insta|facebook|messenger|telegram|signal|slack|twitter|x|dm|voicemail)(?:, (?:e-?mail|mail|linkedin|whatsapp|text|sms|phone|instagram|insta|facebook|messenger|telegram|signal|slack|twitter|x|dm|voicemail))*,? (?:and|&) (?:e-?mail|mail|linkedin|whatsapp|text|sms|phone|instagram|insta|facebook|messenger|telegram|signal|slack|twitter|x|dm|voicemail)",
        r"(?:hoped|expected|thought) (?:that )?you(?:'d| would)? (?:at least|at the very least|even)",
        # "you keep ignoring me", "you've ignored all my messages", "ghosting me"
        rf"{_YOU_S}(?: (?:have|had|are|keep|kept|seem to|just|clearly|obviously|totally|completely|simply|must have|must be|still|always|now|been))* {_IGNORE} {_MINE}",
        rf"{_IGNORE} (?:me|us)(?! (?:if|for now|until))",
        rf"{_YOU_S}(?: (?:are|keep|have been|seem to be))? (?:just |now )?{_IGNORE} (?:everyone|everybody|all of us|us all)",
        rf"{_YOU_S}(?: (?:would|could|will|have|had))? {_IGNORE} (?:{_NUMBER} |all |every |my )(?:[\w'-]+ )?(?:messages|emails|e-mails|notes|texts|calls|mails)",
        # "I can see you've read it", "you read my message and said nothing"
        rf"(?:can|could) (?:see|tell) (?:that )?{_YOU_S}(?: have)? (?:read|seen|opened|viewed)",
        rf"{_YOU_S}(?: have)? (?:clearly |obviously )?(?:read|seen|opened|viewed) (?:it|my \w+|the \w+|this)(?: \w+)?,? (?:and|but|yet) (?:still |then )?(?:never|didn'?t|haven'?t|not|no|nothing|said nothing)",
        r"(?:left|leave|leaving|leaves) (?:me |us )?on (?:read|seen|delivered)",
        # "you've gone silent on me", "you just disappeared"
        near(
            _YOU_S,
            r"(?:gone|went|been|go|going) (?:completely |totally |very |so |really |fully )?(?:silent|quiet|dark|mia|awol|missing|off the grid|radio silent|mute|cold)",
            gap=2,
        ),
        near(
            _YOU_S,
            r"(?:disappeared|vanished|dropped off the (?:face of the earth|radar|map)|fell off the (?:face of the earth|radar|map))",
            gap=2,
        ),
        # "no reply at all", "not a single word from you"
        r"(?:no|not a|not one|not a single|zero|without (?:a|any)|nary a) (?:single )?(?:reply|replies|response|responses|answer|answers|word|peep|acknowledge?ment|reaction|response at all)(?: (?:at all|whatsoever|yet|back|from you|in return))*",
        # "still nothing", "still no word", "still haven't heard", "never heard back"
        r"still (?:no (?:reply|response|answer|word|news from you|sign of you)|nothing(?: from you)?(?=\s*[.!?,]|$)|not a (?:word|peep)|haven'?t heard|have not heard|radio silence|crickets|silence)",
        r"(?:haven'?t|have not|hadn'?t|never|didn'?t|did not|not) (?:yet |once |ever )?(?:heard (?:anything )?back|(?:had|gotten|got|received) (?:so much as |even )?(?:a|any|one) (?:reply|response|answer|word))",
        r"(?:haven'?t|have not) heard (?:anything )?from you yet",
        # Waiting: "still waiting for your answer", "I keep waiting to hear back"
        r"(?:still|keep|kept|been|am|i'm) (?:waiting|hoping|holding out) to hear (?:whether|if|back|anything|about)|(?:still|keep|kept|been|am|i'm) (?:waiting|hoping|holding out) (?:for|on|to hear)(?: (?:a|an|your|any|some))? (?:reply|response|answer|word|back|from you|news)",
        r"still waiting(?=\s*(?:[.!?]|$|\.\.\.))",
        # Counting: "I've sent you four messages", "this is my third attempt", "for the third time"
        near(
            r"(?:i'?ve|i have|i|we'?ve|we have|we)",
            rf"{_SENT}(?: (?:to|you|to you|out to you))?",
            rf"(?:{_NUMBER} {_MESSAGES}|twice|thrice)",
            gap=3,
        ),
        rf"{_NUMBER} {_MESSAGES} (?:now |already |so far |in a row |later|and counting)*(?:and|with|but|without)? ?(?:no|not|nothing|still|zero|not one)",
        rf"(?:this is|it'?s|it is|that'?s|that is|here'?s) (?:now |officially |already )?(?:my|the) {_ORDINAL} (?:attempt|try|time|message|email|note|follow-?up|reminder|ping|text|go)",
        rf"(?:for|per) the {_ORDINAL} time|{_ORDINAL} (?:time|attempt|email|message|follow-?up|try)(?: now| running| in a row| already)",
        rf"{_ORDINAL} time (?:i'?m|i am|i'?ve|i have) (?:writing|asking|reaching out|emailing|messaging|trying|following up)",
        # Guessing they are too busy or too important: "I guess you're too busy", "too busy to answer me"
        rf"(?:guess|suppose|assume|imagine|figure|gather|reckon|take it|see|clearly|obviously|must be that) (?:that )?{_YOU_S}(?: are| were| have been| must be| been)? (?:just |probably |clearly |obviously |simply |far |way |now )?too (?:busy|important|swamped|popular|famous|good|big)",
        rf"(?:too|so) (?:busy|important|swamped|popular|famous|good|big)(?: now| these days)? (?:to|for) (?:even )?(?:{_ANSWER}|me|us|old friends|little old me|a reply|an answer)",
        r"must be nice (?:to|being)",
        # Deserving an answer, the least one could do, how little it takes
        r"deserve(?:d|s)? (?:at least |at the very least )?(?:a |an |some |one |the courtesy of (?:a |an )?)?(?:reply|response|answer|word back|acknowledge?ment|explanation)",
        r"deserve(?:d|s)? better than (?:this|that|silence)",
        r"(?:least|minimum) (?:you|one) (?:could|can|might) (?:do|have done)",
        r"would it (?:kill|hurt) you",
        r"(?:isn'?t|is not|wasn'?t|was not|not) (?:that |very |so )?(?:much|too much|a lot|hard|difficult) to (?:ask|reply|answer|respond|write)",
        r"(?:takes|take|took|would take|would have taken) (?:you |u |me )?(?:two|five|ten|a few|thirty|\d+) (?:seconds|minutes|secs|mins)",
        rf"(?:can'?t|couldn'?t|don'?t|didn'?t|won'?t) {_YOU_S} (?:even )?(?:find|spare|take|have|give) (?:me )?(?:even )?(?:a|one|two|five|ten|a few|\d+|the) (?:single )?(?:second|minute|moment|sec|min)s?",
        rf"{_YOU_S} {_NEG_AUX} (?:even )?(?:find|spare|take|have|give|make) (?:me )?(?:even )?(?:a|one|two|five|ten|a few|\d+|the) (?:single )?(?:second|minute|moment|sec|min)s?",
        r"(?:thanks|thank you) for nothing|(?:i )?(?:see|know|get) where i stand|i get the (?:message|hint)",
        r"(?:i'?ll|i will|i am going to|i'm going to) take (?:that|this|your silence|the silence) as (?:a|an|your) (?:no|answer)",
        # Guilt-trips that need no word about the silence: "after all I did for you", "I can take a hint"
        r"after (?:all|everything) (?:that )?(?:i'?ve|i have|i|we'?ve|we have|we) (?:did|done|do|went through|been through)(?: for you| together)?",
        r"i (?:thought|believed|figured) (?:that )?(?:i (?:could count on|mattered|meant (?:something|more))|you (?:cared|were different|were better|of all people))",
        r"(?:guess|suppose|clearly|obviously|apparently|evidently) (?:that )?(?:i|our (?:\w+ )?(?:friendship|time|years|work)|we|those years) (?:meant|mean|matter(?:ed)?|was|were|counted for) (?:nothing|very little|so little|little|less|not much)",
        r"i (?:know|can tell) when i'?m not wanted|(?:i )?(?:can|could) take a hint|take the hint|hint taken|message received|loud and clear|point taken",
        r"(?:your|the|this|that) silence (?:says|speaks|tells me) (?:it all|volumes|everything|enough|a lot)|(?:says|speaks) volumes",
        r"(?:you|u) owe me(?: one| big| a favou?r)?|(?:return|repay) the favou?r (?:for once|finally|at last|now)",
        r"forg(?:o|e)t(?:ten)? (?:where you came from|the little people|your old friends|who (?:helped|hired|trained|mentored) you)|remember who (?:helped|hired|trained|mentored|vouched for|got) you",
        r"(?:hope|hoping) (?:the |your )?(?:new )?(?:job|role|life|promotion|title|company|fame|success|money)?(?: is| was)? worth (?:it|the silence)",
        r"(?:i'?m|i am|i'?ve gotten|i have gotten|i got) used to (?:it|the silence|being ignored|no (?:reply|answer))|(?:same|as) (?:as )?(?:usual|always),? (?:no|nothing|silence|crickets)",
        r"(?:did|have) i (?:do|done|say|said|write|written) (?:something|anything) (?:wrong|to (?:upset|offend|annoy|hurt) you)|what did i do (?:wrong|to deserve)",
        # Bringing the message back up: "floating this back up", "bringing it to the top of your inbox"
        r"(?:float|floating|floated|resurfac(?:e|ing|ed)|bring(?:ing)?|brought|push(?:ing|ed)?|pull(?:ing|ed)?|nudg(?:e|ing|ed)|bounc(?:e|ing|ed)|bump(?:ing|ed)?|mov(?:e|ing)) (?:this|it|my (?:\w+ )?(?:email|message|note|thread)|this thread) (?:back )?(?:up|to the top|to the front|into view|to your attention)",
    ),
    excuse=(
        r"no need",
        r"(?:don'?t|do not|doesn'?t|needn'?t|never) (?:need|have|feel|worry)",
        r"(?:not|no) (?:obliged|obligation|pressure|expectation|rush|hurry|worries)",
        r"feel free",
        r"whenever",
        r"(?:if|in case|whether|even if|unless|when) (?:you|u|it|this|that|there)",
        r"sorry(?! (?:that )?you)|apologies|my bad|i apologi[sz]e",
        r"(?:i|we) (?:know|understand|get|totally get|appreciate) (?:that |how |it )?",
        r"(?:if|in case|whether|even if|unless|when|in case)\s*$",
        r"(?:i|we) (?:never|didn'?t|haven'?t|did not|have not)",
        r"understandabl[ey]|totally fine|no problem|completely fine|(?:it'?s|that'?s) (?:ok|okay|fine|alright)",
        r"(?:i )?hope (?:this|it|that)",
        r"(?:please|pls|kindly|feel free to|you can|free to|fine to|ok to|okay to)\s*$",
    ),
    excuse_after=(
        r"(?:is )?(?:needed|necessary|required|expected|needed at all)",
        r"(?:no|without) (?:worries|problem|pressure|rush)",
        r"(?:sorry|apologies|my bad|on my part|from me|from my side)",
    ),
    request=(
        r"(?:let me know|lmk) about|(?:had )?hoped (?:that )?you (?:might|could|would)",
        r"(?:would you|could you|would it be|is it) (?:be )?(?:alright|all right|ok|okay|possible)(?: if| to| for)|(?:would|do) you (?:mind|be open)",
        r"(?:can|could|would|will|might|may) (?:you|u|i ask you|i ask|i trouble you|i bother you|you possibly)",
        r"would you be (?:able|willing|open|up for|happy|so kind)",
        r"(?:is|was) there (?:any|a) (?:chance|way|possibility)",
        r"any chance",
        r"(?:do|would) you (?:think|mind|know|happen)",
        r"would it be possible",
        r"would (?:make|be) (?:a |such a )?(?:huge|big|real|massive|world of) difference|(?:would|could) change everything",
        r"(?:one more |a (?:gentle |quick |friendly |last )?)?(?:nudge|reminder|chase) (?:on|about|re|regarding)|(?:following up|circling back|checking in) on",
        r"(?:would|'d) be (?:so |very |really |truly |eternally |forever |hugely |most )?(?:grateful|thankful|indebted)",
        r"(?:i'?d|i would|i'?ll|i will) (?:really |truly |so |very |greatly |hugely )?(?:appreciate|be (?:so |very |really |truly |eternally |forever )?(?:grateful|thankful|indebted))",
        r"(?:i'?d|i would) (?:love|like|welcome)(?: it)?",
        r"(?:it|that) (?:would|could|'d) (?:mean|help|be (?:great|amazing|huge|wonderful|a huge help|a big help|helpful))",
        r"(?:i was|i am|i'?m) (?:hoping|wondering|hopeful)",
        r"(?:hoping|hope) (?:you|that you|to get)",
        r"please|pls|plz",
        r"(?:let me know|lmk) if (?:you|there)",
        r"(?:keep|kept) me in mind",
        r"(?:if|whether) (?:you|he|she|they) (?:could|can|would|might|are able|know|knows|hear|hears)",
        r"ask (?:him|her|them)",
        r"(?:were|are|was) you able to|did you (?:get a chance|manage|have a chance) to|any (?:news|update|luck) (?:on|with|about)",
        r"(?:mind|consider) (?:\w+ing)",
        r"(?:would|will|'d) be (?:greatly |much |really |very |hugely |so )?(?:appreciated|welcome|helpful|amazing|great|a huge help|a big help|a lifesaver)",
        r"would (?:help|mean) (?:a lot|the world|so much)",
        r"(?:would|could|might) (?:go a long way|open (?:some |a few )?doors|be a (?:game[- ]?changer|lifesaver|godsend|dream))",
        r"(?:thanks|thank you) in advance",
    ),
    need=(
        r"(?:i|we) (?:really |urgently |desperately |badly )?(?:need|needed|require|could use|am in need of|am looking for|'m looking for|am hoping for|'m hoping for|want|would need)",
    ),
    benefit=(
        r"(?:borrow(?:ing)?|us(?:e|ing)|rent(?:ing)?) (?:your|the) (?:car|van|place|flat|truck|trailer|tools|drill|ladder|camera|studio|garage|driveway|boat)|(?:my )?referees?\b",
        r"(?:give|do|deliver|run) (?:a|the) (?:\w+ )?(?:talk|presentation|workshop|session|keynote|assembly) (?:to|for|at) (?:our|my)|(?:talk|speak) to (?:our|my) (?:students|class|year \d+s?|team|group)",
        r"(?:share|forward|pass) (?:this|it) (?:on )?(?:with|to) any (?:[\w'-]+ ){0,2}(?:in your network|you know)|(?:parents|friends|people|contacts|colleagues) in your network",
        r"(?:talk|chat|speak) about (?:the|a|my|that) (?:[\w'-]+ )?(?:role|job|position|opening|opportunity|vacancy)",
        r"(?:give|get|do) (?:me|us) (?:a )?(?:discount|deal|good price|mates'? rates)|mates'? rates|at cost price|your signature|letter of support|support letter",
        r"join (?:your|the) team|(?:get|be) (?:on|part of) (?:your|the) (?:team|project|crew)|set up a meeting (?:with|between)|put us in touch|get us a meeting|arrange (?:a|an) (?:meeting|intro)",
        r"(?:the|our|my|a) (?:pitch |investor )?deck|(?:support|back|fund) (?:us|our \w+)|chip in|pledge (?:to|for|on)|(?:share|post) (?:it |this )?with your (?:network|contacts|followers|friends)",
        r"(?:take|have|get|give it) a (?:quick |brief |short |fresh )?look (?:at|over)|look (?:it|this|that|them) over|(?:brief|quick|short|a few|any) comments|(?:your|some) (?:feedback|comments|notes|input) (?:on|before)",
        r"send you (?:the|my|our) (?:deck|pitch|pitch deck|proposal|one-pager|brochure|catalog(?:ue)?|rate card|portfolio)|walk you through (?:it|the|my|our)|(?:a |the )?demo\b|get on your calendar|(?:\d+|five|ten|fifteen|twenty|thirty|a few) (?:minutes|mins)(?: [\w'-]+){0,3} (?:to (?:show|walk|present|pitch)|would change)",
        r"(?:any|some) (?:[\w'-]+ )?(?:work|projects?|contracts?|gigs?|freelance \w+) (?:going|coming up|on the horizon|for me|i could)|(?:got|have|i'?ve got) (?:some )?(?:capacity|availability|bandwidth|free days)|(?:keep|kept|hold) me in (?:mind|consideration)|(?:think of|consider) me (?:for|if|when)",
        r"(?:his|her|their) (?:cv|resume|résumé|portfolio|application)|(?:as )?(?:an )?(?:intern|trainee|apprentice)(?:ship)?\b|(?:one of )?my references|references? for (?:me|the|my)|the reference (?:for|letter)|(?:in|for|to) my (?:file|dossier|application|packet|tenure case)|(?:support|in support of) (?:my|the) (?:application|candidacy|nomination|case)",
        r"(?:borrow|lend me|loan me|spot me|front me) (?:\w+ )?(?:money|cash|\$?\d+k?|bucks|dollars|quid)|(?:a |small |short-term |bridge )loan",
        r"refer(?:s|red|ring)? (?:me|us|my)|referrals?|(?:recommend(?:s|ed|ing)?|endors(?:e|ing)|vouch(?:ing)? for|nominat(?:e|ing)) (?:me|us|my)",
        r"(?:recommendation|reference) (?:letter|for me)|letter of (?:recommendation|reference)|(?:a|my|be a|be my|as a|as my) (?:reference|referee)",
        r"introduc(?:e|ing|tion) (?:me|us)|(?:an |a quick |a warm )?(?:intro|introduction) (?:to|with)|(?:get|getting|join|joining) (?:into |onto )?your (?:team|company|firm|department|org|lab|startup)|put (?:me|us) (?:in touch|in contact|forward|through)|connect (?:me|us) (?:with|to)|(?:a )?(?:good )?word (?:in )?for (?:me|us)",
        r"(?:pass|passing|forward|forwarding|send|sending|share|sharing|get|getting|give|giving|hand|put|take a look at|look(?:ing)? over|look(?:ing)? at|read(?:ing)?|review(?:ing)?|check(?:ing)?) (?:along |on |over )?(?:my|our) (?:\w+ )?(?:cv|resume|résumé|portfolio|profile|application|details|name|cover letter)",
        r"(?:can|could|would|will) you (?:\w+ ){0,3}(?:take a look at|look over|look at|review|read|check|give (?:me )?(?:feedback|notes|comments) on) (?:my|our) (?:\w+ )?(?:proposal|deck|plan|business plan|manuscript|draft|pitch|project|startup|idea|code|app|website|thesis)",
        r"(?:are|is|were) (?:you|u|you guys|your (?:\w+ )?(?:team|company|firm|group|org|department|startup|lab|office|school|agency)|the team)(?: (?:still|currently|by any chance|at all|now|also))* (?:hiring|recruiting|looking for (?:people|someone|new people|a|an))",
        r"(?:job|role|position) openings?|openings (?:at|in|on|for)|vacanc(?:y|ies)|open (?:roles?|positions?)|headcount|an interview|(?:a |an |any )?(?:internships?|job|role|position|spot|place|opening|room|space) (?:for|on|at|in) (?:me|us|someone like me|people like me|your (?:team|company|firm))",
        r"(?:lend|loan|spot|front) (?:me|us)|(?:give|spare|send|wire|advance) (?:me|us) (?:some |the )?(?:money|cash|a loan|funds)|(?:a |small |quick )?loan|(?:invest|investing|back|backing|fund|funding|sponsor|sponsoring) (?:in |into )?(?:me|us|my|our)",
        r"(?:investors?|investment|funding|money|capital) (?:for|in|into) (?:my|our|me|us)|(?:need|looking for|raising|seeking) (?:\w+ ){0,2}(?:investors?|investment|funding|seed money|capital|a loan)",
        r"(?:willing|open|interested|able|like|want) to (?:invest|put (?:some )?money)|consider(?:ing)? investing|(?:invest|put (?:some )?money) (?:in|into) (?:it|this|the (?:round|company|startup|business|project|idea))",
        r"(?:a|one|any|small|quick|big|huge|little|personal) (?:small |quick |big |huge |little |personal )?favou?rs?|(?:help|helping|assist|assisting) (?:me|us) (?:get|find|land|secure|with|out|into|in)|(?:hire|hiring|employ|take on|bring on|onboard) (?:me|us)",
        r"(?:share|sharing|repost|reposting|retweet|boost|spread|forward|pass) (?:my|our) (?:\w+ )?(?:post|announcement|news|message|launch|page|video|fundraiser|campaign|link)",
        r"(?:donate|donation|sign (?:my|our|the|this) (?:\w+ )?petition|sign my|vote for me|buy my|pre-?order my|support my)",
        r"(?:anyone|anybody|someone|somebody|any (?:companies|firms|teams|startups|places)|a (?:company|firm|team|place))(?: (?:who|that|which))?(?:'s| is| are)? (?:hiring|recruiting)",
        r"(?:speak|spoke|spoken|talk|talked|chat|chatted|mention(?:ed)?|ask(?:ed)?) (?:\w+ ){0,2}(?:to |with )?(?:your|the) (?:manager|boss|team|hr|recruiter|hiring manager|lead|director|ceo|cto|founder|head of \w+) (?:\w+ ){0,2}(?:about|regarding|re) (?:the |my |a |that )?(?:\w+ )?(?:role|job|position|opening|opportunity|referral|intro|application|vacancy|internship)",
        r"(?:hav(?:e|ing)|tak(?:e|ing)) a (?:quick )?look at (?:my|our) (?:\w+ )?(?:proposal|deck|plan|business plan|manuscript|draft|pitch|project|cv|resume|portfolio)",
        r"(?:minutes?|half an hour|an hour|a (?:quick )?(?:call|chat|coffee))(?: [\w'-]+){0,4} (?:so (?:that )?i can|to help me|for me to) (?:learn|understand|ask|pick|hear how)",
        r"crash (?:at|on|with)|(?:stay|sleep) (?:at|with) (?:you|yours|your place)|put (?:me|her|him|us|them) up|host (?:me|her|him|us|them)|(?:a place|somewhere) (?:for (?:me|her|him|us|them) )?to (?:stay|sleep|crash)",
        r"(?:have|having|get|getting) you (?:on|as) (?:a |my |our )?(?:guest|speaker|panel(?:l)?ist|interviewee)|interview you",
        r"(?:share|pass|send|forward)(?: (?:on|along))?(?: the| my| this| our)? (?:link|post|news|invite|invitation|flyer|event|show|video|page|details) (?:on |along )?(?:with|to) (?:your|all your|any of your) (?:[\w'-]+ )?(?:friends|colleagues|network|contacts|followers|circle|people|crowd)",
        r"(?:know|knows) (?:anyone|anybody|someone|of (?:a|any)) (?:who'?s |that'?s |who is )?(?:renting|letting|hiring|selling|subletting|looking for)|(?:a )?room (?:to rent|for rent)",
        r"back (?:the|my|our) (?:campaign|kickstarter|project|fundraiser)|share it far and wide|spread the word",
        r"(?:tear apart|rip apart|tear into|roast|critique|poke holes in|sanity-?check) (?:my|our) (?:[\w'-]+ )?(?:deck|pitch|plan|draft|cv|resume|idea|proposal)",
        r"be considered(?: for)?|(?:keep|kept) me in (?:mind|the loop) for",
        # Leads, contacts and the right person: "any leads?", "who should I talk to at Stripe?"
        r"(?:any|a few|some) (?:good )?leads|a lead on|pointers? to (?:someone|anyone|people|the right)|point (?:me|us|her|him) (?:to|toward|towards|in the (?:right )?direction)",
        r"who (?:should|could|would|do you think) (?:i|we) (?:talk|speak|reach out|write|go) to|who (?:to|i should|we should) (?:talk|speak|reach out|contact|approach)",
        r"(?:still )?(?:have|know|in touch with) (?:any |some )?(?:contacts?|connections?|someone|anyone|people|friends) (?:at|from) (?!your\b)\w+",
        r"(?:minutes?|half an hour|an hour|a moment) of your (?:time|day|week|expertise)",
        r"(?:fill (?:out|in)|take|complete|answer) (?:my|our|a|this|a short|a quick|a brief) (?:\w+ )?(?:survey|questionnaire|form|poll)|(?:participate|take part|be) in (?:my|our) (?:\w+ )?(?:study|research|survey|pilot|beta|documentary|podcast)|for my (?:thesis|dissertation|research|study|book|podcast|documentary|course project)",
        r"(?:write|leave|give|post|send) (?:me |us )?(?:a |an )?(?:quick |short |honest |glowing )?(?:review|testimonial|blurb|endorsement|quote)(?: for| of| on)?|(?:endorse|recommend) me (?:for|on)",
        r"(?:beta[- ]?test|test(?: drive| out)?|try out|try) (?:my|our) (?:new )?(?:app|product|tool|platform|service|beta|prototype|course|game)|(?:sign up|join) (?:for |to )?(?:my|our) (?:beta|waitlist|wait list|pilot|launch list)",
        r"(?:borrow|use|rent|have) (?:your|the) (?:car|place|flat|apartment|house|couch|sofa|spare room|guest room|van|truck|tools|camera|studio|office|desk|cabin|boat)|(?:your|a) (?:couch|sofa|spare room|guest room|spare bed) (?:for|to)",
        r"(?:a |any )?(?:lift|ride) (?:to|from) (?:the )?(?:airport|station)|pick (?:me|her|him|us|them) up (?:from|at)|help (?:me|us) (?:move|pack|with the move)",
        r"co-?sign(?: for| on| my| our)?|be (?:a |my |our )?guarantor|guarantee (?:my|our|the) (?:lease|loan|rent|mortgage)|(?:sign|vouch) (?:for|on) (?:my|our) (?:lease|loan|visa|application|mortgage)|(?:visa|immigration|green card) (?:letter|sponsorship|support)",
        r"(?:judge|mentor|speak|volunteer|teach|host|sponsor|perform) (?:at|for|in) (?:my|our) (?:\w+ )?(?:event|hackathon|class|meetup|conference|workshop|podcast|show|school|fundraiser|gala|festival)",
        r"(?:my|her|his|our) (?:son|daughter|nephew|niece|cousin|brother|sister|kid|friend|wife|husband|partner|mentee|student)(?: [\w'-]+){0,6} (?:internship|job|role|position|work experience|placement|interview|foot in the door|a chance|an opening)",
        r"(?:put|drop|mention) (?:my|our) names?|mention me (?:to|at)|word in the right ear|(?:get|give) (?:me|us|her|him) (?:a |my |our )?foot in the door|open (?:some |a few )?doors",
        r"(?:i'?d|i would|would) (?:kill|love) for (?:a|an) (?:intro|introduction|referral|chance|shot|interview)|(?:a|any) (?:shot|chance) at (?:a|the|your) (?:job|role|position|opening|interview)",
        r"(?:advice|feedback|thoughts|input|opinion|notes|a second opinion|fresh eyes|eyes) on (?:my|our) (?:\w+ )?(?:cv|resume|deck|pitch|plan|proposal|draft|manuscript|startup|business|application|portfolio|offer|contract|negotiation|salary|book|website|app)",
        r"(?:look|glance|read) (?:over|through) (?:my|our|the) (?:\w+ )?(?:contract|lease|agreement|offer|application|essay|cover letter)|(?:bend|borrow) your (?:ear|brain|brains|expertise|eyes)",
        r"mentor (?:me|us)|pick your brain|(?:as )?an angel(?: investor)?|come in (?:on|as) (?:an? )?(?:angel|investor|backer)|(?:join|participate in|take part in) (?:the|our|my) (?:\w+ )?round",
    ),
    weak_benefit=(
        r"(?:a |an |any )?(?:job|role|position|work|gig|contract|opportunit(?:y|ies)|opening|placement|help|advice|guidance|anything|something|room|space)",
    ),
    for_me=(
        r"for (?:me|us|myself|someone like me|people like me)|(?:i|we) (?:could|can|might) (?:get|join|fit|come)|(?:get|find|land|give|offer|throw|send) (?:me|us)|my (?:next|first|new)",
    ),
    offer_if=(
        r"if you (?:ever )?(?:need|want|would like|'d like|are looking for|'re looking for|are hiring|'re hiring)",
        r"(?:happy|glad|delighted|willing|ready|able) to (?:\w+ )?(?:refer|recommend|introduce|connect|help|lend|send|share|review|look|give|make|offer|be)",
        r"(?:i|we) (?:can|could|'?d|would|will|'?ll) (?:gladly |happily |also |easily )?(?:refer|recommend|introduce|connect|put you|lend|send|share|review|look|give|make|offer|pass|forward) you",
        r"(?:thanks|thank you) (?:again |so much )?for (?:the|your)",
        r"(?:i|we) (?:can|could|'d|would|will|'ll) (?:gladly |happily |also )?(?:make|do|set up|arrange) (?:an? )?(?:intro|introduction)",
        r"(?:would|do) you (?:like|want) (?:an? )?(?:intro|introduction|referral|recommendation)|(?:want|like) me to (?:introduce|connect|refer|put|recommend)",
    ),
    blast=(
        r"(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)) (?:to )?(?:all|everyone|everybody|folks|friends|colleagues|network|all of you|y'?all|you all|ladies and gentlemen|connections|contacts|fellow \w+)(?![\w'])(?! of (?:the|your))",
        near(
            r"(?:writing|sending|reaching out|emailing|messaging|sending this|this (?:email|message|note) (?:goes|is going) out|i'?m (?:emailing|messaging|writing)|bcc'?(?:ing|ed)?)",
            r"(?:to|with) (?:all|everyone|everybody|each|many|several|a few|some|a bunch|a handful|dozens|a number)(?: of)?(?: (?:the|my))? (?:\w+ )?(?:people|contacts|friends|colleagues|connections|network|list|folks)",
            gap=3,
        ),
        r"(?:share|forward|pass|send)(?: this| it| the news| this message| this email| my (?:post|news|message|email|announcement))?(?: on| along| around)? (?:with|to) (?:anyone|everyone|anybody|your (?:network|contacts|friends|colleagues|circle|followers)|friends|people)(?: (?:who|that|you|in|on))?",
        r"(?:subscribe|sign up|join|follow|like and share|smash that)(?: to| for)? (?:my|our|the) (?:\w+ )?(?:newsletter|substack|channel|podcast|blog|page|list|mailing list|updates)",
        r"(?:quarterly|monthly|weekly|annual|yearly) (?:update|newsletter|digest|roundup|letter) (?:to|for) (?:my |all |everyone|friends)",
        r"(?:check out|download|grab|get|read|try|visit) (?:my|our) (?:free |new |latest )?(?:guide|ebook|e-book|course|webinar|offer|trial|shop|store|product|app|template|checklist|masterclass)",
        r"(?:share|pass|send|forward)(?: (?:on|along))?(?: the| my| this| our)? (?:link|post|news|invite|invitation|flyer|event|show|video|page|details) (?:on |along )?(?:with|to) (?:your|all your|any of your) (?:[\w'-]+ )?(?:friends|colleagues|network|contacts|followers|circle|people|crowd)",
        r"to (?:all )?(?:of )?my (?:[\w'-]+ )?(?:friends|contacts|connections|colleagues|network|family)|far and wide|spread the word",
        r"(?:mass|group|bulk|blanket|collective) (?:e-?mail|message|mail|text|note|dm|update)|bcc'?(?:ing|ed|'d)?|(?:friends|family|fam|folks) and (?:family|friends|colleagues|fam)|(?:linkedin|insta|instagram|facebook) (?:fam|family|friends|network|connections)",
    ),
    self_serving=(
        r"(?:send|share|forward|attach|pass)(?: (?:you|over|along))? (?:my|the|our) (?:\w+ )?(?:cv|resume|résumé|deck|pitch deck|business plan|plan|portfolio|investor update|newsletter|details|application)(?: with you)?",
    ),
    # Their silence, named in any of the ways people name it.
    silence=(
        r"not (?:to )?(?:hear|hearing|get|getting) (?:anything )?back|(?:straight )?(?:to|in|into) (?:the |your )?(?:trash|bin|spam|junk)(?: folder)?|bottom of (?:the|your) (?:pile|inbox|list)",
        r"(?:even )?(?:just )?a (?:simple |quick )?(?:no|yes or no)(?! (?:worries|pressure|rush|need))",
        r"(?:the |your |this |such |all this |all the )?(?:radio )?silence|(?:so |very |awfully |pretty )?quiet (?:on your (?:end|side)|from you)|(?:gone|went|been|go|going|so|awfully) (?:quiet|silent|dark|mia|awol)",
        r"crickets|tumbleweeds?|(?:the|a) void|(?:a |the )?black hole|into (?:the )?(?:ether|thin air)|(?:a |the )?brick wall",
        r"ghost(?:ed|ing|s)?|vanish(?:ed|ing)?|disappear(?:ed|ing)?|off the (?:radar|grid|map|face of the earth)",
        r"no (?:reply|replies|response|responses|answer|answers|word|news|sign of (?:life|you)|peep|reaction|acknowledge?ment)|not (?:a|one|a single) (?:word|peep|line|sound|reply|answer)",
        r"nothing (?:back|from you|in return)|(?:heard|hear|hearing|got|get|getting|received) (?:absolutely )?nothing|zero (?:replies|response|responses|reaction)",
        r"(?:never|not|haven'?t|hadn'?t|didn'?t|did not|have not) (?:yet |once |ever |really )?(?:heard|hear|hearing) (?:back|from you|anything|a thing|a word)",
        r"unanswered|unread|unreturned|unacknowledged|left (?:me )?on (?:read|seen|delivered)|read receipts?|blue ticks?|(?:you|u) (?:saw|read|opened|have seen|'ve seen|'ve read|have read) (?:it|my|the|this)",
        r"ignor(?:e|ed|es|ing)(?! (?:this|the previous|my last) (?:one|email|message|note) if)",
        r"(?:still |kept |keep |been |am |i'?m )?waiting (?:for|on|to hear)(?: (?:a|an|your|any|some))? ?(?:reply|response|answer|word|news|back|from you)|still waiting",
        r"(?:my|the) (?:\w+ )?(?:e-?mails?|messages?|notes?|texts?|dms?|calls?|voicemails?) (?:went|go|goes|have gone|seem to (?:go|vanish|disappear)|seems to (?:go|vanish|disappear)) (?:nowhere|unanswered|unread|into)",
        r"(?:can'?t|cannot|couldn'?t) (?:seem to |ever )?(?:reach|get hold of|get through to|get a (?:reply|response|word) (?:out of|from)) you",
    ),
    # What turns a mention of their silence into a reproach.
    sting=(
        r"🙃|😒|🙄|😑|😤|😏|costs nothing|cost (?:you )?nothing|actually (?:read|open|opened|look|looked|reply|replied|answer|answered)",
        r"(?:those|the) (?:[\w'-]+ ){0,3}i (?:covered|did|took|wrote|handled) for you|i even|not (?:even )?(?:a|one) (?:no|yes or no)|count on you",
        r"hurt|hurts|hurtful|stung|stings|disappoint(?:ed|ing|ment)|sad|saddens|saddened|upset(?:ting)?|frustrat(?:ed|ing|ion)|annoy(?:ed|ing)|offend(?:ed|ing)|insult(?:ed|ing)|rude|shame|shameful|(?:a )?pity|wounded|bitter|let down|betray(?:ed|al)?|unfair|ouch|ugh|sigh|seriously\s*\?",
        r"i (?:guess|suppose|take it|assume|gather|figure|reckon|see)|apparently|clearly|obviously|evidently|(?:i )?get it|got it|message received|loud and clear|point taken|so be it|fine then|ok(?:ay)? then|whatever|(?:take|taking|took) the hint|(?:that'?s|that is|this is) (?:my|an|your) answer|says it all|speaks volumes|tells me (?:everything|all|enough)",
        r"too busy|so busy|too important|so important|better things|more important (?:things|people)|not (?:a )?priority|(?:doesn'?t|does not|don'?t|didn'?t) (?:matter|count|mean (?:anything|much))|not worth|beneath you|big shot|high and mighty|so popular|famous now|fancy new",
        r"friendship|(?:i )?thought (?:we|you|i)|i'?d (?:have )?thought|would have thought|expected (?:more|better)|after (?:all|everything)|all those years|(?:you |u )?owe|the least|courtesy|decency|manners|respect|common sense",
        r"i (?:helped|covered for|vouched for|hired|referred|recommended|introduced|trained|mentored|stood up for|went to bat for) you",
        r"yet again|once again|as usual|as always|typical|of course,? (?:no|nothing)|used to it|thanks (?:a lot|for nothing)|must be nice|good to know|nice to know|lucky you|i'?m sure you(?:'re| are| have)",
        r"give up on you|i'?m done|lesson learned|never again|how long (?:do|does|should|must|am i)|hello\s*\?|anyone (?:home|there)|are you (?:even )?(?:there|alive|ok|okay)\s*\?",
        r"(?:did|have) i (?:do|done|say|said|write|written) (?:something|anything)|are you (?:mad|angry|upset|annoyed)|is (?:something|everything) (?:wrong|ok|okay)|what did i do",
    ),
    # The writer's own silence, or a shared one: a confession or the gap, not a reproach.
    own_silence=(
        r"(?:sorry|apologies|i apologi[sz]e) (?:that )?i\b|i (?:dropped|fell|slipped) off",
        r"my (?:own )?(?:long |radio |years of |\w+-year |\w+-month )?silence|on my (?:end|side|part)|from me|from my (?:end|side)|my (?:fault|bad)",
        r"i (?:went|'ve been|have been|was|had been|fell|'d been|had gone|'ve gone|have gone|disappeared|vanished|ghosted)",
        r"we (?:lost touch|drifted|went|'ve been|have been|fell|both|haven'?t|hadn'?t|never)|between us|(?:both|each) of us|lost touch|(?:years|months|decades?|a decade|long|\w+-year|\w+-month)(?: of)? (?:radio )?silence",
        r"(?:sorry|apologies|apologi[sz]e|forgive me|guilty|embarrass(?:ed|ing)|terrible|awful|bad) (?:for|about|at|of) (?:the |my |this |such a |so )?(?:long |radio |late )?(?:silence|delay|late reply|being (?:quiet|silent|mia|awol)|going (?:quiet|silent|dark|mia|awol)|disappearing|vanishing|staying in touch|keeping in touch)",
    ),
    guilt=(
        r"(?:too|so) (?:good|important|big|famous|fancy|busy) (?:for|to (?:talk to|remember|bother with)) (?:us|me|old friends|your old (?:friends|colleagues|team)|the little people|little old me)",
        r"(?:it'?s|it has|it was|they'?ve|they have|my (?:\w+ )?(?:email|message|note)'?s?(?: has)?) been (?:opened|read|seen|viewed) (?:\w+ )?(?:times|twice|a few times|several times|\d+ times)|(?:i'?ll )?assume (?:it|this|that)(?: just)? (?:hasn'?t|isn'?t|wasn'?t|has not|is not) (?:been )?(?:a )?priority",
        r"(?:third|fourth|fifth|nth) time lucky|tried (?:e-?mail|whatsapp|text(?:ing)?|linkedin|calling|your phone|your work number)(?:,| and| &) (?:[\w'-]+ ){0,3}(?:too|as well|also)",
        r"(?:took|taken|taking|get|got) the hint|(?:i was|it was) always (?:me|the one) (?:who|to|calling|writing|reaching out)|always (?:me|the one) (?:calling|writing|reaching out|making the effort)",
        r"(?:i'?m|i am) (?:just |probably )?not (?:someone|somebody|the person|a person) you (?:want|care|wish) to (?:hear from|talk to|see|know)",
        r"(?:saw|see|noticed|i see) (?:that )?you (?:still |somehow )?(?:found|find|had|have|made) (?:the )?time (?:for|to)|(?:saw|see) you(?:'re| are| were)? (?:online|active)",
        r"(?:thanks|thank you) for finally|finally (?:getting back|replying|answering|responding|writing back)|(?:i'?d|i had) (?:almost|nearly) given up|(?:thanks|thank you) for (?:the |your )?(?:reply|answer|response|getting back)(?: [\w'-]+){0,4},? better late than never",
        r"(?:an answer|a reply|a response) this time|this time,? (?:please|for once)",
        r"(?:hoped|expected|was hoping|had hoped) (?:for )?at (?:the very )?least (?:for )?(?:a|an|one|some) (?:reply|answer|line|word|response|courtesy)",
        near(
            r"when you needed (?:someone|somebody|help|a hand|a favou?r|cover)",
            r"i (?:didn'?t hesitate|was there|stepped up|came through|jumped in|said yes|helped|dropped everything)",
            gap=10,
        ),
        r"(?:not|n'?t) (?:very |that |exactly )?high on your (?:list|priorities|radar)|(?:bottom|low) (?:of|on) your (?:list|pile|priorities)",
    ),
)
