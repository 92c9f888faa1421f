"""Word lists for quotation and source attribution, with their sources.

Everything the quote extractor knows about English news language lives here,
so a reviewer can audit it in one place and a new cue is one line.

Sources:

* Reporting verbs: the cue frequencies of the PolNeAR training compartment
  (Newell, Margolin & Ruths, *An attribution relations corpus for political
  news*, LREC 2018), whose most frequent cues are, in order: said, says, told,
  according to, say, added, wrote, ":", saying, asked, called, noted, reported,
  announced, suggested, found, shows, described, tweeted, argued; textacy's
  ``constants.REPORTING_VERBS``; and the quote verbs of the Gender Gap Tracker
  (Asr et al., *The Gender Gap Tracker*, PLOS ONE 2021).
* Neutral versus loaded cues: the AP Stylebook's advice that "said" is the
  neutral attribution verb, and Wikipedia's Manual of Style, *Words to watch:
  said, claimed* (MOS:SAID), which lists verbs that imply a judgement of the
  speaker (claim, insist, admit, concede, reveal, deny, confess, ...).
* ``DIRECT_CUES``, ``INDIRECT_CUES`` and ``OBJECT_VERBS`` (the verb forms the
  extractor matches) started from the lists above and grew by error analysis
  on the PolNeAR *train* compartment only (never dev).
* First names and their usual sex: the hand list below (names in the news
  the Census misses, "Barack", "Huma") over the 1990 US Census first-name
  files (public domain), kept where at least 90% of bearers share one sex:
  ``data/first_names.tsv``, built by ``benchmarks/build_first_names.py``.
* Titles, anonymous-source phrases, organisation, media and document heads:
  compiled from the same PolNeAR annotations (source spans) and the Associated
  Press guidance on anonymous sources ("officials", "a person familiar with").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = [
    "ANONYMOUS_DETERMINERS",
    "ANONYMOUS_HEADS",
    "BARE_TIME_NOUNS",
    "COUNTRY_NAMES",
    "CUE_ADVERBS",
    "DIRECT_CUES",
    "DOCUMENT_HEADS",
    "DOCUMENT_PARTICIPLES",
    "FEMALE_FIRST_NAMES",
    "HEADLINE_CUES",
    "INDIRECT_CUES",
    "LOADED_CUE_LEMMAS",
    "MALE_FIRST_NAMES",
    "MEASURED_CUES",
    "MEDIA_NAMES",
    "MONTHS",
    "NAMING_CUES",
    "NEUTRAL_CUE_LEMMAS",
    "NON_PERSON_NAME_ENDS",
    "OBJECT_VERBS",
    "ORGANIZATION_HEADS",
    "PARTS_OF_A_DAY",
    "PARTY_ABBREVIATIONS",
    "PERSON_NOUNS",
    "PLACE_NAME_STARTS",
    "PRONOUNS",
    "RELEASE_VERBS",
    "SHOUT_CUES",
    "SPOKESPEOPLE",
    "TALK_VERBS",
    "TIME_NOUNS",
    "TITLE_WORDS",
    "US_STATE_ABBREVIATIONS",
    "WEEKDAYS",
    "cue_forms",
    "cue_lemma",
    "first_name_sex",
    "is_loaded_cue",
]

# Reporting verbs by lemma, with the inflected forms we match. Forms are listed
# rather than generated because English spelling rules (stop -> stopped,
# deny -> denied) would need more code than the list itself.
_CUE_VERBS: dict[str, tuple[str, ...]] = {
    # neutral: attribute without judging the speaker
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "ask": ("ask", "asks", "asked", "asking"),
    "note": ("note", "notes", "noted", "noting"),
    "report": ("report", "reports", "reported", "reporting"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "state": ("states", "stated", "stating"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "answer": ("answered",),
    "continue": ("continued", "continues"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "describe": ("described", "describes"),
    "comment": ("commented",),
    "remark": ("remarked",),
    "observe": ("observed",),
    "read": ("reads", "read"),
    "testify": ("testified",),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "agree": ("agreed", "agrees"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "estimate": ("estimated", "estimates"),
    "find": ("found", "finds"),
    "show": ("show", "shows", "showed", "showing"),
    "indicate": ("indicated", "indicates"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "believe": ("believe", "believes", "believed"),
    "think": ("think", "thinks", "thought"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "conclude": ("concluded", "concludes"),
    "promise": ("promise", "promises", "promised", "promising"),
    "pledge": ("pledged", "pledges"),
    "vow": ("vowed", "vows"),
    "warn": ("warn", "warns", "warned", "warning"),
    "urge": ("urged", "urges"),
    "recommend": ("recommended",),
    "emphasize": ("emphasized", "emphasised", "stressed"),
    "hope": ("hope", "hopes", "hoped"),
    "expect": ("expects", "expected"),
    "fear": ("fear", "fears", "feared"),
    "know": ("knows", "knew"),
    "wonder": ("wondered",),
    "call": ("called", "calls"),
    "declare": ("declared", "declares"),
    "question": ("questioned",),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "point": ("pointed",),
    "mention": ("mentioned",),
    "cite": ("cited", "citing"),
    "counter": ("countered",),
    "joke": ("joked", "quipped"),
    "shout": ("shouted", "yelled", "chanted", "exclaimed", "cried"),
    "email": ("emailed", "texted"),
    # loaded: imply doubt, concession or an attitude of the speaker (MOS:SAID)
    "claim": ("claim", "claims", "claimed", "claiming"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "boast": ("boasted", "boasts", "bragged", "brags"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "confess": ("confessed",),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "assert": ("asserted", "asserts"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reveal": ("revealed", "reveals"),
    "complain": ("complained", "complains"),
    "charge": ("charged",),
    "contend": ("contended", "contends"),
    "maintain": ("maintained", "maintains"),
    "blast": ("blasted", "slammed", "lashed"),
    "scoff": ("scoffed", "sneered", "fumed", "ranted", "grumbled", "whined"),
    "tout": ("touted",),
    "denounce": ("denounced",),
    "accuse": ("accused",),
    "dismiss": ("dismissed",),
    "hint": ("hinted",),
    "speculate": ("speculated",),
    "imply": ("implied",),
}

LOADED_CUE_LEMMAS: frozenset[str] = frozenset(
    {
        "claim", "admit", "insist", "boast", "concede", "confess", "allege", "assert",
        "deny", "reveal", "complain", "charge", "contend", "maintain", "blast", "scoff",
        "tout", "denounce", "accuse", "dismiss", "hint", "speculate", "imply",
    }
)  # fmt: skip

NEUTRAL_CUE_LEMMAS: frozenset[str] = frozenset(
    lemma for lemma, forms in _CUE_VERBS.items() if forms and lemma not in LOADED_CUE_LEMMAS
) | {"according to"}

# Words that may sit between a subject and its cue ("he also said",
# "Trump has repeatedly said"); they belong to the cue phrase.
CUE_ADVERBS: frozenset[str] = frozenset(
    {
        "also", "later", "then", "previously", "recently", "again", "further", "once",
        "publicly", "repeatedly", "reportedly", "initially", "quickly", "simply", "flatly",
        "has", "had", "have", "would", "will", "did", "does", "do", "was", "were", "is",
        "are", "often", "frequently", "privately", "separately", "earlier", "first",
        "since", "still", "even", "just", "already", "ultimately", "finally",
        "subsequently", "specifically", "explicitly", "openly", "bluntly", "told",
        # negations join the cue too: "She didn’t say when …"
        "not", "never", "didn’t", "didn't", "doesn’t", "doesn't", "don’t", "don't",
        "won’t", "won't", "wouldn’t", "wouldn't", "hasn’t", "hasn't", "haven’t", "haven't",
    }
)  # fmt: skip

# Honorifics, titles and the capitalised words of institutional titles
# ("White House", "Democratic", "National") that precede a name in a
# capitalised run; they are split off into the role, never part of the name.
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "rev", "reverend", "father", "sister", "rabbi", "imam", "sheikh",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "gov", "governor", "lt",
        "mayor", "judge", "justice", "chief", "speaker", "leader", "commissioner",
        "chairman", "chairwoman", "chair", "director", "ambassador", "attorney", "general",
        "gen", "adm", "admiral", "col", "colonel", "maj", "major", "capt", "captain", "sgt",
        "sergeant", "lieutenant", "commander", "cmdr", "marshal", "air", "brig",
        "brigadier", "corporal", "private", "officer", "detective", "sheriff", "deputy",
        "former", "candidate", "nominee", "spokesman", "spokeswoman", "spokesperson",
        "press", "state", "assemblyman", "assemblywoman", "councilman", "councilwoman",
        "council", "member", "democratic", "democrat", "republican", "gop", "u.s.", "us", "acting",
        "executive", "ceo", "founder", "co-founder", "pastor", "host", "anchor", "author",
        "economist", "strategist", "pollster", "adviser", "advisor", "aide", "manager",
        "chancellor", "king", "queen", "prince", "princess", "emir", "pope", "cardinal",
        "bishop", "archbishop", "dean", "coach", "trooper", "the", "white", "house",
        "campaign", "national", "senior", "top", "then", "then-candidate", "presidential",
        "hopeful", "billionaire", "businessman", "businesswoman", "activist", "analyst",
        "moderator", "correspondent", "reporter", "columnist", "editor", "publisher",
    }
)  # fmt: skip

# Singular nouns that name a person by office, trade or standing ("the
# Vermont senator", "the GOP front-runner", "the actress"): the heads of the
# descriptions that may refer back to a person named earlier.
PERSON_NOUNS: frozenset[str] = frozenset(
    {"senator", "representative", "congressman", "congresswoman", "lawmaker", "legislator",
     "governor", "mayor", "president", "candidate", "nominee", "front-runner", "frontrunner",
     "hopeful", "contender", "challenger", "incumbent", "politician", "leader", "chairman",
     "chairwoman", "chair", "speaker", "secretary", "minister", "ambassador",
     "commissioner", "director", "judge", "justice", "attorney", "lawyer", "prosecutor",
     "sheriff", "general", "admiral", "colonel", "officer", "official", "spokesman",
     "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "strategist", "pollster",
     "consultant", "operative", "manager", "economist", "analyst", "professor",
     "scientist", "researcher", "author", "writer", "journalist", "reporter", "columnist",
     "editor", "anchor", "host", "moderator", "commentator", "businessman",
     "businesswoman", "billionaire", "mogul", "tycoon", "magnate", "developer",
     "executive", "ceo", "founder", "investor", "entrepreneur", "actress", "actor", "star",
     "singer", "comedian", "athlete", "coach", "pastor", "preacher", "priest", "rabbi",
     "imam", "bishop", "cardinal", "pope", "activist", "organizer", "neurosurgeon",
     "surgeon", "doctor", "physician", "king", "queen", "prince", "princess", "emir",
     "chancellor", "premier", "republican", "democrat", "independent", "conservative",
     "liberal", "progressive", "libertarian", "man", "woman"}
)  # fmt: skip

# Heads of phrases that name an unnamed person or group: with an indefinite
# determiner or in the plural they mark an anonymous source (AP guidance).
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    {
        "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisers",
        "advisor", "advisors", "person", "people", "insider", "insiders", "staffer",
        "staffers", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson",
        "officer", "officers", "employee", "employees", "member", "members", "expert",
        "experts", "analyst", "analysts", "observer", "observers", "critic", "critics",
        "lawmaker", "lawmakers", "strategist", "strategists", "operative", "operatives",
        "associate", "associates", "confidant", "confidants", "ally", "allies", "someone",
        "individual", "individuals", "witness", "witnesses", "resident", "residents",
        "supporter", "supporters", "delegate", "delegates", "veteran", "veterans",
        "donor", "donors", "executive", "executives", "investigator", "investigators",
        "authorities", "leader", "leaders", "republicans", "democrats", "voters", "voter",
        # Groups named by what they do or think ("Protesters said …"); not
        # "advocates" or "rivals", which are as often verbs ("he advocates").
        "protesters", "protestors", "demonstrators", "activists", "organizers", "organisers",
        "attendees", "participants", "campaigners", "volunteers", "economists", "scientists",
        "researchers", "historians", "scholars", "academics", "pollsters", "commentators",
        "pundits", "prosecutors", "conservatives", "liberals", "progressives", "students",
        "opponents", "parents", "teachers", "workers", "doctors", "lawyers", "attorneys",
        "senators", "congressmen", "legislators", "governors", "mayors", "economist",
        "researcher", "historian", "pollster", "activist",
        # Groups by origin, faith or generation, written capitalised ("Hispanics
        # said …"), which would otherwise read as a name.
        "americans", "latinos", "hispanics", "muslims", "christians", "evangelicals",
        "catholics", "europeans", "millennials",
    }
)  # fmt: skip

# Determiners that leave a referent unidentified ("a defense official",
# "a second defense official", "several people").
ANONYMOUS_DETERMINERS: frozenset[str] = frozenset(
    {
        "a", "an", "one", "another", "two", "three", "four", "five", "several", "some",
        "many", "other", "few", "multiple", "numerous", "various", "most", "certain",
        "more", "senior", "top", "unnamed", "anonymous",
    }
)  # fmt: skip

# Heads that make an unnamed phrase an organisation ("the Pentagon",
# "the Iraqi Defense Ministry", "the group").
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    {
        "ministry", "department", "pentagon", "campaign", "committee", "group", "groups",
        "party", "administration", "government", "agency", "office", "army", "military",
        "police", "company", "council", "commission", "court", "congress", "senate",
        "house", "kremlin", "union", "association", "foundation", "institute",
        "university", "center", "centre", "coalition", "organization", "organisation",
        "corporation", "corp", "inc", "firm", "bank", "board", "bureau", "service",
        "services", "navy", "force", "forces", "command", "militia", "militias", "regime",
        "state", "states", "city", "county", "embassy", "fbi", "cia", "nato", "un", "gop",
        "dnc", "rnc", "network", "team", "club", "church", "school", "hospital", "fund",
        "pac", "super", "caucus", "legislature", "parliament", "cabinet", "secretariat",
        "white", "authority", "movement", "alliance", "federation", "chamber", "lobby",
        "watchdog", "institution", "establishment", "industry", "hezbollah",
        "taliban", "isis", "hamas", "observatory", "convention", "league", "patriarchate",
    }
)  # fmt: skip

# The words for a spokesperson: one speaks for somebody else ("a spokesman for
# the Pentagon" is the Pentagon's voice), so a name after them is no place.
SPOKESPEOPLE: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Capitalised runs that name a place, a law, an event or a group, never a
# person, by their first or last word ("New Hampshire", "South Carolina",
# "Wall Street", "Second Amendment", "Hatch Act", "World War", "Muslim
# Americans"): a hand list from the non-person names that pronouns were
# resolved to on PolNeAR train.
PLACE_NAME_STARTS: frozenset[str] = frozenset(
    {"new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "san", "los", "las", "el", "santa", "fort", "mount", "lake", "port", "cape", "saint",
     "st", "upper", "lower", "greater", "central", "united", "second", "first", "world",
     "midtown", "downtown", "uptown"}
)  # fmt: skip
NON_PERSON_NAME_ENDS: frozenset[str] = frozenset(
    {"street", "avenue", "road", "square", "station", "airport", "island", "islands",
     "river", "sea", "ocean", "bay", "valley", "mountains", "highlands", "park", "county",
     "act", "amendment", "law", "bill", "war", "prize", "award", "day", "convention",
     "treaty", "accord", "policy", "security", "markets", "partnership", "trust",
     "society", "east", "america", "americans", "republicans", "democrats", "africa",
     "asia", "europe", "korea", "carolina", "dakota", "hampshire", "jersey", "york",
     "virginia", "zealand", "arabia", "kingdom", "emirates", "nations", "angeles",
     "francisco", "diego", "vegas", "raton", "hook", "point", "room", "summit", "games",
     "olympics", "cup", "series", "festival", "week", "month", "year", "college",
     "studies", "history", "crossroads", "star", "brothers", "united", "debate",
     "republican", "democrat", "conservative", "liberal",
     # Buildings and venues ("Trump Tower", "Madison Square Garden").
     "tower", "towers", "building", "center", "centre", "plaza", "garden", "gardens", "circle",
     "stadium", "arena", "hotel", "boulevard", "bridge", "mall", "zone", "library",
     "museum", "memorial", "monument", "church", "cathedral", "chapel", "mosque"}
)  # fmt: skip

# Countries, and capitals that stand for their governments ("Beijing said"):
# a state speaking is an organisation, not a person. UN member states and
# observers by their short English names, plus the capitals news uses so.
COUNTRY_NAMES: frozenset[str] = frozenset(
    {"afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
     "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
     "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
     "brazil", "brunei", "bulgaria", "burkina faso", "burma", "burundi", "cambodia",
     "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo",
     "costa rica", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark",
     "djibouti", "dominica", "dominican republic", "ecuador", "egypt", "el salvador",
     "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon",
     "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
     "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
     "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan",
     "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia",
     "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg",
     "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania",
     "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
     "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "new zealand",
     "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman",
     "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru",
     "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
     "samoa", "san marino", "saudi arabia", "senegal", "serbia", "seychelles",
     "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa",
     "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
     "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo",
     "tonga", "trinidad and tobago", "tunisia", "turkey", "turkmenistan", "tuvalu",
     "uganda", "ukraine", "united arab emirates", "united kingdom", "britain",
     "great britain", "united states", "america", "uruguay", "uzbekistan", "vanuatu",
     "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
     "beijing", "moscow", "tehran", "pyongyang", "seoul", "tokyo", "ankara", "damascus",
     "baghdad", "kabul", "riyadh", "cairo", "kiev", "kyiv", "havana", "caracas",
     "brussels", "islamabad", "new delhi", "jerusalem", "ramallah", "tripoli",
     "berlin", "madrid", "ottawa", "canberra", "athens", "warsaw", "budapest", "vienna",
     "stockholm", "oslo", "copenhagen", "helsinki", "lisbon", "hanoi", "manila", "jakarta",
     "bangkok", "nairobi", "doha", "beirut", "amman", "minsk", "tbilisi", "baku",
     "yerevan", "kinshasa", "khartoum", "taipei", "kremlin"}
)  # fmt: skip

# News organisations and the common nouns reporters use for them.
MEDIA_NAMES: frozenset[str] = frozenset(
    {
        "cnn", "cbs", "nbc", "abc", "fox", "msnbc", "cnbc", "npr", "pbs", "bbc", "reuters",
        "ap", "afp", "bloomberg", "politico", "axios", "breitbart", "times", "post",
        "journal", "tribune", "herald", "guardian", "telegraph", "economist", "newsweek",
        "time", "atlantic", "hill", "buzzfeed", "vox", "slate", "salon", "huffington",
        "huffpost", "usa", "daily", "gazette", "examiner", "observer", "globe", "chronicle",
        "newspaper", "magazine", "outlet", "paper", "network", "broadcaster", "tabloid",
        "news", "press", "wire", "radio", "television", "tv", "channel", "blog", "website",
        "site", "report", "reports", "reporter", "reporters", "columnist", "editorial",
        "board", "sun", "mirror", "independent", "agency", "politifact", "factcheck",
    }
)  # fmt: skip

# Heads of phrases that are documents rather than speakers.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    {
        "statement", "statements", "report", "release", "memo", "letter", "filing",
        "complaint", "document", "documents", "email", "emails", "tweet", "tweets", "poll",
        "polls", "survey", "surveys", "study", "studies", "lawsuit", "ruling", "indictment",
        "transcript", "post", "analysis", "data", "figures", "records", "record", "book",
        "article", "op-ed", "editorial", "ad", "advertisement", "video", "message",
        "messages", "resolution", "bill", "law", "proposal", "plan", "platform",
        "website", "page", "speech", "interview", "order", "decision", "opinion", "brief",
        "affidavit", "testimony", "guidelines", "results", "estimate", "estimates",
        "polling", "counterproposal",
    }
)  # fmt: skip

# Participles after a document noun that open its postmodifier ("a poll
# released Thursday", "a memo obtained by The Post"): the document heads the
# phrase and speaks.
DOCUMENT_PARTICIPLES: frozenset[str] = frozenset(
    {"released", "published", "conducted", "obtained", "issued", "taken", "sent", "posted",
     "filed", "reviewed", "seen", "written", "commissioned", "signed", "circulated"}
)  # fmt: skip

# Verbs that put out a document ("issued a statement saying …"): whoever did
# speaks through it.
RELEASE_VERBS: frozenset[str] = frozenset(
    {"issued", "released", "sent", "posted", "published", "delivered", "shared", "tweeted",
     "put", "gave", "wrote", "filed", "distributed", "circulated"}
)  # fmt: skip

# Personal pronouns that can be subjects of a cue, with the source types they
# may refer to; used to pick the latest compatible antecedent.
PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "thing",
    "we": "plural",
    "i": "speaker",
    "you": "speaker",
    "who": "any",
    "which": "thing",
    "his": "male",
    "her": "female",
    "their": "plural",
    "its": "thing",
}

# Frequent first names and names in the news, enough to rule out "she" ->
# "John"; first_name_sex() adds the Census names to these.
MALE_FIRST_NAMES: frozenset[str] = frozenset(
    {
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph",
        "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark",
        "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
        "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
        "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander",
        "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry",
        "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy",
        "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
        "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan",
        "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne",
        "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis",
        "bobby", "philip", "johnny", "bernie", "ted", "marco", "jeb", "mitt", "barack",
        "bill", "mike", "chris", "newt", "rudy", "ben", "rand", "lindsey", "mitch", "reince",
        "corey", "jared", "tim", "tom", "jim", "bob", "dick", "al", "vladimir", "bashar",
        "ali", "mohammed", "muhammad", "ahmed", "hassan", "xi", "recep", "boris",
        "emmanuel", "yehia", "harry", "chuck",
        "steve", "dan", "jon", "ron", "rick", "greg", "jeff", "matt", "nick",
    }
)  # fmt: skip

FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    {
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
        "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
        "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
        "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
        "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
        "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
        "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris",
        "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
        "charlotte", "rose", "alexis", "kayla", "hillary", "huma", "kellyanne", "carly",
        "nikki", "michele", "condoleezza", "madeleine", "chelsea",
        "ivanka", "melania", "jill", "kamala", "debbie", "hope", "marine", "jane", "kate",
        "katie", "liz", "meg", "ellen", "claire",
    }
)  # fmt: skip


# US states as a description writes them ("the Vermont senator") -> how a
# name's label abbreviates them ("Sen. Bernie Sanders (I-Vt.)", "R-Fla."), in
# lower case without dots: the AP Stylebook's abbreviations (postal codes are
# left out, as most are also words: "in", "me", "or", "oh").
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "alabama": ("ala",), "arizona": ("ariz",), "arkansas": ("ark",),
    "california": ("calif",), "colorado": ("colo",), "connecticut": ("conn",),
    "delaware": ("del",), "florida": ("fla",), "georgia": ("ga",), "illinois": ("ill",),
    "indiana": ("ind",), "kansas": ("kan",), "kentucky": ("ky",), "louisiana": ("la",),
    "maryland": ("md",), "massachusetts": ("mass",), "michigan": ("mich",),
    "minnesota": ("minn",), "mississippi": ("miss",), "missouri": ("mo",),
    "montana": ("mont",), "nebraska": ("neb",), "nevada": ("nev",),
    "new hampshire": ("nh",), "new jersey": ("nj",), "new mexico": ("nm",),
    "new york": ("ny",), "north carolina": ("nc",), "north dakota": ("nd",),
    "oklahoma": ("okla",), "oregon": ("ore",), "pennsylvania": ("pa",),
    "rhode island": ("ri",), "south carolina": ("sc",), "south dakota": ("sd",),
    "tennessee": ("tenn",), "texas": ("tex",), "vermont": ("vt",), "virginia": ("va",),
    "washington": ("wash",), "west virginia": ("wva",), "wisconsin": ("wis",),
    "wyoming": ("wyo",),
}  # fmt: skip

# Parties as a description writes them -> how labels and headlines shorten them.
PARTY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "republican": ("gop", "r"), "gop": ("republican", "r"), "democratic": ("democrat", "d"),
    "democrat": ("democratic", "d"),
}  # fmt: skip

MONTHS: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
WEEKDAYS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# The parts of a day that follow a weekday in a time phrase ("Tuesday night").
PARTS_OF_A_DAY: frozenset[str] = frozenset({"night", "morning", "afternoon", "evening"})
# Time nouns that stand alone ("said Monday that"); "March" or "fall" may be the subject.
BARE_TIME_NOUNS: frozenset[str] = (
    WEEKDAYS | PARTS_OF_A_DAY | frozenset({"today", "yesterday", "tonight"})
)
# Nouns that name a time: "said last week that", "told reporters on Tuesday
# night that"; the time phrase is part of neither the speaker nor the content.
# ("may" is a modal far more often than the month.)
TIME_NOUNS: frozenset[str] = (
    BARE_TIME_NOUNS
    | frozenset(
        {"week", "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter"}
    )
    | (MONTHS - {"may"})
)

# Crowds and callers: "chanting “Lock her up”", "yelling “Cruz!”". They
# introduce a quotation (or a quoted fragment) but report no paraphrase.
SHOUT_CUES = frozenset(
    {"chanting", "chants", "chant", "yelling", "yells", "shouting", "shouts", "screaming",
     "cheering", "booing", "singing", "sang", "sings"}
)  # fmt: skip

# Cues that introduce a verbatim quotation directly.
DIRECT_CUES = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked",
     "asks", "replied", "replies", "responded", "responds", "explained", "explains",
     "continued", "continues", "noted", "notes", "tweeted", "tweets", "posted", "declared",
     "stated", "argued", "argues", "insisted", "insists", "recalled", "recalls",
     "concluded", "warned", "warns", "claimed", "claims", "admitted", "acknowledged",
     "shouted", "yelled", "chanted", "exclaimed", "cried", "joked", "quipped",
     "remarked", "observed", "commented", "announced", "reported", "reads", "read",
     "countered", "conceded", "boasted", "bragged", "predicted", "promised", "vowed",
     "pledged", "agreed", "suggested", "suggests", "maintained", "testified", "emailed",
     "texted", "wondered", "complained", "charged", "answered", "adding", "saying",
     "telling", "writing", "asking", "noting", "explaining", "declaring", "urged",
     "stressed", "emphasized", "recounted", "mused", "added:", "says:", "said:", "scoffed",
     "snapped", "fumed", "sneered", "retorted", "interjected", "whispered", "screamed",
     "laughed", "sighed", "demanded", "pleaded", "begged", "cautioned", "marveled",
     "lamented", "predicts", "concludes", "boasts", "complains"}
    | SHOUT_CUES
)  # fmt: skip

# Cues of reported speech: the clause after them is the content.
# Cues whose content is often just an object ("endorsed Clinton", "called for
# a ban"): a one-word content counts, and a preposition joins the cue.
OBJECT_VERBS = frozenset(
    {"endorsed", "criticized", "criticizes", "praised", "praises", "defended", "defends",
     "supported", "supports", "supporting", "backing", "backed", "opposed", "opposes",
     "rejected", "rejects", "dismissed", "proposed", "proposes", "questioned", "accused",
     "accuses", "accusing", "blamed", "blames", "cited", "cites", "citing", "described",
     "describes", "describing", "called", "calls", "calling", "urged", "urges", "urging",
     "wants", "wanted", "sought", "seeks", "offered", "refused", "declined", "plans",
     "asked", "asks", "asking", "mentioned", "condemned", "denounced", "slammed",
     "attacked", "welcomed", "applauded", "highlighted", "touted", "threatened",
     "demanded", "demands", "referring", "pointed", "promised", "promises", "vowed",
     "pledged", "recommended", "denied", "warned"}
)  # fmt: skip

# Cues whose object is a quoted description: "called it “a disgrace”"; the
# content ends with that quotation ("called him a “moderate,” a subtle dig …").
NAMING_CUES = frozenset(
    {"called", "calls", "calling", "described", "describes", "describing", "denounced",
     "dubbed", "labeled", "labelled", "branded", "termed", "decried", "slammed"}
)  # fmt: skip

# Verb forms that head a PolNeAR train cue in at least 30% of their lower-case
# occurrences outside quotations (error analysis of 2026-11-27, cue_rates.py);
# below that rate a rule keyed on the word adds more errors than it finds.
# Adverbs and adjectives with such rates are left out: they are not the head
# that a content follows, and so is "read" ("He read “The Art of the Deal”"),
# a title more often than a quotation. ("tried", at 0.21, was dropped.)
MEASURED_CUES = frozenset(
    {"acknowledge", "addressed", "agree", "appointed", "approved", "attempted", "blasted",
     "celebrated", "challenged", "considered", "considering", "continued", "criticizing",
     "declaring", "deemed", "defending", "denouncing", "disclosed", "discuss", "discussed",
     "discussing", "echoed", "embraced", "expect", "expressed", "fear", "feel", "hope",
     "hoping", "identified", "identify", "issued", "learned", "mention", "mocked",
     "nominated", "oppose", "passed", "pointing", "portrayed", "prefer", "preferred",
     "pressed", "pushed", "questioning", "recognized", "referred", "reiterated",
     "releasing", "remember", "repeated", "requested", "seem", "sees", "shared", "showing",
     "signed", "sounded", "spoke", "talked", "talking", "talks", "tweeting", "viewed",
     "voted", "worry"}
    # Added in the eighth session from the same count, for verb forms with a
    # rate of at least 50% and five cues or more.
    | {"ordered", "railed", "vows", "voiced", "express", "encouraged", "announce", "refusing",
       "expecting", "thanked", "projected", "praising", "touting", "remembered",
       "proposing", "repeating", "indicate", "portray", "quoted", "retweeted", "vowing",
       "reminding", "assailed"}
)  # fmt: skip

# Verbs of talking: with "about" (or "of") they report what was talked about
# ("talked about the border": a cue in 53% of train occurrences); without it
# they report nothing ("spoke up", "talks with rebels").
TALK_VERBS = frozenset(
    {"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking"}
)

INDIRECT_CUES = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes",
     "argued", "argues", "argue", "claimed", "claims", "claim", "noted", "notes",
     "warned", "warns", "suggested", "suggests", "suggest", "believes", "believe",
     "insisted", "insists", "acknowledged", "acknowledges", "admitted", "admits",
     "announced", "announces", "reported", "reports", "explained", "stated", "predicted",
     "predicts", "promised", "promises", "vowed", "pledged", "denied", "confirmed",
     "revealed", "conceded", "contended", "contends", "maintained", "asserted",
     "alleged", "alleges", "charged", "complained", "estimated", "estimates", "found",
     "finds", "showed", "shows", "show", "indicated", "indicates", "testified",
     "recalled", "emphasized", "stressed", "hinted", "speculated", "agreed", "countered",
     "replied", "responded", "tweeted", "posted", "declared", "concluded", "observed",
     "thinks", "think", "thought", "hopes", "hoped", "expects", "fears", "feared",
     "knows", "knew", "saying", "adding", "noting", "arguing", "claiming", "warning",
     "insisting", "suggesting", "telling", "explaining", "acknowledging", "promising",
     "predicting", "writing", "confirming", "stating"}
    | OBJECT_VERBS
    # plural present tenses: "Experts warn that …"; forms that are also common
    # nouns ("The report said", "a note", "the hope that") are left out.
    | {"warn", "predict", "admit", "deny", "allege", "contend", "concede", "acknowledge",
       "expect", "conclude", "maintain", "assert", "complain", "explain", "agree", "insist"}
    | {"insist", "believed", "expected", "worried", "worries", "doubted", "doubts",
       "assured", "informed", "reminded", "signaled", "signalled", "implied", "explains",
       "writes", "announcing", "reporting", "revealing", "denying", "admitting",
       "conceding", "recalling", "planned", "intends", "intended", "decided",
       "seems", "seemed", "appears", "appeared"}
    | MEASURED_CUES
    | TALK_VERBS
)  # fmt: skip


# Headline verbs: headlines write cues in Title Case ("Trump Says …", "Cruz
# Slams …") and prefer short, punchy verbs; read case-insensitively in the
# first line only. From the PolNeAR train headlines (QA finding 7).
HEADLINE_CUES = frozenset(
    {"slams", "blasts", "rips", "urges", "vows", "warns", "wants", "calls", "says",
     "pledges", "backs", "endorses", "defends", "praises", "attacks", "admits", "denies",
     "claims", "questions", "touts", "mocks", "hits", "knocks", "accuses", "explains",
     "predicts", "thinks", "sees", "doubts", "fears", "hopes", "plans", "seeks", "asks",
     "tells", "reveals", "suggests", "insists", "argues", "rejects", "dismisses",
     "supports", "opposes", "criticizes", "condemns", "welcomes", "confirms", "announces",
     "pushes", "eyes", "aims", "looks", "believes", "expects"}
)  # fmt: skip


@cache
def _form_to_lemma() -> dict[str, str]:
    """Return the map from every cue form to its lemma (built once, then cached)."""
    table: dict[str, str] = {}
    for lemma, forms in _CUE_VERBS.items():
        for form in forms:
            table.setdefault(form, lemma)
    return table


@cache
def _first_name_sexes() -> dict[str, str]:
    """Return lower-case first name -> "male" or "female" (loaded once)."""
    lines = resources.files("analysis").joinpath("data/first_names.tsv").read_text("utf-8")
    table = dict(line.split("\t") for line in lines.splitlines())
    # The hand lists win: they hold names as the news uses them ("Jordan").
    table.update(dict.fromkeys(MALE_FIRST_NAMES, "male"))
    table.update(dict.fromkeys(FEMALE_FIRST_NAMES, "female"))
    return table


def first_name_sex(name: str) -> str | None:
    """Return "male" or "female": the sex of 90% or more bearers of a lower-case first name.

    Returns None for a name not listed or shared by both ("jordan" is listed
    as the news uses it; "casey" is not).
    """
    return _first_name_sexes().get(name)


def cue_forms() -> frozenset[str]:
    """Return every inflected reporting-verb form the extractor recognises."""
    return frozenset(_form_to_lemma())


def cue_lemma(cue: str) -> str | None:
    """Return the lemma of the reporting verb in a cue phrase, or None.

    The first word that is a known form decides ("also said" -> "say",
    "according to" -> "according to"); a cue with no known verb gives None.
    """
    lowered = cue.lower()
    if "according to" in lowered:
        return "according to"
    table = _form_to_lemma()
    for word in lowered.replace(",", " ").replace(":", " ").split():
        lemma = table.get(word)
        if lemma is not None:
            return lemma
    return None


def is_loaded_cue(cue: str | None) -> bool:
    """Return True when the cue's verb implies a judgement (claimed, admitted, ...)."""
    if not cue:
        return False
    return cue_lemma(cue) in LOADED_CUE_LEMMAS
