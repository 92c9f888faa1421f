"""Tests for analysis.quotes (with quotemarks, attribution and speakers behind it)."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import Article, Quote, QuoteAnalysis, analyze_quotes, extract_quotes, load_article
from analysis.lexicons import first_name_sex
from analysis.quotemarks import as_double_marks, find_quote_spans, split_paragraphs

SEED = Path("articles") / "2021-06-27-us-airstrikes-iraq-syria.txt"


def speech(text: str) -> list[Quote]:
    """Return the quotes of ``text`` that are speech (not partial)."""
    return [q for q in extract_quotes(text) if q.kind != "partial"]


def only(text: str) -> Quote:
    """Return the single speech quote of ``text`` (the test fails if there is not one)."""
    quotes = speech(text)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


# --- quotation marks --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "contents", "unbalanced"),
    [
        ('He said "hi there," and left.', ["hi there,"], 0),
        ("“Curly,” she said.", ["Curly,"], 0),
        ("''Yes,'' Mr. Smith said. ''No.''", ["Yes,", "No."], 0),
        ("«Bonjour», dit-il.", ["Bonjour"], 0),
        ("“He called it ‘absurd’ today,” she said.", ["He called it ‘absurd’ today,"], 0),
        ("“Don’t go,” she said, “it’s late.”", ["Don’t go,", "it’s late."], 0),
        ("It's the players' ball, isn't it?", [], 0),
        ("He is 5'10\" tall.", [], 0),
        (
            "“First paragraph goes on\n\n“and ends here,” he said.",
            ["First paragraph goes on", "and ends here,"],
            0,
        ),
        ("“Never closed\n\nNext paragraph.", ["Never closed"], 1),
        ("Stray” closer here.", ["Stray"], 1),
        ("“One “two” three", ["One", "two"], 1),
    ],
)
def test_quote_marks_are_paired(text: str, contents: list[str], unbalanced: int) -> None:
    spans, count = find_quote_spans(text, split_paragraphs(text))
    assert [text[s.start : s.end] for s in spans] == contents
    assert count == unbalanced


def test_multi_paragraph_quote_is_pieces_not_unbalanced() -> None:
    text = "“We will fight on,” she said. “We never quit.\n\n“And we will win.”"
    analysis = analyze_quotes(text)
    assert analysis.unbalanced_marks == 0
    assert [q.speaker_mention for q in analysis.quotes] == ["she", "she", "she"]


# --- direct attribution patterns -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention", "cue"),
    [
        ("“We will win,” Smith said.", "We will win,", "Smith", "said"),
        ("“We will win,” said John Smith.", "We will win,", "John Smith", "said"),
        ("Smith said, “We will win.”", "We will win.", "Smith", "said"),
        ("Smith said: “We will win.”", "We will win.", "Smith", "said"),
        ("Smith told reporters: “We will win.”", "We will win.", "Smith", "told"),
        (
            "“We will win,” Smith said in a statement.",
            "We will win,",
            "Smith",
            "said in a statement",
        ),
        ("“We will win,” she added.", "We will win,", "she", "added"),
        ("“We will win” — Commissioner Jane Doe", "We will win", "Commissioner Jane Doe", "—"),
        (
            "“This is not over,” Morton Blackwell, a committeeman from Virginia, told AFP.",
            "This is not over,",
            "Morton Blackwell, a committeeman from Virginia",
            "told",
        ),
    ],
)
def test_direct_patterns(text: str, content: str, mention: str, cue: str) -> None:
    quote = speech(text)[0]
    assert quote.kind == "direct"
    assert quote.text == content
    assert quote.speaker_mention == mention
    assert quote.cue == cue


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Intro.\n\n“It is over,” Beck questioned.", "It is over,", "Beck"),
        ("Intro.\n\n“It is over,” said master of ceremonies Asab Ali.", "It is over,",
         "master of ceremonies Asab Ali"),
        ("Cruz continued:\n\n“The moderators have no intention of voting.”",
         "The moderators have no intention of voting.", "Cruz"),
        ("“It is over,” the party's nominee, Donald Trump, tweeted.", "It is over,",
         "the party's nominee, Donald Trump"),
        ("Christie bristled at the idea, saying, “The advice I give is mine.”",
         "The advice I give is mine.", "Christie"),
        ('And then Trump went on the attack, saying, "We have to be tough."',
         "We have to be tough.", "Trump"),
        # Two verbs joined by "and" share the subject of the nearest clause.
        ("When Robby Mook, Clinton’s campaign manager was pressed at a lunch held by The "
         "Wall Street Journal, he laughed and said, “We’ll see.”", "We’ll see.", "he"),
        # A plural noun before the comma is no verb when a cue came earlier.
        ("In Philadelphia, Canova wrote to his 20,000 Twitter followers, “I will not stop.”",
         "I will not stop.", "Canova"),
        # A lower-case noun phrase, and an inverted verb no list holds.
        ('Intro.\n\n"He leaked pictures," federal prosecutors wrote in a filing.',
         "He leaked pictures,", "federal prosecutors"),
        ('Intro.\n\n"It remains a liability," remembered Roy Verley, a former spokesman.',
         "It remains a liability,", "Roy Verley, a former spokesman"),
        # A plural noun ending the speaker is no cue when a known one follows.
        ("Intro.\n\n“We will act,” Iraqi Shiite militias said.", "We will act,",
         "Iraqi Shiite militias"),
        # A long apposition between the quote and its cue (more than 12 words).
        ("“The plan will not work,” Douglas Holtz-Eakin, an economic adviser to the campaign "
         "and a former director of the Congressional Budget Office, wrote.",
         "The plan will not work,", "Douglas Holtz-Eakin, an economic adviser to the campaign "
         "and a former director of the Congressional Budget Office"),
    ],
)  # fmt: skip
def test_direct_speakers_in_less_common_positions(text: str, content: str, mention: str) -> None:
    quote = speech(text)[0]
    assert (quote.text, quote.speaker_mention) == (content, mention)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Of course, as Joel Pollak observed, the biggest victor was not on the stage, it "
         "was the stage itself:\n\n“The clear winner was the network.”", "Joel Pollak"),
        ("When the moderators yielded to the temptation of snark — and we know how tempting "
         "that can be — Cruz called them on it:\n\n“The questions were unfair.”", "Cruz"),
        # No reporting verb in a long introduction: a list or an example, no speaker.
        ("The campaign has three problems that no amount of money or advertising will fix "
         "soon:\n\n“Money, message and turnout.”", None),
    ],
)  # fmt: skip
def test_long_introduction_ending_in_a_colon(text: str, mention: str | None) -> None:
    # The subject of the introduction's first reporting verb speaks.
    quote = [q for q in extract_quotes(text) if q.kind == "direct"][-1]
    assert quote.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        # Any verb before a comma introduces a quoted sentence, not only known cues.
        ("He jokes, “It’s a never ending line!”", "He", "jokes"),
        ("In Just the Way You Are, Billy Joel sings, \"Don't go changing to please me.\"",
         "Billy Joel", "sings"),
        ("Mr. Trump was prompted to say, \"So far, I cannot believe how civil it is.\"",
         "Mr. Trump", "say"),
        ("The ad aims at evangelicals, in which he declares, \"The purpose of life is joy.\"",
         "he", "declares"),
        # An inverted cue opens the sentence.
        ("Comey spoke at length. Said Comey, \"The thought is very painful to us.\"",
         "Comey", "Said"),
        # The subject of an earlier clause of the same sentence.
        ("When I asked him, he looked into my camera, furrowed his brow and said, "
         "\"I am gonna endorse you!\"", "he", "said"),
        # Before a colon too, and a verb with its particle is the cue.
        ("Fallon fired back: “You are wrong about that.”", "Fallon", "fired back"),
        ("The senator quickly shot back: “You are wrong.”", "The senator", "quickly shot back"),
        ("Warren weighed in, “This is wrong.”", "Warren", "weighed in"),
        ("He jokes: “It’s a never ending line!”", "He", "jokes"),
    ],
)  # fmt: skip
def test_verb_and_comma_before_a_quoted_sentence(text: str, mention: str, cue: str) -> None:
    quote = speech(text)[-1]
    assert (quote.kind, quote.speaker_mention, quote.cue) == ("direct", mention, cue)


def test_plural_noun_before_a_comma_is_no_cue() -> None:
    text = 'After 200 years and 44 male presidents, "It\'s time."'
    assert speech(text) == []


@pytest.mark.parametrize(
    ("text", "not_cue"),
    [
        # Before a colon, "-es" is a plural and "to" a preposition as often as not.
        ('Back home, he returned to his familiar lines: "It\'s called America First!"', "lines"),
        ("Obama's first questioners ranged from skeptical to hostile: "
         '"Is it time for your strategy to change?"', "hostile"),
        # A possessive is no subject: "revelations" is a noun.
        ("As Stewart Baker put it in the aftermath of Edward Snowden’s revelations: "
         "“Metadata absolutely tells you everything.”", "revelations"),
    ],
)  # fmt: skip
def test_noun_before_a_colon_is_no_cue(text: str, not_cue: str) -> None:
    assert [q.cue for q in extract_quotes(text) if q.cue == not_cue] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A naming cue's content ends with the name it gives, when a new clause follows.
        ("In another tweet, Trump called Cruz the \"ultimate hypocrite,\" linking to a story.",
         'Cruz the "ultimate hypocrite,"'),
        ("Romney attacked him, calling it “disqualifying” and asserting that he hides a lot.",
         "it “disqualifying”"),
        ("Cruz knocked Rubio and called him a \"moderate,\" a subtle dig at a rival.",
         'him a "moderate,"'),
        # A list of names, or words that continue the clause, go on.
        ('Trump called the senator a "nasty guy," an "anchor baby" and "sick."',
         'the senator a "nasty guy," an "anchor baby" and "sick."'),
        ("Trump released an ad calling it \"dangerous\" that Obama has no strategy.",
         'it "dangerous" that Obama has no strategy'),
    ],
)  # fmt: skip
def test_naming_cue_content_ends_with_the_name(text: str, content: str) -> None:
    assert speech(text)[-1].text == content


def test_opening_adverb_and_clause_are_no_apposition() -> None:
    text = "However, he held his fire on Ben Carson, calling him a “nice guy” and left."
    assert speech(text)[-1].speaker_mention == "he"


@pytest.mark.parametrize(
    "text",
    [
        '"These guys know words," said Sherman, "and leave themselves room."',
        '"These guys know words," said Sherman, speaking of politicians, "and leave room."',
        "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”",
    ],
)
def test_second_piece_after_an_inverted_cue_shares_it(text: str) -> None:
    first, second = speech(text)
    assert second.kind == "direct"
    assert (second.speaker_start, second.cue_start) == (first.speaker_start, first.cue_start)


@pytest.mark.parametrize(
    "text",
    [
        "The peace talk went on for hours.",
        "They will speak at the rally on Monday.",
        "Clinton herself spoke up, and took on the protesters again.",
        # A participle after a determiner, number or preposition is an adjective.
        "She leads Sanders 1,428 to 1,153 in pledged delegates.",
        "In Puerto Rico, 60 pledged delegates were at stake.",
        # A plural noun before "that" opens a relative clause.
        "Bush won in the four regions that cast votes last Saturday.",
        # An editorial label is no speaker, nor a long lead-in before a colon.
        "Intro.\nEditor’s note: Donald Trump regularly incites political violence.",
        "Intro.\nFor many, the question becomes: how could the foundation square it?",
    ],
)
def test_words_that_look_like_cues_but_are_not(text: str) -> None:
    assert speech(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senators all agreed that the deal was dead.",
        "Obama, who in 2008 questioned whether the plan would work, changed his mind.",
    ],
)
def test_floating_quantifier_or_year_before_a_cue_keeps_it_a_verb(text: str) -> None:
    assert speech(text)[0].kind == "indirect"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The phrase before a colon is a preposition's object: the subject speaks.
        ("The Illinois Board of Elections was conclusive in its findings: “The candidate "
         "is a natural born citizen.”", "The Illinois Board of Elections"),
        # A negated auxiliary ends the phrase before it, with either apostrophe.
        ("The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: "
         "“Lesser-known candidates often win early.”", "Republican pollster Daron Shaw"),
        ("Trump isn't saying what other techniques he would support.", "Trump"),
        # ... or the addressee after "to".
        ("Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: "
         "“It's time to quit.”", "Senate Majority Leader Mitch McConnell"),
        # A participle after a verb's object: the subject speaks.
        ("Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, "
         "saying “Yes, I support him.”", "Morton Blackwell"),
        # An opening phrase and a comma before the subject of the participle's clause.
        ("On Sunday, Mr. Trump even echoed Mr. Putin’s claim, saying the majority of people "
         "wanted it.", "Mr. Trump"),
        ("Like Corker, Menendez also rejected the idea, saying that there is flexibility.",
         "Menendez"),
        # ... also when a party label ends the name before the verb.
        ("In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the "
         "news, saying: “He should be in prison.”", "Rep. Hakeem Jeffries (D-N.Y.)"),
        # Time and place between the cue and the participle.
        ("The attacks are sickening, Hollande said Tuesday in Paris, noting that the "
         "world was watching.", "Hollande"),
        # A time phrase between the subject and its cue, with the part of the day.
        ('Sanders on Tuesday night warned of the fight ahead: "We will win."', "Sanders"),
        ("Judge Carlton Reeves late Thursday night ruled that the law was void.",
         "Judge Carlton Reeves"),
    ],
)  # fmt: skip
def test_speaker_behind_an_object_or_a_time_phrase(text: str, mention: str) -> None:
    assert speech(text)[-1].speaker_mention == mention


def test_quoted_sentence_after_a_cue_is_speech_without_a_speaker() -> None:
    text = "He disliked the phrase. Why not just say: “They will go home the way they came.”"
    (quote,) = speech(text)
    assert (quote.kind, quote.speaker_mention, quote.cue) == ("direct", None, "say")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ('Protesters gathered outside, chanting "Bernie or Jill, No Hill," as delegates '
         "arrived.", "Bernie or Jill, No Hill,", "chanting"),
        ("The crowd kept yelling “Lock her up!” during the speech.", "Lock her up!", "yelling"),
        # Any cue of direct speech takes a quoted fragment right after it.
        ("Kasich cautioned “let’s not get ahead of ourselves,” before predicting a win.",
         "let’s not get ahead of ourselves,", "cautioned"),
    ],
)  # fmt: skip
def test_chants_and_shouts_are_quotations(text: str, content: str, cue: str) -> None:
    (quote,) = speech(text)
    assert (quote.kind, quote.text, quote.cue) == ("direct", content, cue)


def test_quotation_opening_a_sentence_the_writer_finishes_continues_the_speaker() -> None:
    text = (
        '"People have every right to be angry," Hillary Clinton said. "What are we going '
        'to do? That is the fight we are taking" to the rest of the country.'
    )
    first, second = speech(text)
    assert second.kind == "direct"
    assert (second.speaker, second.cue_start) == ("Hillary Clinton", first.cue_start)


def test_clause_around_a_quoted_fragment_takes_the_words_after_it() -> None:
    text = "And he vowed to “take our fight” to the 35 states that had not yet voted."
    quote = speech(text)[-1]
    assert quote.text == "to “take our fight” to the 35 states that had not yet voted"
    assert quote.kind == "mixed"


def test_name_ending_like_a_participle_and_a_far_subject_keep_both_reports() -> None:
    text = (
        "Boreing said the members will still meet for drinks and speakers, but said, "
        "“It’s time we change how we do it.”"
    )
    first, second = speech(text)
    assert (first.kind, first.text, first.speaker_mention) == (
        "indirect",
        "the members will still meet for drinks and speakers",
        "Boreing",
    )
    assert (second.kind, second.speaker_mention, second.cue) == ("direct", "Boreing", "said")


def test_having_opens_no_subject() -> None:
    text = "Having announced the plan on Monday, the senator said the bill would pass."
    assert [q.speaker_mention for q in speech(text)] == ["the senator"]


def test_cue_before_a_colon_belongs_to_the_next_quote() -> None:
    text = "After he spoke about “less advanced schools,” Trump said: “I don't like what he said.”"
    quote = speech(text)[-1]
    assert quote.text == "I don't like what he said."
    assert quote.speaker_mention == "Trump"


def test_quote_in_two_pieces_shares_speaker_and_cue() -> None:
    quotes = speech("“We will win,” Smith said, “and we will win big.”")
    assert [q.text for q in quotes] == ["We will win,", "and we will win big."]
    assert {(q.speaker_mention, q.cue_start) for q in quotes} == {("Smith", quotes[0].cue_start)}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A sentence about another named person hands the next quotation to them.
        ("“It goes in here and out here,” Tom Ebeling said, pointing to his ears. "
         "Betsy Ebeling shook her head. “Tom’s much better about it than I am.”",
         ["Tom Ebeling", "Betsy Ebeling"]),
        ("Ben Carson took questions. Moderator Carl Quintanilla asked one. “No,” Carson "
         "replied. Quintanilla "
         "seemed taken aback. “Does that not speak to your judgment?”",
         ["Ben Carson", "Carl Quintanilla"]),
        # A description or a capitalised first word is no new speaker.
        ("“We will win,” Jane Smith said. The crowd roared. “Nobody can stop us.”",
         ["Jane Smith", "Jane Smith"]),
        ("“We will win,” Jane Smith said. Often she paused. “Nobody can stop us.”",
         ["Jane Smith", "Jane Smith"]),
    ],
)  # fmt: skip
def test_named_person_between_quotations_speaks_next(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in speech(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A long sentence ending in "the following statement:" introduces the
        # paragraph after it.
        ("On Monday, Republican presidential nominee Donald Trump issued the following "
         "statement:\n\n“We mourn the officers.”", "Donald Trump"),
        ("The Clinton Foundation describes itself in the following way:\n\n“We work "
         "to improve lives.”", "Clinton Foundation"),
        # A plural pronoun with a reporting verb in its base form.
        ("Intro.\n\n“They hate immigrants,” they conclude. “It is a disgrace.”", None),
    ],
)  # fmt: skip
def test_introduced_and_plural_attributions(text: str, speaker: str | None) -> None:
    quotes = [q for q in speech(text) if q.kind == "direct"]
    assert quotes and all(q.speaker == speaker for q in quotes)
    assert all(q.speaker_mention is not None for q in quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # An inverted cue before the quotation: the speaker follows the cue.
        ("But, said Solovey, \"He was a bully.\"", "Solovey"),
        ("In other words, explained CBS moderator Nancy Cordes: \"You are running.\"",
         "CBS moderator Nancy Cordes"),
        ("Intro. Then, said a spokesman for the group, “We are tired.”",
         "a spokesman for the group"),
        ("Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”",
         "Dorothy Poynter, who grew up with Ali"),
        # A subject before the cue speaks; after "told" comes the addressee.
        ("Trump said Tuesday, “We are tired.”", "Trump"),
        ("The branch secretary, Constable Paul Middup, told the meeting before Wright "
         "turned up: “The truth could not come from him.”",
         "The branch secretary, Constable Paul Middup"),
    ],
)  # fmt: skip
def test_inverted_cue_before_a_quotation(text: str, mention: str | None) -> None:
    assert only(text).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Any verb after a pronoun closes a quoted sentence's attribution.
        ("Intro.\n\n“We will stay in the race,” he asserted to reporters on Tuesday.", "he"),
        ("Intro.\n\n“Immigrants pay their way,” they reasoned.", "they"),
        # Not after a quoted term, nor with a verb that reports nothing.
        ("While Will likes his “forceful persona,” he lists Christie as sharing it.", None),
        ("His “Precision Survey Method,” he was the only one to use.", None),
    ],
)  # fmt: skip
def test_pronoun_and_any_verb_after_a_quoted_sentence(text: str, mention: str | None) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A paraphrase right before the quotation, in its paragraph, names its
        # speaker, not the quotation of the paragraph before.
        ("“I had no part in it,” Carson replied.\n\nQuintanilla seemed taken aback and "
         "mentioned that Carson had spoken for the company. “Does that not speak to your "
         "judgment?”", ["Carson", "Quintanilla"]),
        ("“Smoking is down,” West said.\n\nHazel Cheeseman, director of policy at ASH, "
         "said it was too soon to say. “There is no decline yet.”",
         ["West", "Hazel Cheeseman"]),
        # Farther back, or after a quotation of the same paragraph, the quoted
        # speaker goes on.
        ("“I had no part in it,” Carson replied.\n\nQuintanilla mentioned that Carson had "
         "spoken for the company, and the crowd, which had waited all evening for the "
         "moment, booed loudly. “Does that not speak to your judgment?”",
         ["Carson", "Carson"]),
        # A paraphrase closing the paragraph before a quotation paragraph
        # introduces it, when no quotation came after the paraphrase ...
        ("Clint Howard continued his scathing remarks.\n\n“She will not win the "
         "nomination.”", ["Clint Howard"]),
        # ... and when the quotation's paragraph names its own speaker later, that one.
        ("Iran-backed militias, meanwhile, vowed to strike back.\n\n“We will not be "
         "indifferent.” The statement went on. “We will act,” Iraqi Shiite militias said.",
         ["Iraqi Shiite militias", "Iraqi Shiite militias"]),
    ],
)  # fmt: skip
def test_paraphrase_just_before_a_quotation_names_its_speaker(
    text: str, speakers: list[str]
) -> None:
    names = [q.speaker for q in speech(text) if q.kind == "direct"]
    assert names == speakers


def test_quote_sentence_without_cue_continues_previous_speaker() -> None:
    text = "Intro.\n\n“We will win,” Jane Smith said. “Nobody can stop us now.”"
    quotes = speech(text)
    assert [q.speaker for q in quotes] == ["Jane Smith", "Jane Smith"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The quotation closes a sentence with no cue after an attributed one.
        ("“It is an enormous moment,” said Steve Schmidt, a strategist. Unless rivals "
         "quit, “it is very difficult to see how he is stopped now.”",
         ["Steve Schmidt", "Steve Schmidt"]),
        ("“We were not happy at first,” said Jock Finlayson. Now, “there is a sizable "
         "constituency saying this is fine.”", ["Jock Finlayson", "Jock Finlayson"]),
    ],
)  # fmt: skip
def test_quotation_ending_a_later_sentence_continues_the_speaker(
    text: str, speakers: list[str]
) -> None:
    quotes = speech(text)
    assert [q.speaker for q in quotes] == speakers
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].cue_start == quotes[1].cue_start


def test_quotation_inside_a_report_belongs_to_the_reporter() -> None:
    quote = only("Trump said Fox executives were calling “every 15 minutes” all night.")
    assert (quote.speaker, quote.cue, quote.kind) == ("Trump", "said", "mixed")
    assert quote.text == "Fox executives were calling “every 15 minutes” all night"


@pytest.mark.parametrize(
    "text",
    [
        # Another person is named before it: no continuation.
        "“You winning?” she said, but Kevin was drifting off, as Trump went on about "
        "“how the system is rigged for them all.”",
        # Too short to be more than a term.
        "“We tried,” Smith said. Then came “the real trouble.”",
    ],
)
def test_quoted_fragment_after_another_name_stays_partial(text: str) -> None:
    assert extract_quotes(text)[-1].kind == "partial"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # Nobody quoted before: the next attributed quote of the paragraph speaks.
        ("Intro paragraph here.\n\n“We will not back down.” She paused. “Never,” Jones said.",
         ["Jones", "Jones"]),
        # A paraphrase earlier in the paragraph lends its speaker ...
        ("Intro here.\n\nSmith said the plan had failed. “We tried everything we could.”",
         ["Smith", "Smith"]),
        # ... and so does one closing the previous paragraph ...
        ("Intro here.\n\nSmith said the plan had failed.\n\n“We tried everything we could.”",
         ["Smith", "Smith"]),
        # ... but not one earlier in it.
        ("Intro here.\n\nSmith said the plan had failed. The weather was cold and the "
         "hall half empty.\n\n“We tried everything we could.”", ["Smith", None]),
        # ... nor one from the next paragraph.
        ("Intro paragraph here.\n\n“We will not back down.”\n\n“Never,” Jones said.",
         [None, "Jones"]),
    ],
)  # fmt: skip
def test_quote_sentence_without_earlier_quote_speaker_borrows_one(
    text: str, mentions: list[str | None]
) -> None:
    assert [q.speaker_mention for q in speech(text)] == mentions


# --- indirect attribution patterns -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention", "kind"),
    [
        ("Smith said that the plan would fail.", "that the plan would fail", "Smith", "indirect"),
        ("Smith said the plan would fail.", "the plan would fail", "Smith", "indirect"),
        ("The plan would fail, Smith said.", "The plan would fail", "Smith", "indirect"),
        (
            "The plan would fail, officials said Tuesday.",
            "The plan would fail",
            "officials",
            "indirect",
        ),
        ("According to Smith, the plan would fail.", "the plan would fail", "Smith", "indirect"),
        (
            "The plan would fail, according to the report.",
            "The plan would fail",
            "the report",
            "indirect",
        ),
        (
            "Smith told reporters that the plan would fail.",
            "that the plan would fail",
            "Smith",
            "indirect",
        ),
        (
            "Smith said in a statement that the plan would fail.",
            "that the plan would fail",
            "Smith",
            "indirect",
        ),
        ("Smith warned that the plan would fail.", "that the plan would fail", "Smith", "indirect"),
        ("Smith vowed the plan would fail.", "the plan would fail", "Smith", "indirect"),
        ("Smith denied the plan would fail.", "the plan would fail", "Smith", "indirect"),
        ("Smith claimed the plan would fail.", "the plan would fail", "Smith", "indirect"),
        ("Smith wrote that the plan would fail.", "that the plan would fail", "Smith", "indirect"),
        (
            "Smith tweeted that the plan would fail.",
            "that the plan would fail",
            "Smith",
            "indirect",
        ),
        (
            "Smith said the plan was “a total disaster for everyone involved.”",
            "the plan was “a total disaster for everyone involved.”",
            "Smith",
            "direct",
        ),
        (
            "Smith said the “plan” would certainly fail next year.",
            "the “plan” would certainly fail next year",
            "Smith",
            "mixed",
        ),
    ],
)
def test_indirect_patterns(text: str, content: str, mention: str, kind: str) -> None:
    quote = only(text)
    assert quote.text == content
    assert quote.speaker_mention == mention
    assert quote.kind == kind


@pytest.mark.parametrize(
    ("text", "content", "mention", "cue"),
    [
        ("The court refused to reinstate the law.", "to reinstate the law",
         "The court", "refused"),
        ("Trump called for a ban on all visitors.", "a ban on all visitors", "Trump", "called for"),
        ("Sanders endorsed Clinton.", "Clinton", "Sanders", "endorsed"),
        ("Karadsheh spoke about how the consulate had been looted.",
         "how the consulate had been looted", "Karadsheh", "spoke about"),
        ("He talks about immigration, and the crowd cheers.", "immigration", "He",
         "talks about"),
        ("Comedian George Lopez spoke briefly about the cancellation of his show.",
         "the cancellation of his show", "Comedian George Lopez", "spoke briefly about"),
        ("The senator recognized that the deal was dead.", "that the deal was dead",
         "The senator", "recognized"),
        ("In a new poll released Thursday, Trump led by nine points.", "Trump led by nine points",
         "a new poll released Thursday", "In"),
        ("Clinton: I support statehood for the District.", "I support statehood for the District",
         "Clinton", ":"),
        ("Smith said the plan would fail, but Jones said it would work.", "the plan would fail",
         "Smith", "said"),
        ("When asked whether he would run, Reid said no.", "whether he would run", None, "asked"),
        # A participle after a comma inside the closing mark starts a new claim.
        ("Clinton praised her “50-state strategy,” promising to campaign everywhere.",
         "her “50-state strategy,”", "Clinton", "praised"),
        ("Paulson told investors that Valeant was ''overblown,'' adding that it would recover.",
         "that Valeant was ''overblown,''", "Paulson", "told"),
        ("The bar association deemed him “well qualified,” which is its highest rating.",
         "him “well qualified,”", "The bar association", "deemed"),
        # A channel's number belongs to the addressee.
        ("A spokesman for Caltrans told KCRA 3 that someone had reprogrammed the sign.",
         "that someone had reprogrammed the sign", "A spokesman for Caltrans", "told"),
        # Participles whose content is an infinitive.
        ("Clinton is hoping to win Ohio next month.", "to win Ohio next month", "Clinton",
         "is hoping"),
        ("The senator was promising to cut taxes for everyone.", "to cut taxes for everyone",
         "The senator", "was promising"),
        # A medial "according to Y," names Y only, not the rest of the sentence.
        ("The Cruz campaign in Iowa, according to two aides, is running out of money.",
         "The Cruz campaign in Iowa", "two aides", "according to"),
        ("The campaign is running out of money, according to two aides.",
         "The campaign is running out of money", "two aides", "according to"),
        # "said about" + an estimate is a claim, not a topic.
        ("The pollster said about half of the voters were undecided.",
         "about half of the voters were undecided", "The pollster", "said"),
        # An age inside the apposition of the source.
        ("Lance Beebe, 49, a Navy veteran from Ohio, said Clinton should drop out.",
         "Clinton should drop out", "Lance Beebe, 49, a Navy veteran from Ohio", "said"),
        ("Lance Beebe, a Navy veteran from Ohio, said Clinton should drop out.",
         "Clinton should drop out", "Lance Beebe, a Navy veteran from Ohio", "said"),
        # A thousands separator is no clause boundary; a real comma still is.
        ("The governor pledged to create 700,000 jobs, and then left.",
         "to create 700,000 jobs", "The governor", "pledged"),
        ("The governor pledged to create jobs, and then left.", "to create jobs",
         "The governor", "pledged"),
        # Cues added from measured PolNeAR train cue rates (lexicons.MEASURED_CUES).
        ("Sanders expressed concern that the deal would hurt workers.",
         "concern that the deal would hurt workers", "Sanders", "expressed"),
        ("Cruz blasted the decision to delay the vote.", "the decision to delay the vote",
         "Cruz", "blasted"),
        ("The judge ordered that the records be released.", "that the records be released",
         "The judge", "ordered"),
        ("Clinton voiced concern that the deal would hurt workers.",
         "concern that the deal would hurt workers", "Clinton", "voiced"),
    ],
)  # fmt: skip
def test_more_reported_speech_patterns(
    text: str, content: str, mention: str | None, cue: str
) -> None:
    quote = speech(text)[0]
    assert (quote.text, quote.speaker_mention, quote.cue) == (content, mention, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cruz Slams Trump Over Tax Returns.\n\nThe race went on.",
         [("Trump Over Tax Returns", "Cruz", "Slams")]),
        ("Trump Says He Will Win Florida.\n\nBody text here.",
         [("He Will Win Florida", "Trump", "Says")]),
        # No cue word in the headline; and Title Case cues count in line 0 only.
        ("The Long Road To The White House.\n\nBody.", []),
        ("Body first.\n\nCruz Slams Trump Over Tax Returns.", []),
        # A first line in sentence case is left to the ordinary cue scan.
        ("Pentagon spokesman John Kirby spoke on Sunday.\n\nBody.", []),
    ],
)  # fmt: skip
def test_title_case_headline_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.speaker_mention, q.cue) for q in speech(text)] == expected


@pytest.mark.parametrize(
    ("text", "content", "mention", "kind"),
    [
        ("Bush referred to Rubio as “a bright, charismatic leader” on Tuesday.",
         "to Rubio as “a bright, charismatic leader”", "Bush", "direct"),
        ("The surge is no surprise to Republican pollster Daron Shaw: “Lesser-known "
         "candidates often win early” in this state.",
         "Lesser-known candidates often win early", "Republican pollster Daron Shaw",
         "direct"),
    ],
)  # fmt: skip
def test_quoted_fragment_after_a_cue_is_a_quote(
    text: str, content: str, mention: str, kind: str
) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker_mention, quote.kind) == (content, mention, kind)


@pytest.mark.parametrize(
    "text",
    [
        # No reporting verb before the fragment: a title or a name, not speech.
        "The band played “Born in the USA” at the rally.",
        "The company’s new slogan, “Think different again,” was on billboards.",
    ],
)
def test_quoted_fragment_without_a_cue_stays_partial(text: str) -> None:
    assert speech(text) == []
    assert [q.kind for q in extract_quotes(text)] == ["partial"]


@pytest.mark.parametrize(
    "text",
    [
        "It was reported that the plan would fail.",
        "It is expected that the vote will be delayed again.",
    ],
)
def test_passive_reports_have_no_speaker(text: str) -> None:
    quote = only(text)
    assert quote.speaker is None
    assert quote.speaker_start is None
    assert quote.cue is not None


# --- what is not a quotation ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He read “The Art of the Deal” on the plane.",
        # "about" + a topic is no reported claim, except after a verb of talking
        # (PolNeAR annotates "talked about X"; see test_more_reported_speech_patterns).
        "The senator worried about a plan to cut taxes.",
        # "tried" heads a cue in only a fifth of its uses: no longer a cue.
        "The senator tried to block the nomination last week.",
        "Critics call the plan a “disaster” in private.",
        "The so-called “experts” were wrong again.",
        "It's the players' ball, isn't it?",
        "The weather was fine and the game went on.",
        "",
        "“”",
    ],
)
def test_titles_and_scare_quotes_are_not_speech(text: str) -> None:
    assert speech(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A programme title after "on <Network>'s" is not the quotation of "said".
        # (The programme is where she said it, before "that": not content either.)
        ("Clinton said on ABC’s “This Week,” that she would not run again.", ["indirect"]),
        ("Speaking on ABC’s “This Week,” Clinton said she would not run again.",
         ["indirect"]),
        ("Clinton said on Sunday, “I will not run again.”", ["direct"]),
        ("On ABC’s “This Week” Sunday, Clinton said, “I will not run again.”", ["direct"]),
        # A work's noun right before the marks: its title.
        ("“Being a dad is my job,” Clinton said in May on the podcast “Here’s the Thing.”",
         ["direct"]),
    ],
)  # fmt: skip
def test_show_title_is_not_a_quotation(text: str, kinds: list[str]) -> None:
    quotes = speech(text)
    assert [q.kind for q in quotes] == kinds
    assert [q.speaker_mention for q in quotes] == ["Clinton"]


def test_clause_quoted_after_a_work_noun_is_no_title() -> None:
    # A title opens with a capital; a quoted clause after "program" is speech.
    quotes = speech("The Minors program “is gaining traction,” Alejandro Mayorkas told reporters.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "The Minors program “is gaining traction,”", "Alejandro Mayorkas")
    ]
    # A capitalised title after the noun is still no quotation of its own.
    titled = speech("She watched the program “Meet the Press” with him, Smith said.")
    assert [(q.kind, q.text) for q in titled] == [
        ("mixed", "She watched the program “Meet the Press” with him")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The programme told is the addressee: its title is no quotation ...
        ('Trump told "Fox and Friends" that the bombings were bad.',
         [("partial", "Fox and Friends"), ("indirect", "that the bombings were bad")]),
        ("He told CNN's \"State of the Union\" that it was bad.",
         [("partial", "State of the Union"), ("indirect", "that it was bad")]),
        ('Intro.\n\nThe bombings were bad, Trump told "Fox and Friends" on Monday.',
         [("indirect", "The bombings were bad"), ("partial", "Fox and Friends")]),
        # ... but words quoted after "told" are speech.
        ("He told “everyone to calm down” before he left.", [("direct", "everyone to calm down")]),
    ],
)  # fmt: skip
def test_programme_told_is_no_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.kind, q.text) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nThe plan would fail, Trump said on Monday.",
        "Intro.\n\nThe plan would fail, Trump said on Monday night.",
        "Intro.\n\nThe plan would fail, Trump said last week.",
    ],
)
def test_final_attribution_may_end_in_a_time_phrase(text: str) -> None:
    assert [(q.text, q.speaker) for q in speech(text)] == [("The plan would fail", "Trump")]


def test_scare_quote_is_partial() -> None:
    quotes = extract_quotes("The so-called “experts” were wrong again.")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("experts", "partial", None)]


# --- speakers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "role", "source_type"),
    [
        (
            "Pentagon spokesman John Kirby said the strikes were over.",
            "John Kirby",
            "Pentagon spokesman",
            "person",
        ),
        ("A defense official said the strikes were over.", "a defense official", None, "anonymous"),
        (
            "A second defense official said the strikes were over.",
            "a second defense official",
            None,
            "anonymous",
        ),
        ("A U.S. official said the strikes were over.", "a U.S. official", None, "anonymous"),
        ("Officials said the strikes were over.", "Officials", None, "anonymous"),
        (
            "Sources familiar with the matter said the strikes were over.",
            "Sources familiar with the matter",
            None,
            "anonymous",
        ),
        (
            "The Iraqi Defense Ministry said the strikes were over.",
            "Iraqi Defense Ministry",
            None,
            "organization",
        ),
        ("The Pentagon said the strikes were over.", "Pentagon", None, "organization"),
        # A party convention speaks through its organisers; "National" is no title.
        ("The Republican National Convention said the strikes were over.",
         "Republican National Convention", None, "organization"),
        ("CBS News reported that the strikes were over.", "CBS News", None, "media"),
        ("The report said the strikes were over.", "the report", None, "document"),
        ("A statement said the strikes were over.", "a statement", None, "document"),
        ("The woman said the strikes were over.", "the woman", None, "person"),
        ("The city said the strikes were over.", "the city", None, "organization"),
        ("The city of Boston said the strikes were over.", "city of Boston", None,
         "organization"),
        ("The Justice Department said the strikes were over.", "Justice Department", None,
         "organization"),
        # A job title after the employer's name: the person follows the title.
        ("Bank of America Chief Executive Brian Moynihan said the strikes were over.",
         "Brian Moynihan", "Bank of America Chief Executive", "person"),
        ("White House Press Secretary Jen Psaki said the strikes were over.", "Jen Psaki",
         "White House Press Secretary", "person"),
        ("Senate Majority Leader Mitch McConnell said the strikes were over.",
         "Mitch McConnell", "Senate Majority Leader", "person"),
        # The owner of a document speaks through it; a possessive employer is a role.
        ("According to the Pentagon's statement, the strikes were over.", "Pentagon", None,
         "organization"),
        ("The Post's Dana Milbank said the strikes were over.", "Dana Milbank", "Post's",
         "person"),
        ("Trump's campaign said the strikes were over.", "Trump's campaign", None,
         "organization"),
    ],
)  # fmt: skip
def test_speaker_types_and_roles(
    text: str, speaker: str, role: str | None, source_type: str
) -> None:
    quote = only(text)
    assert quote.speaker == speaker
    assert quote.role == role
    assert quote.source_type == source_type


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John Kirby spoke first. “We acted,” Kirby said.", "John Kirby"),
        ("Jessica McNulty spoke first. “We acted,” she said.", "Jessica McNulty"),
        ("Mr. John Smith spoke first. “We acted,” he said.", "John Smith"),
        ("“We acted,” he said.", None),
        # An honorific and a surname are a person a pronoun refers to, named
        # as in full earlier.
        (
            "“It is over,” said Peter Welch, who replaced Bernie Sanders in the House.\n\n"
            "Counter to his reputation, Mr. Sanders has worked with Republicans.\n\n"
            "He said he would do so again.",
            "Bernie Sanders",
        ),
        (
            "“It is over,” said Peter Welch.\n\nSince then, Mrs. Clinton has campaigned "
            "hard.\n\nShe said the race was tight.",
            "Clinton",
        ),
    ],
)
def test_surnames_and_pronouns_resolve_to_earlier_mentions(text: str, speaker: str | None) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A transliteration or typo of an earlier full name is the same person.
        ("Yehia Rasul spoke first. “We acted,” Rasool said.", "Yehia Rasul"),
        ("Rudy Giuliani spoke first. “We acted,” Giulini said.", "Rudy Giuliani"),
        # Short, or differently opening, or much longer names are other people.
        ("Dana Bash spoke first. “We acted,” Bush said.", "Bush"),
        ("Robert Mueller spoke first. “We acted,” Miller said.", "Miller"),
        ("Liz Cheney spoke first. “We acted,” Cheyenne said.", "Cheyenne"),
    ],
)
def test_surname_spelt_differently_resolves_to_the_earlier_name(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John Kirby spoke first. According to Kirby's statement, the strikes were over.",
         "John Kirby"),
        # A generic noun for a body refers back to the latest organisation quoted ...
        ("Iraqi Shiite militias said they would respond. “We will avenge them,” the group "
         "said.", "Iraqi Shiite militias"),
        # ... but a person is no group.
        ("John Kirby said they would respond. “We will avenge them,” the group said.",
         "the group"),
        # A definite phrase refers back only to a phrase with its capitalised words.
        ("The Clinton campaign said the vote was fair. The campaign said it was over.",
         "the Clinton campaign"),
        ("The Clinton campaign said the vote was fair. The Sanders campaign said it was not.",
         "the Sanders campaign"),
        ("The Clinton campaign said the vote was fair. The Democratic campaign said it was "
         "not.", "the Democratic campaign"),
        # An emphatic pronoun is no part of the name.
        ("Hillary Clinton spoke first. Clinton herself said the vote was fair.",
         "Hillary Clinton"),
    ],
)  # fmt: skip
def test_possessive_documents_and_the_group_resolve_back(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A description refers back to the person whose label holds its head
        # noun (or short title) and each capitalised word (or its abbreviation).
        ("Vermont Sen. Bernie Sanders spoke first. “We win,” the Vermont senator said.",
         "Bernie Sanders"),
        ("Sen. Marco Rubio (R-Fla.) spoke first. “We win,” the Florida senator said.",
         "Marco Rubio"),
        ("Donald Trump, the GOP front-runner, spoke first. “We win,” the Republican "
         "front-runner said.", "Donald Trump"),
        ("Former Secretary of State Hillary Clinton spoke first. “We win,” the former "
         "secretary of state said.", "Hillary Clinton"),
        ("Republican presidential candidate Donald Trump spoke first. “We win,” the "
         "candidate said.", "Donald Trump"),
        # The latest such person, and not across a bracket or "and".
        ("Sen. Ted Cruz (R-Texas) and Sen. Marco Rubio (R-Fla.) spoke. “We win,” the Texas "
         "senator said.", "Ted Cruz"),
        # No label, a label that disagrees, or words that label no one: as written.
        ("Donald Trump spoke first. “We win,” the New York businessman said.",
         "the New York businessman"),
        ("Sen. Ted Cruz of Texas and Donald Trump spoke. “We win,” the Florida senator said.",
         "the Florida senator"),
        ("Donald Trump, who attacked the senator, spoke. “We win,” the senator said.",
         "the senator"),
        ("The crowd backed Sen. Bernie Sanders. “We win,” the crowd said.", "the crowd"),
        ("Jane Fonda toured as an actress for Bernie Sanders. “We win,” the actress said.",
         "the actress"),
        ("Christine Whitman, the former New Jersey governor, spoke. “We win,” the governor "
         "said.", "the governor"),
    ],
)  # fmt: skip
def test_definite_description_resolves_to_the_person_it_labels(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # The title written before a name a pronoun refers to, read back to
        # the name: a short title's period runs on ...
        ("Former Texas Gov. Rick Perry spoke first. “We win,” he said.", "Former Texas Gov."),
        # ... a title ends at a quotation, but not at a possessive.
        ("The headline read ‘Stay Away.’ CNN President Jeff Zucker spoke. “We win,” he said.",
         "CNN President"),
        ("Breitbart News’ editor Peter Schweizer spoke. “We win,” he said.",
         "Breitbart News’ editor"),
    ],
)  # fmt: skip
def test_role_of_a_name_read_back(text: str, role: str) -> None:
    assert speech(text)[-1].role == role


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # An opening phrase before the comma is no subject: the speaker follows it.
        ("Hours later, Trump returned the compliment, telling Reuters that he likes him.",
         "Trump"),
        ("Sunday morning, Clinton slammed the shift as a debate-eve conversion.", "Clinton"),
        ("Reached by phone on Tuesday, Joyce told reporters he was not planning an appeal.",
         "Joyce"),
        ("Eight years ago, he supported Obama, saying that he was the better candidate.", "he"),
        # A subject with an apposition is still the subject.
        ("Clinton, exasperated, responded by saying that it made no difference at all.",
         "Clinton"),
    ],
)  # fmt: skip
def test_opening_phrases_are_not_speakers(text: str, mention: str) -> None:
    assert speech(text)[0].speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Later, she released a statement saying, “We are confident in our partners.”", "she"),
        ("Mr. Trump issued a statement Tuesday saying, “I do not feel that way at all.”",
         "Mr. Trump"),
        ("The campaign released a video saying, “We will win this state in November.”",
         "The campaign"),
    ],
)  # fmt: skip
def test_who_puts_out_a_document_speaks_through_it(text: str, mention: str) -> None:
    assert speech(text)[0].speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Smith said on Monday that the plan would fail.", "that the plan would fail"),
        ("Smith told reporters on Tuesday night that the plan would fail.",
         "that the plan would fail"),
        ("Smith said earlier this month that the plan would fail.", "that the plan would fail"),
        ("Mr. Trump, who said last week that the judge was biased, apologized.",
         "that the judge was biased"),
        # Not a time phrase: a subject, a determiner, a quoted title.
        ("Smith said March was a bad month for them.", "March was a bad month for them"),
        ("Smith said this plan would fail badly.", "this plan would fail badly"),
        # Where or to whom, before "that".
        ("Smith said in an interview with The Washington Post that the plan would fail.",
         "that the plan would fail"),
        ("Smith said in a statement to CNN that the plan would fail.",
         "that the plan would fail"),
        ("Smith told reporters in a conference call on Monday that the plan would fail.",
         "that the plan would fail"),
        # An addressee named across "of", then a time phrase.
        ("Whitman told The Star-Ledger of Newark last week she would rather vote for Clinton.",
         "she would rather vote for Clinton"),
    ],
)  # fmt: skip
def test_time_phrase_after_the_cue_is_not_content(text: str, content: str) -> None:
    assert speech(text)[0].text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A name after a plural or pronoun addressee opens the content.
        ("Smith told reporters Trump was wrong.", "Trump was wrong"),
        ("Ackman wrote to investors, telling them Valeant was fine.", "Valeant was fine"),
        # A determiner's addressee runs to "that", a determiner or a pronoun.
        ("Smith told his aides that the plan was dead.", "that the plan was dead"),
        ("Smith told a Politico reporter that the plan was dead.", "that the plan was dead"),
        ("Smith told a local radio station the plan was dead.", "the plan was dead"),
        ("Smith told The Huffington Post she thinks the House is within reach.",
         "she thinks the House is within reach"),
        ("Doctors urge patients to tell their employer how they are feeling about the change.",
         "how they are feeling about the change"),
        # ... but not across a preposition or a title before a name.
        ("Schoen told host Sean Hannity a Clinton loss is likely.", "a Clinton loss is likely"),
        ("Smith told supporters Tuesday that the plan was dead.", "that the plan was dead"),
    ],
)  # fmt: skip
def test_addressee_of_told_is_not_content(text: str, content: str) -> None:
    assert speech(text)[0].text == content


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        # No comma before a final "according to": a source that names someone.
        ("Drones attacked US personnel in Iraq according to a statement from Pentagon "
         "spokesman John Kirby.", "Drones attacked US personnel in Iraq", "John Kirby",
         "Pentagon spokesman"),
        ("According to a letter from Senator John Smith, the deal was off.",
         "the deal was off", "John Smith", "Senator"),
    ],
)  # fmt: skip
def test_according_to_a_document_from_a_person(
    text: str, content: str, speaker: str, role: str
) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker, quote.role) == (content, speaker, role)


def test_names_joined_by_and_do_not_open_a_new_report() -> None:
    quotes = speech("Sanders said only people such as David and Charles Koch wanted open borders.")
    assert [(q.speaker_mention, q.text) for q in quotes] == [
        ("Sanders", "only people such as David and Charles Koch wanted open borders")
    ]
    quotes = speech("Clinton said the plan was sound and Trump said it had failed badly.")
    assert [q.speaker_mention for q in quotes] == ["Clinton", "Trump"]


def test_report_around_an_interposed_source_is_two_pieces() -> None:
    quotes = speech(
        "If the law conflicts with God's orders, Rubio said, Christians must ignore the law."
    )
    assert [q.text for q in quotes] == [
        "If the law conflicts with God's orders",
        "Christians must ignore the law",
    ]
    assert {(q.speaker, q.cue_start, q.kind) for q in quotes} == {
        ("Rubio", quotes[0].cue_start, "indirect")
    }


def test_short_opening_then_according_to_is_two_pieces() -> None:
    quotes = speech(
        "Over the long term, according to the budget office, the rise in deficits would "
        "hurt growth."
    )
    assert [q.text for q in quotes] == [
        "Over the long term",
        "the rise in deficits would hurt growth",
    ]
    cue = quotes[0].cue_start
    assert {(q.speaker, q.cue_start) for q in quotes} == {("the budget office", cue)}


def test_apposition_after_a_final_according_to_is_no_content() -> None:
    quote = only(
        "Training can be extremely effective in reducing suicide, according to Craig Bryan, "
        "head of the National Center for Veterans Studies."
    )
    assert quote.text == "Training can be extremely effective in reducing suicide"


def test_according_to_plan_is_no_source() -> None:
    assert speech("Everything went according to the plan of the leaders.") == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The subject of a participle cue ends before its own verb in -ed.
        ("The Vermont senator emailed supporters saying: “The struggle continues.”",
         "The Vermont senator"),
        ("The firm lobbied for years, saying the rule was unfair.", "The firm"),
        # An -ed word right after the determiner is an adjective of the phrase.
        ("The embattled senator fired back, saying the rule was unfair.",
         "The embattled senator"),
    ],
)  # fmt: skip
def test_participle_subject_ends_before_its_verb(text: str, mention: str) -> None:
    assert speech(text)[0].speaker_mention == mention


def test_participle_clause_after_the_speaker_is_not_part_of_the_mention() -> None:
    quote = speech("“The gifts were all opened,” says the ad’s narrator, going on to list them.")[0]
    assert quote.speaker_mention == "the ad’s narrator"


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # A share of the people asked is an anonymous group ...
        ("42% said the vote was rigged.", "42%", "anonymous"),
        ("Sixty percent of voters said the vote was rigged.", "Sixty percent of voters",
         "anonymous"),
        # ... an unnamed party member is anonymous, campaigns are bodies ...
        ("An Iowa Democrat said the vote was rigged.", "an Iowa Democrat", "anonymous"),
        ("Another Muslim said the vote was rigged.", "another Muslim", "anonymous"),
        ("Jeb Bush spoke first. A teary-eyed Bush said the vote was rigged.", "Jeb Bush",
         "person"),
        # A relative clause describes the speaker; a name inside it is not them.
        ("“We lost,” said a prominent Republican National Committee member who supports "
         "Trump.", "a prominent Republican National Committee member", "anonymous"),
        ("Sixty-six percent said the vote was rigged.", "Sixty-six percent", "anonymous"),
        ("The campaigns said the vote was rigged.", "the campaigns", "organization"),
        ("The companies said the vote was rigged.", "the companies", "organization"),
        # Unnamed people in the plural are anonymous, things no source at all.
        ("The authors said the vote was rigged.", "the authors", "anonymous"),
        ("The authorities said the vote was rigged.", "the authorities", "anonymous"),
        ("The images show the vote was rigged.", "the images", "unknown"),
        # ... a fact-checker is a medium, polling a document.
        ("PolitiFact said the claim was false.", "PolitiFact", "media"),
        ("Forbes said the claim was false.", "Forbes", "media"),
        # A capital stands for its government.
        ("Berlin said the claim was false.", "Berlin", "organization"),
        # A mention opening an aside keeps its name.
        ("Jake Sullivan spoke first. (Sullivan said the claim was false.)", "Jake Sullivan",
         "person"),
        ("Recent polling shows the race is close.", "Recent polling", "document"),
        # A party label before an apposition is no name of its own.
        ("Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, said the vote was "
         "rigged.", "Ted Cruz", "person"),
    ],
)  # fmt: skip
def test_source_types_of_groups_media_and_documents(
    text: str, speaker: str, source_type: str
) -> None:
    quote = speech(text)[0]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


def test_a_participle_apposition_is_no_role_but_a_title_in_ing_is() -> None:
    facing = only("Sen. Roy Blunt (R-Mo.), facing a stiff challenge, said the vote was fair.")
    managing = only("John Smith, managing director of Acme, said the vote was fair.")
    assert (facing.speaker, facing.role) == ("Roy Blunt", "Sen.")
    assert (managing.speaker, managing.role) == ("John Smith", "managing director of Acme")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # A relative clause in the apposition says what the person did, not
        # who they are: it is no role, and names in it are not the speaker.
        ("Ms. Warren, who has often been attacked by Mr. Trump, said she was fine.",
         "Warren", None),
        ("Murray Clark, a former state GOP chair who is supporting Brooks, said she was fine.",
         "Murray Clark", "a former state GOP chair"),
        ("The study, which was published in the International Journal of Sports Medicine, "
         "said runners were fine.", "the study", None),
    ],
)  # fmt: skip
def test_relative_clause_in_an_apposition_is_no_role(
    text: str, speaker: str, role: str | None
) -> None:
    quote = speech(text)[-1]
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("The mayor, who spoke on condition of anonymity, said the talks failed.",
         "the mayor", "anonymous"),
        ("A senior official, speaking on condition of anonymity, said the talks failed.",
         "a senior official", "anonymous"),
        ("The top aide, who asked not to be named, said the talks failed.", "the top aide",
         "anonymous"),
        ("John Smith, who leads the group, said the talks failed.", "John Smith", "person"),
    ],
)  # fmt: skip
def test_relative_clause_between_commas_describes_the_speaker(
    text: str, speaker: str, source_type: str
) -> None:
    # One report, by the phrase before the clause; "spoke on condition of
    # anonymity" is how the source talked, not a second report.
    quote = only(text)
    assert (quote.text, quote.speaker, quote.source_type) == (
        "the talks failed",
        speaker,
        source_type,
    )


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # A participle after "X said," continues X.
        ("“We are not going anywhere,” she said, adding that the campaign raised $10 million.",
         ["she", "she"]),
        ("“We will win,” said Smith, adding that the polls were wrong.", ["Smith", "Smith"]),
        # A cue before "is likely" reports it; a document only introduces a report.
        ("Officials said the death toll was likely to rise.", ["Officials"]),
        ("In a statement, the ministry said the strikes violated its sovereignty.",
         ["the ministry"]),
        ("In a statement, the business mogul announced that Manafort would lead.",
         ["the business mogul"]),
        ("In an emotional speech, he announced he was retiring.", ["he"]),
        ("In a victory speech on Tuesday night, Mr. Trump struck a measured tone, saying he "
         "understood the responsibility.", ["Mr. Trump"]),
        # So does any reporting verb right after a short subject: "described",
        # "rejected", "questioned" are the speaker's acts, not the email's.
        ("In the email, Ash described the move as a major breach of trust.", ["Ash"]),
        ("In a brief interview, Ms. Conway rejected the idea that it was a shake-up.",
         ["Ms. Conway"]),
        # A poll or a report found something: the document is the source.
        ("In a new Fox News poll released Thursday, Trump led the field by ten points.",
         ["a new Fox News poll released Thursday"]),
    ],
)  # fmt: skip
def test_who_reports_in_common_wire_patterns(text: str, mentions: list[str]) -> None:
    assert [q.speaker_mention for q in speech(text)] == mentions


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # A role, then the name between commas: not "…, said X" inverted.
        ("Clinton’s spokesman, Brian Fallon, said the emails were not classified.",
         "Brian Fallon", "Clinton’s spokesman"),
        ("A Pentagon spokesman, Capt. Jeff Davis, said the strikes were successful.",
         "Jeff Davis", "Pentagon spokesman"),
        # Where he spoke and his party are no role and no part of the name.
        ("Trump, in a Fox News interview, said he would not debate her.", "Trump", None),
        ("Rep. Adam Schiff (D-Calif.) said the report was misleading.", "Adam Schiff", "Rep."),
        # A party label before a comma and the cue closes the mention.
        ("Tuesday at a university in Berea, after winning Ohio, Gov. John Kasich (R-OH), "
         "said, “We will win.”", "John Kasich", "Gov."),
    ],
)  # fmt: skip
def test_speaker_names_and_roles_around_commas(text: str, speaker: str, role: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # A content that is one quotation is the words inside its marks.
        ("Warren was blunt: “This is a disgrace.”", "This is a disgrace.", "Warren"),
        ("According to Smith, “the plan is dead.”", "the plan is dead.", "Smith"),
        # Words after the marks join the content, which then takes in the marks.
        ("“People are angry” about the economy, Smith said.",
         "“People are angry” about the economy", "Smith"),
        ("As Trump put it, “We’re going to win so much.”", "We’re going to win so much.",
         "Trump"),
    ],
)  # fmt: skip
def test_direct_content_spans(text: str, content: str, mention: str) -> None:
    quote = speech(text)[-1]
    assert (quote.text, quote.speaker_mention, quote.kind) == (content, mention, "direct")


@pytest.mark.parametrize(
    "text",
    [
        "''We will win,'' Mr. Trump said. ''Believe me.''",
        '"I think it is over," said Smith. "We lost."',
    ],
)
def test_short_quotation_sentence_after_an_attributed_one_continues(text: str) -> None:
    quotes = speech(text)
    assert len(quotes) == 2
    assert quotes[1].speaker_mention == quotes[0].speaker_mention
    assert quotes[1].cue_start == quotes[0].cue_start


def test_words_after_a_scare_quote_stay_in_the_content() -> None:
    quote = only('The so-called "experts" were wrong, he said.')
    assert (quote.text, quote.speaker_mention) == ('The so-called "experts" were wrong', "he")


def test_irregular_past_tense_after_a_quotation_attributes_it() -> None:
    quote = only("“That’s not true,” Clinton shot back.")
    assert (quote.speaker_mention, quote.cue) == ("Clinton", "shot")


@pytest.mark.parametrize(
    ("text", "mention", "cue", "source_type"),
    [
        ("She didn’t say when the vote would happen.", "She", "didn’t say", "person"),
        ("Experts warn that the virus could spread further.", "Experts", "warn", "anonymous"),
        ("Aides to the governor say he is unlikely to run.", "Aides to the governor", "say",
         "anonymous"),
    ],
)  # fmt: skip
def test_negations_plural_cues_and_aides(
    text: str, mention: str, cue: str, source_type: str
) -> None:
    quote = only(text)
    assert (quote.speaker_mention, quote.cue, quote.source_type) == (mention, cue, source_type)


def test_quoted_words_are_never_the_subject() -> None:
    quotes = speech("“We’ll see,” Trump said when asked about the polls.")
    assert all(q.speaker_mention in ("Trump", None) for q in quotes)


@pytest.mark.parametrize(
    "mention",
    ["a new Fox News poll released Thursday", "a memo obtained by The Washington Post"],
)
def test_document_with_a_participle_phrase_is_a_document(mention: str) -> None:
    quote = only(f"{mention[0].upper()}{mention[1:]} said the race was close.")
    assert quote.source_type == "document"


def test_title_and_apposition_are_split_from_the_name() -> None:
    text = (
        "Air Chief Marshal Yehia Rasul, spokesman for the Iraqi Army, said the attack was illegal."
    )
    quote = only(text)
    assert quote.speaker == "Yehia Rasul"
    assert quote.role == "Air Chief Marshal, spokesman for the Iraqi Army"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # A lower-case particle is part of the name, not of the title before it.
        ("Former South African president FW de Klerk said the vote was rigged.",
         "FW de Klerk", "Former South African president"),
        ("Mayor Bill de Blasio said the vote was rigged.", "Bill de Blasio", "Mayor"),
        ("President Bashar al-Assad said the vote was rigged.", "Bashar al-Assad", "President"),
        ("Ursula von der Leyen said the vote was rigged.", "Ursula von der Leyen", None),
        # "Democrat", like "Republican", is a label before the name.
        ("Democrat Zephyr Teachout said the vote was rigged.", "Zephyr Teachout", "Democrat"),
    ],
)  # fmt: skip
def test_name_particles_and_party_labels(text: str, speaker: str, role: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Two names joined by "and" at a clause's start both speak ...
        ("Hillary Clinton and Bernie Sanders said the vote was rigged.",
         ["Hillary Clinton and Bernie Sanders"]),
        # ... each surname is the person named before, and "they" is the pair.
        ("Hillary Clinton met Bernie Sanders. Both Clinton and Sanders said the vote was "
         "rigged. “We won,” they said.",
         ["Hillary Clinton and Bernie Sanders", "Hillary Clinton and Bernie Sanders"]),
        ("But Mr. Grassley and Mr. Leahy said the vote was rigged.", ["Grassley and Leahy"]),
        ("Jeb Bush and Ted Cruz both said the vote was rigged.", ["Jeb Bush and Ted Cruz"]),
        ("Sen. Bob Smith (R-Fla.) and Sen. Tom Jones (D-Ohio) said the vote was rigged.",
         ["Bob Smith and Tom Jones"]),
        # Not an object before a clause of its own, nor words of one name.
        ("Trump attacked Clinton and Sanders said the vote was rigged.", ["Trump"]),
        ("The Ministry of Science and Technology said the vote was rigged.",
         ["Ministry of Science and Technology"]),
    ],
)  # fmt: skip
def test_coordinated_names_speak_together(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in speech(text)] == speakers


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        # An adverb in -ly right before the cue is the cue's, not the subject's.
        ("Majority Leader Harry Reid (D) relentlessly attacked the Koch brothers.",
         "Majority Leader Harry Reid (D)", "relentlessly attacked"),
        ("The candidates unanimously opposed an increase to the minimum wage.",
         "The candidates", "unanimously opposed"),
        # Nouns in -ly are no adverbs.
        ("A Trump ally said the plan would fail.", "A Trump ally", "said"),
        # A verb whose complement is the cue joins the cue.
        ("The email goes on to say the plan would fail.", "The email", "goes on to say"),
        ("Lewandowski continued to say he had never touched her.", "Lewandowski",
         "continued to say"),
        ("Roger Ailes helped found the network in 1996.", "Roger Ailes", "helped found"),
    ],
)  # fmt: skip
def test_adverb_before_the_cue_is_no_part_of_the_mention(text: str, mention: str, cue: str) -> None:
    quote = only(text)
    assert (quote.speaker_mention, quote.cue) == (mention, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Katie Packer, who is chairman of Our Principles PAC said, “Trump is a fraud.”",
         "Katie Packer"),
        ("Khan, who is Muslim, also said the ban was wrong.", "Khan"),
    ],
)  # fmt: skip
def test_name_before_who_is_speaks_when_the_closing_comma_is_missing(
    text: str, speaker: str
) -> None:
    assert speech(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Ted Cruz said the plan failed. The senator added that it was a disgrace.",
         "Ted Cruz"),
        ("Gov. John Kasich said the plan failed. The governor added that it was a disgrace.",
         "John Kasich"),
        # A qualified description may be someone else: it stays as written.
        ("Sen. Ted Cruz said the plan failed. The Florida senator added that it was a disgrace.",
         "the Florida senator"),
    ],
)  # fmt: skip
def test_the_senator_refers_back_to_a_named_senator(text: str, speaker: str) -> None:
    assert speech(text)[1].speaker == speaker


def test_relative_clause_verb_after_a_quotation_is_no_cue() -> None:
    quote = only(
        "Intro.\n\n“The answer you’d like me to give is yes,” Cruz, who has proposed repealing "
        "the mandate over five years, said at the time."
    )
    assert (quote.speaker, quote.cue) == ("Cruz", "said")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # NYT marks: a nested single quote closes right before the double one.
        ("Intro.\n\n''Voters will not be satisfied with 'We'll bomb them,''' said Senator "
         "John McCain of Arizona.", "Voters will not be satisfied with 'We'll bomb them,'",
         "John McCain"),
        # Curly marks: the comma inside the nested quote still ends the quotation.
        ("Intro.\n\n“The answer you’d like is, ‘I’m for it,’” Cruz said at the time.",
         "The answer you’d like is, ‘I’m for it,’", "Cruz"),
    ],
)  # fmt: skip
def test_nested_quote_closing_with_the_quotation(text: str, content: str, speaker: str) -> None:
    quote = only(text)
    assert (quote.text, quote.speaker) == (content, speaker)


def test_vox_pop_line_names_the_person_before_age_and_place() -> None:
    quote = only(
        "Waiters told us about tips.\n\n2. Elle, 22, Edinburgh: “We never know if it is fair.”"
    )
    assert (quote.speaker, quote.speaker_mention, quote.role) == (
        "Elle",
        "Elle, 22, Edinburgh",
        "Edinburgh",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Marvin Teske, 53, a security guard at a Reno casino, said: “We were never asked.”",
         "Marvin Teske", "a security guard at a Reno casino"),
        ("“It is hard,” said Renee Gold, 83, of Sarasota, Florida.", "Renee Gold",
         "of Sarasota, Florida"),
        ("“No,” said Ann Lee, 34.", "Ann Lee", None),
    ],
)  # fmt: skip
def test_an_age_is_no_role(text: str, speaker: str, role: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speakers", "roles"),
    [
        # The apposition's closing comma is missing: the name before it still speaks.
        (
            "Maria Lopez, a lawyer for the family told reporters that the case would go on.",
            ["Maria Lopez"],
            ["a lawyer for the family"],
        ),
        (
            "Dr. Anna Berg, director of the clinic said the beds were full. "
            "She added that the staff were tired.",
            ["Anna Berg", "Anna Berg"],
            ["director of the clinic", "director of the clinic"],
        ),
        # Not a name and its description: a place, an adverb, a time, a list, a
        # parenthetical cue.
        ("In Des Moines, Iowa, the candidate said the race was close.", ["the candidate"], [None]),
        ("Significantly, the judge said the fine was too high.", ["the judge"], [None]),
        ("Early Tuesday, the department said the roads were closed.", ["the department"], [None]),
        ("Mr. Putin, Mr. Trump said the talks went well.", ["Trump"], [None]),
        ("Iran, the official said, will strike the bases soon.", ["the official"], [None]),
    ],
)
def test_unclosed_apposition_keeps_the_name(
    text: str, speakers: list[str], roles: list[str | None]
) -> None:
    quotes = speech(text)
    assert [q.speaker for q in quotes] == speakers
    assert [q.role for q in quotes] == roles


@pytest.mark.parametrize(
    ("text", "mention", "source_type"),
    [
        # A parenthetical adverb between the subject and its cue.
        ("Rebel groups, meanwhile, vowed to fight on.", "Rebel groups", "organization"),
        ("Local residents, however, said the water was unsafe.", "Local residents", "anonymous"),
        ("The union, for its part, said the deal was unfair.", "The union", "organization"),
        ("Mr. Lee, in turn, said the vote was rigged.", "Mr. Lee", "person"),
        ("Chairman Will Rogers, for example, said it was close.", "Chairman Will Rogers", "person"),
        ("Many voters, for instance, said the race was close.", "Many voters", "anonymous"),
        # A modal is no first name when it follows the subject in lower case.
        ("The board will, however, say the deal is fair.", "The board", "organization"),
        # A capitalised compound modifier opens a common noun phrase.
        (
            "Iran-backed militias marched on, saying the attack was a crime.",
            "Iran-backed militias",
            "organization",
        ),
        ("U.S.-led forces pressed on, saying it was safe.", "U.S.-led forces", "organization"),
        # Not a parenthetical: an apposition, and a hyphenated name.
        ("Ann Cole, the mayor, said the roads were closed.", "Ann Cole, the mayor", "person"),
        ("Jean-Pierre Dupont left early, saying he was tired.", "Jean-Pierre Dupont", "person"),
        ("The armed forces pressed on, saying it was safe.", "The armed forces", "organization"),
        # A dateline opens the first sentence; the subject follows its dash.
        (
            "WASHINGTON (AP) — Sen. Ann Cole left early, saying she was tired.",
            "Sen. Ann Cole",
            "person",
        ),
        (
            "Washington (AFP) – Sen. Ann Cole left early, saying she was tired.",
            "Sen. Ann Cole",
            "person",
        ),
        # A lower-case past tense after a capitalised name is its verb.
        (
            "The Democratic National Committee released a statement, saying it was united.",
            "The Democratic National Committee",
            "organization",
        ),
    ],
)
def test_subject_before_a_parenthetical_or_compound_modifier(
    text: str, mention: str, source_type: str
) -> None:
    quote = only(text)
    assert (quote.speaker_mention, quote.source_type) == (mention, source_type)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # After a quoted word, "and he … pledged" starts a clause of its own.
        (
            "He promised to fix the “broken” tax system and he, once again, pledged to "
            "cut spending.",
            ["He", "he"],
        ),
        # A subject joined by "and" after the quotation is still its speaker.
        (
            "“We will win,” the Ohio senator and Republican candidate said.",
            ["Republican candidate"],
        ),
    ],
)
def test_pronoun_after_and_following_a_quote_starts_a_new_clause(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker_mention for q in speech(text)] == speakers


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # A participle after "said in a statement" continues the cue's subject,
        # also when machine-rewritten text broke the sentence before it.
        (
            "“We acted,” the minister said in a statement. stating that the strike was lawful.",
            "that the strike was lawful",
            "the minister",
        ),
        ("Mr. Diaz spoke at a rally claiming that the vote was rigged.", "rigged", "Mr. Diaz"),
        # No cue before the document: the document is the source.
        ("A report by the agency, showing that crime fell, was welcomed.", "crime", "A report"),
        ("The figures in a report showing that thefts fell surprised us.", "thefts", "a report"),
    ],
)
def test_participle_after_a_cue_extension_continues_its_subject(
    text: str, content: str, mention: str
) -> None:
    quote = next(q for q in speech(text) if content in q.text)
    assert quote.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Machine-rewritten text capitalises a speech verb mid-sentence.
        (
            "Intro.\n\nThe health ministry Said in a statement that the clinics would reopen.",
            [("The health ministry", "Said in a statement")],
        ),
        ("Intro.\n\nMaria Lopez Said that the bridge was unsafe.", [("Maria Lopez", "Said")]),
        (
            "Intro.\n\n“We will stay.” Local farmers Said in a statement backing the strike.",
            [("Local farmers", None), ("Local farmers", "Said in a statement")],
        ),
        # A name and a Title Case line in the body are not cues.
        ("Intro.\n\nThe late scholar Edward Said wrote about it in a book.", []),
        ("Intro.\n\nMinistry Of Health Announced New Rules", []),
    ],
)
def test_capitalised_speech_verb_inside_a_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.speaker_mention, q.cue) for q in speech(text)] == expected


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Officials said at least seven people were killed in the attack.",
            ["at least seven people were killed in the attack"],
        ),
        ("The agency reported at most two cases this week.", ["at most two cases this week"]),
        # "at" opening a place or an event is no estimate.
        ("The mayor spoke at the rally on Friday.", []),
    ],
)
def test_a_claim_may_open_with_an_estimate(text: str, contents: list[str]) -> None:
    assert [q.text for q in speech(text)] == contents


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # Organisation names go on over "for"/"of" after their head noun.
        (
            "The Department of Justice said the case was closed.",
            "Department of Justice",
            "organization",
        ),
        (
            "The Center for American Progress said the plan would fail.",
            "Center for American Progress",
            "organization",
        ),
        # A rewriter's pronoun right after the name: the name speaks.
        (
            "Intro.\n\nThe Syrian Observatory for Human Rights It, based on local sources, "
            "said at least seven fighters were killed.",
            "Syrian Observatory for Human Rights",
            "organization",
        ),
        # A person named with a title, or with the place they work, stays a person.
        ("Secretary of State John Kerry said the talks would go on.", "John Kerry", "person"),
        ("Professor Ann Lee of the University of Michigan said it was clear.", "Ann Lee", "person"),
        # ... or with the place they come from.
        ("Sen. Ted Cruz of Texas said the plan would fail.", "Ted Cruz", "person"),
        ("Rep. Peter King of New York said the plan would fail.", "Peter King", "person"),
        (
            "Chancellor Angela Merkel of Germany said the plan would fail.",
            "Angela Merkel",
            "person",
        ),
        ("George Zornick of The Nation said the plan would fail.", "George Zornick", "person"),
        # ... but a body's name is whole.
        ("Bank of America said the plan would fail.", "Bank of America", "organization"),
        # "and" inside a body's name after "of"/"for" ...
        (
            "The Brazilian Ministry of Science and Technology said the plan would fail.",
            "Brazilian Ministry of Science and Technology",
            "organization",
        ),
        (
            "The Center for Economic and Policy Research said the plan would fail.",
            "Center for Economic and Policy Research",
            "organization",
        ),
        # A place, title or body before a known first name is no part of the name.
        ("Los Angeles Mayor Eric Garcetti said the plan would fail.", "Eric Garcetti", "person"),
        (
            "Palm Beach County Supervisor of Elections Susan Bucher said the count was done.",
            "Susan Bucher",
            "person",
        ),
        ("New Jersey Gov. Chris Christie said the plan would fail.", "Chris Christie", "person"),
        ("J. Gerald Hebert said the plan would fail.", "J. Gerald Hebert", "person"),
        (
            "Intro.\n\nJohn Smith, a farmer from Iowa, said the crop had failed.",
            "John Smith",
            "person",
        ),
    ],
)
def test_organisation_names_with_of_and_for(text: str, speaker: str, source_type: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # A passive participle ("backed by", "supported by") reports no speech.
        ("The rebels backed by Iran “will be punished,” the statement went on.", "partial", None),
        ("Militias supported by Tehran “have grown bolder” lately.", "partial", None),
        # An active cue before a quoted fragment does.
        ("He criticized the rule as “a disaster for farmers” on Monday.", "direct", "criticized"),
    ],
)
def test_passive_participle_is_no_cue(text: str, kind: str, cue: str | None) -> None:
    [quote] = extract_quotes(text)
    assert (quote.kind, quote.cue) == (kind, cue)


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # "think tank" names an institution, not a thought.
        (
            "Ann Cole, a fellow at a liberal think tank in Boston, said the bill was weak.",
            ["the bill was weak"],
        ),
        ("Voters think the economy is weak this year.", ["the economy is weak this year"]),
    ],
)
def test_think_tank_is_no_cue(text: str, contents: list[str]) -> None:
    assert [q.text for q in speech(text)] == contents


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        # The noun before "for"/"of"/"in" heads an unnamed mention.
        ("Intro.\n\nIn Paris, the spokesman for the army said it was calm.", "person"),
        ("A spokesman for the company said the plant would close.", "anonymous"),
        ("A recent poll of Ohio voters found that the race was tied.", "document"),
        ("The former secretary of state said the talks were over.", "person"),
        # A quantity before "of" does not: the noun after it heads the phrase.
        ("All of the candidates said the debate was fair.", "anonymous"),
        ("A statement from the ministry said the strikes were over.", "document"),
    ],
)
def test_head_noun_before_a_postmodifier(text: str, source_type: str) -> None:
    assert only(text).source_type == source_type


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # A name after a description and a preposition is the object, not the
        # speaker: nobody should count these as Hillary Clinton speaking.
        (
            "“We are done,” a spokesman for Hillary Clinton said.",
            "a spokesman for Hillary Clinton",
            "anonymous",
        ),
        ("“We are done,” a friend of Donald Trump said.", "a friend of Donald Trump", "anonymous"),
        ("“It is over,” the lawyer for John Smith said.", "the lawyer for John Smith", "person"),
        (
            "“No,” said a senior adviser to President Obama.",
            "a senior adviser to President Obama",
            "anonymous",
        ),
        (
            "“Less,” one of the former prosecutors for David Petraeus said.",
            "one of the former prosecutors for David Petraeus",
            "anonymous",
        ),
        # The person's own title keeps the name.
        ("“We will,” Secretary of State John Kerry said.", "John Kerry", "person"),
        ("“We will,” former secretary of state Hillary Clinton said.", "Hillary Clinton", "person"),
        ("“We will,” a statement from spokesman John Kirby said.", "John Kirby", "person"),
        ("“We will,” said a spokesman for Cruz, Rick Tyler.", "Rick Tyler", "person"),
        # An organisation speaks through its spokesman.
        ("“We will,” a spokesman for the Pentagon said.", "Pentagon", "organization"),
    ],
)
def test_name_after_a_description_and_preposition_is_not_the_speaker(
    text: str, speaker: str, source_type: str
) -> None:
    quote = only(text)
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


def test_the_description_refers_back_and_the_name_still_resolves() -> None:
    text = (
        "“We are done,” a spokesman for Hillary Clinton said. “We are not,” the spokesman "
        "added. “Really,” Clinton said."
    )
    assert [q.speaker for q in extract_quotes(text)] == [
        "a spokesman for Hillary Clinton",
        "a spokesman for Hillary Clinton",
        "Hillary Clinton",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…, <subject> said <content>": a comma splice opens a second report.
        (
            "A defense official told reporters that all targets were hit, the U.S. military "
            "said there was no sign of civilian deaths.",
            [
                ("A defense official", "that all targets were hit"),
                ("the U.S. military", "there was no sign of civilian deaths"),
            ],
        ),
        # A final attribution and a list of clauses are no splice.
        (
            "Prices rose 3.5 percent in May, the agency said.",
            [("the agency", "Prices rose 3.5 percent in May")],
        ),
        (
            "The mayor said the roads were closed, the bridges were flooded and the schools shut.",
            [("The mayor", "the roads were closed, the bridges were flooded and the schools shut")],
        ),
    ],
)
def test_comma_splice_starts_a_second_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker_mention, q.text) for q in speech(text)] == expected


@pytest.mark.parametrize(
    "group",
    ["Protesters", "Demonstrators", "Economists", "Organizers", "Prosecutors", "Hispanics",
     "Millennials"],
)  # fmt: skip
def test_group_named_by_what_it_does_is_anonymous_not_a_name(group: str) -> None:
    # A capitalised plural at the sentence start is a group, not a person's name;
    # as a group it is no "he" either.
    text = f"The rally ended.\n\n{group} said the plan would fail. He said it would work."
    assert [(q.speaker, q.source_type) for q in speech(text)] == [
        (group, "anonymous"),
        (None, "person"),
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Local officials said the plan would fail.", "Local officials"),
        ("He left as federal prosecutors said the plan would fail.", "federal prosecutors"),
        # An adverb before the noun is no part of the group.
        ("He left, and even economists said the plan would fail.", "economists"),
    ],
)
def test_adjectives_before_a_group_noun_stay_in_the_mention(text: str, mention: str) -> None:
    assert speech(text)[0].speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("Mary Smith spoke. She’d said the plan would fail.", "Mary Smith", "person"),
        ("John Smith spoke. He's said the plan would fail.", "John Smith", "person"),
        ("John Smith spoke. I've said the plan would fail.", None, "person"),
        ("The rally ended. They’ve claimed that the plan would fail.", None, "unknown"),
    ],
)
def test_contracted_pronoun_is_a_pronoun_not_a_name(
    text: str, speaker: str | None, source_type: str
) -> None:
    quote = speech(text)[0]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A participle opening the sentence is no first name ...
        ("Hillary Clinton spoke. Injecting Clinton into it was risky. She said it would work.",
         "Hillary Clinton"),
        # ... but a listed first name in -ing is.
        ("Sterling Brown spoke. He said it would work.", "Sterling Brown"),
    ],
)  # fmt: skip
def test_participle_before_a_name_is_no_first_name(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A capitalised phrase ending in a plural, with no first name, is no person ...
        ("Mary Hale spoke. She praised Pell Grants. She said it would work.", "Mary Hale"),
        # ... unless its last word is used alone as a surname.
        ("Devin Nunes spoke. Nunes was clear. He said it would work.", "Devin Nunes"),
    ],
)
def test_plural_phrase_is_a_person_only_when_its_surname_stands_alone(
    text: str, speaker: str
) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name in the speaker's apposition describes the speaker; "he" is the speaker ...
        ("“It works,” said Douglas Holtz-Eakin, a former adviser to President George W. "
         "Bush. But “it costs,” he added.", "Douglas Holtz-Eakin"),
        # ... but an apposition that is itself the name is the speaker.
        ("The director of the European Centre, Ina Kirsch, told the AP it failed. "
         "She said it was over.", "Ina Kirsch"),
    ],
)  # fmt: skip
def test_pronoun_skips_names_in_the_speakers_apposition(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # A word capitalised only where sentences start is no name ...
        ("The vote was close.\n\nOthers said the plan would fail.", "Others", "anonymous"),
        ("The vote was close.\n\nShortly said the plan would fail.", "Shortly", "unknown"),
        # ... a surname written elsewhere after another word is one ...
        ("Bob Smith spoke.\n\nSmith said the plan would fail.", "Bob Smith", "person"),
        ("“It fails,” Grayson said.\n\nGrayson said the plan would fail.", "Grayson", "person"),
        # ... and so is a first name.
        ("The vote was close.\n\nMelanie said the plan would fail.", "Melanie", "person"),
    ],
)
def test_word_capitalised_only_at_sentence_starts_is_no_name(
    text: str, speaker: str, source_type: str
) -> None:
    # An article's worth of text before it, so the rule has evidence to read.
    quote = speech("The day began. " * 70 + text)[-1]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


def test_short_text_keeps_a_capitalised_speaker_as_a_name() -> None:
    quote = speech("Trump said the plan would fail.")[0]
    assert (quote.speaker, quote.source_type) == ("Trump", "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The one a pronoun's clause names is not who the pronoun is ...
        ("Donald Trump spoke to Sean Hannity. “It will be tall,” he told Hannity.",
         "Donald Trump"),
        ("Donald Trump spoke to Sean Hannity. He told Hannity that it would be tall.",
         "Donald Trump"),
        # ... but a relative pronoun still refers to the phrase before it.
        ("Sean Hannity interviewed Donald Trump, who told Trump voters that it would be tall.",
         "Donald Trump"),
    ],
)  # fmt: skip
def test_pronoun_is_not_the_person_its_clause_names(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("The authorities in Beijing said the plan would fail.",
         "the authorities in Beijing", "anonymous"),
        ("His aides said the plan would fail.", "His aides", "anonymous"),
        # A singular definite source is a person described (and may refer back).
        ("The senator said the plan would fail.", "the senator", "person"),
        ("The witness said the plan would fail.", "the witness", "person"),
    ],
)  # fmt: skip
def test_definite_group_without_a_name_is_anonymous(
    text: str, speaker: str, source_type: str
) -> None:
    quote = speech(text)[0]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        # Where the subject spoke joins the cue; the place at its end is no speaker.
        ("Trump during a rally in Ohio said the plan would fail.",
         "Trump", "during a rally in Ohio said"),
        ("The senator during a speech said the plan would fail.",
         "The senator", "during a speech said"),
        ("Some delegates at the convention in Philadelphia said it would fail.",
         "Some delegates", "at the convention in Philadelphia said"),
        # A place that is not an occasion stays in the mention.
        ("Officials at the Pentagon said it would fail.", "Officials at the Pentagon", "said"),
    ],
)  # fmt: skip
def test_occasion_before_the_cue_is_not_the_speaker(text: str, mention: str, cue: str) -> None:
    quote = speech(text)[0]
    assert (quote.speaker_mention, quote.cue) == (mention, cue)


def test_building_named_after_a_person_is_no_person() -> None:
    text = "Mitt Romney spoke. Crowds gathered at Trump Tower. He said it would work."
    assert speech(text)[-1].speaker == "Mitt Romney"


def test_title_case_heading_holds_no_pronoun_referent() -> None:
    text = (
        "Mitt Romney spoke first.\n\nWhy History Makes Latinos Feel Proud\n\nHe said it would work."
    )
    assert speech(text)[-1].speaker == "Mitt Romney"


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("NASA said the launch would fail.", "NASA", "organization"),
        ("The F.B.I. said the launch would fail.", "F.B.I", "organization"),
        ("The UK said the launch would fail.", "UK", "organization"),
        # Two capitals alone may be initials; a surname in capitals is the person.
        ("LK said the launch would fail.", "LK", "person"),
        ("Donald Trump spoke.\n\nTRUMP said the launch would fail.", "Donald Trump", "person"),
    ],
)
def test_acronym_speaker_is_an_organization(text: str, speaker: str, source_type: str) -> None:
    quote = speech(text)[-1]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Donald Trump arrived. Ivanka Trump spoke.\n\n“It is new,” Mr. Trump said.",
         "Donald Trump"),
        ("Hillary Clinton arrived. Bill Clinton spoke.\n\n“It is new,” Mrs. Clinton said.",
         "Hillary Clinton"),
        # Without an honorific the latest full name stays the referent; a
        # surname that is also a first name ("Kelly") says nothing of sex.
        ("Hillary Clinton arrived. Bill Clinton spoke.\n\n“It is new,” Clinton said.",
         "Bill Clinton"),
        ("Scott Kelly arrived.\n\n“It is new,” Kelly said.", "Scott Kelly"),
    ],
)  # fmt: skip
def test_honorific_picks_the_family_member_of_its_sex(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


def test_group_word_as_a_title_keeps_the_named_person() -> None:
    quote = speech("Economist Paul Krugman said the plan would fail.")[0]
    assert (quote.speaker, quote.role, quote.source_type) == ("Paul Krugman", "Economist", "person")


def test_definite_description_refers_back_to_the_anonymous_source() -> None:
    text = (
        "A defense official said the strikes were over. "
        "The official said the planes returned safely."
    )
    quotes = speech(text)
    assert [q.speaker for q in quotes] == ["a defense official", "a defense official"]
    assert [q.source_type for q in quotes] == ["anonymous", "anonymous"]


# --- the seed article ---------------------------------------------------------


@pytest.fixture(params=["text", "article"])
def seed_quotes(request: pytest.FixtureRequest, seeds_dir: Path) -> list[Quote]:
    """Return the quotes of the seed article, from its raw text or its loaded Article."""
    path = seeds_dir / SEED
    if request.param == "text":
        return extract_quotes(path.read_text(encoding="utf-8"))
    return extract_quotes(load_article(path))


def _find(quotes: list[Quote], start: str) -> Quote:
    """Return the quote whose text contains ``start``."""
    matching = [q for q in quotes if start in q.text]
    assert matching, start
    return matching[0]


@pytest.mark.parametrize(
    ("start", "speaker", "role", "source_type", "kind"),
    [
        ("With a series of attacks", "John Kirby", "Pentagon spokesman", "person", "direct"),
        ("We assess each attack", "Jessica McNulty", "Pentagon spokesman", "person", "direct"),
        (
            "Iraqi sovereignty and Iraqi security",
            "Iraqi Defense Ministry",
            None,
            "organization",
            "direct",
        ),
        ("that all targets", "a defense official", None, "anonymous", "indirect"),
        ("no Americans died", "a second defense official", None, "anonymous", "indirect"),
        ("At least five", None, None, "unknown", "partial"),
        ("this attack was", "Jessica McNulty", "Pentagon spokesman", "person", "direct"),
        (
            "Iraqi soldiers would",
            "Yehia Rasul",
            "Air Chief Marshal, spokesman for the Iraqi Army",
            "person",
            "direct",
        ),
        ("Use them in a more aggressive", None, None, "unknown", "partial"),
        (
            "at least seven members",
            "UK Syria Observatory for Human Rights",
            None,
            "organization",
            "indirect",
        ),
        ("We said earlier", "Iraqi Shiite militias", None, "organization", "direct"),
        # "the group said": the militias quoted just before.
        ("We on the Iraqi", "Iraqi Shiite militias", None, "organization", "direct"),
        # "Kirby said in a statement. It identified …": "it" is the statement.
        ("militants Kata’ib Hezbollah", "John Kirby", "Pentagon spokesman", "person", "indirect"),
        # "According to Kirby’s statement": Kirby speaks through his statement.
        ("the United States attacked", "John Kirby", "Pentagon spokesman", "person", "indirect"),
        ("to strike back", "Iran-backed militias", None, "organization", "indirect"),
        (
            "such a reaction",
            "Yehia Rasul",
            "Air Chief Marshal, spokesman for the Iraqi Army",
            "person",
            "indirect",
        ),
        (
            "his country refused",
            "Yehia Rasul",
            "Air Chief Marshal, spokesman for the Iraqi Army",
            "person",
            "mixed",
        ),
    ],
)
def test_seed_pins(
    seed_quotes: list[Quote],
    start: str,
    speaker: str | None,
    role: str | None,
    source_type: str,
    kind: str,
) -> None:
    quote = _find(seed_quotes, start)
    assert (quote.speaker, quote.role, quote.source_type, quote.kind) == (
        speaker,
        role,
        source_type,
        kind,
    )


def test_seed_kirby_cue(seed_quotes: list[Quote]) -> None:
    assert _find(seed_quotes, "With a series of attacks").cue == "said in a statement"


# --- API shape ----------------------------------------------------------------


def test_article_and_string_agree_on_offsets() -> None:
    text = "Intro line.\n\n“We will win,” Smith said."
    article = Article(id="a", title="", text=text, paragraphs=((0, 11), (13, len(text))))
    from_article = extract_quotes(article)
    assert from_article == extract_quotes(text)
    assert from_article[0].paragraph == 1


def test_quote_fields_carry_schema_metadata() -> None:
    for item in dataclasses.fields(Quote):
        assert set(item.metadata) == {"unit", "description"}, item.name
    row = only("“We will win,” Smith said.").as_row()
    assert list(row) == [f.name for f in dataclasses.fields(Quote)]


def test_analyze_quotes_returns_tuple_and_count() -> None:
    analysis = analyze_quotes("“Open quote never closed, Smith said.")
    assert isinstance(analysis, QuoteAnalysis)
    assert isinstance(analysis.quotes, tuple)
    assert analysis.unbalanced_marks == 1


# --- robustness -----------------------------------------------------------------


def _check_invariants(text: str) -> None:
    """Assert the offsets and ordering contract on any input."""
    previous_end = 0
    for quote in extract_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous_end
        previous_end = quote.end
        for start, end in (
            (quote.speaker_start, quote.speaker_end),
            (quote.cue_start, quote.cue_end),
        ):
            if start is not None:
                assert end is not None and 0 <= start <= end <= len(text)


_ALPHABET = st.sampled_from([*"ab Aé.,;:!?\n\"“”‘’'«»—-", " said ", " told ", "''", " he ", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_quote_heavy_string_keeps_the_contract(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_string_keeps_the_contract(text: str) -> None:
    _check_invariants(text)


# Whole words and phrases the rules key on, so that random text reaches them.
_PHRASES = st.sampled_from(
    ["said", "told", "according to", "he", "She", "the group", "Kirby's statement", "“", "”",
     '"', "''", ",", ".", "\n\n", "Smith", "John Smith", "that", "and", "Unless", "Now,",
     "city of Boston", "Chief Executive", "Bank of America", "on Monday", "who", "Hours later,"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASES, max_size=40).map(" ".join))
@example("said , Now, said")  # a lone comma token once emptied a word and raised
def test_any_phrase_salad_keeps_the_contract(text: str) -> None:
    _check_invariants(text)


def _quotes_and_seconds(text: str) -> tuple[list[Quote], float]:
    """Return the quotes of ``text`` and the wall-clock seconds extracting them took."""
    started = time.perf_counter()
    quotes = extract_quotes(text)
    return quotes, time.perf_counter() - started


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "unit",
    [
        (
            "“We will win,” Smith said. He said that the “plan” would fail, "
            "officials said. “Unclosed quote and ''NYT marks'' here\n\n"
            "According to the report, costs rose. A stray ” closer, she added.\n\n"
        ),
        # One run-on "sentence" (no capital after the full stops) holding
        # thousands of quotations, with markup between them.
        '<a b="x">"hi" he said. ',
        # British-style single marks, with apostrophes and an opener never closed.
        "‘We’ll win,’ Smith said. The voters’ ‘plan’ failed. ‘Unclosed, in the ‘90s\n\n",
        # ... and with no space at all: each mark must not read back to the line start.
        "(‘a’),(‘bb’),x’,",
        # One run-on sentence of uncued quotation sentences (each one waits for a
        # later speaker), and one of cues, each reading its clause to the end.
        "“A b c d.” ",
        "said “x” ",
    ],
)
def test_one_megabyte_with_thousands_of_marks_is_linear(unit: str) -> None:
    small = unit * 200
    big = unit * (1_000_000 // len(unit))
    small_quotes, small_time = _quotes_and_seconds(small)
    big_quotes, big_time = _quotes_and_seconds(big)
    ratio = len(big) / len(small)
    assert len(big_quotes) >= ratio * len(small_quotes) * 0.9
    # Linear: 1 MB must not cost much more than (size ratio) x the small input.
    assert big_time < max(3 * ratio * small_time, 1.0)


@pytest.mark.timeout(120)
def test_run_on_sentence_of_final_attributions_is_linear() -> None:
    # Each ", he said" takes the words before it as content: capped, so the
    # contents of a 1 MB run-on sentence come in pieces rather than one
    # growing prefix per attribution.
    small, big = ", he said " * 2000, ", he said " * 100_000
    small_quotes, small_time = _quotes_and_seconds(small)
    big_quotes, big_time = _quotes_and_seconds(big)
    assert small_quotes and len(big_quotes) > len(small_quotes)
    assert big_time < max(3 * (len(big) / len(small)) * small_time, 1.0)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "unit",
    [
        # Each participle looks back for the cue before its comma.
        ", saying ",
        # Each "Mr. Smith" looks back along its line for a full name.
        "Mr. Smith, who said ",
        # Each pair of apostrophes looks ahead for the close of its quotation.
        "'",
        # Each report looks for the quotations and attributed spans it overlaps.
        "“a,” said Smith, adding, “b” ",
        # Each participle cut off by a quoted term looks for an earlier participle.
        "the “b” term, saying: “x y.” ",
        # Each pair of names, each description looking back for a name's label.
        "Sen. Bob Smith (R-Fla.) and Tom Jones said the plan was fine. The Florida senator "
        "said the plan was bad. ",
    ],
)
def test_run_on_line_of_lookbacks_is_linear(unit: str) -> None:
    small = unit * (25_000 // len(unit))
    big = unit * (250_000 // len(unit))
    _, small_time = _quotes_and_seconds(small)
    _, big_time = _quotes_and_seconds(big)
    assert big_time < max(3 * (len(big) / len(small)) * small_time, 1.0)


def test_lower_case_copy_keeps_offsets() -> None:
    # "İ".lower() is two code points; offsets found in the copy index the original.
    from analysis.speakers import _lower_same_length

    text = "İİİ Mayor Ekrem İmamoğlu said. Later, Smith spoke."
    lowered = _lower_same_length(text)
    assert len(lowered) == len(text)
    assert lowered.find("smith") == text.find("Smith")
    assert _lower_same_length("Plain ASCII") == "plain ascii"


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden met Jane Doe.\nThen Sen. Ted Cruz spoke.\nBernie Sanders left.",
        # A run across a line break: lines must be scanned one by one again.
        "Dr. Ann Lee said so. Mr.\nBob Dole agreed.\nJohn Smith left with Mr.\nJones.",
    ],
)
def test_line_runs_equal_a_scan_of_the_line(text: str) -> None:
    # Lines already read by the running scan are served from its runs; every
    # line gives the runs of a scan of that line alone.
    from analysis.speakers import _NAME_RE, Resolver

    resolver = Resolver(text)
    resolver._runs_upto(text.rfind("\n"))
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        expected = [(m.start(), m.group()) for m in _NAME_RE.finditer(text, line_start, line_end)]
        assert resolver._line_runs(line_start) == expected
        line_start = line_end + 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A clause that opens the content is part of it ...
        (
            "Comey said that while Clinton had been careless, no prosecutor would bring a case.",
            "that while Clinton had been careless, no prosecutor would bring a case",
        ),
        (
            "Comey said that, while she had been careless, no prosecutor would act.",
            "that, while she had been careless, no prosecutor would act",
        ),
        # ... but a contrast after the content is the writer's.
        ("Comey said the aides were careless while Clinton was away.", "the aides were careless"),
    ],
)
def test_clause_opening_the_content_is_kept(text: str, content: str) -> None:
    assert [q.text for q in speech(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A report inside an opening subordinate clause ends with that clause ...
        (
            "While Smith said the plan would work, the polls showed little support.",
            "the plan would work",
        ),
        (
            "Although he said he had been bumped off the stage, he was in New Hampshire.",
            "he had been bumped off the stage",
        ),
        # ... but a comma before a word that opens no clause is a list inside the report.
        (
            "While Smith said he would build a wall, tax imports, cut spending, "
            "the polls were flat.",
            "he would build a wall, tax imports, cut spending",
        ),
    ],
)
def test_report_in_an_opening_subordinate_clause_ends_with_it(text: str, content: str) -> None:
    assert speech(text)[0].text == content


def test_cue_before_and_after_the_marks_keeps_the_quotation_alone() -> None:
    # A doubled attribution: the words before the marks are no content.
    text = 'Asked about it, Feinstein said "I don\'t know anything about the emails," she said.'
    assert [(q.kind, q.text) for q in extract_quotes(text) if q.kind == "direct"] == [
        ("direct", "I don't know anything about the emails,")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A pronoun after a quotation never refers to a name inside it ...
        ("Mark Walters spoke first. “I have never met Jordan Casey,” he said.", "Mark Walters"),
        ("Mark Walters spoke first. Jordan Casey would win, he said.", "Mark Walters"),
        # ... but a relative pronoun still refers to the phrase just before it.
        (
            "Mark Walters spoke first. The plan, backed by Jordan Casey, who said it would "
            "work, failed.",
            "Jordan Casey",
        ),
    ],
)
def test_pronoun_after_its_content_skips_names_inside_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind != "partial"][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Census first names give a sex beyond the hand list: "she" is not Jake.
        (
            "Dianne Feinstein spoke. Jake Sullivan listened. “We acted,” she said.",
            "Dianne Feinstein",
        ),
        ("Jake Sullivan spoke. Dianne Feinstein listened. “We acted,” he said.", "Jake Sullivan"),
        # A lone surname has no sex from the Census ("Clinton" is a male first name there).
        (
            "Hillary Clinton spoke. Later Clinton said it was over. “We acted,” she said.",
            "Hillary Clinton",
        ),
        # A word opening the sentence is no part of a name.
        ("From Andrea Peyser: “We acted,” she said.", "Andrea Peyser"),
        # A statement noted for a later "it" is no "she".
        (
            "Jane Doe spoke. Carl Wynn said in a statement that it was over. “We acted,” she said.",
            "Jane Doe",
        ),
    ],
)
def test_pronouns_follow_first_names_and_skip_what_is_no_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


def test_first_name_table_is_shipped_and_clear_cut() -> None:
    assert (first_name_sex("dianne"), first_name_sex("jake")) == ("female", "male")
    # Names shared by both sexes are left out; the hand list decides news names.
    assert first_name_sex("casey") is None
    assert first_name_sex("hillary") == "female"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Places, laws and events are no one a pronoun refers to.
        ("Jane Doe spoke. She flew to New Hampshire. “We acted,” she said.", "Jane Doe"),
        ("Tom Lee spoke of Wall Street and the Hatch Act. “We acted,” he said.", "Tom Lee"),
        # A person with a place in the title still is one, with the sex of the first name.
        (
            "South Carolina Gov. Jim Hodges met Ann Ray. “We acted,” he said.",
            "Jim Hodges",
        ),
        ("Jim Hodges met Ann Ray. “We acted,” she said.", "Ann Ray"),
        # A possessive run names the person without the 's.
        ("Barack Obama’s plan failed. “We acted,” he said.", "Barack Obama"),
    ],
)
def test_pronouns_skip_places_and_read_names_in_runs(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


def test_participle_after_a_quoted_term_takes_the_sentence_subject() -> None:
    # The quoted term cuts the clause before "saying"; its subject is still "he".
    text = (
        "On Friday, he joined others in attacking the “top secret” label, saying in a "
        "post: “The release is a disaster.”"
    )
    assert [(q.kind, q.speaker_mention) for q in extract_quotes(text)] == [
        ("partial", None),
        ("direct", "he"),
    ]


def test_second_participle_after_a_quoted_term_keeps_the_first_ones_speaker() -> None:
    # "tweeting … and asking": both participles are Donald Trump's, not the
    # sentence subject's.
    text = (
        "Republicans were quick to chime in, with Donald Trump tweeting that it was a "
        "“disaster” for Clinton and asking, “How can she be our next president?”"
    )
    assert extract_quotes(text)[-1].speaker == "Donald Trump"


def test_participle_after_a_quoted_term_is_never_inverted() -> None:
    # "…,” saying X" is no inverted "…,” said X": what follows is the content.
    text = (
        "Donald Trump has delivered a defense of “New York values,” saying the city "
        "embodied the “bravery, heart and soul of America.”"
    )
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("partial", None), ("direct", "Donald Trump")]


@pytest.mark.parametrize(
    "text",
    [
        '“I like him,” Graham said on MSNBC\'s "Morning Joe," adding, “We will see.”',
        "“It was bad,” said Rep. Bobby Graham at the time, adding “It is worse now.”",
        'Graham wrote a book titled "The Tragedy," explaining, "Now, that is done."',
    ],
)
def test_participle_cue_takes_the_speaker_of_its_main_clause(text: str) -> None:
    last = [q for q in extract_quotes(text) if q.kind != "partial"][-1]
    assert last.cue in ("adding", "explaining")
    assert last.speaker is not None and last.speaker.endswith("Graham")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A city and a state's abbreviation sit inside the apposition.
        ("Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.", "Johnnie Wilson"),
        ("“It was great,” Johnnie Wilson, 70, of Springfield, Va., said.", "Johnnie Wilson"),
        (
            "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it was great.",
            "Donna Rawlings",
        ),
    ],
)
def test_place_and_state_in_an_apposition_are_not_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind != "partial"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # A country or a capital standing for its government is an organisation ...
        ("Russia said the talks were over.", "Russia", "organization"),
        ("North Korea said the test was its biggest.", "North Korea", "organization"),
        ("Beijing warned that it would retaliate.", "Beijing", "organization"),
        # ... unless the name was a person's surname earlier in the article.
        ("Rep. Jim Jordan spoke. Jordan said it was over.", "Jim Jordan", "person"),
    ],
)
def test_countries_speak_as_organisations(text: str, speaker: str, source_type: str) -> None:
    quote = [q for q in extract_quotes(text) if q.kind != "partial"][-1]
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


def test_marks_inside_markup_tags_quote_nobody() -> None:
    text = (
        '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016\n">Rubio event. '
        'Stands empty.</tweet> He said "we lost" today.'
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert "we lost" in quotes[0].text
    assert "March" not in quotes[0].text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name inside an earlier quotation is who a speaker talked about.
        (
            "Tom Lee spoke. He said: “I never met Mark Reed.” Later, “we won,” he added.",
            "Tom Lee",
        ),
        # Descriptions and titles of works are no people.
        ("Tom Lee met the Sarasota Republican. “We won,” he said.", "Tom Lee"),
        ("Tom Lee went to Midtown Manhattan. “We won,” he said.", "Tom Lee"),
        ("Tom Lee asked: Does Rubio care? “We won,” he said.", "Tom Lee"),
    ],
)
def test_pronouns_skip_quoted_names_and_descriptions(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"][-1] == speaker


def test_cue_right_before_the_marks_wins_over_the_cue_after() -> None:
    text = "When a man in the crowd shouted, “Cruz,” Beck joked, “Amen, brother!”"
    first, second = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert (first.text, first.cue) == ("Cruz,", "shouted")
    assert (second.speaker, second.cue) == ("Beck", "joked")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A time phrase closed by a comma ends a relative clause, not the subject.
        ("Small, who attended the rally on Wednesday, said “It hurts.”", "Small"),
        # A "whose" clause may hold commas of its own.
        (
            "Mr. Slinker, whose company, Paradata, uses big data, said “It is hard.”",
            "Slinker",
        ),
    ],
)
def test_relative_clauses_between_commas_keep_the_speaker_before_them(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A full stop inside the marks, then a sentence that only attributes them.
        ("The emails were deleted.\n\n“We will find them all.” Trump said.", "Trump"),
        # A fact check's attribution on its own line after the quotation.
        ('Sanders voted for it.\n\n"I wrote that bill."\n\n- Sanders.\n\nHe did not.', "Sanders"),
        # ... with the hyphen written against the name.
        ("Voters spoke.\n\n“I will vote for her.”\n-Michelle Marks, Philadelphia.",
         "Michelle Marks"),
    ],
)  # fmt: skip
def test_attribution_in_the_next_sentence_or_line(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


def test_a_sentence_after_a_closed_quotation_that_is_no_attribution_stays_apart() -> None:
    quote = only("“It is over.” The crowd cheered loudly at the end of the night.")
    assert (quote.text, quote.speaker, quote.cue) == ("It is over.", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "That said, Fox News's audience tends to be older.",
        "That being said, the plan failed miserably.",
        "Having said that, the plan failed miserably.",
    ],
)
def test_that_said_is_a_discourse_marker_not_a_report(text: str) -> None:
    assert speech(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A contracted "it is" / "I am" before a cue is a passive: no source.
        ("It’s implied that he won’t stand in her way.", None),
        ("I'm told that the plan failed.", None),
        # An opening time phrase is no subject.
        (
            "Two weeks after Scalia died, Justice Clarence Thomas broke his silence, "
            "saying he was ready.",
            "Clarence Thomas",
        ),
    ],
)
def test_contractions_and_time_phrases_are_no_speakers(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in speech(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'As John Cornyn, the No. 2 in the leadership, put it: "Anyone can see that."',
            "John Cornyn",
        ),
        ("As Professor Foner put it: ''Immigrants built this.''", "Foner"),
    ],
)
def test_put_it_is_the_cue_and_its_subject_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("RoseAnn DeMoro spoke first. “We will win,” she said.", "RoseAnn DeMoro"),
        ("LaToya Cantrell spoke first. “We will win,” she said.", "LaToya Cantrell"),
    ],
)
def test_names_with_inner_capitals_are_read_whole(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A place or time between "Asked" and the question.
        (
            "Asked in Iowa recently whether he would back Trump, Cruz said yes.",
            "whether he would back Trump",
        ),
        ("Asked at a briefing Monday about her future role, he smiled.", "about her future role"),
        # After an object, the object is part of what was asked.
        (
            "Matt Lauer asked the candidates to discuss their ideas.",
            "the candidates to discuss their ideas",
        ),
    ],
)
def test_asked_takes_the_question_after_a_place_or_time(text: str, content: str) -> None:
    assert speech(text)[0].text == content


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # Unnamed people of a place are anonymous; the place only says where.
        (
            "Officials at the Pentagon said the plan failed.",
            "Officials at the Pentagon",
            "anonymous",
        ),
        ("Residents in Flint said the water was bad.", "Residents in Flint", "anonymous"),
        # A document between the subject and the cue is how the subject speaks.
        ("Trump in an interview said the plan failed.", "Trump", "person"),
    ],
)
def test_unnamed_people_of_a_place_and_a_document_before_the_cue(
    text: str, speaker: str, source_type: str
) -> None:
    quote = only(text)
    assert (quote.speaker, quote.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will,” a spokesman for Cruz, Rick Tyler, said.", "Rick Tyler"),
        ("An attorney for Pagliano, Mark MacDougall, said the case was closed.", "Mark MacDougall"),
        # No description before the name: the name and its apposition as before.
        ("Ted Cruz, the Texas senator, said the race was over.", "Ted Cruz"),
    ],
)
def test_name_after_a_description_and_its_apposition(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text) if q.kind != "partial"] == [speaker]


def test_a_report_after_that_said_is_still_found() -> None:
    # The idiom covers only its own "said"; a later cue in the sentence reports.
    assert [(q.speaker, q.text) for q in speech("That said, Trump said the plan failed.")] == [
        ("Trump", "the plan failed")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A surname alone that opens a clause is the latest mention of its person.
        ("“We will fight on,” said Bernie Sanders.\n\n“He is driving this train,” said "
         "Jeff Weaver, his campaign manager.\n\nSanders now seeks the ouster of the party "
         "chair. He said the party had failed.", "Bernie Sanders"),
        ("Will Sanders come down gracefully?\n\n“We will fight on,” said Bernie Sanders."
         "\n\n“He is driving this train,” said Jeff Weaver, his campaign manager.\n\n"
         "Neither Hillary Clinton nor Sanders has done that. He said the party had "
         "failed.", "Bernie Sanders"),
        ("“We will fight on,” said Donald Trump.\n\n“It would be a disaster,” said Ted "
         "Cruz.\n\nAs for Trump, he said he was not worried.", "Donald Trump"),
        # Not as an object, nor a surname two people share.
        ("“We will fight on,” said Bernie Sanders.\n\n“He is driving this train,” said "
         "Jeff Weaver, his campaign manager. Weaver later criticized Sanders for the "
         "delay. He said the party had failed.", "Jeff Weaver"),
        ("“We will fight on,” said Bill Clinton. Hillary Clinton spoke later.\n\n“It is "
         "over,” said Jeff Weaver.\n\nClinton then left the stage. He said the party had "
         "failed.", "Jeff Weaver"),
    ],
)  # fmt: skip
def test_pronoun_refers_to_the_latest_surname_subject(text: str, speaker: str) -> None:
    assert speech(text)[-1].speaker == speaker


def test_party_label_closes_the_mention() -> None:
    quote = only("Sen. Ted Cruz (R-Texas) said the plan would fail.")
    assert quote.speaker_mention == "Sen. Ted Cruz (R-Texas)"


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        # A relative clause's verb and an auxiliary are no cue after a quotation.
        ("“It will fail,” Smith, who has run the agency since 2010, told reporters.",
         "Smith, who has run the agency since 2010", "told"),
        ("“It will fail,” Smith has said.", "Smith", "has said"),
    ],
)  # fmt: skip
def test_relative_clause_after_a_quotation_is_part_of_the_mention(
    text: str, mention: str, cue: str
) -> None:
    quote = only(text)
    assert (quote.speaker_mention, quote.cue) == (mention, cue)


def test_opening_conjunction_is_no_part_of_an_apposed_mention() -> None:
    quote = only("But Smith, speaking in Iowa, said the plan would fail.")
    assert (quote.speaker_mention, quote.speaker) == ("Smith, speaking in Iowa", "Smith")


@pytest.mark.parametrize(
    "text",
    [
        # "I" with an auxiliary, or an infinitive, after a question is no cue.
        "Intro.\n\nThe judge turned to me. “Do you have anything to say?” I had prepared "
        "a short statement to read, but decided against it.",
    ],
)
def test_no_cue_in_the_narrative_after_a_question(text: str) -> None:
    quote = speech(text)[0]
    assert quote.cue not in ("had prepared", "read")


# British-style single quotation marks ------------------------------------------------

_BRITISH = (
    "The minister, John Smith, said on Monday: ‘We will not back down.’\n\n"
    "‘It was a terrible mistake,’ said Jane Doe, a spokeswoman for the voters’ group. "
    "‘It’s not over, and the voters’ needs come first.’\n\n"
    "The so-called ‘reform’ passed on Tuesday.\n\n"
    "‘Nobody will be left behind,’ Smith added. ‘We said “never” and we meant it.’"
)


def test_british_single_marks_are_read_as_quotations() -> None:
    quotes = [q for q in extract_quotes(_BRITISH) if q.kind != "partial"]
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("We will not back down.", "John Smith", "said"),
        ("It was a terrible mistake,", "Jane Doe", "said"),
        ("It’s not over, and the voters’ needs come first.", "Jane Doe", "said"),
        ("Nobody will be left behind,", "John Smith", "added"),
        ("We said “never” and we meant it.", "John Smith", "added"),
    ]
    assert all(q.kind == "direct" for q in quotes)
    (term,) = [q for q in extract_quotes(_BRITISH) if q.kind == "partial"]
    assert term.text == "reform"


def test_british_marks_give_the_quotes_of_the_same_text_in_us_marks() -> None:
    us = (
        "The minister, John Smith, said on Monday: “We will not back down.”\n\n"
        "“It was a terrible mistake,” said Jane Doe, a spokeswoman for the voters’ group. "
        "“It’s not over, and the voters’ needs come first.”\n\n"
        "The so-called “reform” passed on Tuesday.\n\n"
        "“Nobody will be left behind,” Smith added. “We said ‘never’ and we meant it.”"
    )
    assert len(us) == len(_BRITISH)

    def key(quote: Quote) -> tuple[object, ...]:
        return (quote.start, quote.end, quote.kind, quote.speaker, quote.cue_start, quote.role)

    assert [key(q) for q in extract_quotes(_BRITISH)] == [key(q) for q in extract_quotes(us)]


def test_british_quotation_over_paragraphs_continues() -> None:
    text = "Smith said: ‘We will act now.\n\n‘Nobody will be left behind,’ he added."
    quotes = extract_quotes(text)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("We will act now.", "direct", "Smith"),
        ("Nobody will be left behind,", "direct", "Smith"),
    ]


def test_apostrophes_alone_open_no_quotation() -> None:
    # A leading apostrophe with no closer opens nothing; the text is read as it is.
    text = "It was the ‘90s, and rock ’n’ roll was everywhere, the critic said."
    assert as_double_marks(text, split_paragraphs(text)) is text
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [
        ("indirect", "It was the ‘90s, and rock ’n’ roll was everywhere")
    ]


def test_single_marks_nested_in_double_ones_stay_nested() -> None:
    text = "“He told me ‘no’ twice,” Smith said. Critics called it ‘reckless’ and “late”."
    assert as_double_marks(text, split_paragraphs(text)) is text
    assert extract_quotes(text)[0].text == "He told me ‘no’ twice,"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab .,\n“”\"'‘’", "s ", " said ", "‘a", "b’,"]), max_size=60))
def test_reading_single_marks_changes_only_marks(pieces: list[str]) -> None:
    text = "".join(pieces)
    read = as_double_marks(text, split_paragraphs(text))
    assert len(read) == len(text)
    changed = {(a, b) for a, b in zip(text, read, strict=True) if a != b}
    assert changed <= {("‘", "“"), ("’", "”"), ("“", "‘"), ("”", "’"), ('"', "'")}
