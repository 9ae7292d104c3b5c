"""The intent classifier's cue vocabulary (jobs/language/intent.py): the patterns each cue reads, in
English, Spanish, French, German and Italian. Data, not logic: a new phrase for a cue goes here, what a
cue is worth goes in intent.py's `IntentWeights`."""

from __future__ import annotations

import re

from jobs.language.alternation import Alternation


def _rx(*patterns: str) -> Alternation:
    return Alternation(patterns, re.IGNORECASE)  # re.compile of the (?:p) joined by |, read faster


# ---- cues -------------------------------------------------------------------------------------------

_REQUEST = _rx(
    r"\b(?:can|could|may|would)\s+(?:i|we|you|u|ya)\s+(?:please\s+|pls\s+|also\s+|just\s+)?(?:get|have|"
    r"order|send|grab|bring|add|deliver|drop|pop|put|chuck|throw|do\s+(?:me\s+|us\s+)?(?:\d+|a|an|one|two|three))\b",
    r"\bwill\s+(?:you|u)\s+(?:send|bring|add)\b",
    # "pouvez-vous ajouter 2 cartons...", "pode mandar 2 caixas...", "¿me añades 2 cajas...?", "könnten Sie
    # 3 Kisten schicken", "potete mandare...", "możecie wysłać...": a polite request for goods is an order
    r"\b(?:pouvez|pourriez|peux|pourrais)[\s-]+(?:vous|tu)\s+(?:me\s+|nous\s+)?(?:ajouter|envoyer|livrer|mettre|rajouter)\b",
    r"\b(?:pode|podem|poderia|podiam)\s+(?:me\s+|nos\s+)?(?:mandar|enviar|adicionar|acrescentar|trazer)\b",
    r"\b(?:puedes|pueden|podéis|podeis|podrías|podrias|podrían|podrian)\s+(?:me\s+|nos\s+)?(?:mandar|enviar|añadir|anadir|traer|poner)\b",
    r"\bme\s+(?:añades|anades|mandas|envías|envias|pones|traes)\b",
    r"\b(?:können|könnten|koennen|koennten)\s+sie\b.{0,60}\b(?:schicken|liefern|hinzufügen|mitbringen)\b",
    r"\b(?:potete|potreste|puoi|potresti)\s+(?:mandarmi|mandarci|mandare|inviare|aggiungere|portare)\b",
    r"\b(?:możecie|mozecie|możesz|mozesz|możemy|mozemy)\s+(?:wysłać|wyslac|dodać|dodac|dostarczyć|dostarczyc|prosić|prosic)\b",
    r"\b(?:i|we)(?:'d|\s+would)\s+like\b",
    r"\b(?:i|we)(?:'ll|\s+will)\s+(?:take|have|need)\b",
    r"\b(?:i|we)\s+(?:also\s+)?(?:need|want|require)\b",
    r"^\s*(?:need|needed)\b",
    r"\bneed\s+(?:more|for)\b",
    r"\b(?:please|pls|plz|kindly)\s+(?:could\s+(?:we|i|you)\s+have|send|add|deliver|bring|supply|include)\b",
    r"\bsend\s+(?:me|us)\b",
    r"\bput\s+(?:me|us)\s+down\s+for\b",
    r"\badd\b.{0,60}\bto\s+(?:my|our|the|"
    r"tomorrow'?s?|today'?s?)\b",
    r"\bplease\s+supply\b",
    r"^\s*send\b",
    r"^\s*(?:pls|please)\s+(?:deliver|send)\b",
    r"\b(?:order|ordering)\s*(?:for\b|:)",
    r"^\s*order\b",
    r"\border\s+(?:pls|please)\b",
    r"\b(?:here'?s|here\s+is)\s+(?:our|my|the)\s+order\b",
    r"\bthe\s+following\b",
    r"\busual\s+order\b",
    r"\bthe\s+usual\b",
    r"\bsame\s+as\s+(?:last|usual)\b",
    r"\bmore\s+trays\b",
    r"\bsame\s+again\b",
    r"\brepeat\s+(?:my|our|the|last)\s+order\b",
    r"\bany\s+chance\s+of\b",
    r"\btoo\s+late\s+to\s+(?:add|order|get)\b",
    r"\b(?:of|on)\s+each\b",
    # es / fr / de / it
    r"\b(?:quisiera|quisiéramos|necesito|necesitamos|me\s+pones|ponme|ponnos|m[aá]ndame|me\s+mandas|"
    r"nos\s+mandas|env[ií]ame|env[ií]anos|me\s+puedes\s+(?:mandar|enviar)|pedido)\b",
    r"\b(?:tu\s+peux|peux-tu|vous\s+pouvez|pourriez-vous|tu\s+pourrais)\s+(?:nous\s+|me\s+|m')?"
    r"(?:mettre|envoyer|livrer|apporter|ajouter|rajouter)\b",
    r"\b(?:kannst\s+du|k[öo]nnt\s+ihr|k[öo]nnen\s+sie)\s+(?:uns\s+|mir\s+)?(?:bitte\s+)?(?:schicken|liefern|"
    r"bringen)\b",
    r"\b(?:mi|ci)\s+(?:metti|mandi|porti)\b",
    r"\b(?:puedes|podr[ií]as|pod[eé]is)\s+(?:mandarnos|enviarnos|traernos|ponernos)\b",
    r"\b(?:je\s+voudrais|nous\s+voudrions|il\s+(?:me|nous)\s+faut|nous\s+avons\s+besoin|j'ai\s+besoin|"
    r"pouvez-vous\s+(?:nous\s+)?(?:envoyer|livrer)|merci\s+de\s+(?:nous\s+)?livrer|commande)\b",
    r"\b(?:ich\s+brauche|wir\s+brauchen|ich\s+h[äa]tte\s+gern|wir\s+h[äa]tten\s+gern|ich\s+m[öo]chte|"
    r"wir\s+m[öo]chten|bitte\s+(?:liefern|schicken|senden)|liefern\s+sie|bestellung|bitte\s+morgen)\b",
    r"\b(?:vorrei|vorremmo|ci\s+serv(?:e|ono)|mi\s+serv(?:e|ono)|mandatemi|potete\s+(?:mandare|inviare)|"
    r"ordine|per\s+domani)\b",
    # Welsh "allwch chi anfon" (can you send), "hoffwn archebu" (I'd like to order), "archeb" (an order);
    # Albanian "dëshiroj të porosis" (I'd like to order), "porosia" (the order), "na dërgoni" (send us)
    r"\b(?:(?:a\s+)?(?:allwch|gallwch|fedrwch)\s+chi\s+(?:anfon|ddanfon|yrru|ddod\s+[âa])|hoffwn\s+(?:archebu|gael)|"
    r"archeb)\b",
    r"\b(?:d[ëe]shiroj\s+t[ëe]\s+porosis|porosi[ae]?|ju\s+lutem\s+(?:na\s+)?d[ëe]rgoni)\b",
    # Turkish "gönderebilir misin(iz)", "gönderir misiniz" (can you send), "siparişimiz" (our order); Greek (as
    # folded) "thelo"/"theloume" (I/we want) before a count
    r"\bg[öo]nder(?:ebilir|ir)\s+mi(?:sin|siniz)\b|\bsipari[şs]imiz\b",
    r"\bthel(?:o|oume)\s+(?:\d|ena|mia|dyo|dio|tria)",
    # Romanian "avem nevoie de" (we need), "trimiteți", "mai trimiteți" (send, send more); Portuguese "precisamos de"
    r"\b(?:avem|am)\s+nevoie\s+de\b",
    r"^\s*(?:mai\s+)?trimite(?:ți|ti|-ne|ne)?\b",
    r"\b(?:precisamos|preciso)\s+de\b",
    # IF_SO: a count asked for if the goods are there ("kaymak var mı? ... varsa 2 koli", "Έχετε ταραμά; Αν έχετε βάλτε 2",
    # "do you do oat milk? if so 6"): the question is the order's condition, the count its request
    # ... and the condition before or after the count, in more languages: "if not 2 more soy", "need 5 boxes if u do",
    # "Se sim mandem 2 caixas", "2 cajas ... si hay", "mandatene 3 casse, altrimenti niente", "se l'avete", "Nếu có thì
    # gửi em 10 bó", "nataka 200 kama ziko", "Då tar vi 2 säckar"
    r"\b(?:if\s+so|if\s+you\s+do|if\s+u\s+do|if\s+yes|if\s+not|varsa|an\s+echete|si\s+(?:oui|s[ií])|sinon|wenn\s+ja|"
    r"falls\s+ja|se\s+s[ìi]m?|jos\s+on|hvis\s+ja|om\s+ja|se\s+tiverem|se\s+houver|n[ếe]u\s+c[óo]|d[åa]\s+tar\s+vi|"
    r"kama\s+zi(?:ko|po)|ikiwa\s+zi(?:ko|po)|altrimenti)\b[\s,:]*(?:\S+\s+){0,4}?\d",
    r"\d[^?\n]{0,80}\b(?:if\s+(?:u|you)\s+(?:do|have\s+(?:it|them|any))|si\s+(?:hay|ten[eé]is|tienen)|se\s+l'avete|"
    r"se\s+c'[èe]|se\s+tiverem|kama\s+zi(?:ko|po)|altrimenti)\b",
)
# "can i order 2 drums for next month or do i have to pre-order them?": asks how to order, orders nothing
_ASKS_HOW = _rx(
    r"\bor\s+(?:do|should|must|would)\s+(?:i|we)\s+(?:have|need)\s+to\b",
    r"\b(?:do|would)\s+(?:i|we)\s+(?:have|need)\s+to\s+(?:pre-?order|order|book|call|ring|email)\b",
)
_STRONG_QUESTION = _rx(
    r"\bhow\s+(?:much|many|long|often|do|does|can|soon|late|early)\b",
    r"\bwhat(?:'s|s|\s+is|\s+are)?\s+"
    r"(?:the\s+)?(?:price|cost|eta|time|days?|size|minimum|cut\s*off|difference|deal)",
    r"\bwhat\s+(?:time|days?|size|sizes|brand)\b",
    r"\bprice\s+(?:of|on|for|list)\b",
    r"\bprices?\b.*\?",
    r"\b(?:do|does|did)\s+(?:you|u|ya)\s+(?:have|do|sell|stock|carry|deliver|get|got|offer|open)\b",
    r"\bhave\s+(?:you|u)\s+got\b",
    r"\b(?:is|are)\s+(?:there|the|it|you|your|these|those)\b.*\?",
    r"\bany\s+(?:deals?|offers?|discount)\b",
    r"\bis\s+it\s+possible\b",
    r"\bwhen\s+(?:will|do|does|is|are|can)\b",
    r"\bwhere\s+(?:is|are|do)\b",
    r"\bwhy\s+(?:is|are|do|does|did)\b",
    r"\bcan\s+(?:i|we)\s+(?:pay|change\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:delivery|address|day|time|slot|payment)|set\s+up|collect|get\s+a\s+(?:price|quote))\b",
    r"\bcould\s+you\s+(?:tell|let\s+me\s+know|send\s+me\s+"
    r"(?:your|the)\s+(?:latest\s+)?price)",
    r"\b(?:has|have)\s+my\s+order\b",
    r"\bdid\s+(?:u|you)\s+get\b",
    r"\bcan\s+(?:you|u)\s+do\s+\d",
    r"\bare\s+you\s+(?:delivering|open|closed)\b",
    r"\b(?:will|would)\s+(?:it|that|they|this|my\s+order|the\s+order|the\s+delivery)\s+(?:still\s+)?"
    r"(?:come|arrive|be|get|make\s+it)\b",
    r"\bany\s+(?:\w+\s+){0,2}(?:options?|alternatives?|substitutes?)\b",
    # es / fr / de / it
    r"¿",
    # documents and quotes asked for, in more languages
    r"\b(?:certificate|certificates|certificado|certificat|zertifikat|certificato|certificaat|spec\s+sheets?|"
    r"allergen\s+(?:sheets?|info|information|list)|ficha\s+t[ée]cnica|fiche\s+technique|datenblatt|"
    r"scheda\s+tecnica|liability\s+insurance)\b",
    r"\b(?:offerte|devis|presupuesto|preventivo|or[çc]amento|angebot)\b",
    r"\b(?:czy\s+(?:macie|jest|mo[żz]na)|ile\s+kosztuje|hebben\s+jullie|vous\s+livrez|livrez-vous)\b",
    r"\b(?:ten[eé]is|tienen|cu[aá]nto|cu[aá]ndo|qu[eé]\s+precio|hay)\b",
    r"\b(?:est-ce\s+que|avez-vous|"
    r"combien|quand|livrez-vous)\b",
    r"\b(?:habt\s+ihr|haben\s+sie|wie\s+viel|wann|gibt\s+es)\b",
    r"\b(?:avete|quanto|quando|c'[eè])\b",
    # do you sell, how much is, not ordering yet, in more languages
    r"\bvoc[eê]s\s+(?:vendem|t[eê]m)\b|\ba\s+c[oó]mo\s+(?:est[aá]|sale)\b|\bnot\s+ordering\s+yet\b",
    r"\bjust\s+comparing\b|\b(?:a[șs]\s+dori\s+s[ăa]\s+[șs]tiu|chcia[łl](?:a|e)?bym\s+wiedzie[cć])\b",
    r"\bczy\s+(?:mo[żz]ecie|b[ęe]dzie)\b|^\W*chi\s+(?:bude|mozhna|ye|mozhete)\b|\bkhot[iy]la?\s+b\s+diznat\w*",
    # Welsh "oes gennych chi" (do you have), "faint yw" (how much), "hoffwn wybod" (I'd like to know); Albanian
    # "a keni" (do you have), "sa kushton" (how much), "dëshiroj të di" (I'd like to know), the price list
    r"\b(?:oes\s+gennych|faint\s+yw|faint\s+mae|hoffwn\s+wybod|pryd\s+fydd)\b",
    r"\b(?:a\s+keni|sa\s+kushton\w*|d[ëe]shiroj\s+t[ëe]\s+di|list[ëe]n\s+e\s+[çc]mimeve|[çc]mimet?)\b",
    # Roman Urdu: "ho sakta hai?" (can it be), "kitne ka" (how much), "kab tak" (by when)
    r"\bho\s+sakt[ae]\s+h(?:ai|ain|e)\b|\bkitne\s+k[ae]\b|\bkab\s+(?:tak|se)\b",
    # Greek (as folded) "poso einai" (how much is), "na rotiso" (to ask); Turkish "satıyor musunuz" (do you sell),
    # "bir sorum var" (I have a question); Polish "czy ...?" (whether); Dutch "weten of" and German "wissen ob"
    # (to know whether)
    r"\bpos[oa]\s+(?:einai|kanei|kostizei)\b|\bna\s+rotiso\b",
    r"\bsat[ıi]yor\s+musunuz\b|\bbir\s+sorum\s+var\b",
    r"^\W*czy\b.*\?",
    r"\bweten\s+of\b|\b(?:gewusst|wissen)\s*,?\s+ob\b",
    # session 16: "do you have", "how much", "can we" in more languages, and informal English ("wat time u deliver mon?",
    # "u guys do tabasco?", "r u open bank hol monday?"): Turkish "var mı", "ne kadar"; Romanian "cât costă"; Swedish
    # "vad kostar", Danish/Norwegian "hvad/hva koster"; Finnish "paljonko maksaa", "onko teillä"; Greek (as folded) "poso
    # echei", "echete"; Croatian "imate li", "možemo li", "koliko košta"; Albanian "a mund të"; Indonesian "berapa",
    # "ada ... gak"; Swahili "mko na", "bei gani"; Levantine "fi 3andkon"; Vietnamese "có không", "co ko"; romanised
    # Tamil/Malayalam "irukka", "kittumo", "enna vilai"; Hindi "milta hai"
    r"\bvar\s+m[ıi]\b|\bne\s+kadar\b|\bc[âa]t\s+cost[ăa]\b|\bvad\s+kostar\b|\bhva(?:d)?\s+koster\b|\bpaljonko\s+maksaa\b|"
    r"\bonko\s+teill[äa]\b|\bpos[oa]\s+echei\b|(?<!\ban\s)\bechete\b|\bimate\s+li\b|\bmo[žz]emo\s+li\b|\bkoliko\s+ko[šs]ta\b|"
    r"\ba\s+mund\s+t[ëe]\b|\bberapa\b|\bada\s+(?:gak|nggak|ga|tidak)\b|\bmko\s+na\b|\bbei\s+gani\b|\bbei\s*\?|"
    r"\bfi\s+3and(?:kon|kom|ak)\b|\bc[óo]\s+kh[ôo]ng\b|\bco\s+ko\b.*\?|\birukk?a\s*\?|\bkittumo\b|\benna\s+vilai\b|"
    r"\bmilta\s+hai\b.*\?|\b(?:wat|wot)\s+time\b|^\W*(?:u|you|ya)\s+(?:guys\s+)?(?:have|got|do|sell|stock)\b.*\?|"
    r"^\W*r\s+u\s+(?:open|closed|delivering)\b",
    # Persian in Latin letters: "gheymatesh chande?" (how much is it), "bepursam" (to ask), "darid?" (do you have)
    r"\b(?:(?:gh|g|q)(?:ey|i|ei)mat\w*|chande|beporsam|bepursam|mojood\s+darid)\b|\bdar(?:id|in)\s*\?",
)
_WH_START = _rx(
    r"^\s*(?:hi|hello|hey)?[\s,!]*(?:what|whats|what's|when|where|why|how|which|who|is|are|do|"
    r"does|did|can\s+i\s+pay|will|has|have\s+you)\b"
)
_COMPLAINT = _rx(
    r"\bmissing\b",
    r"\bshort\b(?!\s+(?:rib|bread|crust))",
    r"\bdamaged\b",
    r"\bbroken\b",
    r"\bbroke\b",
    r"\bsmashed\b",
    r"\bcracked\b",
    r"\bleak(?:ing|ed|s)?\b",
    r"\bwrong\b(?!\s+number)",
    r"(?<!\btoo\s)\blate\b",
    r"\bnever\s+(?:arrived|came|turned\s+up|showed)\b",
    r"\bdidn'?t\s+(?:turn\s+up|arrive|come|show)\b",
    r"\brefund\b",
    r"\bcredit(?:\s+note)?\b",
    r"\bnot\s+happy\b",
    r"\bunhappy\b",
    r"\bdisappointed\b",
    r"\bunacceptable\b",
    r"\bridiculous\b",
    r"\bterrible\b",
    r"\bawful\b",
    r"\bdisgusting\b",
    r"\b(?:was|were|is|are|smelled|smells|tasted|came|arrived)\s+(?:\w+\s+)?(?:off|rotten|mouldy|moldy|flat|"
    r"warm|wet|soaking|sour|spoiled|expired|stale|frozen|bruised|brown|slimy|hard|green|out\s+of\s+date|"
    r"damaged|broken|smashed|leaking|crushed|dented|cold|melted|late)\b",
    r"\bout\s+of\s+date\b",
    r"\bmouldy\b",
    r"\bmoldy\b",
    r"\brotten\b",
    r"\bslimy\b",
    r"\bexpired\b",
    # past-tense reports of a problem with goods or a delivery, phrased as statements
    r"\b(?:smelt|smelled|smells|smelling|tasted|tastes|went|gone|turned)\s+(?:\w+\s+)?(?:off|bad|sour|funny)\b",
    r"\bbinned\b",
    r"\bstale\b",
    r"\bnot\s+(?:acceptable|good\s+enough|on)\b",
    r"\b(?:split|torn|ripped|burst|leaked)\b(?:\s+open)?",
    r"\bmissed\b(?!\s+(?:your|my|the|a)?\s*(?:call|message|text))",
    r"\b(?:we'?d|we\s+had|i'?d|i\s+had)\s+(?:told|asked)\s+(?:you|u)\b",
    r"\b(?:came|arrived|turned\s+up|showed\s+up)\s+at\s+\d",
    r"\b(?:been|was|were|got|get|getting)\s+(?:over)?charged\b",
    r"\b(?:soaked|soggy|ruined|squashed|crushed|dented|melted|defrosted|thawed|spoil(?:ed|t)|bruised|"
    r"unusable|inedible|contaminated)\b",
    r"\bin\s+the\s+rain\b",
    r"\bnot\s+(?:fresh|cold|frozen|chilled|clean)\b",
    r"\bdirty\b|\bhad\s+to\s+(?:send\b.{0,20}\bback|return|bin|throw)",
    r"\b(?:only|we)\s+(?:got|received)\s+\d+\b",
    r"\binvoice\s+(?:says|shows|has)\b",
    r"\bsort\s+(?:a|out\s+a|me\s+a|us\s+a)\s+credit\b",
    r"\bovercharged\b",
    r"\bcharged\s+(?:us\s+)?(?:twice|double|for)\b",
    r"\bcharges\s+us\b",
    r"\b(?:only|but)\s+\d+\s+(?:were|was)\s+delivered\b",
    r"\bdelivered\s+a\b",
    r"\binstead\s+of\b.*\bagain\b",
    r"\byou\s+sent\b",
    r"\bwe\s+ordered\b.*\b(?:got|received|sent)\b",
    r"\bnot\s+usable\b",
    r"\bcan'?t\s+use\b",
    r"\bcouldn'?t\s+(?:serve|use)\b",
    r"\bdoesn'?t\s+fit\b",
    r"\brude\b",
    r"\bblocked\b",
    r"\bin\s+the\s+bin\b",
    r"\bthrow\s+(?:it|them)\s+away\b",
    r"\bpour\b.*\baway\b",
    r"\bstill\s+waiting\b",
    r"\bthird\s+time\b",
    r"\b\d+(?:st|nd|rd|th)\s+time\b",
    r"\bagain\b.*[!?]{2,}",
    r"(?-i:\bAGAIN\b)",
    # es / fr / de / it
    r"\b(?:lleg[oó]|llegaron)\s+(?:\w+\s+)?(?:cortad[ao]s?|rot[oa]s?|tarde|mal)\b",
    r"\b(?:falta|faltan|roto|"
    r"rota|estropead[oa])\b",
    r"\b(?:cass(?:é|ée|és|ées)|ab[iî]m(?:é|ée|és|ées)|manquant|manque|en\s+retard|p[ée]rim[ée]e?s?)\b",
    r"\b(?:fehlen|fehlt|kaputt|besch[äa]digt|unvollst[äa]ndig|versp[äa]tet|abgelaufen)\b",
    r"\b(?:mancano|manca|rott[oaie]|in\s+ritardo|scadut[oaie])\b",
    r"\b(?:faltaba|faltaban|falt[oó]|faltaron|llegaron\s+rot[oa]s)\b",
    r"\b(?:[ée]cras(?:é|ée|és|ées)|inutilisables?|inutilizables?|inutilizzabil[ei])\b",
    r"\b(?:con|di)\s+\d+\s+(?:ore|ora|minuti|giorni)\s+di\s+ritardo\b",
    r"\b(?:nur\s+halb\s+voll|halb\s+leer|war\s+(?:\w+\s+)?(?:leer|warm|schal|kaputt))\b",
    # past-tense "was missing", charged-for-what-never-came, gone-bad goods
    r"\b(?:mancava|mancavano|mancant[ei]|manquait|manquaient|il\s+manqu|fehlte|fehlten)\b",
    r"\b(?:hab[eé]is|han|has|nos)\s+(?:\w+\s+)?cobrado\b",
    r"\bfactur[ée]e?s?\s+deux\s+fois\b",
    r"\b(?:podrid[oa]s?|mohos[oa]s?|pourri(?:e|s|es)?|moisi(?:e|s|es)?|verdorben|schimmel(?:ig)?|"
    r"marci[oe]?|ammuffit[oaie])\b",
    r"\b(?:ven[ií]an?|lleg[oó]|llegaron)\s+(?:\w+\s+){0,3}(?:sec[oa]s|marrones|podrid[oa]s|pasad[oa]s)\b",
    # more languages: goods that came bad, broken, thawed, melted, sandy; a credit note asked for
    r"\b(?:vieram|veio|chegou|chegaram)\s+(?:\w+\s+){0,3}(?:amassad[oa]s?|partid[oa]s?|estragad[oa]s?|"
    r"quentes?|sem\s+gelo|abert[oa]s?)\b|\bamassad[oa]s\b|\bfaltou\b|\bfaltaram\b",
    r"\b(?:era|erano|[èe]\s+arrivat[oa]|sono\s+arrivat[ei])\s+(?:\w+\s+){0,2}(?:acid[oa]|sciolt[oa]|"
    r"rott[oaie]|caldo|calda|scongelat[oaie])\b|\bda\s+buttare\b|\bsciolt[oaie]\b",
    r"\b(?:pleins?|pleines?)\s+de\s+sable\b|\bd[ée]congel[ée]e?s?\b|\bfaire\s+un\s+avoir\b|\bun\s+avoir\b",
    r"\b(?:ol[ií]an|hu[ií]an)\s+mal\b|\bmucha\s+arena\b|\babono\b|\bno\s+encajan\b|\bdescongelad[oa]s?\b",
    r"\b(?:gutschrift|reklamation|zerbrochen(?:e|en)?|nicht\s+gek[üu]hlt|besch[äa]digt)\b",
    r"\b(?:creditnota|lekken|lekt|vochtig|klonterig|kapot|beschadigd|nooit\s+geleverd)\b",
    r"\b(?:przysz[łl]o|przysz[łl]y|zepsut[ey]|uszkodzon[ey]|reklamacja)\b",
    # "instead" is a complaint about what came ("Dostaliśmy 4 kartony zielonych zamiast białych"), not in a change
    # to an order ("to co zwykle, ale 12 kg wołowiny zamiast 10")
    r"\b(?:przysz\w*|dosta\w*|przywie\w*|dowie\w*|by[łl]\w*)\b.{0,60}\bzamiast\b",
    r"\bquero\s+cr[ée]dito\b|\bcr[ée]dito\s+(?:dessas|dessa|desses|por)\b",
    # session 16: goods that came bad, short or wrong, and a credit or a swap asked for, in more languages (Greek as
    # folded: "itan ola malaka kai kitrina", "3 spasmena mpoykalia", "thelo pistosi", "ta petaksame"; Portuguese
    # "vieram todos amarelos", "podem creditar?"; Italian "era tutto annerito"; Romanian "au venit verzi", "a venit
    # expirat"; Croatian "stigla probušena", "molimo zamjenu"; Indonesian "pecah semua, tolong diganti"; Danish
    # "manglede", "mugget"; Swedish "men det var"; Finnish "oli vain 8", "mutta tuli"; Icelandic "útrunninn"; French
    # "sentaient mauvais"; Turkish "eksik", "çözülmüş", "kullanamadık"; Polish "przyszedł tylko"; English "smell bad",
    # "can't sell", "came with", "were the 7+ senior ones")
    r"\bitan\s+(?:ol[aeo]s?\s+|poly\s+|poli\s+)?(?:\w+\s+){0,2}?(?:malak\w*|kitrin\w*|k?s[iy]nism\w*|xinism\w*|kollimen\w*|"
    r"chalasmen\w*|almyr\w*|xer[oaie]s?|kammen\w*)\b|\b(?:spasmen\w*|petaks\w*|petax\w*|epestrepsan|pistos\w*)\b",
    r"\b(?:vieram|veio|chegou|chegaram|estava|estavam)\s+(?:\w+\s+){0,3}(?:amarel\w+|podre\w*|murch\w+|furad\w+|"
    r"com\s+mau\s+cheiro|sem\s+\w+)|\bfurad[oa]s\b|\bmau\s+cheiro\b|\bcreditar\b",
    r"\b(?:annerit\w+|appassit\w+|ammaccat\w+|scadeva|non\s+va\s+bene)\b",
    r"\b(?:au|a)\s+venit\s+(?:\w+\s+)?(?:expirat\w*|stricat\w*|spart\w*|verzi|alt\w*)\b|\bne-a[țt]i\s+taxat\b|"
    r"\bam\s+primit\s+doar\b|\bs[ăa]\s+le\s+(?:schimba[țt]i|[îi]nlocui[țt]i)\b",
    r"\b(?:stigl[aoi]|stigao)\b.{0,40}\b(?:probu[šs]en\w*|o[šs]te[ćc]en\w*|umjesto|pokvaren\w*)|\breklamacij\w*|"
    r"\bmolimo\s+zamjenu\b|\bodobrenje\b",
    r"\b(?:pecah|rusak|busuk|basi)\b.{0,40}\b(?:diganti|ganti|tukar)\b|\btolong\s+diganti\b",
    r"\b(?:manglede|mugget|m[øo]gl\w*|saknades|trasig\w*|rikki|útrunnin\w*|utrunnin\w*|[øo]delagt)\b",
    r"\bmen\s+det\s+var\b|\boli\s+vain\s+\d|\bmutta\s+tuli\b|\bpit[äa]isi\s+olla\s+\d",
    r"\bsent(?:ait|aient)\s+mauvais\b|\bpas\s+(?:acceptable|content\w*)\b|\b[àa]\s+la\s+place\s+d",
    r"\b(?:eksik|[çc][öo]z[üu]lm[üu][şs]|kullanamad\w+|son\s+kullanma)\b",
    r"\bprzysz(?:ed[łl]|[łl][aoy]?)\s+tylko\b|\bnie\s+pasuj\w+|\bprzeciekaj\w+|\bmusieli[śs]my\s+wyrzuci[ćc]\b",
    r"\bsmell(?:s|ed)?\s+bad\b|\bcan'?t\s+sell\b|\bunsellable\b|\bweren'?t\s+on\b|\bkeep\s+(?:bursting|breaking|leaking)\b|"
    r"\b(?:came|arrived)\s+with\s+(?:a\s+|the\s+|no\s+|half\s+)|\bdelivered\s+with\s+(?:no|half)\b|\bwere\s+the\s+(?:[\w+-]+\s+){1,2}ones\b|"
    r"\bwe\s+order(?:ed)?\s+the\b|\bhalf\s+the\s+size\b|\bclumped\b|\bsplitting\b|\bnot\s+good\b",
    # what came told against what was ordered or invoiced: "Invoice 55218 has 6 palm on it, we only had 5 delivered",
    # "vous avez compté 6 caisses ..., nous en avons reçu 2", "3 box order only 2 box come", "veio com 5,2 kg e não 6 kg",
    # "15 kg yerine 12 kg geldi", "nos mandasteis 1 caja"
    r"\binvoice\s+[\w-]*\d[\w-]*\s+(?:says|shows|has|charges)\b|\bnous\s+en\s+avons\s+re[çc]u\b|"
    r"\bonly\s+\d+\s+(?:\w+\s+)?(?:come|came|arrived|delivered)\b|\bveio\s+com\b.{0,30}\be\s+n[ãa]o\b|"
    r"\byerine\b.{0,30}\bgeldi\b|\bnos\s+(?:mandasteis|enviasteis|mandaron|enviaron)\b",
    # the wrong goods: "we received regular Coke instead of Coke Zero", "Statt Hafer kam Soja"
    r"\b(?:received|got|you\s+sent)\b.{0,60}\binstead\s+of\b",
    r"\b(?:re[çc]u|livr[ée]e?s?)\b.{0,60}\bau\s+lieu\s+d",
    r"\b(?:recibimos|lleg[oó]|llegaron|mandasteis|enviasteis)\b.{0,60}\ben\s+(?:vez|lugar)\s+de\b",
    r"\b(?:ricevuto|arrivat[oaie]|mandato)\b.{0,60}\binvece\s+d",
    r"\bstatt\b.{0,40}\b(?:kam|kamen|geliefert|bekommen|erhalten)\b",
    r"\b(?:we|i)\s+(?:got|received)\s+(?:is|are|was|were)\b",
    # what came differs from what was ordered or invoiced: "were 300-400 not 400-500", "came as 6oz again",
    # "the wrong ones", "left 2 cases of lech free instead of lech premium"
    r"\b(?:was|were)\s+[\d.,-]+\s*\w{0,3}\s+not\s+[\d.,-]+",
    r"\bcame\s+(?:as|in)\b.{0,40}\b(?:again|i\s+ordered|we\s+ordered)\b|\bthe\s+wrong\s+ones\b",
    r"\b(?:left|delivered|dropped|brought)\s+\d+\s+(?:\w+\s+){0,5}instead\s+of\b",
    r"\b(?:can|could)\s+(?:u|you)\s+credit\b|\bsafety\s+issue\b",
    # an invoice that says more than came, goods that came broken, sour or thawed, in more languages
    r"\b(?:fatura|factura|faktur[aezy]|fattura|facture|rechnung|rachunku)\w*\b.{0,60}\b(?:geldi|veio|chegou|"
    r"lleg[oó]|llegaron|au\s+venit|arrivat\w*|przysz\w+)\b",
    r"\b(?:geldi|veio|chegou|lleg[oó]|au\s+venit|przysz\w+)\b.{0,60}\b(?:fatura|factura|faktur|fattura|facture)\w*",
    r"\bama\s+\d+\s+geldi\b|\b(?:[çc][üu]r[üu]k|bozuk|k[ıi]r[ıi]k)\b",
    r"\bveio\s+com\b.{0,40}\be\s+n[ãa]o\b|\bqueremos\s+devolver\b",
    r"\b(?:reventad[oa]s|agri[oa]s?|solo\s+lleg[oó])\b",
    r"\bau\s+venit\b.{0,60}\b(?:[îi]n\s+loc\s+de|decongelat\w*|stricat\w*|sparte)\b|\bnu\s+le\s+pot\s+vinde\b",
    r"\b(?:rozbit[eay]|korekt\w*\s+faktur\w*|supelij\w*|kreditin\w*)\b",
    r"\bprivezli\b.{0,80}\b(?:zamist|rakhunk\w*)\b",  # Ukrainian: "brought 5 instead of 6", "on the invoice"
    # Welsh: came sour, cloudy, a credit asked for; Albanian: came wet, thrown away, replace them
    r"\b(?:yn\s+sur|gymylog|gredydu|credydu|wedi\s+torri|ar\s+goll)\b",
    r"\b(?:erdh[ëe]n|erdhi)\s+(?:\w+\s+){0,2}(?:lagur\w*|prishur|thyer\w*)\b|\bi\s+hodh[ëe]m\b|\bz[ëe]vend[ëe]so\w*",
    # Roman Urdu: "theek nahi hai" (not right), "kharab" (bad), "wapas" (back), "kam aya" (came short)
    r"\b(?:theek|thik|teek)\s+nahi[n]?\b|\bkharab\b|\bwapas\b|\bsaaf\s+nahi|\bkam\s+(?:aya|aaya|ayi|aayi|tha|thi)\b",
    # Greek (as folded): defrosted, "I don't accept them", spoiled; Turkish complaint, damaged, burst, credit note;
    # Polish was missing, broken, to throw away; Dutch credit; German claim, unusable
    r"\bxepagomen\w*|\bden\s+ta\s+d[ei]chomai\b|\bchalasmen\w*",
    r"\b(?:[şs]ikayet|hasarl[ıi]|patlam[ıi][şs]\w*|kredi\s+notu)\b",
    r"\b(?:brakowa[łl]o|po[łl]aman\w*|do\s+wyrzucenia)\b|\bcrediteren\b|\b(?:reklamation|unbrauchbar)\b",
    # Persian in Latin letters: came broken, crushed, spoiled, short
    r"\bshekaste\s+(?:bood|budan|boodan|residan)\b|\bkhord\s+shode\b|\bkharab\s+shode\b|\bkam\s+bood\b",
)
_ANGRY = _rx(r"[!?]{2,}", r"[\U0001F620\U0001F621\U0001F624\U0001F92C\U0001F922\U0001F92E]")
_CANCEL = _rx(
    r"\bcancel(?:l?ed|l?ing|lation)?\b",
    r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:send|deliver|bother)\b",
    r"\bscrap\s+(?:that|the|my)\s+order\b",
    r"\bcall\s+off\b",
    r"\b(?:anular|anula|cancelar|cancela|annuler|annulez|stornieren|storniert|storno|annullare|annulla)\b",
    # Italian, Polish, Romanian, Turkish: "annullate l'ordine", "proszę anulować zamówienie", "anulați
    # comanda", "siparişi iptal et"
    r"\b(?:annullate|annulliamo|anulowa[cć]|anuluj(?:emy|cie)?|anula[tț]i|anulez|iptal)\b",
    r"\bat[šs]aukit\w*|\bat[šs]aukti\b",  # Lithuanian
    r"\b(?:canslwch|canslo|ganslo|anuloni|anulojeni)\b",  # Welsh, Albanian
    # Greek (as folded) "akyrose" (cancel), Dutch "annuleren", "niks nodig" (nothing needed), Polish "wycofaj"
    r"\bak[yi]ro(?:se|ste|si|noume)\b|\b(?:annuleren|annuleer|annuleert|geannuleerd)\b|\b(?:niks|niets)\s+nodig\b",
    r"\bwycofa(?:j|[cć]|uj[eę])\b",
    # session 16: the imperatives of Spanish and Portuguese ("cancelad el pedido", "cancelen", "cancelem a encomenda",
    # "anulen"), French "annule la commande", Greek "akyrwste", Croatian "otkažite narudžbu", Danish "annullér ... ordren",
    # "scrap this weeks order"
    r"\b(?:cancel(?:ad|en|em|amos)|anul(?:ad|en|em)|annule|akyr[wo]ste|otka[žz]ite|otkazati|annull[ée]r)\b",
    r"\bscrap\s+(?:this|that|the|my|our)\s+(?:\w+\s+)?order\b",
)
_CHANGE = _rx(
    r"\bchange\s+(?:the\s+|my\s+|our\s+)?(?:order|\d+|qty|quantity)\b",
    r"\bchange\s+(?:the\s+|my\s+|our\s+)?\d+\b.{0,40}?\bto\s+\d+",
    r"\bmake\s+(?:it|that)\s+\d+\b",
    r"\binstead\s+of\s+(?:the\s+)?\d+\b",
    r"\b(?:invece\s+di|au\s+lieu\s+de|en\s+(?:vez|lugar)\s+de|statt)\s+\d+\b",
    r"\bswap\s+(?:the|my)\b",
    r"\b(?:amend|modify|update)\s+(?:my|the|our|this)\s+order\b",
    r"\b(?:reduce|increase)\s+(?:the|my)\b",
    r"\bonly\s+\d+\s+instead\b",
    r"\bactually\s+(?:make|can\s+we\s+make|change)\b",
    r"\bmeant\s+(?:to\s+(?:say|order)\s+)?\d+\b",
    # "change ginger 4kg to 6kg"
    r"\bchange\s+(?:the\s+)?(?:[\w-]+\s+){1,4}\d+\s*[a-z]{0,5}\s+to\s+\d+",
    r"\bchange\s+(?:it|that|this)\b(?!\s+(?:address|day|time))",
    r"\b(?:cambiar|modificar)\s+(?:el\s+)?pedido\b",
    # Polish "Zmiana: na jutro 4 worki zamiast 3", "Zmiana w zamówieniu": a message headed as a change
    r"^\W*zmiana\b(?!\s+(?:osoby|adresu|godziny))",
    r"\bmodifier\s+(?:la\s+|ma\s+)?commande\b",
    r"\bbestellung\s+[äa]ndern\b",
    r"\bmodificare\s+l'?ordine\b",
    # "change the pepsi max on friday's order from 5 cases to 3", "make the keg on tomorrow's order a
    # 30L", "move thursday's delivery to friday": an amendment of an order already placed
    r"\b(?:change|make)\s+the\s+(?:[\w-]+\s+){1,4}(?:on|in)\s+(?:the\s+|my\s+|our\s+)?[\w']*\s*(?:order|delivery)\b",
    r"\bfrom\s+\d+\s+(?:cases?|cs|packs?|boxes|box|bottles?|kegs?|bags?|sacks?|trays?|tubs?|kg)\s+to\s+\d+\b",
    r"\bmove\s+(?:the\s+|my\s+|our\s+)?(?:\w+'s\s+)?(?:delivery|order|drop)\s+to\b",
    # an order already placed, named, and what to change in it, in more languages
    r"\b(?:l'ordine|la\s+commande|el\s+pedido|del\s+pedido|der\s+bestellung|die\s+bestellung|de\s+bestelling|"
    r"a\s+encomenda|da\s+encomenda|zam[óo]wieni[ea])\b.{0,80}\b(?:invece\s+di|au\s+lieu\s+de|en\s+(?:vez|lugar)\s+de|"
    r"statt|stattdessen|in\s+plaats\s+van|em\s+vez\s+de|zamiast|cambia|cambiad|cambiar|changez|changer|passer|"
    r"[äa]ndern|verschieben|wijzig|mudar|alterar|portatel[ea]|metti|mettez|nehmen|\d+\s+(?:au\s+lieu|non)\b)",
    r"\b(?:invece\s+di|au\s+lieu\s+de|en\s+(?:vez|lugar)\s+de|statt|em\s+vez\s+de|zamiast)\b.{0,60}"
    r"\b(?:l'ordine|la\s+commande|el\s+pedido|der\s+bestellung|a\s+encomenda)\b",
    r"\blieferung\s+(?:\w+\s+){0,4}verschieben\b|\bde\s+\d+\s+[àa]\s+\d+\b",
    # a delivery moved to another day: "can Tuesday's delivery come on Wednesday instead?", "can we move Weds
    # delivery to Thursday", "the order for Thursday can u make it Friday", "muta livrarea de joi pe vineri"
    r"\b(?:delivery|order|drop)\s+(?:\w+\s+){0,2}(?:come|be\s+moved|go)\s+(?:on|to)\s+\w+day\b",
    r"\bmove\s+(?:\w+\s+){0,2}(?:delivery|order|drop)\s+to\b",
    r"\bmake\s+it\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+instead\b",
    r"\bmuta\s+livrarea\b",
    # Turkish "kaşarı 3 değil 5 yapalım", "su 2 değil 4 koli olsun": not N, M
    r"\b\d+\s+de[gğ]il\s+\d+\b",
    # an order already placed, named by its day, and what to change or take off in it
    r"\bchange\s+(?:\w+day'?s?|\w+'s|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|tmrw?|tomorrows?)\s+(?:order|delivery|\d)",
    r"\bchange\s+the\s+(?:[\w-]+\s+){1,3}to\s+\d+\b",
    r"\btake\s+(?:the\s+)?(?:[\w-]+\s+){1,5}off\s+(?:\w+'?s\s+|the\s+|my\s+|our\s+)?(?:order|delivery)\b",
    r"\b(?:la\s+commande|el\s+pedido|del\s+pedido|[od]o\s+pedido|no\s+pedido|zam[óo]wieni[ua]|sipari[sş]\w*|"
    r"comanda)\b.{0,80}\b(?:remplac\w*|cambi(?:a|ame|en|ad|ar)\b|em\s+vez\s+de|en\s+vez\s+de|zmieni\w*|"
    r"yerine|[îi]n\s+loc\s+de|schimba\w*|[îi]nlocui\w*)",
    r"\b(?:consegna|livrarea|entrega)\b.{0,40}\b(?:spost\w+|mut\w+)\b|\bspostatel[ao]\b",
    r"\bzamist\s+\d+\b",  # Ukrainian "instead of 3"
    r"\bbe\s*ja(?:y|ye|ie)\s+\d+\b",  # Persian in Latin letters: "12 ta kon be jaye 10" (instead of 10)
)
# A short message that opens with an acknowledgement ("ok thanks", "yes that's fine"); one whose few words
# after the opener are counted order lines ("yes 2 peroni", "ok 3 red bull") answers with an order.
ACK_SHORT = _rx(
    r"^\s*(?:ok|okay|k|kk|cool|great|perfect|lovely|nice|brilliant|cheers|thanks?|thank\s+you|thx|ty|ta|"
    r"merci|gracias|danke|grazie|received|got\s+it|noted|will\s+do|no\s+worries|no\s+problem|np|sure|yes|"
    r"yep|no|nope|lol|haha|hi|hello|hey|good\s+morning|morning|stop|unsubscribe)\b[\s\w,!.']{0,30}$",
)
_OTHER = _rx(
    r"\b(?:merry\s+christmas|happy\s+(?:new\s+year|easter|holidays|birthday)|have\s+a\s+(?:good|great|nice))\b",
    r"\bwrong\s+number\b",
    r"\bmeant\s+for\s+someone\s+else\b",
    r"\bignore\s+(?:my|that|the)\b",
    r"\bout\s+of\s+(?:the\s+)?office\b",
    r"\bnew\s+number\b",
    r"\bcall\s+me\b",
    r"\bring\s+me\b",
    r"\bgive\s+(?:me|us)\s+a\s+(?:call|ring|bell|shout)\b",
    r"\bcall\s+(?:me\s+|us\s+)?back\b",
    r"\bopening\s+hours\b",
    r"\bwe(?:'re|\s+are)\s+closed\b",
    r"\bno\s+deliver(?:y|ies)\b",
    r"\b(?:we\s+)?paid\b(?!\s+(?:on|at|by)\s+delivery)",  # "send these paid on delivery" orders
    r"\bdriver'?s\s+here\b",
    r"\bnew\s+manager\b",
    r"\bdoing\s+the\s+ordering\b",
    r"\bsee\s+you\b",
    r"\ball\s+good\b",
    r"\bsch[öo]nes\s+wochenende\b",
    r"\b(?:urlaub|vacances|vacaciones|ferie|vakantie|f[ée]rias)\b.{0,40}\b(?:keine|pas\s+de|no|nessuna|geen|sem)\s+"
    r"(?:lieferung|livraison|entrega|consegn|levering)",
    r"\b(?:warenannahme|horaire\s+de\s+r[ée]ception|hor[áa]rio\s+de\s+rece[çc][ãa]o|orario\s+di\s+ricevimento|"
    r"ontvangsttijden|horario\s+de\s+recepci[óo]n)\b",
    r"\bbonne\s+(?:journ[ée]e|soir[ée]e)\b",
    r"\bm[ăa]\s+pute[tț]i\s+suna\b|\bva\s+fi\s+[îi]nchis\b",  # Romanian "can you call me", "will be closed"
    # German "closed ... no deliveries", Turkish "new address", Polish "change of contact person"
    r"\bgeschlossen\b.{0,60}\bkeine\s+lieferung",
    r"\byeni\s+adres\b|\bzmiana\s+osoby\s+kontaktowej\b",
)
# NOT_ABOUT_GOODS: a table booked, an automatic reply, a direct debit cancelled: whatever counts they hold
# ("para 4 pessoas"), such messages order nothing and cancel no order.
NOT_ABOUT_GOODS = _rx(
    r"\b(?:reservar\s+uma\s+mesa|reservar\s+una\s+mesa|zarezerwowa[cć]\s+stolik|book\s+a\s+table|"
    r"r[ée]server\s+une\s+table|prenotare\s+un\s+tavolo|tisch\s+(?:f[üu]r\s+\d+\s+)?reservieren)\b",
    r"\b(?:automatic\s+reply|auto-?reply|automatinis\s+atsakymas|respuesta\s+autom[áa]tica|"
    r"r[ée]ponse\s+automatique|automatische\s+antwort|risposta\s+automatica|odpowied[źz]\s+automatyczna|"
    r"resposta\s+autom[áa]tica)\b",
    r"\b(?:direct\s+debit|debitul\s+direct|standing\s+order\s+(?:with|at)\s+the\s+bank)\b",
)
# A change that names the order it changes ("la commande de jeudi, remplacez...", "no pedido de quinta, em
# vez de..."): the order word names an order already placed, not a new request.
NAMED_CHANGE = _rx(
    r"\b(?:l'ordine|la\s+commande|el\s+pedido|del\s+pedido|[od]o\s+pedido|no\s+pedido|zam[óo]wieni[eau]|"
    r"sipari[sş]\w*|comanda|order)\b.{0,80}\b(?:remplac\w*|cambi(?:a|ame|en|ad|ar)\b|em\s+vez\s+de|"
    r"en\s+vez\s+de|au\s+lieu\s+de|invece\s+di|zmieni\w*|zamiast|yerine|[îi]n\s+loc\s+de|schimba\w*|"
    r"[îi]nlocui\w*|instead\s+of)",
)
_QTY_UNIT = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:x\s*)?(?:cases?|cs|boxes|box|crates?|packs?|pks?|bottles?|btls?|cans?|tins?|kg|"
    r"kilos?|sacks?|bags?|kegs?|trays?|tubs?|dozen|doz|sleeves?|blocks?|cajas?|caisses?|kisten|casse|cassa|"
    r"sacos?|sacchi|fusti|f[äa]sser|flaschen|bouteilles?|bottiglie|latas?)\b|\bx\s*\d+\b|\b\d+\s*x\b",
    re.IGNORECASE,
)
_NARRATIVE_QTY = _rx(
    r"\b\d+\s+(?:\w+\s+){0,4}(?:missing|short|broken|broke|smashed|were|was|delivered)\b",
    r"\b(?:missing|short)\s+\d+",
    r"\bonly\s+\d+\b",
    r"\b(?:got|received|says|shows)\s+\d+\b",
    r"\b\d+\s+(?:of|out\s+of)\s+(?:the|our|those|these)\s+\d+\b",
    r"\b\d+\s+(?:\w+\s+)?(?:but|and)\s+(?:we\s+)?only\b",
    r"\b\d+\s+(?:\w+\s+)?(?:mein|me|main)\s+se\b|\bsirf\s+\d+\b",  # Roman Urdu: "out of 25 kg", "only 6"
)


# HISTORY_REFERENCE (jobs/language/intent.py): words that refer to an earlier order ("same as last week", "the
# usual") that the text does not spell out.
HISTORY_REFERENCE_RX = _rx(
    # ... never how it is paid: "pay cash same as before", "tiền mặt như lần trước" (cash, as last time)
    r"(?<!cash\s)(?<!card\s)\bsame\s+(?:order\s+)?(?:again|as\s+(?:last|before|usual|previous)|order\s+as)",
    r"\b(?:the|my|our)\s+usual\b",
    r"\bas\s+usual\b",
    r"^\W*usual\b",
    # "morning! usual for tmrw pls + 2 more oatly": the usual asked for after a greeting
    r"(?<!than\s)\busual\s+(?:for|pls|plz|please|thx|thanks)\b",
    r"\busual\s+order\b",
    r"\b(?:last|previous)\s+week'?s?\s+order\b",
    r"(?<!cash\s)(?<!card\s)\bsame\s+(?:as\s+)?last\s+(?:week|time|order)\b",
    r"\b(?:same\s+as|like|as\s+per)\s+(?:my|our|the)\s+(?:first|last|previous)\s+(?:order|po)\b",
    r"\bas\s+per\s+last\s+week'?s?\s+(?:order|po)\b",
    r"\brepeat\s+(?:my|our|the|last)\b",
    r"\blo\s+(?:de\s+siempre|mismo\s+que)",
    r"\bcomme\s+d'hab(?:itude)?\b",
    r"\bla\s+m[eê]me\s+commande\b",
    r"\bcomme\s+la\s+(?:semaine|derni[eè]re)",
    r"\bwie\s+(?:immer|letzte|gehabt|üblich)",
    r"\bdas\s+(?:übliche|gleiche|selbe)\b",
    r"\bcome\s+(?:sempre|al\s+solito|la\s+settimana)",
    r"\bil\s+solito\b",
    r"\b(?:(?:het\s+)?zelfde|hetzelfde)\s+als\b",
    r"\bzoals\s+(?:altijd|gewoonlijk|vorige\s+week)\b",
    r"\bhet\s+gebruikelijke\b",
    r"\b(?:o|a)\s+mesm[oa]\s+(?:que|da|do)\b",
    r"\bo\s+de\s+sempre\b",
    r"\bcomo\s+(?:sempre|siempre|de\s+costume)\b",
    r"\bigual\s+(?:que|à|a)\s+(?:la\s+)?(?:semana|[úu]ltima)",
    r"\bpareil\s+que\b",
    r"\bcomme\s+toujours\b",
    r"\b(?:uguale|lo\s+stesso)\s+(?:alla|della|dell')",
    r"\bdas(?:selbe)?\s+wie\s+(?:letzte|vorige)",
    # pt / pl / ro / sv / tr / el (Latin script)
    r"\bo\s+(?:habitual|de\s+sempre)\b",
    r"\bto\s+samo\s+co\b|\bjak\s+(?:zawsze|zwykle|ostatnio)\b",
    r"\bca\s+de\s+obicei\b|\bla\s+fel\s+ca\b",
    r"\bsom\s+vanligt\b|\bsamma\s+som\s+(?:f[öo]rra|sist)",
    r"\bher\s+zamanki\b|\bge[çc]en\s+(?:haftaki|seferki)\b|\bayn[ıi]s[ıi]\b",
    # romanised Hindi/Urdu, and "same like" English
    r"\bhar\s+hafte\s+wala\b|\bpichl[ie]\s+(?:baar|hafte)\s+wala\b|\bhamesha\s+wala\b",
    # ... and Punjabi, and Devanagari and Gurmukhi as `indic` reads them ("pichhle hafte wala order", "usual bhej deo")
    r"\bpichh?l[aei]\s+(?:baar|bar|hafte|haftey|week)\s+(?:wala|wale|wali|vala|vale|jaisa|da|di|ka|ki)\b",
    r"\busual\s+(?:bhej|mokl)\w*|\bpehle\s+jaisa\b",
    # Persian in Latin letters: "mesle hafte pish" (like last week), "mesle hamishe" (as always), "sefareshe hamishegi"
    r"\bmesl?e\s+(?:hafte(?:ye)?\s+(?:pish|ghabl|gozashte)|dafe(?:ye)?\s+ghabl|hamishe)\b|\bsefaresh(?:e)?\s+hamishegi\b",
    r"\bsame\s+like\s+(?:last|before|usual)\b",
    r"\b(?:opos|ópos)\s+p[aá]nta\b|\bta\s+[ií]dia\s+me\b",
    # Polish, Romanian, Lithuanian, Ukrainian (as read in Latin letters)
    r"\bto\s+co\s+zawsze\b|\bca\s+s[ăa]pt[ăa]m[âa]na\s+trecut[ăa]\b|\bkaip\s+visada\b|\btas\s+pats\s+kaip\b",
    r"\byak\s+zavzhdi\b|\byak\s+minulogo\s+tizhnya\b",
    r"\bjak\s+w\s+zesz[lł]ym\s+tygodniu\b|\b(?:wohi|wahi|vahi|vohi)\s+(?:usual|order|wala)\b",
    # the standard order asked for ("Proszę o standardowe zamówienie na środę, plus 2 kartony", "our normal order
    # please", "onze vaste bestelling", "die Standardbestellung"); a standing order beside the message's own lines
    # ("in addition to our standing order could we have...") is already on its way and is not this
    r"\b(?:the|our|my)\s+(?:standard|normal|regular)\s+(?:weekly\s+)?order\b",
    r"\b(?:standardow|sta[lł]|zwyk[lł]|normaln)\w*\s+zam[oó]wieni\w*",
    r"\b(?:vaste|standaard|gewone|normale)\s*bestelling\b|\bstandardbestellung\b|\b(?:die|unsere)\s+(?:normale|feste)\s+bestellung\b",
    # Welsh "yr arferol", "fel arfer", "yr un fath â'r wythnos diwethaf"; Albanian "si javën e kaluar", "si zakonisht"
    r"\byr\s+arferol\b|\bfel\s+arfer\b|\byr\s+un\s+(?:peth|fath)\s+[âa]'?r\s+wythnos\s+diwethaf\b",
    r"\bsi\s+(?:jav[ëe]n\s+e\s+kaluar|her[ëe]n\s+e\s+kaluar|zakonisht)\b",
    # romanised Tamil, Malayalam and Sinhala: "pona vaaram maadhiri" (like last week), "vazhakkam pola" (as
    # usual), "kazhinja aazhchathe pole" (like last week's), "pathivu pole", "giya sathiye wage", "kalin wage"
    # ... and last week's order itself ("pona vaaram order", "kazhinja aazhchathe order", "kalin sathiye order")
    r"\bpona\s+(?:vaa?ram|week|thadav[ai]|murai)\w*\s+(?:maa?[dt]h?iri(?:ye)?|pola|pole|order|odar)\b",
    r"\b(?:vazhakk?am|eppavum|eppozhum|pathivu|sthiram)\s+(?:pola|pole|maa?[dt]h?iri)\b",
    # ... and as the scripts are read (`south_indic`): "usual" and the postposition "like" ("பதிவு போல", "പതിവ് പോലെ",
    # "සුපුරුදු පරිදි")
    r"\busual\s+(?:pola|pole|paridi|wage|vage|mathiri|maathiri)\b",
    r"\bkazhinja\s+(?:aa?zhcha|week|thavana|pravash?y?am)\w*\s+(?:pole|pola|order|ordar)\b",
    r"\b(?:giya|kalin(?:\s+giya)?)\s+(?:sathi|sumaa?n|para|waar)\w*\s+(?:wage|vage|widiyata|widihata|order|odar)\b",
    r"\b(?:kalin|hamadama|sadharanayen)\s+(?:wage|vage)\b",
    # Swedish, Norwegian, Danish ("samma som förra veckan", "den vanliga beställningen", "samme som forrige uke",
    # "vanlig bestilling", "det sædvanlige", "samme som sidste ordre", "som vanlig"), Finnish ("sama kuin viime
    # viikolla", "tavallinen tilaus", "kuten aina") and Icelandic ("sama og síðast", "sama pöntun og venjulega")
    r"\bsamm[ae]\s+(?:best[äa]llning\s+|bestilling\s+|ordre\s+)?som\s+(?:f[öo]rra|forrige|sidste|sist|sidst|vanligt?"
    r"|s(?:æ|ae|a)dvanlig|f[öo]rsta|f(?:ø|o|oe)rste)",
    r"\b(?:vanlig[ae]?|s(?:æ|ae|a)dvanlig[e]?)\s+(?:[a-z]+-)?(?:best[äa]llning|order|ordre|bestilling)",
    r"\bdet\s+(?:vanlige|s(?:æ|ae|a)dvanlige)\b|\bdet\s+samme\s+som\s+(?:sidst|sist|forrige|sidste)",
    r"\bsom\s+(?:vanlig|s(?:æ|ae|a)dvanlig)\b",
    r"\bsama(?:t)?\s+kuin\s+(?:viime|viimeksi|edellinen|edellisell|tavallisesti|aina)",
    r"\btavallinen\s+tilaus\b|\btavallisen\s+tilauksen\b|\bkuten\s+(?:tavallisesti|aina|viimeksi|viime\s+viikolla)\b",
    r"\bsama\s+(?:p[öo]ntun\s+)?og\s+(?:s[íi](?:ð|d|th)ast|venjulega|[íi]\s+s[íi](?:ð|d|th)ustu)",
    r"\beins\s+og\s+(?:venjulega|s[íi](?:ð|d|th)ast)\b|\bvenjuleg[au]?\s+p[öo]ntun",
    # session 16: "same as tuesday", "same same as always", "as per last week", "même chose que la dernière fois",
    # "solito x sabato", "isto ko obično" (Croatian/Bosnian), "seperti biasa" (Indonesian/Malay), "như thường lệ"
    # (Vietnamese, as folded), "comanda obișnuită" (Romanian)
    r"\bsame\s+as\s+(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?'?s?\b",
    r"\bsame\s+(?:same\s+)?as\s+always\b|\bas\s+per\s+last\s+(?:week|time|order|delivery)\b",
    r"\bm[eê]me\s+(?:chose|commande)\s+que\s+(?:la\s+|le\s+)?(?:derni[eè]re?|semaine|d'hab|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)",
    r"^\W*solito\b|\bsolito\s+(?:x|per)\b",
    r"\bisto\s+(?:ko|kao)\s+(?:obi[čc]no|uvijek|pro[šs]l\w*)\b|\bkao\s+(?:i\s+)?obi[čc]no\b|\buobi[čc]ajen\w*\s+narud[žz]b",
    r"(?<!tidak\s)\bseperti\s+biasa(?:nya)?\b|\bsama\s+(?:seperti|kayak|kaya)\s+(?:minggu\s+lalu|kemarin|biasa)\b",
    r"\bnh[ưu]\s+th[ưu][ơo]?ng\s+l[ệe]\b|\bcomanda\s+obi[șşs]nuit[ăa]\b",
    # "same list as before", Greek (as folded) "ta synithismena" (the usual), "o,ti kai tin perasmeni evdomada"
    r"\bsame\s+(?:list|stuff|lot)\s+as\s+(?:before|last|usual)\b|\b(?:ta\s+)?syni?thismena\b|\bperasmen[ih]\s+evdomada\b",
    # an offer the message accepts without spelling it out ("yes please go ahead with that" under a quote)
    r"\bgo\s+ahead\s+with\s+(?:that|this|it|those|these|the\s+(?:offer|quote|deal))\b",
    r"\b(?:accept|take)\s+(?:the|your)\s+(?:offer|quote|deal)\b",
)
