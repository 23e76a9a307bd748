"""The verifier's vocabulary: every word class its rules act on, declared once, per language.

English reporting verbs are declared as lemmas and their forms generated (says, said, saying); a
lemma whose past or participle is irregular, or doubles its last consonant, says so after a colon
("tell:told", "admit:admitted"). Russian verbs are declared by their past stem and present forms.
The README's lists are printed from here (`python -m reportgen.text.lexicon`), and a test compares them.
"""

from __future__ import annotations

import re
import sys
import textwrap

# English verbs of saying, as lemmas. "lemma:past" gives an irregular or doubling past tense.
_SAYING_LEMMAS = """
say:said tell:told write:wrote/written add warn argue describe call denounce state note explain claim insist declare
announce ask reply answer continue conclude comment remark observe post tweet blog:blogged suggest admit:admitted
acknowledge recall urge stress emphasise emphasize vow promise blame accuse label:labelled/labeled brand dub:dubbed
term predict shout scream cry chant whisper yell exclaim object counter retort:retorted respond contend implore gush
fume sigh interject agree disagree demur:demurred demand boast question repeat cite assert mention quip:quipped joke
muse lament complain mutter murmur scoff snap:snapped groan thunder bellow plead beg:begged concede estimate confide
confirm disclose reveal report testify recount caution advise reiterate proclaim pledge maintain allege charge
protest dismiss reject indicate condemn marvel:marvelled/marveled wonder rage rant vent stammer stutter sneer snarl
grumble gripe crow gloat reassure point elaborate clarify underline highlight summarise summarize inform tease taunt
chide scold lecture instruct order command entreat boom praise thank mock bemoan criticise criticize tout hail laud
applaud decry deride ridicule slam:slammed blast lambaste castigate rebuke berate disparage extol commend
congratulate grouse snipe characterise characterize exhort bark assure apologise apologize ponder react propose
speak:spoke email express welcome echo crack deadpan:deadpanned defend
""".split()
# Bare lemmas that are rarely nouns, so that "I say", "they argue" report speech; the others ("a
# call", "the state", "a question") are left out.
_BARE = frozenset("say tell write add warn argue describe denounce explain insist declare announce ask observe "
                  "suggest admit acknowledge recall urge emphasise emphasize accuse predict shout scream whisper "
                  "yell agree assert concede confirm reiterate maintain allege".split())
# Their third-person forms that are as often nouns ("calls", "notes", "claims"): verbs only before a
# quote's first word ("Tokayev claims the protesters …") or in a tag's verb slot.
_NOUN_LIKE = frozenset("calls notes claims states remarks comments replies answers blames stresses vows promises "
                       "posts tweets questions reports charges points orders commands objects counters cries "
                       "jokes snaps groans protests rants vents pledges labels brands terms sighs fumes whispers "
                       "shouts screams chants yells murmurs sneers snarls gripes crows highlights lectures teases "
                       "taunts thunders bellows laments wonders marvels boasts quips mentions repeats rages demands "
                       "cautions underlines thanks blasts hails slams barks blogs estimates speaks spoke "
                       "emails echoes cracks".split())
# Russian verbs of saying, as lemmas (the infinitive); their past, present (or perfective future), and
# adverbial participle are generated (russian_forms). "lemma:form" gives an irregular third person singular.
_RUSSIAN_LEMMAS = """
сказать:скажет говорить заявить заявлять отметить отмечать подчеркнуть подчёркивать подчеркивать добавить
добавлять написать:напишет писать:пишет сообщить сообщать пояснить пояснять возразить возражать ответить отвечать
считать призвать:призовёт призывать предупредить предупреждать уточнить уточнять рассказать:расскажет рассказывать
объяснить объяснять заметить замечать указать:укажет указывать признать признавать:признаёт напомнить напоминать
пообещать обещать назвать:назовёт называть прокомментировать:прокомментирует комментировать:комментирует
""".split()
# Kazakh verbs of saying, as stems (the imperative); past, present and the -п converb ("деп") are
# generated with vowel harmony (kazakh_forms). A two-word stem inflects its last word ("атап өт").
_KAZAKH_STEMS = ("айт", "де", "мәлімде", "хабарла", "атап өт", "қос", "түсіндір", "жаз", "ескерт", "сана",
                 "жауап бер", "баса айт")
# Phrases that report speech without a verb of their own.
SPEAKER_AFTER = ("according to", "in the words of", "по словам", "по мнению")
"""Phrases whose speaker comes after them, never before ("according to Smith")."""
SPEAKER_INSIDE = ("по его словам", "по её словам", "по ее словам", "по их словам", "по его мнению", "по её мнению",
                  "по ее мнению", "по их мнению")
"""Phrases whose speaker is the pronoun inside them, someone named before ("По его словам, инфляция …")."""
SPEAKER_BEFORE = ("айтуынша", "пікірінше")
"""Kazakh postpositions whose speaker comes right before them, in the genitive ("Садықованың айтуынша")."""


STATEMENT_NOUNS = tuple("statement statements post posts tweet tweets letter message release interview speech "
                        "email video remarks note op-ed column editorial retort reply response warning apology "
                        "comment comments quip rejoinder plea answer answers verdict reaction".split())
"""Nouns of a statement: its participle speaks for whoever made it ("issued a statement saying")."""
RUSSIAN_STATEMENT_NOUNS = frozenset("заявление заявления слова слов высказывание высказывания обещание обещания фразу "
                                    "фраза цитату цитата призыв призывы тезис тезисы".split())
"""Russian nouns of someone's words: a quotation after one and its owner ("назвал заявление министра о «…»
преждевременным") is the owner's, not the words of the verb's subject."""
FINDING_NOUNS = tuple("report analysis tally study survey poll count estimate review data figures forecast "
                      "projection document filing memo".split())
"""Nouns of a finding: "according to a tally by the AP" is the AP's word, like its statements."""


def english_forms(entry: str) -> list[str]:
    """A lemma's forms: itself, -s, past, -ing ("say:said" -> say, says, said, saying)."""
    lemma, _, past = entry.partition(":")  # "label:labelled/labeled": two spellings of the past
    if lemma.endswith(("s", "sh", "ch", "x", "z")) or re.search(r"[^aeiou]o$", lemma):  # "echoes", not "booes"
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if not past:
        if lemma.endswith("e"):
            past = lemma + "d"
        elif re.search(r"[^aeiou]y$", lemma):
            past = lemma[:-1] + "ied"
        else:
            past = lemma + "ed"
    past, *other_pasts = past.split("/")
    ings = [_ing(lemma, spelling) for spelling in (past, *other_pasts)]  # "labelling" and "labeling"
    return [lemma, third, past, ings[0], *other_pasts, *(ing for ing in ings[1:] if ing != ings[0])]


def _ing(lemma: str, past: str) -> str:
    """The -ing form that goes with a past's spelling (a doubled consonant in both, or in neither)."""
    doubled = past.endswith("ed") and len(past) > len(lemma) + 2 and past[len(lemma)] == lemma[-1]
    if doubled:
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    return lemma + "ing"


_VOWELS = "аеёиоуыэюяәөұүі"
_BACK = "аоұыяу"  # Kazakh back vowels (a stem's last vowel picks its suffixes' vowels)
_VOICELESS = "пткқсшфхцчщ"


def russian_forms(entry: str) -> list[str]:
    """A Russian lemma's forms: past (-л, -ла, -ло, -ли), third person present or perfective future,
    singular and plural ("заявить" -> заявил, заявила, заявило, заявили, заявит, заявят)."""
    lemma, _, third = entry.partition(":")
    stem = lemma[:-2]  # заяви-ть, сообща-ть, подчеркну-ть
    forms = [stem + "л", stem + "ла", stem + "ло", stem + "ли"]
    if not third:
        if lemma.endswith("ить"):
            third = stem[:-1] + "ит"
        elif lemma.endswith("нуть"):
            third = stem[:-1] + "ет"
        else:
            third = stem + "ет"
    if third.endswith("ит"):
        plural = third[:-2] + ("ат" if third[-3] in "жшчщ" else "ят")
    else:
        plural = third[:-2] + ("ют" if third[-3] in _VOWELS else "ут")
    yo = [third[:-2] + "ёт"] if lemma.endswith("нуть") else []  # подчеркнет, подчеркнёт
    return forms + [third, *yo, plural]


def kazakh_forms(stem: str) -> list[str]:
    """A Kazakh stem's forms by vowel harmony: past third person (айтты, деді), present third person
    (айтады, дейді) and the -п converb (айтып, деп) that joins a quote to its verb."""
    *head, last = stem.split()
    vowel = next((ch for ch in reversed(last) if ch in _VOWELS), "а")
    back = vowel in _BACK
    ends_vowel = last[-1] in _VOWELS
    past = last + ("т" if last[-1] in _VOICELESS else "д") + ("ы" if back else "і")
    present = last + ("йды" if back else "йді") if ends_vowel else last + ("ады" if back else "еді")
    converb = last + "п" if ends_vowel else last + ("ып" if back else "іп")
    return [" ".join([*head, form]) for form in (past, present, converb)]


RUSSIAN_RECALLING_VERBS = frozenset(form for lemma in (
    "напомнить", "напоминать", "процитировать:процитирует", "цитировать:цитирует", "приводить:приводит",
    "распространить", "распространять", "указать:укажет", "указывать") for form in russian_forms(lemma)) \
    | frozenset("привёл привел привела привели привело приведёт приведут напомнив процитировав цитируя приведя приводя "
                "приводятся приводится указав сославшись ссылаясь".split())
"""Russian verbs that bring back or point to someone's words: after one, a colon before a quotation still leaves it
the words' owner's ("напомнил слова министра: «…»", "указал на слова министра: «…»"; after "прокомментировал слова
министра:" it is the subject's comment)."""
RUSSIAN_NAMING_VERBS = frozenset(russian_forms("назвать:назовёт") + russian_forms("называть"))
"""Russian verbs of naming: a quotation right after their object is its judgement in the instrumental ("назвал
слова министра «бредом»": Petrov's), unless another complement follows it (the quotation is then the object's)."""


VOICING_VERBS = frozenset(form for lemma in "say:said tell:told ask yell shout scream cry chant whisper mutter murmur "
                          "shriek holler bellow exclaim sing:sang/sung hiss snap:snapped bark".split()
                          for form in english_forms(lemma))
"""Verbs whose object is the words voiced: after a phrase's noun and "that", which may be a relative pronoun, only
one of these takes a quotation before the tag as its object ("“…!” Jones said in an interview that Smith had
yelled"; not "wrote in a post that thousands praised")."""


# Verbs of saying with a particle: their forms, the bare lemma left out ("weighed in", "pushes back").
_PHRASAL = (("weigh", "in"), ("chime", "in"), ("push", "back"), ("fire", "back"), ("shoot:shot", "back"))
_PHRASES = ("put it", "puts it", "referred to") + SPEAKER_BEFORE + SPEAKER_AFTER + SPEAKER_INSIDE \
    + tuple(f"{form} {particle}" for entry, particle in _PHRASAL for form in english_forms(entry)[1:]) \
    + tuple(f"{form} the {noun}" for form in english_forms("make:made")[1:] for noun in ("point", "case", "argument"))
_ENGLISH = sorted({form for entry in _SAYING_LEMMAS for form in english_forms(entry)[1:]}
                  | {entry.partition(":")[0] for entry in _SAYING_LEMMAS} & _BARE)
_RUSSIAN = [form for entry in _RUSSIAN_LEMMAS for form in russian_forms(entry)]
_KAZAKH = [form for stem in _KAZAKH_STEMS for form in kazakh_forms(stem)]
REPORTING_VERBS = tuple(f for f in _ENGLISH if f not in _NOUN_LIKE) + tuple(dict.fromkeys(_RUSSIAN + _KAZAKH)) \
    + _PHRASES
"""Words that say a quotation or a paraphrase is someone's speech: the forms of every verb of saying."""
LEAD_ONLY_VERBS = tuple(sorted(f for f in _ENGLISH if f in _NOUN_LIKE))
"""Forms that are as often nouns: verbs only before a quote's first word or in a tag's verb slot."""
PLURAL_ONLY_VERBS = tuple(sorted({entry.partition(":")[0] for entry in _SAYING_LEMMAS} - _BARE))
"""Bare lemmas as often nouns ("state", "note", "claim"): verbs only right after a plural subject, and
before a preposition, "that" or the clause's end ("the Saudis state in a paper", "they note that"), before "on",
"to" or an adverb only in a tag after a quotation ("“…,” the Teamsters report on their website")."""
SAYING_FORMS = frozenset(REPORTING_VERBS + LEAD_ONLY_VERBS) | {entry.partition(":")[0] for entry in _SAYING_LEMMAS}
"""Every form of a verb of saying, the bare lemma too ("Critics call it …"): where a quotation goes on with
a speaker named before, words of its own sentence, or of those between, that could claim it."""
BRAND_VERBS = ("tweet",)
"""Verbs of saying made from a brand name, which writers capitalise anywhere ("Smith Tweeted on Friday")."""


# --- who speaks: names, subjects, and verbs that report no statement ----------------------------
HONORIFICS = ("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "hon",
              "ambassador", "г-н", "г-жа")
"""A title before a speaker label's name ("Dr. Jane Smith:"), dropped when the label is matched."""
PERSON_TITLES = frozenset(HONORIFICS) | frozenset("gen col lt maj brig sgt cpl pvt capt cmdr adm gov sen rep pres "
                                                  "councilman councilwoman governor secretary mayor president senator "
                                                  "judge minister chancellor".split())
"""Titles that name a person before a name ("Sen. Laura Ortiz", "Mr Brown", "Mayor Tom Brown"): a pronoun after
one who is no analyst may stand for that person."""
TITLES_OF_TWO_NAMES = frozenset("gen sen hon".split())
"""Titles that, with no stop after them, name a person only before a first and a last name, being as often a name
or a word of their own ("Gen Z", "Amartya Sen Thursday", "Hon Hai" name nobody); every other title before one
name is a person ("Miss Ortiz", "Sir Keir", "Gov Brown"), though so is "Miss America"."""
PLACE_NOUNS = frozenset("street avenue road lane square park bridge hotel hall building center centre museum award "
                        "prize foundation organization organisation tower house station airport school college "
                        "university hospital theatre theater stadium arena club ball library church cathedral "
                        "memorial institute boulevard drive plaza inn market mansion diner cafe restaurant".split())
"""Nouns of places and institutions named after a person or a title: a titled name that ends in one is no person
("Dame Street", "the Ambassador Bridge", "the Sir John Soane Museum")."""
TIME_NOUNS = frozenset("week month year weekend morning afternoon evening night day spring summer fall autumn "
                       "winter".split())
"""Nouns of a time after this, last, earlier...: a phrase of time, no subject nor object ("and last week said",
"wrote this week, adding", "asked that night")."""
TITLE_JOINERS = frozenset("of the for and".split())
"""Lower-case words inside a capitalised title before a name ("Secretary of State", "Speaker of the House")."""
PRONOUNS = {"he": ("person", "unnamed"), "she": ("person", "unnamed"), "i": ("person", "unnamed"),
            "they": ("organisation", "group", "unnamed"),
            "он": ("person", "organisation", "unnamed"), "она": ("person", "organisation", "unnamed"),
            "я": ("person", "unnamed"), "они": ("organisation", "group", "unnamed")}
"""Pronouns that may name a speaker, and the kinds of analyst each may stand for (он and она an organisation
too: a Russian noun's gender is grammatical, "Центробанк … По его словам")."""
OBJECT_WORDS = frozenset(
    "about against among between by except for from including like of than to toward towards unlike "
    "versus with without citing quoting echoing answering addressing interviewing meeting met thanking "
    "praising criticising criticizing "
    "о об обо с со к ко для от про у без против кроме между цитируя ссылаясь".split())
"""A name right after one of these (or two lower-case words on) is their object, not a speaker."""
PREPOSITIONS = frozenset("about above across after against along amid amidst among around at before behind below "
                         "beneath beside between beyond by despite during for from in inside into near of off on onto "
                         "outside over past since through throughout to toward towards under upon via with within "
                         "without".split())
"""English prepositions: a noun or a name after one is its object, no subject ("a spokesman for Smith said"),
and a phrase they open holds the noun a relative clause may describe ("said in a video her campaign posted")."""
OBJECT_PRONOUNS = frozenset("him her them me us you".split())
"""Pronouns in the object's case: after a verb they are its object ("told him", "urged her to say")."""
DETERMINERS = frozenset("the a an his her their its my our your this that".split())
"""Words that open a noun phrase: after a verb, "summoned the courage", "used her time" name a thing, not a person."""
RELATIVE_PRONOUNS = frozenset(
    "who whom whose which what который которая которое которые которого которой которому которым которых "
    "которую чей чья чьё чьи".split())
"""A name after one of these in the same clause is inside a relative clause ("Jones, who met Smith, said")."""
CLAUSE_ADVERBS = frozenset(
    "also then later again once still now too further just already even first finally however perhaps always "
    "sometimes often never instead "
    "has have had did does do was is were are "
    "также тоже затем потом позже снова уже ещё еще вчера сегодня ранее недавно однако впрочем".split())
"""Between an appositive's comma and the verb, only these (and -ly words) leave the name the subject."""
AUXILIARIES = frozenset("is was were are has had does did gets got seems seemed".split())
"""Finite auxiliaries (and verbs that work like them): after a subject they open its predicate ("Smith aide
Tom Brown said", not "Smith was"); in an aside between dashes they make it a clause of its own."""
MEANING_VERBS = frozenset(form for lemma in "mean:meant show:showed prove signal".split()
                          for form in english_forms(lemma)[1:3])
"""Verbs by which a statement means something: "Jones's tweet saying … meant that “…”" is no longer the tweet's
saying but what the sentence's own speaker makes of it."""
INTENSIVE_REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself yourselves".split())
"""Reflexives that stress a subject ("Smith herself said", "she herself had called"): no noun a name describes."""
MODALS = frozenset("would will should could might may must shall бы".split())
"""Before a verb of saying, a modal reports no statement ("would say"); "can" is left out ("I can tell you")."""
NOT_YET_SAID = frozenset(
    "refuse refuses refused refusing decline declines declined declining fail fails failed failing "
    "want wants wanted hope hopes hoped plan plans planned intend intends intended expect expects "
    "expected going about likely unlikely unable reluctant afraid try tries tried due understood "
    "scheduled set poised preparing prepares prepare pressed yet ready slated appear appears appeared seem seems "
    "seemed tempted".split())
"""A refusal, wish or plan before "to": "refused to say", "is expected to say" report nothing said."""
CONDITIONALS = frozenset(
    "if unless whether suppose supposing imagine imagining assuming lest "
    "если представьте представим предположим допустим будто словно егер".split())
"""A condition or supposition: "If Tokayev said" reports nothing; a quote may not leave one out."""
THINKING_VERBS = frozenset(form for lemma in "think:thought believe worry fear".split()
                            for form in english_forms(lemma)[:3])
"""Verbs of thought, right after their subject's name, introduce its quoted words ("Smith worried that it was
“a hammock”"): a text can quote only what was said."""
FRAMING_VERBS = frozenset(
    "claim allege alleges alleged alleging believe believes believed think thinks thought rumoured rumored "
    "утверждал утверждала утверждали утверждает утверждают".split()) | THINKING_VERBS
"""Verbs of belief or allegation that frame another's report ("Critics claimed that Tokayev said")."""

# --- what a quote may not leave out ----------------------------------------------------------------
NEGATIONS = frozenset(
    "not no nor never neither none nobody nothing nowhere cannot hardly barely scarcely without "
    "deny denies denied false falsely untrue doubt doubts misquote misquotes misquoted misquoting misattributed "
    "не ни нет никогда никто ничего ничто нигде нельзя вряд едва без "
    "емес емеспін емессің емессіз емеспіз жоқ ешқашан ешкім ештеңе ешбір".split())
"""Words whose loss reverses a sentence ("I never said the government lied"); also any word in n't."""
POSTPOSED_NEGATIONS = frozenset("емес емеспін емессің емессіз емеспіз жоқ".split())
"""Negations that follow what they negate (Kazakh): a quote may not end just before one, nor before a verb
negated by its suffix (KAZAKH_NEGATIVE)."""
HEDGES = frozenset("allegedly supposedly purportedly reportedly apparently якобы предположительно имиш".split())
"""Adverbs that leave a statement unconfirmed: "allegedly said" reports no statement, nor may a cut drop one."""
UNCONFIRMED = frozenset(
    "alleged unconfirmed unverified unproven so-called "
    "называемый называемая называемое называемые называемых называемым называемой называемую".split())
"""Adjectives that doubt what they describe (so-called, так называемый in its forms)."""
CLAUSE_LIMITERS = frozenset("only few little almost nearly только лишь мало почти тек ғана".split())
"""Limiting words: they limit their own clause only ("Only a few days later, police …")."""
POSSIBILITIES = frozenset("perhaps possibly maybe probably unlikely вероятно возможно может мүмкін ықтимал шамасы"
                          .split())
"""Words that make a statement a possibility."""
CONTRASTIVES = frozenset("but however although though except но однако хотя кроме бірақ алайда дегенмен".split())
"""Conjunctions that take back or limit what they join."""
DOUBTS = frozenset("doubtful unclear uncertain myth rumour rumours rumor rumors миф слухи ли".split())
"""Words that make what follows a doubt or a rumour ("It is a myth that …")."""
OWN_CLAUSE_QUALIFIERS = frozenset("whether ли".split())
"""Qualifiers that reach no further than their own clause ("Asked whether the debate helped, …")."""
DENY_VERBS = frozenset("deny denies denied dispute disputes disputed doubt doubts doubted "
                       "отрицать отрицает отрицал отрицала отрицали оспаривает".split())
"""Verbs that deny; beside a negation they affirm ("nobody disputes that …")."""
DENIALS = frozenset("false untrue nonsense myth lie lies wrong rubbish неправда ложь чушь миф".split())
"""Words that judge what precedes them false, in a dropped tail ("…, which is nonsense")."""
BELIEFS = frozenset("think believe buy agree true so right верю думаю согласен согласна правда так".split())
"""After a negation, a tail that denies ("…, I don't think so")."""
CONTRASTS = frozenset("otherwise opposite contrary обратное иначе".split())
"""A tail that denies the opposite affirms ("anyone who says otherwise is wrong")."""
AFFIRMING = ("not only", "if anything", "whether or not", "no doubt", "without a doubt", "without doubt",
             "not surprisingly", "no question", "no wonder", "the only thing", "perhaps most importantly",
             "perhaps more importantly", "without question", "no secret", "no denying", "make no mistake",
             "beyond doubt", "beyond any doubt", "not an exaggeration", "can't stress enough",
             "cannot stress enough", "не только", "не случайно", "без сомнения", "нет сомнений",
             "нет сомнения", "если честно", "если говорить честно", "a few", "a little")
"""Set phrases that hold a qualifier's word but qualify nothing (they affirm what follows, or, as "a few",
mean "some"): left out freely."""

# Combined classes: unions, never re-typed.
QUALIFIERS = NEGATIONS | HEDGES | UNCONFIRMED | CONDITIONALS | CLAUSE_LIMITERS | POSSIBILITIES | CONTRASTIVES \
    | (MODALS - {"will", "must", "shall", "бы"}) | frozenset("mere merely fewer rarely seldom".split())
"""What a cut inside one sentence may not remove."""
LEAD_QUALIFIERS = NEGATIONS | HEDGES | UNCONFIRMED | CONDITIONALS | CLAUSE_LIMITERS | POSSIBILITIES | DOUBTS
"""What a quote may not leave out before its first word."""
TAIL_QUALIFIERS = CONTRASTIVES | HEDGES | frozenset(
    "if unless если whereas yet or или not never without не без according егер".split())
"""A clause opening with one of these qualifies what precedes it: a quote may not leave it out."""
PRODUCING = frozenset(form for lemma in "write:wrote issue release publish post send:sent tweet pen draft sign "
                      "deliver".split() for form in english_forms(lemma))
"""Verbs that make a statement: its words are the maker's ("released the following statement:")."""
QUESTION_VERBS = frozenset(form for lemma in "ask question wonder inquire query quiz press".split()
                           for form in english_forms(lemma)) | frozenset("спросил спросила спросили".split())
"""Verbs that ask: what they report is a question, and the quotation after it is someone's answer."""
RELAYING = frozenset("quoting paraphrasing reading mimicking imitating repeating parodying summing "
                     "impersonating channelling channeling".split())
"""After a tag, these say the words are someone else's, relayed ("…,” Smith said, quoting a placard");
not "citing", which gives a source for the speaker's own words ("…,” Smith said, citing witnesses)."""
RELAYING_INFINITIVES = frozenset("quote paraphrase read mimic imitate repeat parody impersonate channel".split())
"""The relaying verbs after "to": "Smith interjected to quote Jones: “…”" relays Jones's words."""
TAKEN_IN = frozenset(form for lemma in "hear:heard overhear:overheard read:read see:saw watch receive listen".split()
                     for form in english_forms(lemma))
"""Verbs that take in someone else's words: before a colon they make the quotation another's ("said he heard:")."""
NOT_ONES_OWN = TAKEN_IN | frozenset(form for lemma in "recite retweet share quote".split()
                                    for form in english_forms(lemma))
"""Verbs that take in or pass on someone else's words: no tag of the words' speaker ("“Liar!” Smith heard")."""
VOICED = frozenset(form for lemma in "boo cheer jeer heckle laugh roar clap:clapped hiss whistle chuckle gasp howl "
                   "holler interrupt nod:nodded applaud erupt".split() for form in english_forms(lemma))
"""Sounds and answering gestures ("They booed.", "Roe nodded."): they bring in a voice the next quotation may be."""
CITE_FORMS = frozenset(english_forms("cite"))
"""A report with these names a source, not what was said: "Smith cited Roe." lends no cue to the quotation after."""
WRITTEN_THINGS = frozenset("sign signs banner banners placard placards headline slogan slogans label letter words "
                           "chant chants poster posters t-shirt billboard плакат письмо лозунг".split())
"""Things that carry words written or chanted by someone: their words are not the words of whoever carries,
reads or shows them ("carried a sign:", "quoting a placard")."""
QUOTED_THINGS = WRITTEN_THINGS | frozenset(
    "remark remarks comment comments claim claims question questions pledge pledges promise promises vow vows "
    "tweet tweets post posts line lines phrase motto quote accusation accusations charge assertion warning "
    "message reply response statement suggestion suggestions allegation allegations rumor rumors rumour rumours "
    "charges insinuation".split())
"""Nouns whose quotation is their owner's words, not the words of whoever speaks of them: "condemned
Jones's remark that “…”", "welcomed guests under a banner reading “…”" are Jones's and the banner's."""
REPORTING_NOUNS = ("claim", "claims", "argument", "assertion", "contention", "insistence", "pledge", "promise",
                   "vow", "warning", "prediction", "accusation", "charge", "boast", "complaint", "assurance")
"""Nouns of saying whose that- or to-clause reports their owner's words ("Sanders's claim that he …")."""
STANCE_NOUNS = ("stance", "view", "position", "tone", "tack", "approach")
"""Nouns of a stance of one's own: a lead-in that takes one ("Smith adopted the stance of many: “…”") gives the
words after its colon to its subject."""
VIEW_NOUNS = ("words", "view", "views", "opinion", "estimation", "telling")
"""Nouns that give words to their owner without a verb of saying: "in Smith's view, “…”", "in Roe's words"."""
ASPECT_VERBS = frozenset(form for lemma in "begin:began start keep:kept continue".split()
                         for form in english_forms(lemma)[:3])
"""Verbs of beginning and going on: an -ing form after them is a verb ("began saying"), and a name before
them is their subject, not a noun's modifier ("she began saying")."""
ANSWERING_VERBS = frozenset(form for lemma in "answer reply:replied respond retort:retorted".split()
                            for form in english_forms(lemma))
"""Verbs of answering: the quotation after "answered Jones's question:" is the answer, the speaker's."""
PRINTED_THINGS = frozenset("ad ads advert adverts flyer flyers leaflet leaflets pamphlet pamphlets mailer mailers "
                           "brochure brochures newspaper newspapers article articles book books page pages cap caps "
                           "hat hats shirt shirts button buttons sticker stickers screen screens".split())
"""Printed or worn things that may carry anyone's words: a lead-in that names one may quote it ("Smith
pointed to the ad: “…”"), though "said in her book:" is a medium of her own (`STATEMENT_NOUNS`)."""
CROWDS = frozenset("crowd crowds audience audiences protester protesters demonstrator demonstrators heckler hecklers "
                   "supporter supporters fan fans marcher marchers onlooker onlookers spectator spectators "
                   "толпа протестующие сторонники".split())
"""Gatherings that chant or shout: a lead-in that names one may quote it ("Smith walked past protesters: “…”")."""
SUBORDINATORS = frozenset("when whenever while whilst as after before because since until once although though "
                          "if unless когда пока после перед потому хотя если".split())
"""Words that open a subordinate clause: its subject is no lead-in's speaker ("When Smith arrived — “…”")."""
ADVERBIAL_OPENERS = frozenset(w for w in SUBORDINATORS if w.isascii()) - {"as", "if", "whenever", "whilst"} \
    | {"by", "upon"}
"""Words that open an adverbial phrase or clause: a verb inside one, closed by a comma, does not reach the
quotation after the comma ("Smith said that after Jones spoke, it was “dead”"); "as" and "like" name a source."""
HANDING_OVER = frozenset(form for lemma in (
    "interview meet:met introduce invite host welcome greet face join debate confront visit encounter recall "
    "remember play show:showed/shown cite echo mimic:mimicked imitate paraphrase repeat get:got/gotten "
    "draw:drew/drawn earn prompt provoke spark elicit trigger turn translate interpret transcribe").split()
                         for form in english_forms(lemma))
"""Verbs whose object may be the one who speaks next, or whose words come next: a colon lead-in with one of
them names no speaker ("Smith interviewed Jones:", "Smith drew a sharp retort:", "Smith turned to Jones:")."""
OBJECT_CONTROL = frozenset(f"{form} {particle}".strip() for entry in (
    "ask tell:told urge invite encourage allow permit:permitted persuade convince pressure push press challenge "
    "dare implore beg:begged order instruct direct remind advise hire recruit enlist commission want expect "
    "prefer:preferred request require authorize authorise summon lobby petition exhort beseech entreat prod:prodded "
    "spur:spurred goad coax cajole nudge warn caution command badger hound nag:nagged pester bribe blackmail trust "
    "call_on call_upon prevail_on prevail_upon lean_on appeal_to plead_with").split()
                           for verb, _, particle in [entry.partition("_")] for form in english_forms(verb))
"""Verbs whose object is the subject of the infinitive after it ("urged Jones to say", "hired a firm to say"):
a request, a permission or a wish, which reports nobody's words."""
ADDRESSING = frozenset(form for lemma in (
    "interrupt phone call ring:rang text email contact visit approach thank congratulate greet meet:met join "
    "tap:tapped confront correct rebut:rebutted answer address corner buttonhole interview cut:cut stop:stopped"
).split()
                       for form in english_forms(lemma))
"""Verbs whose person object is spoken to, not asked to speak: after them the clause's subject says the words of
an infinitive ("Smith interrupted Jones to say: “…”"); after any other verb and a person, the words are the
person's to say, a request ("Smith signaled Jones to say: “…”" names nobody)."""
ERRAND_VERBS = frozenset(form for lemma in (
    "pay:paid send:sent bring:brought need give:gave/given choose:chose/chosen pick select appoint assign designate "
    "task deputize coach train teach:taught enable empower inspire incite provoke tempt leave:left").split()
                         for form in english_forms(lemma))
"""Verbs whose object is the infinitive's subject when it is a person, given an errand or a task ("paid an actor
to say", "sent an aide to say", "chose Jones to say"), not when it is a thing one sends, needs or picks to speak
oneself ("sent a letter to say", "needed help to say", "picked a fight with Jones to say")."""
CAUSATIVES = frozenset(form for lemma in "force compel:compelled get:got/gotten lead:led drive:drove/driven cause help "
                       "prompt".split() for form in english_forms(lemma)) | {"getting"}
"""Verbs by which their object says the words of the infinitive after it ("forced Jones to say", "got Jones to
say", "prompted Jones to say"): the object's words, as with ERRAND_VERBS only when it is a person ("got the
chance to say" is not)."""
IRREGULAR_PASTS = frozenset("gave took made went came sent held brought left put ran got kept stood sat told wrote "
                            "spoke said began drew threw struck shot chose fought led paid won lost hit set let laid "
                            "sold bought taught broke rose fell cast grew".split())
"""Past forms of common verbs that end in neither -ed nor -s, so that a lead-in clause may have one as its verb
("Smith gave the idea a whirl in an interview on Tuesday: “…”"); not PERCEIVING_PASTS."""
PERCEIVING_PASTS = frozenset("heard saw read met found caught felt thought knew".split())
"""Irregular pasts of taking in or thinking: never a lead-in's verb ("Smith heard Jones in an interview:", "Smith
thought: “…”" are not Smith's words), but a predicate after a plural subject ("said that voters thought …")."""
MANNER_ADJECTIVES = frozenset(
    "blunt blunter frank candid direct succinct terse curt brief short simple clear emphatic defiant unapologetic "
    "unrepentant adamant categorical firm unequivocal cautious measured guarded circumspect diplomatic coy cryptic "
    "optimistic pessimistic upbeat hopeful skeptical sceptical dismissive scathing withering harsh sharp effusive "
    "gracious furious angry indignant defensive confident sarcastic conciliatory combative unimpressed unmoved "
    "unfazed philosophical realistic pragmatic forthright plain forceful outspoken straightforward sanguine "
    "matter-of-fact jubilant swift immediate quick passionate animated calm calmer".split())
"""Adjectives of how someone speaks: "Smith was blunt: “…”", "Smith's reply was curt: “…”" lead in the subject's
(or the owner's) words; "Smith was absent:" or "speechless:" does not."""
NAMING_VERBS = frozenset(form for lemma in "call dub:dubbed label:labelled/labeled brand term deem consider find:found"
                         .split() for form in english_forms(lemma))
"""Verbs that say what their object is in a complement after it: after an owned claim's that-clause, a quotation
that ends the clause, or that only a phrase of time, place or manner follows, is that complement, the judge's
words ("called Jones's claim that the bridge was unsafe “absurd” on Tuesday"); one that another complement follows
is in the claim ("called Jones's claim that the bridge was near “collapse” exaggerated")."""
AS_JUDGING_VERBS = frozenset(form for lemma in "call dub:dubbed label:labelled/labeled brand describe characterise "
                             "characterize dismiss paint portray reject mock deride ridicule denounce condemn decry "
                             "regard view see:saw/seen".split() for form in english_forms(lemma))
"""Verbs that judge their object "as" something: after an owned claim's that-clause, "as “…”" is the judge's
("dismissed Jones's claim that the mayor lied as “a fantasy”"); after another verb it is in the claim ("disputed
Jones's claim that she was treated as “a scapegoat”")."""
AS_PREDICATES = frozenset(form for lemma in "serve act work pose set:set organise organize hire design create "
                          "build:built found establish run:ran register list classify treat bill market present "
                          "cast:cast use appoint elect name rank".split() for form in english_forms(lemma))
"""Verbs that take "as" themselves: in a claim's clause, "as “…”" after one is the claim's even after a judging
verb ("ridiculed Jones's claim that she had served as “an unpaid adviser”"; not "the vote was stolen as “…”")."""
AS_OBJECT_PREDICATES = frozenset(form for lemma in "treat use list bill classify market hire register rank name "
                                 "appoint elect cast:cast present label:labelled/labeled brand describe portray "
                                 "count".split() for form in english_forms(lemma))
"""Verbs that take an object and then "as" ("had treated the fund as “…”", "listed the deaths as “…”"): in a claim's
clause the "as" is theirs; after "built the bridge as", "run a deficit as", the judge's."""
NOT_ROLES = frozenset("former recent current senior junior later earlier latter other another over after under "
                      "winter summer better greater lesser upper lower inner outer".split())
"""Words in -er, -or, -ent that are no role before a name: "a former New York prosecutor", "the recent Supreme Court
ruling", "after Hurricane Ida" introduce no person."""
TELLING_VERBS = frozenset(form for lemma in "tell:told assure warn remind inform notify advise promise convince "
                          "persuade reassure caution brief write:wrote/written".split()
                          for form in english_forms(lemma))
"""Verbs of saying that address someone before their content: after one, "that" opens the content even after
its object ("told the committee that prices rose"; for "write", only a person: "wrote supporters that", not "wrote
a letter that"), where after another verb's object it may open a relative clause ("praised a bill that
provides …")."""
MAKING_CLAIMS = frozenset(form for lemma in "make:made repeat reiterate renew restate press stand:stood "
                          "spread:spread push".split() for form in english_forms(lemma)) | PRODUCING
"""Verbs by which their subject makes, publishes or keeps up claims: "Smith has made repeated claims that …" and
"tweeted claims that …" are Smith's, while claims with no owner after any other verb ("dismissed claims that
…", "said claims that … were false") are someone else's."""
PERCEPTION_VERBS = frozenset(form for lemma in (
    "see:saw/seen watch hear:heard overhear:overheard catch:caught capture film record tape show:showed/shown "
    "find:found spot:spotted photograph notice recall remember").split() for form in english_forms(lemma))
"""Verbs whose object does what follows ("saw Smith at the rally, shouting", "caught Jones saying", "recalled a
colleague telling him"): it speaks."""
PERSON_NOUNS = frozenset("aide aides staff staffer staffers people man men woman women official officials surrogate "
                         "surrogates envoy envoys emissary emissaries delegation team ally allies wife wives "
                         "husband husbands spouse spouses daughter daughters son sons child children mother "
                         "mothers mom father fathers dad brother brothers sister sisters friend friends colleague "
                         "colleagues attorney attorneys spokesman spokesmen spokeswoman spokeswomen spokesperson "
                         "spokespeople deputy deputies partner coach coaches boss bosses "
                         "mentor uncle aunt grandfather grandmother cousin nephew niece neighbor neighbour landlord "
                         "surgeon co-host co-author".split())
"""Nouns of people that no agent suffix (-er, -or, -ist, -ian, -ant, -ent) shows: who may be sent to speak."""
THE_FLOOR = frozenset("floor microphone mic podium stage spotlight".split())
"""Where or with what one speaks, handed on to the next speaker ("yielded the floor to Jones to say")."""
SPEAKING_OCCASIONS = THE_FLOOR | frozenset("chance chances opportunity opportunities occasion moment moments time turn "
                                           "word words point minute minutes second seconds hour hours".split())
"""Things one takes or needs in order to speak ("got the chance to say", "asked for the floor to say"): no
one else who could say the words."""
VERB_PARTICLES = frozenset("up off back out down away aside ahead forward around over in on through along".split())
"""Adverbs that finish a phrasal verb ("got up to say", "pushed back to say", "led off"): no object follows."""
SAYING_NO_CONTENT = frozenset(english_forms("speak:spoke"))
"""Verbs of saying that take no content: "As Smith spoke, …" tells a time, while "As Smith said, …" is a source."""
BELIEF_ADJECTIVES = frozenset("sure certain convinced aware confident hopeful afraid glad proud".split())
"""Adjectives that take a "that" of their own: "told voters, certain that …" reports no statement of the voters'."""
ELISIONS = frozenset("til cause cos em bout n tis twas round nuff scuse".split())
"""Words that speech spells with an apostrophe before them ('til, 'em, rock 'n' roll): that mark opens no quotation."""
WORDS_IN_ER = frozenset("her other over after ever never under either neither rather together later".split())
"""Words in -er that are no actor after "by" or "from" ("resign from her post", "by other means")."""
NOUNS_IN_LY = frozenset("ally allies rally family assembly anomaly monopoly supply reply bully belly".split())
"""Nouns that end like adverbs: "a Smith ally", "the Smith family" are no "Smith reportedly"."""
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                           "june july august september october november december".split())
"""Capitalised words that name a day or a month, never a person ("Smith said Thursday he …")."""
DENIALS_OF_SPEECH = frozenset("not never no nobody nothing hardly denied denies deny denying misquoted misquote "
                              "misquotes misquoting misattributed не никогда ни нет никто".split())
"""Before a verb of saying, these deny the speech ("has never said", "nobody said", "was misquoted as saying")."""


# --- Kazakh: a verb negated by its suffix ---------------------------------------------------------
# The negative suffix -ма/-ме follows a vowel or р, й, у, л; -ба/-бе follows з, ж, м, н, ң; -па/-пе a
# voiceless consonant. Then comes a past (-ды/-ді and a person), present (-йды/-йді, -ймын...),
# participle (-ған/-ген, -йтын/-йтін), future (-с) or converb (-й) ending: айтпады, келмейді, білмеймін,
# жазбаған, болмас, бермей.
KAZAKH_NEGATIVE = re.compile(
    r"[а-яәғқңөұүһі]+(?:[аеиоуыэюяәөұүірйл]м|[зжмнң]б|[пткқсш]п)[ае]"
    r"(?:д[ыі](?:м|ң|ңыз|ңіз|қ|к)?|й(?:ды|ді|мын|мін|мыз|міз|сың|сің|сыз|сіз|тын|тін)?|ған|ген|с)")
"""A lower-case Kazakh word that is a verb negated by its suffix (the suffix rule; no dictionary)."""


def negates(word: str, language: str = "en") -> bool:
    """Whether a word negates: one of NEGATIONS, an English n't, or in Kazakh a verb negated by suffix."""
    folded = word.casefold()
    return folded in NEGATIONS or folded.endswith(("n't", "n’t")) or \
        (language == "kk" and word.islower() and KAZAKH_NEGATIVE.fullmatch(folded) is not None)


# --- names in any case form and either script ----------------------------------------------------
KAZAKH_LETTERS = str.maketrans("әғқңөұүһі", "агкноуухи")
"""Kazakh letters folded to the Russian ones a name is also spelled with (Тоқаев is Токаев)."""
_LATIN = dict(zip("абвгдзийклмнопрстуфыэ", "abvgdziyklmnoprstufye")) | {
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ё": "yo",
    "ъ": "", "ь": ""}
"""BGN/PCGN romanisation of Russian (е is "ye" at a word's start and after a vowel, ъ or ь, else "e")."""
NAME_ENDINGS = (
    ("ыми", ""), ("ами", ""), ("ым", ""), ("ом", ""), ("ем", ""), ("ой", "а"), ("ою", "а"), ("ей", "я"),
    ("ей", "а"), ("а", ""), ("у", ""), ("е", ""), ("ы", "а"), ("и", "а"), ("и", "я"), ("у", "а"), ("е", "а"),
    ("ю", "я"), ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"),
    ("тың", ""), ("тің", ""), ("дың", ""), ("дің", ""), ("ның", ""), ("нің", ""), ("қа", ""), ("ке", ""),
    ("ға", ""), ("ге", ""), ("ты", ""), ("ті", ""), ("ды", ""), ("ді", ""), ("ны", ""), ("ні", ""),
    ("тан", ""), ("тен", ""), ("дан", ""), ("ден", ""), ("нан", ""), ("нен", ""), ("та", ""), ("те", ""),
    ("да", ""), ("де", ""), ("пен", ""), ("бен", ""), ("мен", ""))
"""Case endings of a Cyrillic name and the nominative ending they replace: Russian (Токаева, Токаеву,
Токаевым, Ирину, Волковой) and Kazakh (Тоқаевтың, Тоқаевқа, Тоқаевпен)."""
_MIN_STEM = 3  # letters a name keeps when an ending is taken off
CASE_ENDINGS = tuple(sorted(set(
    "а я о е ё у ю ы и ь ой ей ом ем ам ям ах ях ами ями ов ев ий ый ая яя ое ее ие ые ого его ому ему ым им "
    "ую юю ых их ыми ими ою ею ью "  # Russian nouns and adjectives
    "тың тің дың дің ның нің қа ке ға ге на не ты ті ды ді ны ні та те да де нда нде тан тен дан ден нан нен "
    "пен бен мен лар лер дар дер тар тер".split()), key=len, reverse=True))  # Kazakh case and plural
"""Case endings `find` lets a Cyrillic word take or drop: "тариф" finds тарифа, тарифов; "Тулегенову"
finds Тулегенов."""


def case_stem(word: str) -> str | None:
    """A Cyrillic word without its case ending (the longest of CASE_ENDINGS that leaves three
    letters), or None for a word of another script."""
    if not word or not all("\u0400" <= ch <= "\u04ff" for ch in word):  # Cyrillic letters only
        return None
    folded = word.casefold()
    return next((folded[:-len(end)] for end in CASE_ENDINGS
                 if folded.endswith(end) and len(folded) - len(end) >= _MIN_STEM), folded)


def latin(text: str) -> str:
    """A name in Latin letters (lower case): Cyrillic, Kazakh letters folded first, by BGN/PCGN."""
    if text.isascii():
        return text
    out, before = [], ""
    for ch in text.casefold().translate(KAZAKH_LETTERS):
        if ch == "е":
            out.append("ye" if not before or before in _VOWELS + "ъь" or not before.isalpha() else "e")
        else:
            out.append(_LATIN.get(ch, ch))
        before = ch
    return "".join(out)


def name_keys(word: str) -> tuple[str, ...]:
    """The Latin keys a word of a name may stand for: itself, and for a capitalised Cyrillic word each
    nominative its case ending may come from (Токаеву -> tokayevu, tokayev)."""
    folded = word.casefold()
    if folded.isascii():
        return (folded,)
    keys = [folded]
    if word[:1].isupper():
        keys += [folded[:-len(end)] + nominative for end, nominative in NAME_ENDINGS
                 if folded.endswith(end) and len(folded) - len(end) >= _MIN_STEM]
    return tuple(dict.fromkeys(latin(k) for k in keys))


README_START = "<!-- lexicon: generated by `python -m reportgen.text.lexicon README.md`; do not edit by hand -->"
README_END = "<!-- /lexicon -->"


def _items(words) -> str:
    return ", ".join(f"`{w}`" for w in words)


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width=104, break_on_hyphens=False, break_long_words=False,
                         subsequent_indent=indent)


def readme_block() -> str:
    """The README's account of the reporting vocabulary, generated from the declarations above."""
    russian = [f"`{entry.partition(':')[0]}` ({', '.join(russian_forms(entry))})" for entry in _RUSSIAN_LEMMAS]
    kazakh = [f"`{stem}` ({', '.join(kazakh_forms(stem))})" for stem in _KAZAKH_STEMS]
    return "\n".join([
        README_START,
        *_wrap(
        f"English verbs of saying (`REPORTING_VERBS` in `reportgen/text/lexicon.py`), as lemmas; each counts in its "
        f"-s, past and -ing forms (an irregular past after a colon): {_items(_SAYING_LEMMAS)}. "
        f"The bare lemma counts for {_items(sorted(_BARE))}; the other lemmas (`PLURAL_ONLY_VERBS`) count only "
        f"right after a plural subject or \"I\" and before a preposition, \"that\", a quotation or the clause's end "
        f"(\"the Saudis state in a paper\"), and before *on*, *to* or an adverb only in a tag after a quotation "
        f"(\"“…,” the Teamsters report on their website\"; not \"The Greens object to\", \"report on Tuesday\"); "
        f"these -s forms are as often nouns and count "
        f"only before a quote's first word (`LEAD_ONLY_VERBS`): {_items(LEAD_ONLY_VERBS)}. "
        f"Made from a brand name, these count capitalised anywhere (`BRAND_VERBS`): {_items(BRAND_VERBS)}. "
        f"Russian, as lemmas with the past and third-person present (or perfective future) generated by "
        f"`russian_forms` (an irregular present after a colon in the lexicon): {', '.join(russian)}. "
        f"Kazakh, as stems with the past, present and -п converb generated by vowel harmony (`kazakh_forms`): "
        f"{', '.join(kazakh)}. Phrases: {_items(_PHRASES)}."),
        README_END]).replace("\n", "\n    ")


_LANGUAGES_START = "<!-- languages: generated by `python -m reportgen.text.lexicon README.md`; do not edit by hand -->"
_LANGUAGES_END = "<!-- /languages -->"


def _in(vocabulary, alphabet: str) -> list[str]:
    return sorted(w for w in vocabulary if any(ch in alphabet for ch in w))


_KAZAKH_ONLY = "әғқңөұүһі"
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" + _KAZAKH_ONLY


def languages_block() -> str:
    """The README's statement of what the rules can and cannot tell in each language."""
    def words(vocabulary) -> str:
        return _items(_in(vocabulary, _CYRILLIC))
    return "\n".join([_LANGUAGES_START, *_wrap(
        "**English** (`en`): every rule above, measured on PolNeAR (`benchmarks/attribution_eval.py`). "
        "**Russian** (`ru`) and **Kazakh** (`kk`) share the rules' structure (cuts, edges, cues, tags) and the "
        "one vocabulary; their words are declared beside the English ones, so a Cyrillic word class is "
        f"never typed twice. Negations: {words(NEGATIONS)}; hedges {words(HEDGES)}; conditions "
        f"{words(CONDITIONALS)}; possibilities {words(POSSIBILITIES)}; contrasts {words(CONTRASTIVES)}; limits "
        f"{words(CLAUSE_LIMITERS)}. A Kazakh verb negated by its suffix counts as a negation in a Kazakh source "
        "(`KAZAKH_NEGATIVE`): a lower-case word whose stem ends in -ма/-ме after a vowel or р, й, у, л, in "
        "-ба/-бе after з, ж, м, н, ң, or in -па/-пе after a voiceless consonant, followed by a past (-ды/-ді "
        "and its person), present (-йды/-йді, -ймын...), participle (-ған/-ген, -йтын/-йтін), future (-с) or "
        "converb (-й) ending: `айтпады`, `келмейді`, `жазбаған`, `болмас`, `бермей`. Kazakh negates after "
        "the words it negates, so a quote may not end just before "
        f"{_items(sorted(POSTPOSED_NEGATIONS))} or a negated verb (`Бұл шешім әділ` out of `Бұл шешім әділ "
        "емес`). The rule reads the "
        "suffix, not a dictionary: a verb whose own stem ends in -ма/-ме (`қамады`, \"confined\") is read as "
        "negated, and a negation carried by a form the rule does not list, such as a negative imperative "
        "(`айтпа`), is missed. Quotation marks: `«…»`, `„…“`, `“…”` and the tag after a comma and a "
        "dash, verb first, with up to two lower-case words before the verb: `«…», — заявил Петров`, "
        "`«…», – деп атап өтті Садықова`; the colon form `Садықова: «…»`; `По словам Петрова, …`, "
        "`Садықованың айтуынша, …`. Names: a Cyrillic word of a name is matched in any case form, its "
        "ending taken off by `NAME_ENDINGS` (Russian: Токаева, Токаеву, Токаевым, Волковой; Kazakh: "
        "Тоқаевтың, Тоқаевқа, Тоқаевпен), Kazakh letters read as their Russian neighbours (Тоқаев is "
        "Токаев), and compared in Latin letters by BGN/PCGN romanisation (е after a vowel is `ye`), so an "
        "analyst declared as Tokayev is named by Токаев and Тоқаевтың; a name spelled another way in Latin "
        "(Tokaev) needs an alias. A name in another case than the one declared names no subject of a verb "
        "of saying (`Представитель Петрова сообщил`, `— ответили Петрову`: the words are not Petrov's), "
        "except where its phrase asks for the genitive (`SPEAKER_AFTER`, `SPEAKER_BEFORE`: `По словам "
        "Петрова`, `Садықованың айтуынша`); `По его словам`, `по её мнению` (`SPEAKER_INSIDE`) speak for the one "
        "analyst the pronoun can stand for, as he and she do. What they cannot tell: a feminine surname from a "
        "masculine one in the "
        "genitive (Токаева is both), Kazakh pronouns as speakers (`ол` is also \"that\"), the Kazakh word "
        "order that puts the verb after a quoted clause with no dash (`… деп айтты` with the speaker before "
        "the quotation is read only through the colon or a sentence cue), and Russian participles and "
        "converbs of saying (`заявив`, `говоря`), which are not listed.")] + [_LANGUAGES_END])


def refresh_readme(path: str) -> None:
    """Rewrite the generated blocks of the README in place."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for first, last, block in ((README_START, README_END, readme_block()),
                               (_LANGUAGES_START, _LANGUAGES_END, languages_block())):
        start, end = text.index(first), text.index(last) + len(last)
        text = text[:start] + block + text[end:]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    refresh_readme(sys.argv[1] if len(sys.argv) > 1 else "README.md")
