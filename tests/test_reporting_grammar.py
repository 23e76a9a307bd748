"""Issue 17: the reporting grammar of real news, each pattern a made-up sentence that must pass and
an honest neighbour's misattribution that must fail. Checked in-process with check's own loader and
verifier, on a one-paragraph article whose author is no analyst."""

from __future__ import annotations

import re

import pytest

from reportgen.text.sources import split_sentences

# (text, the speaker, the words): each is honest for its speaker and a misattribution for "jones"
# (or "smith" where Jones speaks).
DIRECT = [
    ("“Go register!” Smith said.", "smith", "Go register!"),
    ("“Go register,” Smith urged.", "smith", "Go register"),
    ("John Smith argues that his client was peaceful. “The government is alleging violence.”", "smith",
     "The government is alleging violence."),
    ("John Smith argues that his client was peaceful. “The rallies he called” were never violent. “His aim was "
     "peace.”", "smith", "The rallies he called"),
    ("John Smith argues that his client was peaceful. “The rallies he called” were never violent. “His aim was "
     "peace.”", "smith", "His aim was peace."),
    ("John Smith has argued that the law was crippled. As a result, there is still “a powerful industry.”", "smith",
     "a powerful industry."),
    ("John Smith seemed taken aback and mentioned that Jones's photo was on the site. “Does that not speak to your "
     "judgment?”", "smith", "Does that not speak to your judgment?"),
    ("John Smith said that Jones has energized people who “are deeply involved.” He added, “It is new.”", "smith",
     "are deeply involved."),
    ("John Smith distanced himself from the movement by saying he would help if asked. “I will back them.”", "smith",
     "I will back them."),
    ("“Many people are unsure,” John Smith wrote in a letter to Mary Jones explaining why he ran, “but most agree.”",
     "smith", "but most agree."),
    ("“Jones voted with the gun lobby” and against the safety law, John Smith said.", "smith",
     "Jones voted with the gun lobby"),
    ("John Smith released a statement from his office: “We will appeal.”", "smith", "We will appeal."),
    ("Smith said, and I quote: “We will appeal.”", "smith", "We will appeal."),
    ("John Smith told CNN. “We will appeal.”", "smith", "We will appeal."),
    ("“We will appeal,” Smith told voters who asked about it.", "smith", "We will appeal"),
    ("“We will appeal,” as John Smith said to Fox News.", "smith", "We will appeal,"),
    ("Smith apologized on Monday for saying “the plan is dead.”", "smith", "the plan is dead."),
    ("Smith criticized Mary Jones on Monday for saying “the plan is dead.”", "jones", "the plan is dead."),
    ("Jones called it “dead on arrival,” Smith recalled.", "jones", "dead on arrival,"),
    ("Smith criticized Sen. Mary Jones for saying “the plan is dead.”", "jones", "the plan is dead."),
    ("Smith apologized for saying “the plan is dead.”", "smith", "the plan is dead."),
    ("Smith apologized to Jones for calling her “a liar.”", "smith", "a liar."),
    ("Smith was criticized by Jones for saying “the plan is dead.”", "smith", "the plan is dead."),
    ("Smith conceded defeat and then went on to say, “We will be back.”", "smith", "We will be back."),
    ("Jones told the News in a story that posted this week that she believes the plan is “dead.”", "jones", "dead."),
    ("Mary Jones disagreed. “The numbers do not add up.”", "jones", "The numbers do not add up."),
    ("Smith pushed back. “It is too early.”", "smith", "It is too early."),
    ("After Jones criticized him, Smith shot back, “I chose my own path.”", "smith", "I chose my own path."),
    ("It was what Smith has called “a betrayal” of the workers.", "smith", "a betrayal"),
    ("It was the inn, which President John Smith on Friday declared “a national monument.”", "smith",
     "a national monument."),
    ("It was what Smith, the chairman, called “a betrayal” of the workers.", "smith", "a betrayal"),
    ("The plan is “dead on arrival,” as Smith told reporters on Monday.", "smith", "dead on arrival,"),
    ("Smith estimated that there are “somewhere between 23 and 28 people” opposed.", "smith",
     "somewhere between 23 and 28 people"),
    ("Smith says he is “tied for second place” with Sen. Jane Doe, in a finish that she said defied expectations.",
     "smith", "tied for second place"),
    ("Smith joked that Brooklyn was his answer, but went on to say, “There are places here that are dangerous.”",
     "smith", "There are places here that are dangerous."),
    ("“France will always be France,” an angry Smith retaliated. “It never gives up.”", "smith",
     "France will always be France"),
    ("His aides had warned him to act “calm,” but Smith said he responded: “When you are attacked, you hit back.”",
     "smith", "When you are attacked, you hit back."),
    ("No wonder Smith said, and I quote, “We love the voters.”", "smith", "We love the voters."),
    ("John Smith may have said it best when he blogged: “Jones is a pre-selected candidate.”", "smith",
     "Jones is a pre-selected candidate."),
    ("“It is a two-person race,” said Jane Doe.\nJohn Smith agreed. “Others are running out of time.”", "smith",
     "Others are running out of time."),
    ("“That is treason,” said Jones constituent John Smith when asked about it.", "smith", "That is treason"),
    ("“There is no case,” according to a court document filed by state attorney John Smith.", "smith",
     "There is no case"),
    ("The race “is a dead heat right now,” as Smith said on the radio on Monday, and every vote counts.", "smith",
     "is a dead heat right now,"),
    ("It led to what aide John Smith called “the beginning of a new era” in his book.", "smith",
     "the beginning of a new era"),
    ("After the vote, Republican presidential nominee John Smith issued the following statement:\n“We will appeal.”",
     "smith", "We will appeal."),
    ("After the vote, Senate Majority Leader Mary Jones issued the following statement:\n“We will be back.”", "jones",
     "We will be back."),
    ("Late Tuesday, outgoing state senator Jane Doe issued this statement:\n“It has been an honor.”", "doe",
     "It has been an honor."),
    ("After the vote, House Speaker Mary Jones issued the following statement:\n“We will be back.”", "jones",
     "We will be back."),
    ("On Monday, Mary Jones issued a statement:\n“We will be back.”", "jones", "We will be back."),
    ("\"He stopped and said, 'We have got to win. How do we win?'\" John Smith, the chairman, said of it.", "smith",
     "He stopped and said, 'We have got to win. How do we win?'"),
    ("“Enough is enough,” Warren said, adding, “I urge you to act.”", "warren", "I urge you to act."),
    ("Smith attacked Jones, saying, “She is reckless.”", "smith", "She is reckless."),
    ("Jones spoke first.\n“Because you'd be in jail,” Smith interjected.", "smith", "Because you'd be in jail"),
    ("“We will win,” said Rep. Jane Doe.", "doe", "We will win"),
    ("“We will win,” said Del. Jane Doe.", "doe", "We will win"),
    ("Smith returned a few minutes later to resume his remarks and declared, “The fight goes on.”", "smith",
     "The fight goes on."),
    ("Smith swiped at Jones in a series of tweets: “She is weak and ineffective.”", "smith",
     "She is weak and ineffective."),
    ("“We are done here,” Smith said. “The other factor is money.”", "smith", "The other factor is money."),
    ("John Smith says there is a “long road ahead” but he feels sure that Doe will “blow away expectations.”", "smith",
     "blow away expectations."),
    ("Smith says his “friend and colleague” Jane Doe ran “an optimistic campaign.”", "smith",
     "an optimistic campaign."),
    ("Smith spoke at length about the vote.\n“The other factor is money,” she went on.", "smith",
     "The other factor is money"),
    ("Smith said: “It hasn’t. We can.”", "smith", "We can."),
    ("“The fight goes on.” ― Jane Doe", "doe", "The fight goes on."),
    ("Smith said the goal was not to “win the news cycle” but to “win the argument in the end.”", "smith",
     "win the argument in the end."),
    ("Smith issued a statement saying “we will appeal the ruling at once.”", "smith",
     "we will appeal the ruling at once."),
    ("Jane Doe, who was speaking to the mayors, did not name him, but told them that the city needs “leaders who put "
     "people first.”", "doe", "leaders who put people first."),
    ("Smith said the towns “have more of a historical resonance,” while “the city is more of a newcomer.”", "smith",
     "the city is more of a newcomer."),
    ("“We will not back down.” Smith said.", "smith", "We will not back down."),
    ("“The army fired first,” Smith said, citing witnesses.", "smith", "The army fired first"),
    ("“It is a lie,” came the swift response from Smith.", "smith", "It is a lie"),
    ("“It will be Jones,” said Gov. John Smith, a former backer of Jane Doe, who has since called on voters to back "
     "Jones. “Realistically, this is an opportunity.”", "smith", "Realistically, this is an opportunity."),
    ("The crowd gathered at the inn, which John Smith on Friday declared “a monument to the struggle.”", "smith",
     "a monument to the struggle."),
    ("Pollsters agree - John Smith: “Keep on contacting voters as late as possible.”", "smith",
     "Keep on contacting voters as late as possible."),
    ("Jones and Doe will meet next week, Smith said, adding, “They need to sit down and talk.”", "smith",
     "They need to sit down and talk."),
    ("Jones and Doe will meet next week, said Smith, adding, “They need to sit down and talk.”", "smith",
     "They need to sit down and talk."),
    ("But Sen. John Smith (D-Ill.), noting the size of the list, said, “Let me tell you, it is huge.”", "smith",
     "Let me tell you, it is huge."),
    ("“We want deeper stories,” said Jane Doe, 34, a native who broke into D.C. reporting covering lobbyists. “I "
     "think the paper is a great venue.”", "doe", "I think the paper is a great venue."),
    ("On Saturday, John Smith wrote an open letter to the authorities: “We call for an inquiry.”", "smith",
     "We call for an inquiry."),
    ("“I love the network,” Smith said. “They have become a tabloid.”\n“And it is sad that they sold their soul.”",
     "smith", "And it is sad that they sold their soul."),
    ("John Smith, the party spokesman, said in a statement. “There are no ballots to recount.”", "smith",
     "There are no ballots to recount."),
    ("On Monday, Senator John Smith dismissed calls for talks.\n“What talks? You cannot talk with criminals.”",
     "smith", "You cannot talk with criminals."),
    ("“Nobody gets it perfect,” Smith said when asked about the tests. “The job is to keep improving them.”",
     "smith", "The job is to keep improving them."),
    ("In other words, explained moderator Jane Doe: “What does that have to do with donations?”", "doe",
     "What does that have to do with donations?"),
    ("“We will appeal,” Jane Doe, a longtime Smith ally, said.", "doe", "We will appeal"),
    ("“It is a long shot” that Jones can overtake her, said pollster Jane Doe.", "doe", "It is a long shot"),
    ("“This is wrong,” said Smith constituent Jane Doe, a teacher.", "doe", "This is wrong"),
    ("Senator Jane Doe is telling supporters that “the fight is not over.”", "doe", "the fight is not over."),
    ("Jones said the plan was sound, to which Smith interjected: “It is just not true.”", "smith",
     "It is just not true."),
    ("Appearing before supporters at the hall, Smith said it was too early but added, “I think you know the result.”",
     "smith", "I think you know the result."),
    ("“It looks bad, who knows?” Smith told a television station in an interview on Monday.", "smith",
     "It looks bad, who knows?"),
    ("Smith said there is “only one conservative who can win this race,” adding that it is why Mary Jones "
     "“attacks us all the time.”", "smith", "only one conservative who can win this race"),
    ("President John Smith released the following statement:\n“We offer our condolences to the family.”", "smith",
     "We offer our condolences to the family."),
    ("Smith said: “I don’t know how much he can deliver, but I think there is an intention.”", "smith",
     "I think there is an intention"),
    # a quotation with no closing mark runs on: each paragraph opens with a mark, only the last closes it
    ('Jane Doe stated:\n"The plan is dead. It was never alive.\n"We will now start again from the beginning."',
     "doe", "We will now start again from the beginning."),
    # the sentence's verb of saying, past the other quotations it holds
    ("Smith said the phrase “radical reform” is “an insult to every worker in the land.”", "smith",
     "an insult to every worker in the land."),
    ("The plan will carry “a great deal of weight” and bring “new energy to the party,” Smith said.", "smith",
     "a great deal of weight"),
    # a participle's subject opens its sentence: past a title's stop, past a quotation inside the clause
    ("Jane Doe threw her support behind Sen. John Smith (R-Texas) Wednesday, saying it is time for “a real "
     "conservative in the White House.”", "doe", "a real conservative in the White House."),
    ("Smith delivered a defense of “New York values,” saying the city embodied “the heart and soul of America.”",
     "smith", "the heart and soul of America."),
    # a quotation paragraph signed by the next one; a colon after a title, a name and its parenthesis
    ("“We will look into it. I do not know the status yet.”\n- Jane Doe.", "doe", "We will look into it."),
    ("Rep. Jane Doe (R-S.C.):“I have not heard anyone ever cite that figure.”", "doe",
     "I have not heard anyone ever cite that figure."),
    # a relative clause whose closing comma is missing
    ("“We are finding that over and over,” Jane Doe, who is chairman of the Principles PAC said in a statement.",
     "doe", "We are finding that over and over"),
    # any verb whose object is a statement noun makes a statement (lexicon: STATEMENT_NOUNS), after an opening phrase
    ("Smith delivered a snappy retort: “No one is tearing this up today.”", "smith",
     "No one is tearing this up today."),
    ("In response to the loss of life, Smith issued the following statement:\n“We mourn with the families.”",
     "smith", "We mourn with the families."),
    # a quotation paragraph goes on with the main clause of the sentence before
    ("Smith said that for decades some critics had been predicting a withdrawal, but it would not happen.\n"
     "“That is because this region is home to half the world.”", "smith", "That is because this region is home "
     "to half the world."),
    # a verb of saying whose complement holds the quotation wins over a tag that names nobody known
    ("When Smith later said he would “protect all our citizens,” the crowd applauded loudly.", "smith",
     "protect all our citizens"),
    # repeating one's own line is no relay; an appositive whose closing comma is missing
    ("“We are going to replace the plan with something better,” Smith said, repeating a common line.", "smith",
     "We are going to replace the plan with something better"),
    ("“We need a strategy for the voters,” Jane Doe, the polling guru who founded the site tweeted on Wednesday.",
     "doe", "We need a strategy for the voters"),
    ("Former Gov. Jane Doe, for her part, is labeling the actions “a blatant abuse of power.”", "doe",
     "a blatant abuse of power."),
    ("Smith has since apologized for what happened: “Yes, I should have used two accounts.”", "smith",
     "Yes, I should have used two accounts."),
    # verbs of praise and blame report speech (lexicon: praise, thank, mock, bemoan, slam, ...)
    ("Smith thanked the nurses for “their support in my campaign all year.”", "smith",
     "their support in my campaign all year."),
    ("Jane Doe is praising Mr. Smith as “a man who never went to the gutter.”", "doe",
     "a man who never went to the gutter."),
    ("Former Secretary of State Jane Doe urged women to vote for Mary Jones, saying, “There is a special place for "
     "them.”", "doe", "There is a special place for them."),
    ("Later, Smith shared a syllabus for a class called “Perception” on his page, writing “Allow me to do the "
     "research for the reporter.”", "smith", "Allow me to do the research for the reporter."),
    # the subject of a tag: a name joined by "and" to an object in the appositive is an object too
    ("Smith, 41, the son of Jane Doe and former senator Mary Jones, said on Monday, “The farm will stay open.”",
     "smith", "The farm will stay open."),
    ("Smith, the co-author of “Going Viral,” about the spread of news, said the nation once had “a unifying story.”",
     "smith", "a unifying story."),
    # a verb of saying after a comma, then a one-word name: the tag is inverted; not after a subject set off by
    # commas, whose verb it is
    ("Because of the way Jones drew the map, explained Smith, “the race will be over by March.”", "smith",
     "the race will be over by March."),
    ("But, said Smith, “we will not stop now.”", "smith", "we will not stop now."),
    ("Jones, in a statement, said Smith, “a liar,” should resign.", "jones", "a liar,"),
    ("Mary Jones, the chair, said he expects Smith and Doe to “show their unity.”", "jones",
     "show their unity."),
    # an inverted tag's name ends its phrase with its suffix and its parenthesis, and speaks on in the next sentence
    ("“We will win this state,” said Sen. John Smith Jr. (D-Pa.), a Jones backer. “She is ready.”", "smith",
     "She is ready."),
    # an inverted tag may name a role before the name, and reports its whole sentence, past "and" or "but"
    ("The agency did not find “ties of any consequence,” aside from a few calls, said the agency’s director, John "
     "Smith, on Monday.", "smith", "ties of any consequence,"),
    ("Voters want a “candidate who is a lightning rod” and the city gets nervous, said Smith, director of the "
     "Union in Ohio.", "smith", "candidate who is a lightning rod"),
    ("“There is a sense of calm now,” and donations began to pick up again last week, Smith said.", "smith",
     "There is a sense of calm now"),
    # an appositive whose closing comma is missing: a role and the body it serves, a home's state
    ("Mary Jones, the communications director for the State Party said in a statement. “There are no ballots to "
     "recount.”", "jones", "There are no ballots to recount."),
    ("John Smith, president and CEO of the Grocers Association stated, “It is not a political problem.”", "smith",
     "It is not a political problem."),
    ("Mary Jones of Columbia, South Carolina says she thinks Smith can win if he keeps “doing what he does.”",
     "jones", "doing what he does."),
    # a verb made from a brand name may be capitalised anywhere (lexicon: BRAND_VERBS)
    ("“Not us, but we cannot argue with it!” Smith, the head of the Fund, Tweeted on Friday with a photo.", "smith",
     "Not us, but we cannot argue with it!"),
    # an age before a name describes it; "echo" is a verb of saying
    ("Voters liked him.\n17-year-old John Smith echoed:\n“He speaks his mind.”", "smith", "He speaks his mind."),
    ("Mary Jones echoed Smith: “He speaks his mind.”", "jones", "He speaks his mind."),
    # after a quotation, lower-case descriptors may open the clause whose subject a participle shares
    ("“The races below could shake,” veteran analyst Mary Jones wrote this week, adding that if the party loses, "
     "“holding the Senate would be a long shot.”", "jones", "holding the Senate would be a long shot."),
    # a "that" after a relative pronoun opens a clause of its own, whose subject may speak
    ("The debate grew so heated over who backed which bill that Gov. Mary Jones said, “I need a translator.”",
     "jones", "I need a translator."),
    ("Mary Jones, who backed the bill that Smith drafted, said “it will pass.”", "jones", "it will pass."),
    # a tag after the sentence's last quotation reaches an earlier one past a pronoun inside the report
    ("His endorsements will carry “a great deal of weight” and bring candidates the “grass-roots firepower” they "
     "need to win, Fund spokesman John Smith said.", "smith", "a great deal of weight"),
    # a form as often a noun ("calls", "notes") is a verb after a name and its appositive too
    ("Columnist Mary Jones, a speechwriter in George W. Bush’s White House, calls Smith “a conviction candidate "
     "with the challenges of a chameleon.”", "jones", "a conviction candidate with the challenges of a chameleon."),
    ("Mary Jones, a party consultant, notes that a fifth of the vote is enough, which means Smith “can do a lot of "
     "damage by cherry-picking” there.", "jones", "can do a lot of damage by cherry-picking"),
    # "from her post" names no other actor: a word in -er is one only if it is no function word
    ("Smith called on Jones to resign from her post and said, “Her mind is shot!”", "smith", "Her mind is shot!"),
    # "with" and a name before a participle: an absolute clause, whose subject the name is
    ("Both Jones and Smith saw it as a sign of disarray, with Smith noting the absurdity of placing “a couple of "
     "hundred guys here” around the city.", "smith", "a couple of hundred guys here"),
    # a tag after a quotation closed by a stop, and before another after a comma, opens the next sentence
    ("Jones said that Smith has energized “a lot of people” who “are involved in the system now.” He added, “What "
     "I like is that.”", "jones", "are involved in the system now."),
    # the colon form: a name described before it, as a clause's opening name may be
    ("Former secretary of state Mary Jones:“We learned that from the department.”", "jones",
     "We learned that from the department."),
    # after an appositive, a verb of saying or a verb and its object pronoun is the predicate, not a subject; a
    # verb before "to say" is one report with it
    ("Jones, who signed the gun laws as governor, interjected to say: “They have both been inconsistent.”", "jones",
     "They have both been inconsistent."),
    ("The editor I was talking to, Mary Jones, interrupted me in mid-sentence to announce, “There goes the "
     "franchise.”", "jones", "There goes the franchise."),
    # after an inverted verb, a title with no determiner joined by "of" describes the name after it
    ("“The first line of defense is the community,” said former secretary of state Mary Jones, who praised Smith.",
     "jones", "The first line of defense is the community"),
    # a verb joined by "and" or "but" shares its clause's subject past an adverb such as "now" (CLAUSE_ADVERBS)
    ("Representative Mary Jones used to back her neighbour John Smith, but now said Doe had “the chance to unite "
     "us.”", "jones", "the chance to unite us."),
    # "who" right before a name is the object of the relative clause, whose subject the name is
    ("Much of Smith’s ire was aimed at Jones, who Smith on Wednesday called “a total failure.”", "smith",
     "a total failure."),
    # a sentence with no verb of saying gives words to the owner it names (VIEW_NOUNS, QUOTED_THINGS)
    ("“We will appeal,” from the first day to the last, in John Smith's view.", "smith", "We will appeal"),
    ("In John Smith's words, “the plan is dead.”", "smith", "the plan is dead."),
    ("Voters still feel the pull of John Smith's “keep your plan” promise.", "smith", "keep your plan"),
    ("Jane Doe — an attorney for Mary Jones — said, “The plan failed.”", "doe", "The plan failed."),
    # a sentence that is a participle of saying goes on with the report before it
    ("John Smith said the audit “was not good.” Adding, “Now it is never that bad.”", "smith",
     "Now it is never that bad."),
    ("Jane Doe — an attorney who is close to Mary Jones — said the plan was “dead on arrival.”", "doe",
     "dead on arrival."),
    # "written", the participle of a verb of saying, reports like its other forms
    ("As John Smith has written, “we will never back down.”", "smith", "we will never back down."),
    # a height's inch mark is no quotation mark
    ("“He is taller than me, like 6’2”, and he thinks it matters,” John Smith said.", "smith",
     "He is taller than me, like 6’2”, and he thinks it matters"),
    ('"I am 5\'10" and proud of it," John Smith said.', "smith", 'I am 5\'10" and proud of it'),
    # single marks, curly or straight, as a British paper sets them: outside, and around double ones
    ("‘The deal is “dead”, and I won’t revive it,’ said Mr Smith. ‘Ms Jones knows it.’", "smith",
     "The deal is “dead”, and I won’t revive it"),
    ("‘We will appeal,’ said Mary Jones, adding: ‘The ruling is wrong.’", "jones", "The ruling is wrong."),
    ("'We will appeal,' said Mr Smith, whom Ms Jones's aides called 'a sore loser'. 'The ruling is wrong.'",
     "smith", "We will appeal,"),
    ("Mr Smith told the BBC: 'The deal is \"dead\", and I won't revive it.'", "smith",
     "The deal is \"dead\", and I won't revive it."),
    # a quotation a colon led in has its speaker: the sentence after it is no tag of it
    ("Mr Smith told the BBC: “We will appeal.” Ms Jones disagreed.", "smith", "We will appeal."),
    ("John Smith said on Monday night in a long interview, “We will appeal.” Jones disagreed.", "smith",
     "We will appeal."),
    ("Their first question, as always: “How much will it cost?” John Smith asked.", "smith",
     "How much will it cost?"),
    ("A heckler yelled, “Liar!” Mary Jones laughed. John Smith said, “Let her speak!” Jones thanked him.", "smith",
     "Let her speak!"),
    # a title in a relative clause's description; a participle with its agent modifies a noun, reporting nothing;
    # a name inside an opening phrase is no subject of the clause after its comma
    ("In 2009, under what Mr. Smith called “the prior economy model,” the club charged a fee.", "smith",
     "the prior economy model,"),
    ("Smith contended in his letter, written by Tom Cohen, a vice president, that the funds had “a stated bias.”",
     "smith", "a stated bias."),
    ("On the day that a video of a Jones rally emerged, Mr. Smith said of it, “I don't like it,” adding that “they "
     "have anger.”", "smith", "they have anger."),
    ("The question in Washington: “Will he run?” John Smith asked.", "smith", "Will he run?"),
    ("When reporters asked him about the ruling, “Never!” John Smith shouted.", "smith", "Never!"),
    ("'We will appeal,' said Mary Jones, adding: 'The ruling is wrong.'", "jones", "The ruling is wrong."),
    ("The vote failed, so Mary Jones rose and said: “We will win.”", "jones", "We will win."),
    ("The mood was so tense that this time Mary Jones said “it is over.”", "jones", "it is over."),
    # the object of a verb of perception does what follows it (PERCEPTION_VERBS)
    ("Witnesses saw John Smith at the rally, shouting “Lock them up!”", "smith", "Lock them up!"),
    ("The tape captured Smith on the phone, saying: “Delete the files.”", "smith", "Delete the files."),
    # a double mark set as two single ones is one double mark (PAIRED_SINGLES)
    ("''We will appeal,'' Ms. Smith said. Mary Jones disagreed, saying, ''It is over.''", "smith", "We will appeal"),
    ("Mary Jones disagreed. ``It is over,'' said John Smith.", "smith", "It is over"),
    ("‘‘We will appeal,’’ John Smith said.", "smith", "We will appeal"),
    ("John Smith said, ''I told her 'no.'''", "smith", "I told her 'no.'"),
    # a verb of thought right after its subject's name, with no verb of saying before the quotation, introduces
    # the thinker's words (THINKING_VERBS): a text can quote only what was said
    ("After the crash, Mary Jones worried that the pension fund was turning into “a slot machine for insiders.”",
     "jones", "a slot machine for insiders."),
    ("The outcome, Jones fears, will be “a lost decade for the county.”", "jones", "a lost decade for the county."),
    # a quotation that opens a second predicate ("and “would …”") of a reported verb's subject is a part of the
    # report around it, not what that verb reports
    # an intensive reflexive after the subject is no noun that the name describes: the inner speaker is Smith again
    ("Smith said she herself had once called the levy “a tax on hope.”", "smith", "a tax on hope."),
    ("Mary Jones herself called the levy “a tax on hope.”", "jones", "a tax on hope."),
    # a verb inside an adverbial phrase or clause that a comma closes before the quotation's own clause does not
    # reach it; a phrase the text talks about ("the words “…”") splits no report
    ("On Sunday, Smith said that by dodging the words “class war,” his rivals are “pretending the mills never "
     "closed.”", "smith", "pretending the mills never closed."),
    ("Smith said that after Jones denounced it, the levy was “dead and buried.”", "smith", "dead and buried."),
    ("Smith argued, after Jones denounced the levy, that it was “dead and buried.”", "smith", "dead and buried."),
    # a statement's participle right after its noun ends at the noun phrase's own verb of meaning (MEANING_VERBS)
    ("Smith said Jones’s post saying farmers would back her after the flood meant that “if people want dry roads, "
     "they should vote for her.”", "smith", "if people want dry roads, they should vote for her."),
    ("At the rally, Smith said that Jones pleaded with him for a job in 2019 and “would have crawled across the "
     "floor” if he had asked.", "smith", "would have crawled across the floor"),
]

# Words the sentence's verb of saying does not reach: another name or another clause stands between.
NOT_THE_SENTENCE_VERB = [
    ("Smith called the ruling “a disgrace,” a day after Jones hailed it as “a real triumph.”", "smith",
     "a real triumph."),
    ("Smith said the plan was “dead,” but the headline on Jones's website read “Victory at last for all.”", "smith",
     "Victory at last for all."),
    ("Smith said voters wanted “change” while the crowd waved banners with “four more years for us.”", "smith",
     "four more years for us."),
    ("Smith said they had a “long road ahead,” and Doe was sure they would “blow away expectations.”", "smith",
     "blow away expectations."),
    ("Critics of Smith attacked the plan, saying “it will ruin the town for good.”", "smith",
     "it will ruin the town for good."),
    ("At a June Smith campaign event in Ohio, Jane Roe railed against the plan, and explained “how much it upset "
     "her.”", "smith", "how much it upset her."),
    # a subordinate clause's own subject speaks for its verb, not the main clause's
    ("Smith paused as a woman in the front row shouted: “You lied to us!”", "smith", "You lied to us!"),
    ("Smith bristled when a reporter asked: “Will you resign?”", "smith", "Will you resign?"),
    # a sentence that relays someone's words takes no report from the sentence before
    ("Smith said the plan was dead. Quoting Jones: “It was dead on arrival.”", "smith", "It was dead on arrival."),
    # a name denied ("not Smith") is no subject
    ("Mary Jones — not Smith — called the plan “a fraud from day one.”", "smith", "a fraud from day one."),
    # a sentence whose own subject is another name takes no tag from the sentence before
    ("“We can afford it,” Jones said. Smith, for his part, resisted: “The money is not there.”", "jones",
     "The money is not there."),
    ("“We can afford it,” Jones said. Smith was unmoved: “The money is not there.”", "jones",
     "The money is not there."),
    # a citing verb with a name before a colon names a source, not the speaker's words
    ("Smith cited Jones: “The levy is fair.”", "smith", "The levy is fair."),
    ("Smith's statement cited Jones: “The levy is fair.”", "smith", "The levy is fair."),
    ("Smith's letter to the editor said Jones had written “we will never back down.”", "smith",
     "we will never back down."),
]


@pytest.mark.parametrize("text, analyst, quote", NOT_THE_SENTENCE_VERB, ids=[t for t, _, _ in NOT_THE_SENTENCE_VERB])
def test_another_clause_keeps_its_quotation_from_the_sentence_verb(verdict, text, analyst, quote):
    assert verdict(text, analyst, quote) != ""

REPORTED = [
    ("Smith told host Jane Roe that the plan was dead.", "smith", "the plan was dead"),
    ("Smith said on Monday that the plan was dead.", "smith", "the plan was dead"),
    ("Smith said Thursday during a taping of a town hall meeting in Buffalo, New York, that the plan was dead.",
     "smith", "that the plan was dead"),
    ("Rep. John Smith (D-Ga.) said in ‘08 that the plan was dead.", "smith", "that the plan was dead"),
    ("Sen. John Smith (D-R.I.), said after a lunch on Tuesday that the plan was dead.", "smith",
     "that the plan was dead"),
    ("John Smith, a deputy prime minister under Mr. Jones, said in an interview that the plan was dead.", "smith",
     "that the plan was dead"),
    ("Smith said Friday in St. Louis, Missouri, that the plan was dead.", "smith", "that the plan was dead"),
    ("John Smith said at a briefing that the plan was dead.", "smith", "that the plan was dead"),
    ("Smith said Tuesday at a meeting with farmers in Ames, Iowa, that the plan was dead.", "smith",
     "that the plan was dead"),
    ("John Smith, who at the time was a Ft. Worth member of the club, said that the plan was dead.", "smith",
     "that the plan was dead"),
    ("According to Smith, the plan was dead.", "smith", "the plan was dead"),
    ("The plan was dead, according to Smith.", "smith", "The plan was dead"),
    ("Acts of protest, Smith said, are a right.", "smith", "Acts of protest"),
    ("Doe said she planned to travel, and said she was not concerned.", "doe", "she was not concerned"),
    ("Smith called for a new vote in the spring.", "smith", "a new vote in the spring"),
    ("Smith claims the plan is worth ten billion dollars.", "smith", "the plan is worth ten billion dollars"),
    ("Retired surgeon John Smith told a crowded banquet hall at a hotel in downtown Baltimore that he is not "
     "giving up.", "smith", "he is not giving up"),
    ("Smith warned against a new vote in the spring.", "smith", "a new vote in the spring"),
    ("Smith said it would consider asking for a review.", "smith", "it would consider asking for a review"),
    ("Asked whether the debate helped, Doe said it had done the opposite.", "doe", "it had done the opposite"),
    ("The FBI said Tuesday that Smith will answer questions, and Smith said he welcomed it.", "smith",
     "he welcomed it"),
    ("Smith said the army stopped the practice, but Smith did not say when.", "smith", "the army stopped the practice"),
    ("Walking to the next house, Smith talked of her days as a Goldwater girl in Park Ridge, and said their views "
     "were both changed by the war.", "smith", "their views were both changed by the war"),
    ("But Smith, who recalled taking the service lift up, said in an interview that the project never came to pass.",
     "smith", "the project never came to pass"),
    # a name after a title is still a preposition's object; a place after a name is still the name's
    ("Jane Doe, a spokeswoman for Mr. Smith, said that the campaign was about wages.", "doe",
     "that the campaign was about wages"),
    ("Senator Jane Doe of Texas, the second Republican in the Senate, said the chamber will vote on Monday.", "doe",
     "the chamber will vote on Monday"),
    ("Smith told The Post and Courier of Charleston on Saturday that he cast his ballot early.", "smith",
     "that he cast his ballot early"),
    # a conjunction and a verb of saying open another report of the same speaker, not a qualifier of this one
    ("Smith said Tuesday that he had voted for the plan, but cautioned against reading it as an endorsement.",
     "smith", "that he had voted for the plan"),
    # "according to" a finding or a statement by someone (lexicon: FINDING_NOUNS, STATEMENT_NOUNS)
    ("Sales of electric cars are growing 60 percent a year, according to a recent report from Jane Doe.", "doe",
     "Sales of electric cars are growing 60 percent a year"),
    ("As of Wednesday, the party had 2,205 delegates, according to a tally by Jane Doe.", "doe",
     "As of Wednesday, the party had 2,205 delegates"),
    # a noun-like verb after a possessive is a noun ("the AP's questions"), and frames nothing
    ("He was copied on the paper's questions and Smith said he spoke to Doe before answering.", "smith",
     "he spoke to Doe before answering"),
    # after reported speech, a clause with a subject of its own, or a new predicate of the speaker's
    ("Smith says the mails were personal, but for his rivals, it is a smoking gun.", "smith",
     "the mails were personal"),
    ("Smith said Saturday that the plan was in step with voters -- but it clearly was out of step with the panel.",
     "smith", "that the plan was in step with voters"),
    ("Smith says she is going to vote for the plan but has withheld her endorsement.", "smith",
     "she is going to vote for the plan"),
    ("Smith said he had many talks with the office, but officials said those talks came later.", "smith",
     "he had many talks with the office"),
    # a negation of an earlier report in the sentence, or "a few", qualifies nothing in this one
    ("Smith said she did not want to think about a defeat and predicted that the party will win in May.", "smith",
     "that the party will win in May"),
    ("A few weeks after Smith announced that the war would end on his watch, the talks began.", "smith",
     "that the war would end on his watch"),
    # a name inside an appositive's noun phrase modifies it; a suffix and an adverb keep the name the subject
    ("Jane Doe, the Smith campaign's chairman, said the comments were responses to attacks.", "doe",
     "the comments were responses to attacks"),
    ("Vice President Jane Doe Jr., who was to travel to Columbus, Ohio, on Wednesday, said they touched on a core "
     "issue.", "doe", "they touched on a core issue"),
    ("Smith also claims he was the only one punished for the leak.", "smith", "he was the only one punished"),
    # a participle after by/while, a descriptor before the name, a time phrase, "as" before a title
    ("Jane Doe picked up from her daughter by saying she is ready to go to work.", "doe",
     "she is ready to go to work"),
    ("Jane Doe had a comparable view of the record, while saying that the speech reassured her.", "doe",
     "that the speech reassured her"),
    ("Presidential candidate Jane Doe announced on Tuesday that she filed her statement, saying it set a new "
     "benchmark.", "doe", "it set a new benchmark"),
    ("Jane Doe, the party chairwoman, this past week announced the creation of a website.", "doe",
     "the creation of a website"),
    ("Smith jokingly offered the man a job as Secretary of Defense, then says he will welcome advice.", "smith",
     "he will welcome advice"),
    # a name that modifies the noun before another name is not the subject
    ("Jones campaign communications director Jane Doe conceded the point but noted that the polls were close.",
     "doe", "that the polls were close"),
    # an aside between two dashes reads as one between commas
    ("Jane Doe — who is listed as an attorney but does not practice — told reporters that the plan had failed.",
     "doe", "that the plan had failed"),
    ("In a speech from Ohio -- which votes on Saturday -- Jane Doe claimed momentum and argued that the plan had "
     "failed.", "doe", "that the plan had failed"),
    ("Jane Doe – an attorney for Mary Jones – said the plan had failed.", "doe", "the plan had failed"),
    # a noun of saying with the name that owns it reports that name's words (REPORTING_NOUNS)
    ("A strong finish would bolster Jane Doe's claim to be the only real alternative.", "doe",
     "to be the only real alternative"),
    ("As for the Doe claim that turnout had doubled, the figures say otherwise.", "doe", "that turnout had doubled"),
]


@pytest.mark.parametrize("text, speaker, quote", DIRECT, ids=[t for t, _, _ in DIRECT])
def test_a_direct_quote_goes_to_the_speaker_its_tag_names(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    other = "smith" if speaker == "jones" else "jones"
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith thought Jones had called the plan “a sham from the start.”", "a sham from the start."),  # called's
    ("Many voters believe Smith is “a fraud and a liar.”", "a fraud and a liar."),  # a subject no name
    ("Smith, whom Jones believes to be “a fraud and a liar,” said nothing.", "a fraud and a liar,"),  # Jones's
    ("Smith does not believe the budget is “a road to ruin.”", "a road to ruin."),  # a denial
    ("Smith would think the budget is “a road to ruin.”", "a road to ruin."),  # a hypothetical
    ("Smith worried that Jones said the budget was “a road to ruin.”", "a road to ruin."),  # Jones's report
    ("Smith thought: “This is the end of the road.”", "This is the end of the road."),  # a thought quoted whole
    ("Jones imagined Smith thought, “This is the end of the road.”", "This is the end of the road."),
])
def test_a_verb_of_thought_introduces_only_its_own_subjects_words(verdict, text, quote):
    assert verdict(text, "smith", quote) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith said that Jones pleaded with him for help and “a seat at the table.”", "a seat at the table."),  # an object
    ("Smith said Jones told reporters the plan was sound and “would pass easily.”", "would pass easily."),
    ("Smith said Jones told Doe the plan failed and “would never pass.”", "would never pass."),  # the clause's "and"
    ("Smith said Jones herself had once called the levy “a tax on hope.”", "a tax on hope."),  # Jones's, framed
    ("Smith said that, as Jones put it, the levy was “dead and buried.”", "dead and buried."),  # "as": a source
    ("Smith said Jones claimed the post saying it rained meant that “farmers want dry roads.”",
     "farmers want dry roads."),  # what the post meant is in Jones's claim
    ("Jones’s post saying farmers would back her meant that “farmers want dry roads.”", "farmers want dry roads."),
    ("Smith said that when Jones spoke, she called the levy “dead and buried.”", "dead and buried."),
    ("Smith said that after Jones spoke, Doe called the levy “dead and buried.”", "dead and buried."),  # Doe's
    ("Smith said that while Jones spoke, the crowd chanted “lock him up.”", "lock him up."),  # the crowd's
    ("Smith said that by using the words “class war,” Jones called voters “a basket of fools.”", "a basket of fools."),
    ("Smith met Jones. Smith said she herself had called the levy “a tax on hope.”", "a tax on hope."),  # "she": who?
])
def test_a_report_of_another_speakers_words_stays_theirs(verdict, text, quote):
    assert verdict(text, "smith", quote) != ""


# A participle of saying goes on with its clause's speaker: after an adverb ("recently telling"), a
# second participle after "and", an absolute "with Smith noting", an opening "Like Jones,", phrases of
# time or medium between it and the report it continues.
PARTICIPLES = [
    ("Jane Doe has voiced frustration about the debate with John Smith this month, recently telling a friend "
     "that she is unsure “which Smith will show up.”", "doe", "which Smith will show up."),
    ("Smith went after Jones on Monday over the budget, calling it “a farce” and asserting that the only "
     "explanation must be “a hole of unusual size.”", "smith", "a hole of unusual size."),
    ("Smith pushed back on Friday, saying that the bill was sunk by voter mistrust - and arguing that he and "
     "Doe shared “almost all the same views.”", "smith", "almost all the same views."),
    ("Jones and Smith used the harshest words, with Smith recently promising to “bomb them into the sea.”",
     "smith", "bomb them into the sea."),
    ("Both Jones and Smith saw the defeat as a sign of disarray, with Smith noting the folly of sending “a few "
     "hundred men here, a few hundred there” into the hills.", "smith", "a few hundred men here, a few hundred there"),
    ("Like Jones, Smith also rejected the idea that the party could walk away, arguing that there is “room for "
     "the ministry” in the plan.", "smith", "room for the ministry"),
    ("“Loud steps upstairs shake the floors below,” veteran analyst John Smith wrote this week, adding that if "
     "the party loses badly, “holding the Senate would be a long shot.”", "smith",
     "holding the Senate would be a long shot."),
    ("Smith replied to Jones’s question on Facebook writing, “Yes, I will. It was a poor choice of words.”",
     "smith", "Yes, I will. It was a poor choice of words."),
    ("“Many are unsure,” Smith wrote in a letter to the Times explaining why he spoke, “but most agree that "
     "the country is lost.”", "smith", "but most agree that the country is lost."),
]


@pytest.mark.parametrize("text, speaker, quote", PARTICIPLES, ids=[t for t, _, _ in PARTICIPLES])
def test_a_participle_of_saying_goes_on_with_its_clauses_speaker(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    other = "smith" if speaker != "smith" else "jones"
    assert verdict(text, other, quote) != ""


def test_a_participle_after_another_subject_with_is_that_ones(verdict):
    text = "Smith met Jones, with Jane Doe noting: “It went well.”"
    assert verdict(text, "doe", "It went well.") == ""
    assert verdict(text, "smith", "It went well.") != ""


# A statement speaks for whoever made it, and a lead-in may present someone's words with no verb.
STATEMENTS = [
    ("After the attack, Smith issued a statement, “Last night, our city was attacked.”", "smith",
     "Last night, our city was attacked."),
    ("In Geneva, Smith released a statement Thursday night condemning “what looks like a planned attack.”",
     "smith", "what looks like a planned attack."),
    ("Also, a fundraising email sent out by Smith on Tuesday night warned of the fight ahead: “There are nine "
     "votes in three weeks.”", "smith", "There are nine votes in three weeks."),
    ("A letter signed by Smith warned that “the fight is not over.”", "smith", "the fight is not over."),
    ("Aides say the mayor will back Jones. From Smith’s Facebook post: “For the sake of the town, we must heal.”",
     "smith", "For the sake of the town, we must heal."),
    ("What it means for the race - More from Smith: “The state is only a starting point.”", "smith",
     "The state is only a starting point."),
    ("Here’s Smith in December 1992: “Our new course must rest on the new facts.”", "smith",
     "Our new course must rest on the new facts."),
    ("Smith wrote a letter to Jones. Here is Jones’s reply: “Go home.”", "jones", "Go home."),
    ("Smith also made the point that the plan would make it “a third term in all but name.”", "smith",
     "a third term in all but name."),
    ("Jane Doe pondered who, without Smith, might “speak for us in this season.”", "doe",
     "speak for us in this season."),
    ("Jane Doe reacted coolly to the deal, “I am worried about any plan that sends people back.”", "doe",
     "I am worried about any plan that sends people back."),
    # a statement its possessive maker heads speaks for them
    ("“We will appeal,” John Smith's statement said.", "smith", "We will appeal"),
    ("Mary Jones's fundraising email to her supporters says, “the plan is dead.”", "jones", "the plan is dead."),
]


@pytest.mark.parametrize("text, speaker, quote", STATEMENTS, ids=[t for t, _, _ in STATEMENTS])
def test_a_statement_or_a_presenting_lead_in_speaks_for_its_maker(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    other = "smith" if speaker != "smith" else "jones"
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text", [
    "Smith defeated Jones in the debate, “Last night, the city was attacked.”",  # no statement, no verb of saying
    "Smith heard the words from Jones: “Go home.”",  # 'from' inside a clause presents nothing
    "A letter to Smith warned that “the fight is not over.”",  # addressed to, not made by
    "The reply to Smith's letter said, “the fight is not over.”",  # a statement about Smith's, not Smith's
    "Smith met the crowd. Adding, “the fight is not over.”",  # a participle after a sentence with no report
])
def test_a_lead_in_that_makes_no_statement_credits_nobody(verdict, text):
    quote = text.split("“")[1].rstrip("”")
    assert verdict(text, "smith", quote) != ""


# Clauses of their own: a verb that asks frames no report past "and" and a new subject; a report made
# "by saying" goes on into the quotation after it; a subordinate clause after a quotation tags nothing.
CLAUSES = [
    ("Smith met voters outside. At one point, a woman asked for a photo and Smith said, “only if we break no "
     "rules.”", "smith", "only if we break no rules."),
    ("Smith distanced himself from the movement by saying he would be willing to help if asked.  “I am going "
     "to back him, and back him with zeal.”", "smith", "I am going to back him, and back him with zeal."),
    ("“Many would call that a disgrace for Jones” if she lost by a wider margin, said John Smith, an analyst.",
     "smith", "Many would call that a disgrace for Jones"),
]


@pytest.mark.parametrize("text, speaker, quote", CLAUSES, ids=[t for t, _, _ in CLAUSES])
def test_a_clause_of_its_own_neither_frames_nor_tags_a_quotation(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones", quote) != ""


TAGS_AND_SUBJECTS = [
    # a sentence's final tag speaks for it, whatever "and" or "but" follows the quotation
    ("“There is a sense of calm now,” and money began to come in again last week, Smith said.", "smith",
     "There is a sense of calm now"),
    ("“I have made it clear that he voted with the lobby” and against the law, Smith said.", "smith",
     "I have made it clear that he voted with the lobby"),
    ("“Campaigns are short of money. The PACs have it.” but to lead in ads, says John Smith, a consultant.",
     "smith", "Campaigns are short of money. The PACs have it."),
    ("“This will be a test” for Jones, said Smith. “She can never be as far left as he is,” she said.", "smith",
     "This will be a test"),
    # an infinitive of saying after a verb that controls no object has the clause's subject
    ("Smith, who signed the gun laws as governor, interjected to say: “They have both wavered on this.”",
     "smith", "They have both wavered on this."),
    # an aspect verb or a pronoun before a participle is no noun the name modifies
    ("And in those last nights, Jane Doe wrote, she began saying a prayer “over and over again, as I had as a "
     "girl.”", "doe", "over and over again, as I had as a girl."),
    # "from her post" names no other actor; a name after "that" opens its clause
    ("Smith called on her to resign from her post and said, “Her mind is gone!”", "smith", "Her mind is gone!"),
    ("It has become such a presence on the trail that Smith at a rally thanked its members “for their help” and "
     "called the union “one of the sponsors of my campaign.”", "smith", "one of the sponsors of my campaign."),
    # a frame ends where a subordinate clause with its own subject begins; 'propose' reports
    ("“It is misleading,” Jones tweeted after Smith argued for the second time that “if all had voted as he "
     "did, we would have lost the plant.”", "smith", "if all had voted as he did, we would have lost the plant."),
    ("Jones signed an order, while Smith, the former governor, proposed we “wake up and smell the coffee” and "
     "said the speaker should go.", "smith", "wake up and smell the coffee"),
]


@pytest.mark.parametrize("text, speaker, quote", TAGS_AND_SUBJECTS, ids=[t for t, _, _ in TAGS_AND_SUBJECTS])
def test_a_tag_or_a_subject_the_sentence_makes_plain(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones" if speaker != "jones" else "smith", quote) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith, who is running again, praised Jones for showing “the courage of his convictions.”",
     "the courage of his convictions."),  # the name after the verb is its object, not an inverted tag
    ("Smith asked Jones to say: “I am sorry for everything.”", "I am sorry for everything."),  # Jones's saying
])
def test_an_object_does_not_speak_for_the_subject(verdict, text, quote):
    assert verdict(text, "jones", quote) != ""


def test_a_run_of_quotation_paragraphs_goes_on_from_the_first_ones_speaker(verdict):
    text = ("What the plan means is left to voters, since Smith spoke only in slogans during the interview.\n"
            "“We have to do something.”\n“We have to be a lot tougher.”\n“We are not fighting hard enough.”")
    assert verdict(text, "smith", "We are not fighting hard enough.") == ""
    assert verdict(text, "jones", "We are not fighting hard enough.") != ""
    asked = "Jones asked Smith whether he would run.\n“Will you?”\n“Never.”"  # a question's answer is another's
    assert verdict(asked, "jones", "Never.") != ""


@pytest.mark.parametrize("text", [
    "It rained. As Smith spoke, the lobby was going into overdrive, whipping votes against “any and all gun control” "
    "in the House.",  # 'speak' takes no content: 'as' tells a time
    "It rained. When Smith spoke on Monday, the crowd was going wild, holding signs reading “He is a fraud” at him.",
])
def test_a_verb_in_a_clause_of_time_speaks_for_nothing_in_the_main_clause(verdict, text):
    quote = text.split("“")[1].split("”")[0]
    assert verdict(text, "smith", quote) != ""


def test_as_with_a_verb_that_takes_content_is_a_source(verdict):
    text = "As Smith reported, the actor “gave between $1,001 and $5,000” to the fund."
    assert verdict(text, "smith", "gave between $1,001 and $5,000") == ""


@pytest.mark.parametrize("text, speaker, quote", [
    ("Smith said this was a “fatal mistake” and that she has learned her lesson: “They are ready for a longer "
     "fight.”", "smith", "They are ready for a longer fight."),  # a colon that ends a report goes on with it
    ("Senate Majority Leader John Smith, R-Ky., delivered a blunt message to Jones: “It is time to stop.”",
     "smith", "It is time to stop."),  # a lead-in's subject may carry a party tag or an appositive
    ("Smith, a pro-Jones super PAC, emailed a link to the video with one sentence: “THIS IS NOT OK.”", "smith",
     "THIS IS NOT OK."),
])
def test_a_colon_lead_in_after_a_report_or_a_described_subject(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones", quote) != ""


def test_emails_after_an_article_is_a_noun(verdict):
    text = "Smith released a statement, offering “a deep apology” to Jones after leaked emails showed the bias."
    assert verdict(text, "jones", "a deep apology") != ""


@pytest.mark.parametrize("text, speaker, quote", [
    ("In an interview, Smith expressed confidence that the server would not be an issue “that is going to "
     "affect the campaign.”", "smith", "that is going to affect the campaign."),
    ("Smith, co-founder of the institute, welcomed “the recognition that we do not have all the tools.”",
     "smith", "the recognition that we do not have all the tools."),
    ("Aides wrote to the secretary in December. Smith’s response was: “Is the store off Main or Elm?”", "smith",
     "Is the store off Main or Elm?"),
    # a possessive name inside a report's content is no other speaker; one right before the quotation is
    ("Smith lamented that the “danger” came from Jones’s ability to use anger while “allowing old hatreds to "
     "surface.”", "smith", "allowing old hatreds to surface."),
])
def test_more_ways_news_names_a_speaker(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones", quote) != ""


def test_a_possessive_right_before_a_quotation_makes_it_anothers(verdict):
    text = "Smith called the plan “dead,” in contrast to Jones’s “fresh start for all.”"
    assert verdict(text, "smith", "fresh start for all.") != ""
    assert verdict("In Smith's view, Jones said “the plan is dead.”", "smith", "the plan is dead.") != ""


def test_an_and_verb_after_an_auxiliary_shares_the_subject(verdict):
    text = "Smith has expressed concerns but has said she wants to see the bill move forward."
    assert verdict(text, "smith", "she wants to see the bill move forward", reported=True) == ""
    assert verdict(text, "jones", "she wants to see the bill move forward", reported=True) != ""


@pytest.mark.parametrize("text, speaker, quote", [
    # a form as often a noun ("notes", "calls") is a verb after a name and its appositive
    ("Jane Doe, a GOP consultant, notes that 20% is enough, which means Jones “can do a lot of damage” there.",
     "doe", "can do a lot of damage"),
    ("Post columnist John Smith, a speechwriter in George W. Bush's White House, calls Jones “a candidate of "
     "many faces”: “His gift is to sense where the right is.”", "smith", "His gift is to sense where the right is."),
])
def test_a_noun_like_verb_after_an_appositive(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones" if speaker != "jones" else "smith", quote) != ""


def test_a_bare_lemma_before_on_or_to_is_no_verb_of_saying(verdict):
    for text in ("The Greens object to John Smith's plan to “pave the wetlands.”",  # "object to": it says nothing
                 "John Smith promised “a cleaner river.” The Greens object to his plan to “pave the wetlands.”"):
        assert verdict(text, "greens", "pave the wetlands.", names=PLURAL_SUBJECTS, kinds={"greens": "group"}) != ""


PLURAL_SUBJECTS = {"greens": "the Greens", "smith": "John Smith", "jones": "Mary Jones"}


@pytest.mark.parametrize("text", [
    "“The river is dying,” the Greens state in their manifesto.",
    "The Greens met John Smith on Monday. “The river is dying,” they note in a paper.",
    "The Greens claim that “the river is dying.”",
    "The Greens complain bitterly: “The river is dying.”",  # an adverb, then a colon
])
def test_a_bare_lemma_after_a_plural_subject_is_its_verb(verdict, text):
    kinds = {"greens": "group"}
    assert verdict(text, "greens", "river is dying", names=PLURAL_SUBJECTS, kinds=kinds) == ""
    assert verdict(text, "smith", "river is dying", names=PLURAL_SUBJECTS, kinds=kinds) != ""


@pytest.mark.parametrize("text", [
    "“The river is dying,” the Jones report said.",  # a singular name before a bare lemma makes a noun
    "“The river is dying,” the Greens state party said.",  # a noun after it: a compound
    "“The river is dying,” the Greens state.",  # a person's name ending in -s is no plural
])
def test_a_bare_lemma_as_a_noun_speaks_for_nobody(verdict, text):
    names = {**PLURAL_SUBJECTS, "greens": "the Greens" if "Greens state." not in text else "Tom Greens"}
    kinds = {"greens": "group" if "Greens state." not in text else "person"}
    assert verdict(text, "jones", "The river is dying,", names=names, kinds=kinds) != ""
    assert verdict(text, "greens", "The river is dying,", names=names, kinds=kinds) != ""


@pytest.mark.parametrize("text, speaker, quote", [
    ("Ending the primaries with a formal speech -- complete with teleprompter -- Smith told supporters that "
     "“we close one chapter and begin another,” and he vowed to carry the “mantle.”", "smith",
     "we close one chapter and begin another"),  # a typewriter dash ends a clause: Smith is no object of 'with'
    ("House Republican John Smith used to back fellow Kentuckian Rand Paul, but now said Jones had “the chance "
     "to bring us together.”", "smith", "the chance to bring us together."),  # 'but now said' shares the subject
])
def test_dashes_and_adverbs_between_a_subject_and_its_verb(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones", quote) != ""


@pytest.mark.parametrize("text", [
    "But John Smith, the president of Judicial Watch, a group that has sued Mary Jones, said that “the damage "
    "is done.”",
    "John Smith, who heads a fund that once backed Mary Jones, said that “the damage is done.”",
    "John Smith, head of a fund that would never back Mary Jones, said “the damage is done.”",
    "John Smith, head of a group that frequently sues Mary Jones, said that “the damage is done.”",
])
def test_a_name_in_a_relative_clause_opened_by_that_is_no_subject(verdict, text):
    assert verdict(text, "smith", "the damage is done.") == ""
    assert verdict(text, "jones", "the damage is done.") != ""


@pytest.mark.parametrize("text", [
    "The mayor praised Mary Jones, saying, “She is a hero.”",
    "On Monday, the mayor praised Mary Jones, saying, “She is a hero.”",
    "Pastor Tom Brown endorsed Senator Mary Jones of Texas on Sunday, urging, “Vote for her.”",
    "The governor appointed Mary Jones to the board, calling her “the best in the business.”",
    "The magazine named Mary Jones its person of the year, calling her “a force of nature.”",
    "The mayor hugged Mary Jones and told reporters: “She is a hero.”",
    "The crowd cheered Mary Jones and chanted: “Four more years!”",
    "Officials briefed Mary Jones on the findings and warned that the risk was “real and growing.”",
])
def test_a_participle_or_an_and_verb_after_an_object_is_not_the_objects(verdict, text):
    quote = re.search("“(.*)”", text).group(1)
    assert verdict(text, "jones", quote) != ""


@pytest.mark.parametrize("text, speaker", [
    ("Mary Jones praised John Smith, saying, “He is a hero.”", "jones"),
    ("“It is not new here,” said Rep. Mary Jones (D-Va.) at the time, adding that “we have done this for years.”",
     "jones"),
    ("The senator was rallying for an academic named Mary Jones, who is running for Congress and who worked the "
     "crowd, praising “the best town in the state.”", "jones"),
    ("At the mayor's direction, the Jones campaign issued a statement apologizing to voters: “We erred.”", "jones"),
])
def test_a_participle_after_its_clauses_subject_is_theirs(verdict, text, speaker):
    quote = re.findall("“(.*?)”", text)[-1]
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "doe", quote) != ""


@pytest.mark.parametrize("text, speaker", [
    ("Jones took the stage. “We will win,” she said.", "jones"),
    ("Smith, who met Roe at the fair, spoke for an hour. He paused. “We will win,” he said.", "smith"),
    ("Smith didn’t look up as he spoke. “We are done here,” he said.", "smith"),
    ("Jones said she had never met him. “I wouldn’t know him if I saw him,” she told the court.", "jones"),
    ("Jones's vote surprised no one. “I did my duty,” she said.", "jones"),
    ("Jones spoke for an hour. She was asked about Doe's record. “It is thin,” she said.", "jones"),
    ("Doe left early. John Smith's vote, as I noted then, surprised no one. “I did my duty,” he said.", "smith"),
    ("John Smith's speech moved them. “I did my duty,” he said.", "smith"),
    ("Mary Jones spoke. Smith's friends cheered. “I did my duty,” she said.", "jones"),
])
def test_a_pronoun_stands_for_the_one_analyst_named_before_it(verdict, text, speaker):
    quote = re.search("“(.*?),?”", text).group(1)
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "doe", quote) != ""


@pytest.mark.parametrize("text", [
    "Smith interviewed Jones for an hour. “I have no regrets,” she said.",
    "Smith asked Jones whether she would run again. “I have not decided,” she said.",
    "Doe handed Jones the gavel. “Your turn,” she said with a smile.",
    "Smith thanked Jones, and she replied: “I have not decided.”",
    "Jones's daughter spoke at the funeral. She said: “I have not decided.”",
    "Smith's longtime aide spoke at the hearing. She said: “I have not decided.”",
])
def test_a_pronoun_after_two_analysts_or_after_a_possessive_credits_nobody(verdict, text):
    quote = re.search("“(.*?),?”", text).group(1)
    assert "no single analyst" in verdict(text, "jones", quote)
    assert verdict(text, "smith", quote) != "" and verdict(text, "doe", quote) != ""


@pytest.mark.parametrize("text", [
    "Представитель Петрова сообщил: «Он болен».",
    "«Он болен», — сообщил представитель Петрова.",
    "«Это позор», — ответили Петрову в министерстве.",
    "Журналист спросил Петрова: «Вы уйдёте в отставку?»",
    "Министр поблагодарил Петрова и добавил: «Работа продолжается».",
])
def test_a_russian_name_in_an_oblique_case_is_no_speaker(verdict, text):
    assert verdict(text, "petrov", re.search("«(.*)»", text).group(1)) != ""


@pytest.mark.parametrize("text", [
    "«Он болен», — сообщил Петров журналистам.",
    "По словам Петрова, «министр болен».",
    "Иван Петров, бывший министр, заявил: «Он болен».",
])
def test_a_russian_name_in_its_own_case_or_after_po_slovam_speaks(verdict, text):
    assert verdict(text, "petrov", re.search("«(.*)»", text).group(1)) == ""


@pytest.mark.parametrize("text, speaker", [
    ("After Smith spoke, Mary Jones rose and said the bill was “a gift to the banks.”", "jones"),
    ("When Jones had finished, Smith stood up and added: “a gift to the banks.”", "smith"),
    ("Smith — speaking after Jones had left the room — said the bill was “a gift to the banks.”", "smith"),
])
def test_a_clause_that_a_subordinator_opens_ends_at_its_comma(verdict, text, speaker):
    other = "smith" if speaker == "jones" else "jones"
    assert verdict(text, speaker, "a gift to the banks.") == ""
    assert verdict(text, other, "a gift to the banks.") != ""


@pytest.mark.parametrize("text", [
    "John Smith said Mary Jones was wrong and that the tax would pass.",
    "John Smith told the Senate, where Mary Jones chairs the budget panel, that the tax would pass.",
    "John Smith warned in a 2019 report, long before Mary Jones took office, that the tax would pass.",
])
def test_a_second_content_or_an_aside_before_that_keeps_the_report(verdict, text):
    assert verdict(text, "smith", "the tax would pass", reported=True) == ""
    assert verdict(text, "jones", "the tax would pass", reported=True) != ""


def test_another_report_before_and_that_is_that_reports(verdict):
    text = "John Smith said the plan failed, and Mary Jones argued that the tax would pass."
    assert verdict(text, "smith", "the tax would pass", reported=True) != ""


def test_a_programmes_name_in_quotation_marks_splits_no_report(verdict):
    text = "John Smith said on NBC's “Meet the Press” on Sunday that the plan had failed."
    assert verdict(text, "smith", "that the plan had failed", reported=True) == ""
    assert verdict(text, "jones", "that the plan had failed", reported=True) != ""


def test_that_before_a_subject_opens_a_clause_of_its_own(verdict):
    text = "The group was so divided over who backed which bill that Mary Jones said “the damage is done.”"
    assert verdict(text, "jones", "the damage is done.") == ""


@pytest.mark.parametrize("text, quote", [
    # a thing of words that is not the speaker's owns the quotation it introduces
    ("Smith released a statement Thursday night condemning Jones’s remark that “the town is finished.”",
     "the town is finished."),
    ("Smith released a statement Thursday night condemning the chant of “send her back.”", "send her back."),
    ("Smith reacted coolly to a Roe tweet, “The town is dying.”", "The town is dying."),
    ("Smith pondered Jones’s question, “Why now?”", "Why now?"),
    ("Smith expressed confidence that Jones would keep her pledge to “never raise taxes.”", "never raise taxes."),
    ("Smith welcomed guests under a banner reading “Welcome home.”", "Welcome home."),
    ("Smith welcomed the crowd’s chant, “Four more years!”", "Four more years!"),
    # a quotation that is a verb's subject, or the content of another's verb, is not the closing tag's
    ("“Lock him up” and other chants filled the hall, Smith said.", "Lock him up"),
    ("The crowd yelled “traitor” and Jones left, Smith said.", "traitor"),
    ("“Shame on you” but little else was heard from the crowd, Smith wrote.", "Shame on you"),
    ("“Lock him up” rang out for Jones, said Smith.", "Lock him up"),
    ("A banner reading “Go home” hung over the stage for Jones, said Smith.", "Go home"),
    ("The crowd chanted “lock him up” for Jones, said Smith.", "lock him up"),
    ("“This will be a test” for Jones, said Smith, quoting Roe.", "This will be a test"),
    # lead-ins and colons that present another's words
    ("From Jones’s post about Smith: “For the sake of the town, we must heal.”",
     "For the sake of the town, we must heal."),
    ("From the comments under Smith’s post: “For the sake of the town, resign.”", "For the sake of the town, resign."),
    ("Smith’s aide’s response was: “No comment.”", "No comment."),
    ("A tweet sent out by a Smith aide warned: “The fight is not over.”", "The fight is not over."),
    ("Smith said the memo was “a fraud” and read from it: “We will raise taxes.”", "We will raise taxes."),
    ("Smith calls Jones “a liar” and Jones has a reply: “Look who is talking.”", "Look who is talking."),
    ("Smith called on Jones to say: “I am sorry for everything.”", "I am sorry for everything."),
    ("Smith went after the plan, calling it “a farce,” and the crowd booing and chanting “shame.”", "shame."),
    # a holder of the words named in the quotation's own sentence keeps them
    ("Smith argues that the law failed. To Roe, it is “the best law on the books.”", "the best law on the books."),
    ("Smith told the panel that the data were flawed. The panel's own experts found “no evidence of error.”",
     "no evidence of error."),
    ("Protesters call Jones “a coward” and they will keep marching, Smith said.", "a coward"),
    ("Smith, the spokesman for the Jones campaign said, is “a distraction.”", "a distraction."),
    ("But, wrote Smith, the senator's reply was “a flat no.”", "a flat no."),
    ("“The deal is off,” a Smith aide is quoted as saying.", "The deal is off,"),
    ("“It will pass,” veteran Smith adviser Tom Roe wrote this week, adding that the bill is “sound.”", "sound."),
    ("For John Smith, a consultant, calls from voters all say the same: “Fix the roads.”", "Fix the roads."),
    ("Smith quoted Roe, calling the deal “fair” and adding, in Roe’s words, that it was “a win for all.”",
     "a win for all."),
])
def test_words_that_are_another_voices_are_not_the_speakers(verdict, text, quote):
    assert verdict(text, "smith", quote) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith repeated his pledge to “cut taxes for all.”", "cut taxes for all."),
    ("After the attacks, Smith issued a statement, “Last night, our city was attacked.”",
     "Last night, our city was attacked."),
    ("Smith, a Democrat, criticized Jones on Monday, calling her “a fraud.”", "a fraud."),
    ("Smith criticized Jones in an interview, calling her “a fraud.”", "a fraud."),
    ("Smith answered Jones's question: “No, I will not resign.”", "No, I will not resign."),
    ("“We are ahead,” Smith said, reading from a prepared statement, “and we will stay ahead.”",
     "and we will stay ahead."),
    ("Smith argues that the law failed. As a result, there is still “a very powerful industry.”",
     "a very powerful industry."),
])
def test_the_speakers_own_words_answer_and_statement_stay_theirs(verdict, text, quote):
    assert verdict(text, "smith", quote) == ""
    assert verdict(text, "jones", quote) != ""


def test_a_name_after_a_run_of_capitals_is_read_in_good_time(verdict):
    # a pattern over runs of capitals once backtracked for minutes here (_conjunct reads word by word)
    text = "A STATEMENT FROM THE OFFICE OF UNITED STATES SENATOR John Smith said, “We will win.”"
    assert verdict(text, "smith", "We will win.") == ""


def test_sounds_and_echoes_are_verbs_in_all_their_forms():
    from reportgen.text.lexicon import english_forms
    assert english_forms("boo")[1] == "boos" and english_forms("echo")[1] == "echoes"


def test_a_frame_with_that_still_holds_past_and(verdict):
    assert verdict("Critics claimed that Jones lied and Smith said “it was over.”", "smith", "it was over.") != ""


def test_a_shared_surname_names_the_one_named_in_full_however_far_back(verdict):
    names = {"hc": "Hillary Clinton", "bc": "Bill Clinton"}
    text = "Hillary Clinton spoke in Queens.\nThe crowd was large.\nIt rained.\nThe hall was full.\n" \
           "“I think it is so unfortunate,” Clinton said."
    assert verdict(text, "hc", "I think it is so unfortunate", names=names) == ""
    assert verdict(text, "bc", "I think it is so unfortunate", names=names) != ""
    both = "Bill Clinton and Hillary Clinton spoke in Queens.\nThe crowd was large.\nIt rained.\nThe hall was " \
           "full.\n“I think it is so unfortunate,” Clinton said."
    assert verdict(both, "hc", "I think it is so unfortunate", names=names) != ""  # either of them


@pytest.mark.parametrize("text, speaker, quote", REPORTED, ids=[t for t, _, _ in REPORTED])
def test_reported_speech_goes_to_the_speaker_its_verb_names(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote, reported=True) == ""
    assert verdict(text, "jones", quote, reported=True) != ""
    assert verdict(text, speaker, quote) != ""  # not a direct quote: the words are the author's


# Russian reporting grammar: «…», — сказал X; X заявил: «…»; …, как заявил X; X заявил, что … ("по словам
# Петрова" needs the name's inflected forms: issue 23's)
RUSSIAN = [
    ("«Выборы были нечестными», — сказал Петров.", "Выборы были нечестными", False),
    ("Петров заявил: «Выборы были нечестными».", "Выборы были нечестными", False),
    ("Выборы были нечестными, как заявил Петров.", "Выборы были нечестными", True),
    ("Петров заявил, что выборы были нечестными.", "выборы были нечестными", True),
    ("Петров заявляет, что выборы были нечестными.", "выборы были нечестными", True),
    ("«Мы не сдадимся», — пообещал Петров.", "Мы не сдадимся", False),
    ("Как сообщил Петров, выборы были нечестными.", "выборы были нечестными", True),
]


@pytest.mark.parametrize("text, quote, reported", RUSSIAN, ids=[t for t, _, _ in RUSSIAN])
def test_russian_reporting_grammar(problems_of, text, quote, reported):
    ok = problems_of(text, "petrov", quote, reported=reported)
    assert ok == [], [p.format() for p in ok]
    assert problems_of(text, "smith", quote, reported=reported) != []


@pytest.mark.parametrize("text", [
    "Smith aide Tom Brown said the plan was dead.",
    "The plan was dead, according to a report that Smith commissioned.",
    "It is not true that Smith said the plan was dead.",
    "Smith would not go so far as to say the plan was dead.",
    "Smith is scheduled to announce on Monday that the plan was dead.",
    "In a doctored video, Smith appears to say the plan was dead.",
    "Smith asked Jones why the plan was dead.",
    "Smith said the vote was lost, and the plan was dead.",
    "Smith said the vote was lost, that the plan was dead.",
    "Smith said goodbye to the staff in Buffalo, New York, knowing that the plan was dead.",
    "Smith said goodbye to voters certain that the plan was dead.",
    "Smith rejected Jones's claim that the plan was dead.",  # the claim is its owner's, not Smith's
])
def test_reported_speech_that_is_not_the_speakers_statement_is_refused(verdict, text):
    start = text.index("he plan") - 1
    assert verdict(text, "smith", text[start:].rstrip("."), reported=True) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith ordered an inquiry that concluded the army fired first.", "concluded the army fired first"),
    ("Smith said the plan was dead, which is obviously wrong.", "which is obviously wrong"),
])
def test_a_clause_of_its_own_after_the_verb_is_no_report(verdict, text, quote):
    assert verdict(text, "smith", quote, reported=True) != ""


@pytest.mark.parametrize("text", [
    "Smith listened as Jones attacked her, saying, “She is a fraud.”",
    "Smith was sued by Jones, alleging, “He stole the money.”",
    "Smith read out a letter from Jones, saying, “I will not resign.”",
    "Smith met Jones, who left the room, saying, “This is a farce.”",
    "Smith was confronted by a voter, demanding, “Why did you vote for the war?”",
])
def test_a_participle_whose_speaker_the_sentence_leaves_unclear_credits_nobody(verdict, text):
    quote = text.split("“")[-1].rstrip("”")
    assert verdict(text, "smith", quote) != ""


def test_a_reported_qualifier_still_may_not_be_cut(verdict):
    text = "Smith said the army stopped the practice, but only in March."
    assert verdict(text, "smith", "the army stopped the practice", reported=True) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith held a sign that read, “Jones is a liar and a cheat.”", "Jones is a liar and a cheat."),
    ("Smith attacked Jones, who said: “It was a mistake.”", "It was a mistake."),
    ("Jones spoke first.\n“Because you'd be in jail,” the moderator interjected.", "Because you'd be in jail"),
    ("“We will win,” Smith never said.", "We will win"),
    ("The Smith campaign said: “We will appeal.”", "We will appeal."),
    ("“It is over,” said Smith adviser Tom Brown.", "It is over"),
    ("“It is over,” said a Smith aide.", "It is over"),
    ("“We will win,” Smith said, quoting a placard.", "We will win"),
    ("“We will win,” Smith said, repeating a line of Jones's.", "We will win"),
    ("“The fight goes on.” — John Smith, quoting Jane Doe", "The fight goes on."),
    ("“We will win,” Smith said sarcastically, mimicking Jones.", "We will win"),
    ("“Liar!” Smith heard.", "Liar!"),
    ("Smith dismissed the “fake news” label Jones had pinned on her as childish.", "fake news"),
    ("Smith received a text message from Jones: “You will lose the vote.”", "You will lose the vote."),
    ("Smith was heckled by Jones: “Liar and cheat!”", "Liar and cheat!"),
    ("Smith carried a sign: “Jones is a liar.”", "Jones is a liar."),
    ("Smith cited a 2019 report by Jones: “Crime fell by a fifth.”", "Crime fell by a fifth."),
    ("Smith recalled Jones's words: “The plan is dead.”", "The plan is dead."),
    ("Smith faced one question over and over: “Why did you lie?”", "Why did you lie?"),
    ("“The plan is dead,” Smith retweeted.", "The plan is dead"),
    ("Jones called it “a total farce” and Smith “a clear triumph of reason.”", "a total farce"),
    ("Jones said she would make the sand “glow in the dark,” and Smith vowed to build a wall.", "glow in the dark"),
    ("Jones called the bill “dead,” in contrast to Smith's “fresh start for all.”", "fresh start for all."),
    ("Jones said voters wanted “change” while the crowd waved banners with “four more years.”", "four more years."),
    ("Jones pointed to the headline in the Post: “Smith surges in the polls.”", "Smith surges in the polls."),
    ("Jones retweeted a post saying “the election was stolen.”", "the election was stolen."),
    ("Smith has never said “the army fired first.” Jones said: “It did.”", "the army fired first."),
    ("“We will appeal,” Mary Jones, a longtime Smith ally, said.", "We will appeal"),
    ("After the vote, critics of John Smith issued the following statement:\n“We will appeal.”", "We will appeal."),
    ("Jones said she would make the sand “glow in the dark,” as Smith vowed to build a wall.", "glow in the dark"),
    ("Jones said Smith responded: “When you are attacked, you hit back.”", "When you are attacked, you hit back."),
    ("Nobody said, and I quote, “We love the voters.”", "We love the voters."),
    ("“Resign now!” Smith, the governor, said the protesters chanted.", "Resign now!"),
    ("Smith thanked the crowd for chanting “four more years.”", "four more years."),
    ("Jones argues that Smith lied. “I never lied.”", "I never lied."),
    ("Protesters confronted John Smith and shouted that he lied. “Go home.”", "Go home."),
    ("Smith cited Roe on the vote. “We will appeal.”", "We will appeal."),
    ("Jones called it “dead on arrival,” Smith recalled.", "dead on arrival,"),
    ("Smith said he heard: “You are fired.”", "You are fired."),
    ("Smith cited a study that estimated there are “somewhere between 23 and 28 people” opposed.",
     "somewhere between 23 and 28 people"),
    ("Smith cited a report that said there are “somewhere between 23 and 28 people” opposed.",
     "somewhere between 23 and 28 people"),
    ("Smith said he was handed a note: “You are fired.”", "You are fired."),
    ("Smith posted the following letter he had received:\n“You are a disgrace.”", "You are a disgrace."),
    ("Smith mocked Jane Roe for calling him “a fraud.”", "a fraud."),
    ("Smith praised his rival, Mary Jones, for saying “the plan is dead.”", "the plan is dead."),
    ("“Why now?” Smith, the governor, recalled a voter asking.", "Why now?"),
    ("Smith says he asked Jane Roe to stop saying “we will win.”", "we will win."),
    ("Smith met Roe on Friday. Smith said she responded: “We will fight.”", "We will fight."),
    ("Protesters confronted John Smith and shouted. “Go home.”", "Go home."),
    ("Mary Jones met John Smith and shouted. “Go home.”", "Go home."),
    ("John Smith has argued that the law was crippled. Jones's plan is “a farce.”", "a farce."),
    ("John Smith has argued that the law was crippled. Critics call it “a farce.”", "a farce."),
    ("John Smith has argued that the law was crippled. The sign read “Shame!”", "Shame!"),
    ("“We lost,” John Smith said, quoting Jane Roe, “and we will lose again.”", "and we will lose again."),
    ("“We will win,” John Smith said. @JaneRoe replied within minutes. “Shame!”", "Shame!"),
    ("John Smith has argued that the law was crippled. It is, Jane Roe says, “a farce.”", "a farce."),
    ("Smith cited Roe. “We will appeal.”", "We will appeal."),
    ("The banner read “no more wars,” as Smith said on Monday.", "no more wars,"),
    ("Smith left, and the audience then went on to shout, “He is unfit.”", "He is unfit."),
    ("“We will appeal,” a longtime Smith ally said.", "We will appeal"),
    ("“We will appeal,” Smith ally Tom Brown said.", "We will appeal"),
    ("Jones said she would make the sand “glow in the dark,” as Smith said.", "glow in the dark"),
    ("It led to what critics of John Smith called “the beginning of a new era” in his book.",
     "the beginning of a new era"),
])
def test_no_tag_credits_words_to_someone_it_does_not_name(verdict, text, quote):
    assert verdict(text, "smith", quote) != ""


def test_a_name_that_opens_a_clause_of_its_own_ends_the_report_before_it(verdict):
    """A name inside the report's clause ('his “friend” Jane Doe ran “…”') goes on with it; one that opens a
    clause after a comma and a quotation does not."""
    assert verdict("In a clip that Jones called “distasteful,” Smith expressed a wish to “try them all.”", "jones",
                   "try them all.") != ""
    # the analyst's form may leave out the name's first words ("Doe" in "Marco Doe")
    text = "Smith says his “friend and colleague” Marco Doe ran “an optimistic campaign about the future.”"
    assert verdict(text, "smith", "an optimistic campaign about the future.") == ""
    assert verdict(text, "doe", "an optimistic campaign about the future.") != ""


def test_after_a_question_the_next_quotation_is_the_answer(verdict):
    assert verdict("Jones asked Smith whether he lied. “Never.”", "jones", "Never.") != ""


@pytest.mark.parametrize("text, quote", [
    ("“Do they read the papers?” said Jane Doe, a delegate who has accused Jones of lying. “Do they read chain mail?”",
     "Do they read chain mail?"),
    ("“Would the fee be waived?” Jane Doe pressed. “Maybe for the first year?”", "Maybe for the first year?"),
    ("“It happens, right?” Jane Doe went on, as if she had not heard. “But you get over it.”", "But you get over it."),
])
def test_a_quotation_after_a_question_in_its_paragraph_goes_on_with_the_asker(verdict, text, quote):
    """The tag's speaker goes on, not the verb of a relative clause in the tag ('who has accused Jones')."""
    assert verdict(text, "doe", quote) == ""
    assert verdict(text, "jones", quote) != ""


@pytest.mark.parametrize("text, quote", [
    ("“It is education,” says Jane Doe, 32. Doe supports Democrat Mary Jones. “I have loans.”", "I have loans."),
    ("“It is education,” says Jane Doe, 32. She supports Democrat Mary Jones. “I have loans.”", "I have loans."),
])
def test_a_quotation_goes_on_across_sentences_that_keep_the_speaker(verdict, text, quote):
    assert verdict(text, "doe", quote) == ""
    assert verdict(text, "jones", quote) != ""


@pytest.mark.parametrize("text, quote", [
    # a sentence between about anyone or anything else may bring in the next voice: refused, though a
    # reader might take some of these for the speaker's (the towns "lie far", the billboards "helped")
    ("“Those are small towns,” Jane Doe said. They also lie far from Sioux City or Mason City. “It is a tough area.”",
     "It is a tough area."),
    ("“It is a critique,” said Jane Doe. But the oversized Jones face on the billboards has helped. “It worked.”",
     "It worked."),
    ("“I love this town,” Jane Doe said. The crowd was having none of it. “Go home!”", "Go home!"),
    ("“We have a deal,” Jane Doe said. Roe was blunter. “There is no deal.”", "There is no deal."),
    ("“We balanced the budget,” Jane Doe said. Mary Jones's campaign was unmoved. “That is a fairy tale.”",
     "That is a fairy tale."),
])
def test_a_quotation_does_not_go_on_across_a_sentence_about_anyone_else(verdict, text, quote):
    assert verdict(text, "doe", quote) != ""


@pytest.mark.parametrize("text", [
    "“I am calling from the campaign,” Jane Doe said into the phone.\nShe pauses.\n“Well, thank you so much.”",
    "“I am calling from the campaign,” Jane Doe said.\nShe pauses.\n“Thank you.”\nPause.\n“Well, thank you so much.”",
])
def test_a_quotation_paragraph_goes_on_across_paragraphs_that_bring_in_no_other_voice(verdict, text):
    assert verdict(text, "doe", "Well, thank you so much.") == ""
    assert verdict(text, "jones", "Well, thank you so much.") != ""


@pytest.mark.parametrize("text", [
    "“It was rigged,” Jane Doe said. Mary Jones's children would come up to her.\n“Well, thank you so much.”",
    "“We lost,” Jane Doe said.\nThen a voter stood up.\n“Well, thank you so much.”",
    "Jane Doe said the party “lost its way.”\nThe room went quiet until a man in the back stood.\n“Well, thank you "
    "so much.”",
])
def test_across_a_paragraph_break_a_sentence_about_anyone_else_may_bring_in_the_next_voice(verdict, text):
    assert verdict(text, "doe", "Well, thank you so much.") != ""


def test_a_quotation_paragraph_goes_on_from_one_that_a_lead_in_introduced(verdict):
    text = "Stated Jane Doe:\n“The stakes are high.”\n“It happens here.”"
    assert verdict(text, "doe", "It happens here.") == ""
    assert verdict(text, "jones", "It happens here.") != ""
    assert verdict("Mary Jones asked Jane Doe:\n“Will you resign?”\n“Never.”", "jones", "Never.") != ""


@pytest.mark.parametrize("text", [
    "“It was rigged,” Jane Doe said.\n@janeroe.\n“Well, thank you so much.”",  # an account speaks
    "“It was rigged,” Jane Doe said.\nMary Jones frowned.\n“Well, thank you so much.”",
    "“It was rigged,” Jane Doe said.\nThe hall was quiet. “Well, thank you so much.”",  # not a quotation paragraph
    "“It was rigged,” Jane Doe said.\nThe hall was quiet.\nIt was late.\nThe band left.\n“Well, thank you so much.”",
])
def test_a_quotation_paragraph_does_not_go_on_across_another_voice_or_a_long_narrative(verdict, text):
    assert verdict(text, "doe", "Well, thank you so much.") != ""


@pytest.mark.parametrize("between", ["They booed.", "Mary Jones shook her head.", "Jane Roe, a rival, shook her head.",
                                     "Her rival, Mary Jones, frowned.", "Next to her was Mary Jones.",
                                     "Jones said nothing.", "The crowd cheered."])
def test_a_sentence_that_brings_in_another_voice_ends_the_quotation_before_it(verdict, between):
    assert verdict(f"“We will win,” Jane Doe said. {between} “Shame!”", "doe", "Shame!") != ""


def test_a_passive_quoted_as_saying_is_its_subjects_report(verdict):
    text = "“The plan works,” Jane Doe is quoted as saying. “It has always worked.”"
    assert verdict(text, "doe", "The plan works") == ""
    assert verdict(text, "doe", "It has always worked.") == ""
    assert verdict("Jones quoted Jane Doe as saying “the plan works.”", "jones", "the plan works.") != ""


def test_a_question_pressed_on_someone_is_answered_by_another(verdict):
    assert verdict("“Would the fee be waived?” Jane Doe pressed. “No.”", "doe", "No.") != ""
    assert verdict("“Will you resign?” Jane Doe asked Mary Jones. “Never.”", "doe", "Never.") != ""
    assert verdict("“Will you resign?” Jane Doe asked him. “Never.”", "doe", "Never.") != ""
    assert verdict("“What does it mean?” Jane Doe asked. “It means we lose.”", "doe", "It means we lose.") == ""


def test_a_cue_crosses_a_paragraph_only_into_one_that_opens_with_a_quotation(verdict):
    text = "“We won,” Smith said.\nThe hall was quiet. “There are no ballots to recount.”"
    assert verdict(text, "smith", "There are no ballots to recount.") != ""


@pytest.mark.parametrize("text", [
    "Smith dismissed calls for talks.\nThe hall was quiet. “There is nothing to discuss.”",  # not one quotation
    "Smith never dismissed the calls.\n“There is nothing to discuss.”",  # a denial
    "Smith was confronted by a protester outside the hall.\n“There is nothing to discuss.”",  # no statement
    "Smith received a letter last week.\n“There is nothing to discuss.”",
    "Jones asked Smith if he would resign.\n“There is nothing to discuss.”",  # the answer to a question
    "“Did you win?” Jones asked Smith.\n“There is nothing to discuss.”",
])
def test_a_quotation_paragraph_goes_on_only_from_a_statement_of_its_speaker(verdict, text):
    speaker = "smith" if text.startswith("Smith") else "jones"
    assert verdict(text, speaker, "There is nothing to discuss.") != ""


def test_an_unknown_verb_never_borrows_the_previous_paragraphs_speaker(verdict):
    text = "“The vote was rigged,” Smith said.\n“Because you'd be in jail,” Jones interjected."
    assert verdict(text, "smith", "Because you'd be in jail") != ""
    assert verdict(text, "jones", "Because you'd be in jail") == ""


@pytest.mark.parametrize("text, sentences", [
    ("“Go register!” Smith said. Then he left.", ["“Go register!” Smith said.", "Then he left."]),
    ("“Why?” he asked. Fine.", ["“Why?” he asked.", "Fine."]),
    ("It is “now.” He added, “What.”", ["It is “now.”", "He added, “What.”"]),
    ("“We won.” Harris said.", ["“We won.” Harris said."]),
    ("It hasn’t. We can.", ["It hasn’t.", "We can."]),
    ("“Stop!” Then everyone ran away from the square.", ["“Stop!”", "Then everyone ran away from the square."]),
    ("“We will win!” said Rep. Jane Doe. He left.", ["“We will win!” said Rep. Jane Doe.", "He left."]),
    ("“Why not?” Jane Doe, the chairwoman, said of it. Fine.", ["“Why not?” Jane Doe, the chairwoman, said of it.",
                                                              "Fine."]),
    ("Will it work? Smith, the chairman, is unsure.", ["Will it work?", "Smith, the chairman, is unsure."]),
    ("Jones said the voters are “involved now.” He added, “It is new.”", ["Jones said the voters are “involved now.”",
                                                                          "He added, “It is new.”"]),
])
def test_sentences_end_after_a_tag_and_after_a_contraction(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_a_surname_two_analysts_share_is_nobodys_when_both_were_named_just_before(problems_of):
    names = {"jones": "Mary Jones", "jones2": "Tom Jones"}
    text = "Mary Jones and her husband, Tom Jones, spoke in Iowa.\n“We will win the state,” Jones said."
    assert problems_of(text, "jones", "We will win the state", names=names) != []
    assert problems_of(text, "jones2", "We will win the state", names=names) != []


@pytest.mark.parametrize("quote", ["the army fired first"])
@pytest.mark.parametrize("opening", ["Without question,", "It is no secret that", "Make no mistake,",
                                     "There is no denying that", "We now know, beyond any doubt, that"])
def test_set_phrases_that_affirm_may_be_left_out(verdict, opening, quote):
    assert verdict(f"“{opening} {quote},” Smith said.", "smith", quote) == ""


def test_a_surname_two_analysts_share_names_the_one_last_named_in_full(problems_of):
    text = "Mary Jones spoke in Iowa.\n“Most guns used in crimes come from out of state,” Jones said."
    names = {"jones": "Mary Jones", "jones2": "Tom Jones"}
    assert problems_of(text, "jones", "Most guns used in crimes come from out of state", names=names) == []
    assert problems_of(text, "jones2", "Most guns used in crimes come from out of state", names=names) != []


def test_a_capitalised_verb_inside_a_name_is_no_verb(verdict):
    text = "John Smith, a senior fellow at the Institute for War and Peace Reporting in London, said it was rigged."
    assert verdict(text, "smith", "it was rigged", reported=True) == ""


@pytest.mark.parametrize("text", ["Smith said Tuesday that he had voted for the plan, but only as a last resort.",
                                  "Smith said Tuesday that he had voted for the plan, but not for long.",
                                  "Smith said Tuesday that he had voted for the plan, though reluctantly."])
def test_a_qualifier_after_reported_speech_is_still_cut_away(verdict, text):
    assert "qualifying" in verdict(text, "smith", "that he had voted for the plan", reported=True)


def test_a_verb_with_two_spellings_has_both_participles():
    from reportgen.text.lexicon import REPORTING_VERBS, english_forms

    assert english_forms("label:labelled/labeled") == ["label", "labels", "labelled", "labelling", "labeled",
                                                       "labeling"]
    assert {"labeling", "labelling", "marveling", "marvelling"} <= set(REPORTING_VERBS)


def test_a_subject_after_a_comma_is_the_verbs_own_unless_it_describes_a_name_that_opens_the_clause(verdict):
    for text in ("“We will win,” said the wife of former minister Smith.",
                 "“We will win,” said friends of John Smith."):
        assert verdict(text, "smith", "We will win") != ""
    assert verdict("“The races below could shake,” a critic of Mary Jones wrote, adding that “the Senate is a long "
                   "shot.”", "jones", "the Senate is a long shot.") != ""
    assert verdict("Unlike Smith, the head of the Grocers Association said, “It is a math problem.”", "smith",
                   "It is a math problem.") != ""
    assert verdict("Mary Jones of Columbia, Tom Brown of Dallas says, “It is a math problem.”", "jones",
                   "It is a math problem.") != ""


@pytest.mark.parametrize("text, speaker, other", [
    ("Mary Jones, a former Doe vice president of global sales, said Smith was “heavily involved in all that.”",
     "jones", "doe"),
    ("Mary Jones, playing the aging Smith on a comedy show, explained: “The young people love me.”", "jones", "smith"),
    ("One pastor backing Smith, Mary Jones of the Grace Church in Marion, said she had made “more than 150 calls.”",
     "jones", "smith"),
    # a title's capitalised words join a name to the one before it, outside a title-case headline
    ("Before the vote, Doe County Sheriff Mary Jones lobbied to end the rule, saying, “The fewer guns, the better.”",
     "jones", "doe"),
    ("Smith Hits Jones Over Emails, saying “She lied to us.”", "smith", "jones"),
    # a quotation inside the subject's phrase splits no report
    ("Mary Jones, a contestant on Smith’s show, “The Deal,” who went on to work alongside Smith, said her boss was "
     "“always kind and generous.”", "jones", "smith"),
])
def test_the_head_of_the_subjects_noun_phrase_speaks_not_a_name_that_describes_it(verdict, text, speaker, other):
    quote = text.split("“")[-1].rstrip("”")
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, speaker, other", [
    ("Mary Jones has long mocked the budget. Smith resisted: “The money is not there.”", "smith", "jones"),
    ("Smith lashed out at Mary Jones: “She has never run anything.”", "smith", "jones"),
    ("Smith has adopted the view common among farm-state senators: “Trade must be fair first.”", "smith", "jones"),
    ("Mary Jones spoke first. Smith also adopted a harsher tone -- “It is the only honest way to pay.”", "smith",
     "jones"),
    ("“It can wait,” said Jones, the union chief. Smith pushed back — “It cannot wait a week.”", "smith", "jones"),
    ("John Smith, Jones's former aide, posted a curt reply to Jones: “Find someone else.”", "smith", "jones"),
    ("Mary Jones, Smith's chief of staff, resisted: “The money is not there.”", "jones", "smith"),
    ("“We can afford it,” Jones said, but Smith resisted: “The money is not there.”", "smith", "jones"),
])
def test_a_colon_or_dash_after_a_clause_its_named_subject_opens_leads_in_the_subjects_words(
        verdict, text, speaker, other):
    quote = text.split("“")[-1].rstrip("”")
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, analyst", [
    ("Smith interviewed Mary Jones: “I will not run again.”", "jones"),
    ("Smith interviewed Mary Jones: “I will not run again.”", "smith"),
    ("Smith turned to Mary Jones: “I will not run again.”", "smith"),
    ("Smith heard Mary Jones out: “I will not run again.”", "smith"),
    ("Smith sided with Mary Jones: “I will not run again.”", "smith"),
    ("Smith met Mary Jones, who was blunt: “I will not run again.”", "smith"),
    ("Smith adopted Jones's stance: “I will not run again.”", "smith"),
    ("Smith drew a sharp retort: “I will not run again.”", "smith"),
    ("Smith drew loud cheers: “Four more years!”", "smith"),
    ("When Smith finally took the stage — “Four more years!”", "smith"),
    ("Smith took the stage — “Four more years!” — and the hall shook.", "smith"),
    ("He resisted: “I will not run again.”", "smith"),
    ("Петров выслушал: «Это выдумка.»", "petrov"),
    ("Smith attacked the new study: “Wages rose in every county.”", "smith"),
    ("Smith translated: “I will not run again.”", "smith"),
    ("The crowd went wild as Smith arrived — “Four more years!”", "smith"),
    ("A Smith aide resisted: “I will not run again.”", "smith"),
    ("Smith's spokesman pushed back — “I will not run again.”", "smith"),
    ("Critics of Smith resisted: “I will not run again.”", "smith"),
    ("Smith resisted Jones's plan: “I will not run again.”", "smith"),
    ("Smith walked past protesters: “Four more years!”", "smith"),
    ("Smith stared at the new ad: “I will not run again.”", "smith"),
    ("Smith waved a flyer — “I will not run again.”", "smith"),
    # another subject's lead-in takes the quotation from the tag before it, whether it gives it or not
    ("“Enough,” Jones said, and Smith interviewed Jane Doe: “I will not run again.”", "jones"),
    ("“Enough,” Jones said as Smith turned to Jane Doe: “I will not run again.”", "jones"),
])
def test_a_lead_in_that_hands_the_floor_or_names_anothers_words_gives_its_subject_nothing(verdict, text, analyst):
    quote = re.split(r"[“«]", text)[-1].split("”")[0].split("»")[0]
    assert verdict(text, analyst, quote) != ""


@pytest.mark.parametrize("text, speaker, other", [
    ("Smith was asked by moderator Mary Jones whether the levy would mean “a new tax on every family.”", "jones",
     "smith"),
    ("Smith was told by Fox host Mary Jones that the plan was “dead on arrival.”", "jones", "smith"),
])
def test_the_agent_of_a_passive_verb_of_saying_speaks_even_after_a_role_noun(verdict, text, speaker, other):
    quote = text.split("“")[-1].rstrip("”")
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, other, quote) != ""
    assert verdict(text.replace("by moderator", "by a friend of").replace("by Fox host", "by the wife of"),
                   speaker, quote) != ""


# Shapes this issue's rules read, each with a neighbour whose words are another's (adversarial made-up cases).
@pytest.mark.parametrize("text, analyst, quote", [
    ("Jones called Smith's “tax relief” promise “a lie from the start.”", "smith", "a lie from the start."),
    ("Smith dismissed what he called Jones's “reckless and cruel” remarks about veterans.", "jones",
     "reckless and cruel"),
    ("In Smith's view, Jones's “Ohio miracle” was a myth.", "smith", "Ohio miracle"),
    ("“Socialism” is a dirty word, in Smith's view.", "smith", "Socialism"),
    ("In Smith's view, Jones was right to call the levy “a tax on hope.”", "smith", "a tax on hope."),
    ("After the vote, Smith sang “We Are the Champions” with his staff.", "smith", "We Are the Champions"),
    ("Smith thinks the plan is “a disaster,” Jones said.", "smith", "a disaster,"),
    ("Smith believes the “stolen election” myth is fading.", "smith", "stolen election"),
    ("Jones fears Smith, who she thinks is “unhinged.”", "smith", "unhinged."),
    ("People around Jones fear she is “out of her depth.”", "jones", "out of her depth."),
    ("Smith thought to himself, “This is the end of my career.”", "smith", "This is the end of my career."),
    ("Smith found himself branded “a crook” by Jones.", "smith", "a crook"),
    ("Jones said Smith's post saying the result proved that “the people have spoken” was a lie.", "jones",
     "the people have spoken"),
    ("Smith opened the envelope: “Your contract will not be renewed.”", "smith", "Your contract will not be renewed."),
    ("Smith replayed the tape: “Shut the pumps off now.”", "smith", "Shut the pumps off now."),
    ("Smith waited for an answer: “We have no comment at this time.”", "smith", "We have no comment at this time."),
    ("Mary Jones read the charges aloud. Smith listened impassively — “Count one: fraud.”", "smith",
     "Count one: fraud."),
    ("Smith kept quiet — Jones took the microphone instead — calling the plan “a fraud from day one.”", "smith",
     "a fraud from day one."),
    ("Smith kept quiet — Jones took the floor — calling it “a fraud from day one.”", "smith", "a fraud from day one."),
    ("Smith declined to comment — his spokesman, Tom Reyes, did — saying it was “a fraud from day one.”", "smith",
     "a fraud from day one."),
    ("Smith said Jones kept saying the levy meant that “the fight is over.”", "smith", "the fight is over."),
    ("Smith was asked by moderator Jane Doe about Jones's claim that the plan was “a fraud.”", "doe", "a fraud."),
])
def test_the_new_shapes_do_not_take_anothers_words(verdict, text, analyst, quote):
    assert verdict(text, analyst, quote) != ""


@pytest.mark.parametrize("text, analyst, quote", [
    ("Smith thinks the plan is “a disaster,” Jones said.", "jones", "a disaster,"),
    ("Mary Jones — not Smith — called the plan “a fraud from day one.”", "jones", "a fraud from day one."),
    ("“We thought only Smith was rude,” said Jones. Doe “kind of misspoke. This is not for public talk.”", "jones",
     "kind of misspoke. This is not for public talk."),
])
def test_a_denied_name_or_a_thought_before_a_tag_leaves_the_tag_its_words(verdict, text, analyst, quote):
    assert verdict(text, analyst, quote) == ""


@pytest.mark.parametrize("text, speaker, other", [
    # after a verb that controls no object, the infinitive of saying has the clause's subject, past its object
    ("Smith cut off Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith rang Mary Jones on Sunday to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith stood up after Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith, the panel's chair, cut in on Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith wrote to Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Mary Jones spoke first. Smith then emailed her to say: “The budget is a fantasy.”", "smith", "jones"),
    # what one takes, needs or sends in order to speak is no subject of the infinitive
    ("Smith seized the moment after Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith needed only 40 seconds after Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith sent a note to Mary Jones to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Smith sent Mary Jones a note on Friday to say: “The budget is a fantasy.”", "smith", "jones"),
    ("Mary Jones spoke first. Smith allowed herself to say: “The budget is a fantasy.”", "smith", "jones"),
    # a causative's person object says the words
    ("Smith finally forced Mary Jones to say: “The budget is a fantasy.”", "jones", "smith"),
    # the passive of a causative reports its subject's words, and so does a verb of saying after a request
    ("Mary Jones was forced to say: “The budget is a fantasy.”", "jones", "smith"),
    ("Mary Jones was invited to speak and said: “The budget is a fantasy.”", "jones", "smith"),
    # after "to" and a verb of taking in, a name is the bare infinitive's subject, not the object of "to"
    ("Smith stayed late to hear Mary Jones say: “The budget is a fantasy.”", "jones", "smith"),
    ("Smith came to watch Mary Jones tell the board: “The budget is a fantasy.”", "jones", "smith"),
])
def test_an_infinitive_of_saying_has_the_clauses_subject_unless_its_object_controls_it(verdict, text, speaker,
                                                                                       other):
    quote = text.split("“")[-1].rstrip("”")
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text", [
    # "for X to say": X is the infinitive's subject, and nothing says X spoke
    "Smith sat down for Mary Jones to say: “The budget is a fantasy.”",
    "Smith held the door for Mary Jones to say: “The budget is a fantasy.”",
    "Smith left it up to Mary Jones to say: “The budget is a fantasy.”",
    "Smith pestered Mary Jones to say: “The budget is a fantasy.”",
    # a request, a permission, a wish or an errand (OBJECT_CONTROL, ERRAND_VERBS) reports nobody's words
    "Smith begged Mary Jones to say: “The budget is a fantasy.”",
    "Smith dared Mary Jones on Friday to say: “The budget is a fantasy.”",
    "Smith called upon Mary Jones to say: “The budget is a fantasy.”",
    "Smith allowed Mary Jones to say: “The budget is a fantasy.”",
    "Smith, the panel's chair, invited Mary Jones to say: “The budget is a fantasy.”",
    "Smith urged them to say: “The budget is a fantasy.”",
    "Smith needed Mary Jones to say: “The budget is a fantasy.”",
    "Smith paid a comedian to say: “The budget is a fantasy.”",
    "Smith sent a surrogate to say: “The budget is a fantasy.”",
    "Smith brought in supporters to say: “The budget is a fantasy.”",
    "Smith hired a pollster to say on air: “The budget is a fantasy.”",
    "Smith coached Mary Jones to say: “The budget is a fantasy.”",
    "Smith pleaded with Mary Jones to say: “The budget is a fantasy.”",
    "Smith gave Mary Jones the microphone to say: “The budget is a fantasy.”",
    "Smith handed the microphone over to Mary Jones to say: “The budget is a fantasy.”",
    # the passive of a request or an errand
    "Mary Jones was invited by the chair to say: “The budget is a fantasy.”",
    "Mary Jones was quietly paid to say: “The budget is a fantasy.”",
    # a causative's object that is no analyst's says them
    "Smith led the audience to chant: “The budget is a fantasy.”",
    # an infinitive of relaying after the verb relays the object's words (RELAYING_INFINITIVES)
    "Smith cut in to paraphrase Mary Jones: “The budget is a fantasy.”",
])
@pytest.mark.parametrize("analyst", ["smith", "jones"])
def test_an_infinitive_whose_subject_is_an_object_or_follows_for_is_nobodys_request(verdict, text, analyst):
    assert verdict(text, analyst, "The budget is a fantasy.") != ""


@pytest.mark.parametrize("text", [
    "Smith got up to say: “The budget is a fantasy.”",
    "Smith led off the hearing to say: “The budget is a fantasy.”",
    "Smith got together with Mary Jones to say: “The budget is a fantasy.”",
    "Smith paid a visit to Mary Jones to say: “The budget is a fantasy.”",
    "Smith picked a fight with Mary Jones to say: “The budget is a fantasy.”",
    "Smith left a note for Mary Jones to say: “The budget is a fantasy.”",
    "Smith tapped Mary Jones on the shoulder to say: “The budget is a fantasy.”",
    "Smith campaigned for Mary Jones in Ohio to say: “The budget is a fantasy.”",
    "Smith held a news conference to say: “The budget is a fantasy.”",
    "Smith asked for the podium to say: “The budget is a fantasy.”",
    "Smith rose in order to say: “The budget is a fantasy.”",
])
def test_a_particle_a_thing_or_an_adjunct_before_to_say_leaves_the_subject_speaking(verdict, text):
    assert verdict(text, "smith", "The budget is a fantasy.") == ""
    assert verdict(text, "jones", "The budget is a fantasy.") != ""


@pytest.mark.parametrize("text, analyst", [
    ("Smith signaled Mary Jones to say: “The levy is a tax on hope.”", "smith"),  # a request no list names
    ("Smith dispatched an aide to say: “The levy is a tax on hope.”", "smith"),  # an errand no list names
    ("Smith briefed Mary Jones to say: “The levy is a tax on hope.”", "jones"),  # asked of Jones, not said
])
def test_an_infinitive_after_any_other_verb_and_a_person_is_that_persons_to_say(verdict, text, analyst):
    assert verdict(text, analyst, "The levy is a tax on hope.") != ""


@pytest.mark.parametrize("text", [
    "Smith thanked Mary Jones to say: “The levy is a tax on hope.”",  # a verb that speaks to its object
    "Smith used her time to say: “The levy is a tax on hope.”",  # a thing of her own, no person
    "Smith summoned the courage to say: “The levy is a tax on hope.”",
    "Smith told reporters as Mary Jones looked on: “The levy is a tax on hope.”",  # a subordinate clause between
])
def test_the_subject_speaks_past_an_object_it_addresses_or_a_thing(verdict, text):
    assert verdict(text, "smith", "The levy is a tax on hope.") == ""
    assert verdict(text, "jones", "The levy is a tax on hope.") != ""


@pytest.mark.parametrize("text, speaker, quote", [
    ("The hearing was so dull that Smith was prompted to say, “I cannot believe how civil it has been.”", "smith",
     "I cannot believe how civil it has been."),
    ("The question prompted John Smith to say: “Nobody asked me.”", "smith", "Nobody asked me."),  # a causative
    ("During the debate, Mary Jones cracked, “I am a progressive who gets things done.”", "jones",
     "I am a progressive who gets things done."),
    ("Smith emailed her, addressing her as “Mary” and telling her, “you are a great player for us!”", "smith",
     "you are a great player for us!"),  # two participles after "and" share the first one's subject
    ("Smith wrote to Jones, telling her, “you are a great player for us!” She replied to him that it was an honor.",
     "smith", "you are a great player for us!"),  # a verb with its own report after "!" is no tag
    ("“You cannot blame her,” said Mary Jones, an aide. A nurse from Ohio who moved here in 2013, she plans to vote. "
     "“It is not fair.”", "jones", "It is not fair."),  # a phrase and a comma before the speaker's pronoun
])
def test_causatives_new_verbs_shared_participles_and_the_speaker_after_a_phrase(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    other = "jones" if speaker == "smith" else "smith"
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, analyst, quote", [
    ("The mayor hugged Mary Jones, addressing her as “Mary” and telling her, “you are a great player for us!”",
     "jones", "you are a great player for us!"),  # the object of the clause before the participles
    ("“You cannot blame her,” said Mary Jones, an aide. When a heckler shouted, she laughed. “It is not fair.”",
     "jones", "It is not fair."),  # a subordinate clause with a subject of its own may bring in the voice
    ("Smith urged Mary Jones to say: “I cannot believe how civil it has been.”", "jones",
     "I cannot believe how civil it has been."),  # a request still reports nothing
])
def test_the_new_shapes_keep_refusing_what_another_may_have_said(verdict, text, analyst, quote):
    assert verdict(text, analyst, quote) != ""


def test_a_sentence_naming_its_own_subject_borrows_no_later_sentences_cue(problems_of):
    text = ("In 2014, Pew found that “twice as many said control mattered more.” Since then, the share of "
            "Republicans saying “gun rights matter more” rose.")
    errors = problems_of(text, "pew", "twice as many said control mattered more.", names={"pew": "Pew"})
    assert [e.rule for e in errors] == ["attribution.no-evidence"]  # not "credits it to the share of Republicans"


def test_a_verb_with_a_report_of_its_own_after_an_exclamation_opens_a_sentence():
    text = "“You are great!” She replied to him that it was an honor. “Why?” he asked that night."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "“You are great!”", "She replied to him that it was an honor.", "“Why?” he asked that night."]
    text = "“Shame on you!” Mary Jones said later that Smith had yelled at her. “Why not?” Smith asked that Tuesday."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "“Shame on you!”", "Mary Jones said later that Smith had yelled at her.",
        "“Why not?” Smith asked that Tuesday."]


@pytest.mark.parametrize("text, quote", [
    ("But at the time, as prosecutor Marc TrÃ©vidic put it, “there was not much to complain about.”",
     "there was not much to complain about."),
    ("“There is a clear need to act,” TrÃ©vidic added.", "There is a clear need to act,"),
])
def test_a_name_garbled_by_a_wrong_encoding_is_one_name(verdict, text, quote):
    names = {"mt": "Marc TrÃ©vidic", "smith": "John Smith"}
    assert verdict(text, "mt", quote, names=names) == ""
    assert verdict(text, "smith", quote, names=names) != ""


def test_join_words_reads_mojibake_inside_a_word_as_letters_and_nothing_else():
    from reportgen.text.sources import join_words
    assert join_words("TrÃ©vidic, PeÃ±a, SarukhÃÂ¡n") == "TrÃxvidic, PeÃxa, SarukhÃÂxn"
    kept = "Jones’s “deal” — ‘now’ «да» ¡Hola! 5×5 col·lega Analysts•Smith"
    assert join_words(kept) == kept  # marks, and signs that separate words


@pytest.mark.parametrize("text, speaker, quote", [
    ("Earlier, Smith suggested a boycott of the firm; clashed with Mary Jones over trade; and posted on Twitter that "
     "the firm “would crash if it paid fair taxes.”", "smith", "would crash if it paid fair taxes."),  # a series
    ("John Smith said the move was made by the police chief and said, “Who are you going to trust?”", "smith",
     "Who are you going to trust?"),  # an agent inside the subject's own report is no actor of the clause
    ("It is a tradition, one which Western New England University historian John Smith calls “a foundation of "
     "our culture.”", "smith", "a foundation of our culture."),  # an institution before the relative's descriptor
    ("John Smith gave the idea a whirl in an interview on Tuesday: “You can argue that he is wrong.”", "smith",
     "You can argue that he is wrong."),  # an irregular past leads in through a medium of speech
])
def test_series_reports_institutions_and_irregular_pasts(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "jones", quote) != ""


@pytest.mark.parametrize("text, analyst, quote", [
    ("Earlier, Smith suggested a boycott of the firm; Mary Jones clashed with him over trade and posted on Twitter "
     "that the firm “would crash if it paid fair taxes.”", "smith", "would crash if it paid fair taxes."),
    ("Earlier, Smith suggested a boycott of the firm; the mayor clashed with him over trade; and posted on Twitter "
     "that the firm “would crash if it paid fair taxes.”", "smith", "would crash if it paid fair taxes."),
    ("Smith tweeted when Mary Jones ended the debate with a joke, remarking, “May the Force be with you.”", "jones",
     "May the Force be with you."),  # a subordinate clause's subject may be the one remarking: unclear
    ("John Smith met voters in Ohio: “You can argue that he is wrong.”", "smith",
     "You can argue that he is wrong."),  # an irregular past with no medium or stance leads in nothing
])
def test_series_and_irregular_pasts_stay_unclear_where_they_are(verdict, text, analyst, quote):
    assert verdict(text, analyst, quote) != ""


@pytest.mark.parametrize("text, quote", [
    ("John Smith told reporters that prices rose sharply in May.", "prices rose sharply in May"),
    ("John Smith said that officials were wrong about the budget.", "officials were wrong about the budget"),
    ("John Smith acknowledged that mistakes had been made in the rollout.", "mistakes had been made in the rollout"),
])
def test_a_report_whose_content_opens_with_a_plural_subject_is_no_relative_clause(verdict, text, quote):
    assert verdict(text, "smith", quote, reported=True) == ""
    assert verdict(text, "jones", quote, reported=True) != ""
    assert verdict(text.replace("that", "an inquiry that concluded"), "smith", "concluded " + quote,
                   reported=True) != ""  # a relative clause's verb: the inquiry's finding


@pytest.mark.parametrize("text, speaker, other", [
    ("Smith disputed Mary Jones's claim that the bridge was “structurally unsound.”", "jones", "smith"),
    ("Smith condemned Mary Jones's claims that the vote was “rigged from the start.”", "jones", "smith"),
    ("Mary Jones mocked John Smith's promise to “drain the swamp in a hundred days.”", "smith", "jones"),
    ("“We will win,” said Smith on Monday, adding, “The polls are wrong about us.”", "smith", "jones"),
])
def test_an_owners_claim_or_promise_and_a_tag_with_a_time_speak_for_their_owner(verdict, text, speaker, other):
    quote = text.split("“")[-1].split("”")[0].rstrip(",")
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, analyst, quote", [
    ("Smith recalled Jones telling him, “You will never make it as a reporter.”", "smith",
     "You will never make it as a reporter."),  # the recalled person's words
    ("Jones dismissed claims that the school was “failing its students.”", "jones", "failing its students."),
    ("Smith rejected the suggestion that he had “sold out” the union.", "smith", "sold out"),
    ("Doe was widely misquoted as saying “the vaccine is poison”; in fact she had said the opposite.", "doe",
     "the vaccine is poison"),  # and a verb after a semicolon is no tag
    ("Smith criticized Mary Jones's response to “Operation Clean Sweep” on Monday.", "jones",
     "Operation Clean Sweep"),  # what she responded to, not her words
    ("From the comments under Smith's post: “For the sake of the town, resign.”", "smith",
     "For the sake of the town, resign."),
])
def test_recalled_rejected_misquoted_or_answered_words_are_not_the_subjects(verdict, text, analyst, quote):
    assert verdict(text, analyst, quote) != ""


@pytest.mark.parametrize("text, speaker, quote", [
    ("Asked about the lawsuit, Smith's response was two words: “No comment.”", "smith", "No comment."),
    ("Mary Jones's reply to Smith's letter was curt: “Received.”", "jones", "Received."),
    ("Elizabeth Warren's message to voters on Saturday was simple: “Show up, and bring a friend.”", "warren",
     "Show up, and bring a friend."),
    ("“Never,” was Mary Jones's answer when asked if she would sell.", "jones", "Never,"),
    ("“Are you kidding me?” was Smith's first reaction to the news.", "smith", "Are you kidding me?"),
    ("Asked whether the company would cut jobs, Smith was blunt: “Yes, and soon.”", "smith", "Yes, and soon."),
    ("Smith was overheard telling an aide, “Keep him away from me.”", "smith", "Keep him away from me."),
    ("Smith defended the levy as “the price of civilization.”", "smith", "the price of civilization."),
    ("“Well, that went well,” Smith deadpanned after the microphone died.", "smith", "Well, that went well"),
])
def test_an_owners_answer_a_manner_of_speaking_and_more_verbs_name_the_speaker(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "doe", quote) != ""


@pytest.mark.parametrize("text", [
    "Smith was greeted warmly: “Welcome home.”",  # a passive
    "Smith was there when Mary Jones shouted: “Welcome home.”",  # a clause with a subject of its own
    "“Welcome home,” was the banner's message to Smith.",  # a thing's words
])
def test_a_passive_a_clause_or_a_things_message_is_no_manner_of_speaking(verdict, text):
    assert verdict(text, "smith", "Welcome home.") != "" if "“Welcome home.”" in text \
        else verdict(text, "smith", "Welcome home,") != ""


def test_russian_verbs_of_promising_report(verdict):
    text = "Иван Петров пообещал, что зарплаты повысят в январе."
    assert verdict(text, "petrov", "зарплаты повысят в январе", reported=True) == ""
    assert verdict(text, "smith", "зарплаты повысят в январе", reported=True) != ""


@pytest.mark.parametrize("text, speaker, quote", [
    ("Smith was asked to read a prepared statement but instead said, “I have nothing to add.”", "smith",
     "I have nothing to add."),  # "instead" is transparent between "but" and the shared subject's verb
    ("Smith would say only, “We are reviewing the matter.”", "smith", "We are reviewing the matter."),
    ("Smith would only say, “We are reviewing the matter.”", "smith", "We are reviewing the matter."),
    ("Mary Jones had a warning for Smith: “Do not count on my vote.”", "jones", "Do not count on my vote."),
    ("Smith had one word for the proposal: “Absurd.”", "smith", "Absurd."),
    ("Smith's speech drew a sharp response from Mary Jones: “He is rewriting history.”", "jones",
     "He is rewriting history."),
    ("The reply from Mary Jones came within minutes: “Absolutely not.”", "jones", "Absolutely not."),
    ("Smith read a letter from Mary Jones: “I resign.”", "jones", "I resign."),
    ("In Mary Jones's words, the reorganization has been “a slow-motion car crash.”", "jones",
     "a slow-motion car crash."),
])
def test_more_lead_ins_that_name_whose_words_follow(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    assert verdict(text, "doe", quote) != ""
    other = "smith" if speaker == "jones" else "jones"
    if other in text.lower():
        assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, analyst, quote, reported", [
    ("Smith would say, “We are reviewing the matter.”", "smith", "We are reviewing the matter.", False),
    ("Lawmakers pressed Smith to promise that rates would not rise, but he would not commit.", "smith",
     "rates would not rise", True),  # an infinitive, no noun of saying: a request
    ("Smith recalled a colleague telling him in 2015, “You will never catch them all.”", "smith",
     "You will never catch them all.", False),  # the colleague's words
    ("Smith had a meeting with Mary Jones: “It went well.”", "smith", "It went well.", False),
    ("In Smith's words, Mary Jones was right to call the levy “a tax on hope.”", "smith", "a tax on hope.", False),
])
def test_a_hypothetical_a_request_a_recollection_or_anothers_verb_stays_refused(verdict, text, analyst, quote,
                                                                               reported):
    assert verdict(text, analyst, quote, reported=reported) != ""


@pytest.mark.parametrize("text, quote", [
    ("Mary Jones has been critical of Smith but on Tuesday wrote that she agreed with him that the past is relevant.",
     "that she agreed with him that the past is relevant"),  # a day between "but" and the shared subject's verb
    ("In her speech, Mary Jones argued emphatically - rebuking Mr. Smith eight times by name - that the nominee had "
     "played on fears.", "the nominee had played on fears"),  # a participle's aside between the verb and "that"
])
def test_a_report_past_a_time_or_a_participles_aside_is_its_subjects(verdict, text, quote):
    assert verdict(text, "jones", quote, reported=True) == ""
    assert verdict(text, "smith", quote, reported=True) != ""


@pytest.mark.parametrize("text, analyst", [
    ("John Smith spoke first. Then his opponent, state Sen. Laura Ortiz, took the podium.\n"
     "“This district deserves someone who will show up,” she said.", "smith"),
    ("Mary Jones presented the plan.\nCouncilman Greg Patel was unimpressed. “This district deserves someone who will "
     "show up,” he said.", "jones"),
    ("Mary Jones introduced the last speaker, retired Adm. James Corbett.\n“This district deserves someone who will "
     "show up,” he said.", "jones"),
])
def test_a_pronoun_after_a_titled_person_who_is_no_analyst_credits_nobody(problems_of, text, analyst):
    errors = problems_of(text, analyst, "This district deserves someone who will show up")
    assert [e.rule for e in errors] == ["attribution.no-evidence"]


def test_a_pronoun_after_the_analysts_own_title_keeps_them(verdict):
    assert verdict("Mr. Smith met voters in Ohio. “We will win,” he said.", "smith", "We will win,") == ""


@pytest.mark.parametrize("text, analyst, quote, reported", [
    ("«Регулятор дал понять, что снижения ставки ждать не стоит», — сказал Иван Петров.\nПо его словам, инфляция "
     "остается выше целевого уровня.", "petrov", "инфляция остается выше целевого уровня", True),
    ("По данным министерства, ВВП вырос на 1,4%. Иван Петров из Высшей школы экономики назвал эту оценку «слишком "
     "оптимистичной».", "petrov", "слишком оптимистичной", False),
])
def test_russian_po_ego_slovam_and_nazval_name_the_speaker(verdict, text, analyst, quote, reported):
    assert verdict(text, analyst, quote, reported=reported) == ""
    assert verdict(text, "smith", quote, reported=reported) != ""
    two = text.replace("сказал Иван Петров", "сказали Иван Петров и Джон Смит")
    if two != text:  # a pronoun after two analysts: nobody
        names = {"petrov": "Иван Петров", "smith": "Джон Смит"}
        assert verdict(two, analyst, quote, reported=reported, names=names) != ""


def test_a_russian_pronoun_may_stand_for_an_organisation(problems_of):
    names = {"petrov": "Иван Петров", "cb": "Центробанк"}
    text = "Иван Петров выступил на форуме. Центробанк сохранил ставку. По его словам, инфляция останется высокой."
    problems = problems_of(text, "petrov", "инфляция останется высокой", reported=True, names=names,
                           kinds={"cb": "organisation"})
    assert problems  # его may be the bank's: no single analyst


# Four rounds of review by strangers, each of the fixes before it: made-up sentences one of this stop's rules had
# read wrongly, misattributions it had accepted and honest words it had refused.
REVIEWED_MISATTRIBUTIONS = [
    # the first review, of this stop's rules
    ("Smith said he was sued by Jones last year, alleging “fraud on a massive scale.”", "smith",
     "fraud on a massive scale.", False),
    ("Smith said he met Jones, who left the room, saying she was “disgusted.”", "smith", "disgusted.", False),
    ("Smith defended the plan; residents complained, saying it was “a giveaway to the rich.”", "smith",
     "a giveaway to the rich.", False),
    ("Smith called Mary Jones's claim that the bridge was unsafe “absurd.”", "jones", "absurd.", False),
    ("Smith dismissed Mary Jones's claim that the election was stolen as “nonsense.”", "jones", "nonsense.", False),
    ("Smith took a note from Mary Jones and wrote on it: “We will not back down.”", "jones",
     "We will not back down.", False),
    ("Smith spoke as protesters gathered outside, waving signs and chanting that he was “a traitor.”", "smith",
     "a traitor.", False),
    ("Smith praised a bill that provides expanded coverage to veterans.", "smith",
     "provides expanded coverage to veterans", True),
    ("Smith announced a plan that offers paid family leave to workers.", "smith",
     "offers paid family leave to workers", True),
    ("Smith was speechless: “We will win.”", "smith", "We will win.", False),
    ("Smith was nowhere to be found. Mary Jones was present: “We will win.”", "jones", "We will win.", False),
    ("Smith heard Mary Jones in an interview on Tuesday: “We will win.”", "smith", "We will win.", False),
    ("Smith had the union's answer to the offer: “We will win.”", "smith", "We will win.", False),
    ("In Mary Jones's words, the plan has been a failure, and critics call it “a slow-motion car crash.”", "jones",
     "a slow-motion car crash.", False),
    ("“We will win,” Smith said. Seated beside him, she shook her head. “This is hopeless.”", "smith",
     "This is hopeless.", False),
    ("If pressed, Smith would say only that the deal was “a good start.”", "smith", "a good start.", False),
    ("Smith's reply to the union was delayed: “Never.”", "smith", "Never.", False),
    # the second, of the first review's fixes
    ("“Shame on you!” Mary Jones said later that Smith had yelled at her.", "jones", "Shame on you!", False),
    ("Smith said claims that the school was “unsafe” were false.", "smith", "unsafe", False),
    ("Smith echoed claims that the election was “rigged.”", "smith", "rigged.", False),
    ("Иван Петров назвал заявление министра о «полной победе над инфляцией» преждевременным.", "petrov",
     "полной победе над инфляцией", False),
    ("John Smith spoke first. Then Governor Tom Brown took the podium. “It is a victory,” he said.", "smith",
     "It is a victory,", False),
    # the third, of the second review's fixes
    ("Smith ridiculed Mary Jones's claim that the bridge was unsafe as “absurd.”", "jones", "absurd.", False),
    ("Smith found Mary Jones's claim that the bridge was unsafe “absurd.”", "jones", "absurd.", False),
    ("Smith rejected the statement that accused Mary Jones of fraud.", "smith", "accused Mary Jones of fraud", True),
    ("Smith condemned the protesters that blocked the highway.", "smith", "blocked the highway", True),
    ("John Smith spoke first. Then Mr Brown took the podium. “It is a victory,” he said.", "smith",
     "It is a victory,", False),
    ("In Mary Jones's words, the plan has been a failure but critics call it “a slow-motion car crash.”", "jones",
     "a slow-motion car crash.", False),
    # the fourth, of the third review's fixes
    ("“Get out!” Mary Jones said in an interview that John Smith had yelled.", "jones", "Get out!", False),
    ("“Get out!” Mary Jones told CNN on Tuesday that John Smith had yelled.", "jones", "Get out!", False),
    ("Иван Петров напомнил слова министра «кризис остался в прошлом».", "petrov", "кризис остался в прошлом", False),
    ("Иван Петров напомнил слова министра «мы справимся с инфляцией».", "petrov", "мы справимся с инфляцией", False),
    # the fifth, of the fourth review's fixes: a later verb of saying takes the quotation as its object
    ("“Get out!” Mary Jones said in a lengthy televised interview on Tuesday night that John Smith had yelled at "
     "her.", "jones", "Get out!", False),
    ("“Get out!” Mary Jones said on Tuesday, in an interview, that John Smith had yelled at her.", "jones",
     "Get out!", False),
    ("“Get out!” Mary Jones said that protesters had yelled at her.", "jones", "Get out!", False),
    ("“Where is the money?” Mary Jones said that investors had asked her.", "jones", "Where is the money?", False),
    ("“Get out!” Mary Jones told reporters John Smith had yelled at her.", "jones", "Get out!", False),
    ("“Get out!” Mary Jones said that night John Smith had yelled at her.", "jones", "Get out!", False),
    ("“Get out!” Mary Jones told reporters that was what John Smith had yelled.", "jones", "Get out!", False),
    ("“Get out,” Mary Jones said in an interview that John Smith had yelled at her.", "jones", "Get out,", False),
    ("“Run!” Mary Jones said that Fall Creek residents had shouted.", "jones", "Run!", False),
    ("“Get out!” Mary Jones said in a deposition that John Smith had yelled at her in the parking lot.", "jones",
     "Get out!", False),
    ("“Get out!” Mary Jones said in an interview that John Smith had yelled those words at her.", "jones",
     "Get out!", False),
    ("“Get out!” John Smith yelled, Mary Jones said.", "jones", "Get out!", False),
    ("John Smith said in a speech that was broadcast nationally that the war was over.", "smith",
     "was broadcast nationally", True),
    ("John Smith said in a report that examines the collapse that nobody was to blame.", "smith",
     "examines the collapse", True),
    ("John Smith promised a tax cut that benefits the middle class.", "smith", "benefits the middle class", True),
    ("John Smith called for an inquiry into Mary Jones's claim that the bridge was “near collapse.”", "smith",
     "near collapse.", False),
    ("John Smith ridiculed Mary Jones's claim that she had served as “an unpaid adviser.”", "smith",
     "an unpaid adviser.", False),
    ("John Smith called Mary Jones's claim that the bridge faced “imminent collapse” wildly exaggerated.", "smith",
     "imminent collapse", False),
    ("John Smith called Mary Jones's claim that the bridge was unsafe “absurd” without offering evidence.", "jones",
     "absurd", False),
    ("John Smith warned of a storm that threatens the coast.", "smith", "threatens the coast", True),
    # the seventh, of the sixth review's fixes
    ("“You're finished,” Mary Jones said in court her former business partner had told her.", "jones",
     "You're finished,", False),
    ("“Sit down,” Mary Jones said Dr. A. Patel had told her.", "jones", "Sit down,", False),
    ("“Get out!” John Smith yelled that night, Mary Jones said.", "jones", "Get out!", False),
    ("John Smith called opposition leader Mary Jones's claim that taxes would double “pure fiction.”", "jones",
     "pure fiction.", False),
    ("John Smith dismissed Mary Jones's claim that the hospital was well run as “a fairy tale.”", "jones",
     "a fairy tale.", False),
    ("John Smith called Mary Jones's claim that she had raised more money than he had “laughable.”", "jones",
     "laughable.", False),
    ("Иван Петров напомнил слова Анны Ивановой: «Кризис закончится к весне».", "petrov", "Кризис закончится к весне",
     False),
    ("Иван Петров назвал слова министра «мы справимся» враньём.", "petrov", "мы справимся", False),
    ("In Mary Jones's words, the reform is modest, nothing like the “revolution” that its backers promise.", "jones",
     "revolution", False),
    ("Mary Jones would say only “no comment,” her aides suspected.", "jones", "no comment,", False),
    ("Mary Jones would say only “no comment” in case reporters called.", "jones", "no comment", False),
    ("John Smith met Mr. Park on Tuesday. “The deal is done,” he said.", "smith", "The deal is done,", False),
    ("John Smith spoke after Judge Alan Church. “The law is clear,” he said.", "smith", "The law is clear,", False),
    # the eighth, of the seventh review's and the held-out set's fixes
    ("“You'll regret this,” Mary Jones said on Monday that her neighbor had warned her.", "jones",
     "You'll regret this,", False),
    ("John Smith told a charity that helps the families who have lost homes that funding would be restored.",
     "smith", "helps the families who have lost homes", True),
    ("John Smith said in documents that were filed on Friday, after the market closed, that the firm was insolvent.",
     "smith", "were filed on Friday, after the market closed", True),
    ("John Smith called out Mary Jones's claim that the city was closer than ever to “a fiscal cliff.”", "smith",
     "a fiscal cliff.", False),
    ("John Smith dismissed Mary Jones's claim that his firm had built the bridge as “a cheap shot.”", "jones",
     "a cheap shot.", False),
    ("Иван Петров указал на слова министра: «Мы не допустим дефолта».", "petrov", "Мы не допустим дефолта", False),
    ("Иван Петров назвал обещание министра «снизить налоги» одной из главных ошибок года.", "petrov",
     "снизить налоги", False),
    ("Colleagues bet Mary Jones would say only “no comment.”", "jones", "no comment.", False),
    ("Mary Jones would say only “it's complicated” had the board asked her.", "jones", "it's complicated", False),
    ("John Smith lost the primary to Senator Lake. “I'm proud of our campaign,” he said.", "smith",
     "I'm proud of our campaign,", False),
    ("John Smith met the mayor, Frank Olsen, on Monday. Afterward he told reporters: “The plan is adequate.”",
     "smith", "The plan is adequate.", False),
    # the ninth, of the eighth review's fixes
    ("Mary Jones debated economist Tom Brown on the radio Monday. “Inflation is not going away,” he said.", "jones",
     "Inflation is not going away,", False),
    ("“Hell is other people,” John Smith said, quoting the philosopher.", "smith", "Hell is other people,", False),
    ("“Get out of my house,” Mary Jones said this week her husband had shouted.", "jones", "Get out of my house,",
     False),
    ("John Smith rejected Mary Jones's claim that the hospital had listed the deaths as “natural causes.”", "smith",
     "natural causes.", False),
    ("Mary Jones would say only “no comment,” an aide predicted.", "jones", "no comment,", False),
    ("Mary Jones attended a service led by the Rev. Timothy Hall on Sunday. “God has a plan for this town,” he said.",
     "jones", "God has a plan for this town,", False),
    # found in a held-out set of ordinary cases (measured before these fixes)
    ("“The senator is focused on her work,” a spokesman for Elizabeth Warren said.", "warren",
     "The senator is focused on her work,", False),
    ("John Smith, quoting the governor, said: “We will rebuild, and we will rebuild better.”", "smith",
     "We will rebuild, and we will rebuild better.", False),
    ("“We will rebuild,” John Smith said, quoting the governor.", "smith", "We will rebuild,", False),
    ("“I have never seen a market this thin,” said Mary Jones. Her colleague Tom Brown disagreed. “It's thin, but "
     "it's not broken,” he said.", "jones", "It's thin, but it's not broken,", False),
    ("Mary Jones sat down with the new coach, Tom Brown, on Monday. “I'm thrilled to be here,” he said.", "jones",
     "I'm thrilled to be here,", False),
    # ... and "that" after a thing, or a past right after "that", opens a relative clause, not the content
    ("John Smith wrote a letter that angered voters.", "smith", "angered voters", True),
    ("John Smith wrote an amendment that expands coverage.", "smith", "expands coverage", True),
    ("John Smith objected to amendments that weakened the bill.", "smith", "weakened the bill", True),
    ("John Smith wrote about protesters that blocked the road.", "smith", "blocked the road", True),
    ("John Smith spoke to protesters that blocked the highway.", "smith", "blocked the highway", True),
    ("John Smith wrote to senators that opposed the plan.", "smith", "opposed the plan", True),
    ("John Smith wrote to residents that lost homes in the flood.", "smith", "lost homes in the flood", True),
    ("John Smith apologized to voters that felt misled by the campaign.", "smith", "felt misled by the campaign",
     True),
    # ... and a title before one name is a person, but for Gen, Sen and Hon ("Miss America" reads as one too)
    ("Mary Jones spoke first. Then Miss Ortiz took the podium. “We will fight on,” she said.", "jones",
     "We will fight on,", False),
    ("John Smith spoke first. Then Sir Keir took the podium. “We will fight on,” he said.", "smith",
     "We will fight on,", False),
    ("John Smith spoke first. Then Ambassador Brown took the podium. “We will fight on,” he said.", "smith",
     "We will fight on,", False),
    ("John Smith spoke first. Then Gov Brown took the podium. “We will fight on,” he said.", "smith",
     "We will fight on,", False),
    # ... and a judgement of an owned claim is the judge's, whatever follows it but a complement
    ("John Smith dismissed Mary Jones's claim that the mayor lied as “a fantasy.”", "jones", "a fantasy.", False),
    ("John Smith rejected Mary Jones's claim that the council had lied as “pure fiction.”", "jones", "pure fiction.",
     False),
    ("John Smith called Mary Jones's claim that the bridge was unsafe “absurd” in a speech on Tuesday.", "jones",
     "absurd", False),
    ("John Smith called Mary Jones's claim that the bridge was unsafe “absurd” and dangerous.", "jones", "absurd",
     False),
    ("John Smith called Mary Jones's claim that the mayor lied “absurd.”", "jones", "absurd.", False),
    ("John Smith branded Mary Jones's claim that the levee had failed “a lie.”", "jones", "a lie.", False),
    ("Иван Петров напомнил слова министра «экономика остаётся устойчивой».", "petrov", "экономика остаётся устойчивой",
     False),  # a quotation after a Russian owner is the owner's but after a verb of naming
    ("Иван Петров напомнил слова министра финансов Антона Орлова «мы справимся».", "petrov", "мы справимся", False),
    ("Иван Петров напомнил слова министра на форуме «мы справимся с инфляцией».", "petrov",
     "мы справимся с инфляцией", False),
    ("In Mary Jones's words, the plan works, but “a disaster” is what its critics call it.", "jones", "a disaster",
     False),  # "In X's words," does not reach past a verb of saying, nor a clause of its own
    ("In Mary Jones's words, the plan was a success yet critics call it “a disaster.”", "jones", "a disaster.", False),
    ("In Mary Jones's words, the plan is fair but rather than praise it, critics call it “a disaster.”", "jones",
     "a disaster.", False),
    ("In Mary Jones's words, the plan is fair but not to unions, who call it “theft.”", "jones", "theft.", False),
    ("Mary Jones said she would say only “what the law allows” at next week's hearing.", "jones",
     "what the law allows", False),  # "would say only" inside a report, or under a condition, is a future
    ("John Smith expects that Mary Jones would say only “no comment.”", "jones", "no comment.", False),
    ("Mary Jones would say only “no comment” should the court rule against her.", "jones", "no comment", False),
    ("Should reporters call, Mary Jones would say only “no comment” and hang up.", "jones", "no comment", False),
    ("Mary Jones would say only “no comment” were reporters to call.", "jones", "no comment", False),
    ("Mary Jones would say only “no comment,” her aide predicted.", "jones", "no comment,", False),
    ("In Mary Jones's words, the plan is fair but, critics fear, “unworkable.”", "jones", "unworkable.", False),
    ("In Mary Jones's words, the plan is, its critics believe, “a giveaway.”", "jones", "a giveaway.", False),
    ("John Smith called Mary Jones's claim that the bridge was unsafe “absurd,” adding that it was safe.", "jones",
     "absurd,", False),
]
REVIEWED_HONEST = [
    # the first review, of this stop's rules
    ("Smith called Mary Jones on Saturday asking her to “find 11,780 votes.”", "smith", "find 11,780 votes.", False),
    ("“Why not?” Smith asked that Tuesday night.", "smith", "Why not?", False),
    ("Smith has made repeated claims that the protesters were “thugs.”", "smith", "thugs.", False),
    ("Smith was more measured: “We will see.”", "smith", "We will see.", False),
    ("Smith said that costs grew sharply last year.", "smith", "costs grew sharply last year", True),
    ("Smith told reporters that voters thought otherwise.", "smith", "voters thought otherwise", True),
    # the second, of the first review's fixes
    ("Smith said that voters wanted change.", "smith", "voters wanted change", True),
    ("Smith told reporters that farmers lost money on the deal.", "smith", "farmers lost money on the deal", True),
    ("Mr. Smith's campaign raised $2 million last quarter. “We will win,” he said.", "smith", "We will win,", False),
    ("Sen. Elizabeth A. Warren spoke on Monday. “It is a victory,” she said.", "warren", "It is a victory,", False),
    ("Asked whether he would run again, Smith would say only that he was “keeping every option open.”", "smith",
     "keeping every option open.", False),
    ("Smith mocked Mary Jones's claim that the bridge was built “on sand.”", "jones", "on sand.", False),
    ("Smith was equally forceful: “We will not yield.”", "smith", "We will not yield.", False),
    ("In Mary Jones's words, the plan has been a failure and “a slow-motion car crash.”", "jones",
     "a slow-motion car crash.", False),
    # the third, of the second review's fixes
    ("Иван Петров назвал заявление министра «преждевременным».", "petrov", "преждевременным", False),
    ("Иван Петров назвал обещания правительства «пустыми».", "petrov", "пустыми", False),
    ("Иван Петров заявил, что слова о кризисе «сильно преувеличены».", "petrov", "сильно преувеличены", False),
    ("“Fire!” Smith shouted so loudly that the crowd scattered.", "smith", "Fire!", False),
    ("“Why?” Smith asked that New Year's Eve.", "smith", "Why?", False),
    ("Smith tweeted claims that the vote was “rigged.”", "smith", "rigged.", False),
    # the fourth, of the third review's fixes
    ("John Smith said to reporters that prices rise every winter.", "smith", "prices rise every winter", True),
    ("John Smith wrote supporters that prices rise every winter.", "smith", "prices rise every winter", True),
    ("In Mary Jones's words, the plan has not yet been “a success.”", "jones", "a success.", False),
    ("In Mary Jones's words, the reform was not a step forward but “a leap backwards.”", "jones",
     "a leap backwards.", False),
    ("John Smith questioned Mary Jones's claim that she had acted as “the voice of reason.”", "jones",
     "the voice of reason.", False),
    ("John Smith said he found Mary Jones's claim that the bridge was built “on sand” hard to believe.", "jones",
     "on sand", False),
    # the fifth, of the fourth review's fixes: "that" after a phrase is no report of the tag's own
    ("“Finally!” Mary Jones said after learning that the bill had passed.", "jones", "Finally!", False),
    ("“Finally!” Mary Jones said now that the bill has passed.", "jones", "Finally!", False),
    ("“We won!” Mary Jones said as she learned that the count was over.", "jones", "We won!", False),
    ("“We did it!” Mary Jones shouted loudly enough that the neighbors heard.", "jones", "We did it!", False),
    ("“Help!” Mary Jones screamed to the point that her voice gave out.", "jones", "Help!", False),
    ("“Enough!” Mary Jones shouted the moment that the verdict was read.", "jones", "Enough!", False),
    ("“Shame!” Mary Jones shouted at that Senate hearing.", "jones", "Shame!", False),
    ("“We won!” Mary Jones wrote in a post that she later deleted.", "jones", "We won!", False),
    ("“We won!” Mary Jones said in a video that her campaign posted online.", "jones", "We won!", False),
    ("“Is this legal?” Mary Jones asked in a letter that her lawyer sent to the council.", "jones", "Is this legal?",
     False),
    ("“Never!” Mary Jones said in a tone that the staff knew well.", "jones", "Never!", False),
    ("“We will fight!” Smith said in a speech that the crowd cheered for minutes.", "smith", "We will fight!", False),
    ("“Is it over?” Smith asked as the crowd chanted.", "smith", "Is it over?", False),
    ("“Stop!” Smith told the man who had yelled.", "smith", "Stop!", False),
    ("John Smith said in a statement that voters deserved better.", "smith", "voters deserved better", True),
    ("John Smith said to Tom Brown that voters deserved better.", "smith", "voters deserved better", True),
    ("John Smith said to his supporters that voters deserved better.", "smith", "voters deserved better", True),
    ("John Smith wrote on his blog that officials ignored warnings.", "smith", "officials ignored warnings", True),
    ("John Smith said Tuesday that officials ignored warnings.", "smith", "officials ignored warnings", True),
    ("John Smith told the committee that officials ignored warnings.", "smith", "officials ignored warnings", True),
    ("John Smith called Mary Jones's claim that the mayor lied “absurd.”", "smith", "absurd.", False),
    ("John Smith dismissed Mary Jones's claim that the vote was stolen as “nonsense.”", "smith", "nonsense.", False),
    ("John Smith called Mary Jones's claim that the bridge was unsafe “absurd” in a speech on Tuesday.", "smith",
     "absurd", False),
    ("John Smith disputed Mary Jones's claim that she was treated as “a scapegoat.”", "jones", "a scapegoat.", False),
    ("John Smith described Mary Jones's claim that the bridge was already “crumbling.”", "jones", "crumbling.",
     False),
    ("Иван Петров назвал слова министра «бредом».", "petrov", "бредом", False),
    ("Иван Петров назвал обещание министра «пустыми словами».", "petrov", "пустыми словами", False),
    ("Иван Петров назвал заявление министра «шагом назад».", "petrov", "шагом назад", False),
    ("Журналисты напомнили слова Ивана Петрова «зима будет тяжёлой».", "petrov", "зима будет тяжёлой", False),
    ("Журналисты напомнили слова Ивана Петрова: «Зима будет тяжёлой».", "petrov", "Зима будет тяжёлой", False),
    ("Иван Петров назвал слова министра «бредом» вчера.", "petrov", "бредом", False),
    ("Иван Петров назвал слова министра «бредом» журналистам.", "petrov", "бредом", False),
    ("Иван Петров ответил на заявление министра словами «это популизм».", "petrov", "это популизм", False),
    ("In Mary Jones's words, the plan is bold but perhaps “too risky.”", "jones", "too risky.", False),
    ("In Mary Jones's words, the plan is modest yet “transformative.”", "jones", "transformative.", False),
    ("Asked repeatedly whether she would run, Mary Jones would say only “we'll see.”", "jones", "we'll see.", False),
    ("Asked if she would run, Mary Jones would say only “we'll see.”", "jones", "we'll see.", False),
    ("Asked repeatedly if she would run, Mary Jones would say only “we'll see.”", "jones", "we'll see.", False),
    ("Mary Jones was stuck in traffic on Dame Street. “It took an hour,” she said.", "jones", "It took an hour,",
     False),
    ("John Smith drove across the Ambassador Bridge. “The traffic was terrible,” he said.", "smith",
     "The traffic was terrible,", False),
    ("At that hearing Mary Jones would say only “no comment.”", "jones", "no comment.", False),
    ("Mary Jones would say only “the talks were a step forward.”", "jones", "the talks were a step forward.", False),
    ("Mary Jones would say only that the talks were a success.", "jones", "the talks were a success", True),
    ("Mary Jones would only say that the review was ongoing.", "jones", "the review was ongoing", True),
    ("In Mary Jones's words, the hotline is “a lifeline” for callers who report abuse.", "jones", "a lifeline",
     False),
    ("In Mary Jones's words, the budget is “a moral document” that critics call cruel.", "jones",
     "a moral document", False),
    ("“Get out!” John Smith yelled, Mary Jones said.", "smith", "Get out!", False),
    ("“Stop!” Mary Jones yelled at the driver, police said.", "jones", "Stop!", False),
    ("“We won!” Mary Jones said in a video her campaign posted online.", "jones", "We won!", False),
    ("“We did it!” Mary Jones wrote in a post that thousands of followers praised.", "jones", "We did it!", False),
    ("“We won!” Mary Jones said in Washington, D.C. Her rivals disagreed.", "jones", "We won!", False),
    ("John Smith called a hearing on Mary Jones's claim that the levee was “failing.”", "jones", "failing.", False),
    ("John Smith said he would consider Mary Jones's claim that the levy was “unfair.”", "jones", "unfair.", False),
    ("John Smith rejected Mary Jones's claim that the fund was set up as “a charity.”", "jones", "a charity.", False),
    ("John Smith found Mary Jones's claim that the bridge was “unsafe” to be baseless.", "jones", "unsafe", False),
    ("John Smith called Mary Jones's claim that the bridge was unsafe “absurd” once again.", "smith", "absurd",
     False),
    ("John Smith told reporters that armed men had stormed the building.", "smith",
     "armed men had stormed the building", True),
    ("John Smith said at a briefing that paid leave would be expanded.", "smith", "paid leave would be expanded", True),
    ("“Welcome home,” Mary Jones said the night that her son called.", "jones", "Welcome home,", False),
    ("“Good luck,” Mary Jones told the graduates the dean had praised.", "jones", "Good luck,", False),
    ("John Smith told investors that rates the bank charges would fall next year.", "smith",
     "rates the bank charges would fall next year", True),
    ("John Smith told the committee that should rates rise again, the plan would fail.", "smith",
     "should rates rise again, the plan would fail", True),
    ("John Smith called fellow economist Mary Jones's claim that inflation had peaked “premature.”", "smith",
     "premature.", False),
    ("John Smith called Mary Jones's claim that crime had doubled “a lie” through a spokesman.", "smith", "a lie",
     False),
    ("Иван Петров ответил на заявление министра: «Это чистый популизм».", "petrov", "Это чистый популизм", False),
    ("Журналисты напомнили слова Анны Ивановой «Кризис закончится к весне».", "ivanova", "Кризис закончится к весне",
     False),
    ("Иван Петров назвал заявление министра «провокацией» вечером в понедельник.", "petrov", "провокацией", False),
    ("In Mary Jones's words, anyone who thinks the crisis is over is “dreaming.”", "jones", "dreaming.", False),
    ("Mary Jones would say only that the firm expects growth to slow.", "jones", "the firm expects growth to slow",
     True),
    ("Asked by a reporter if the deal was dead, Mary Jones would say only “no comment.”", "jones", "no comment.",
     False),
    ("John Smith walked through Sir Winston Churchill Square. “It was packed,” he said.", "smith", "It was packed,",
     False),
    ("John Smith criticized the recent Supreme Court ruling on Tuesday. “It's a mistake,” he said.", "smith",
     "It's a mistake,", False),
    ("Mary Jones, a former White House aide, left government in 2019. “I needed a break,” she said.", "jones",
     "I needed a break,", False),
    ("“We will not raise taxes,” John Smith said, reading from a teleprompter.", "smith", "We will not raise taxes,",
     False),
    ("“I knew it was over,” Mary Jones said of the day her doctor told her.", "jones", "I knew it was over,", False),
    ("Журналисты привели слова Ивана Петрова: «Кризис позади».", "petrov", "Кризис позади", False),
    ("Mary Jones would say only that she had “done nothing wrong,” a claim few believed.", "jones",
     "done nothing wrong,", False),
    ("Mary Jones spoke at the Senator Hayes Building on Monday. “We need reform,” she said.", "jones",
     "We need reform,", False),
    ("Mary Jones will step down as its chief executive, Wells Fargo said on Monday. “It is time for new leadership,” "
     "she said.", "jones", "It is time for new leadership,", False),
    ("John Smith's chain has gained ground on rival Burger King. “We have better burgers,” he said.", "smith",
     "We have better burgers,", False),
    ("John Smith told investors that should Congress fail to act, the fund would run dry.", "smith",
     "should Congress fail to act, the fund would run dry", True),
    ("Mary Jones would say only that the mayor, not the council, had personally approved the contract.", "jones",
     "the mayor, not the council, had personally approved the contract", True),
    ("Анна Иванова назвала слова министра «ложью» одной из первых.", "ivanova", "ложью", False),
    ("Asked by reporters whether a deal was near, Mary Jones would say only that the talks were continuing.", "jones",
     "the talks were continuing", True),
]


@pytest.mark.parametrize("text, analyst, quote, reported", REVIEWED_MISATTRIBUTIONS)
def test_what_the_reviews_found_accepted_is_refused(verdict, text, analyst, quote, reported):
    message = verdict(text, analyst, quote, reported=reported)
    assert message and "not found" not in message  # refused for whose words they are, not for a typo here


@pytest.mark.parametrize("text, analyst, quote, reported", REVIEWED_HONEST)
def test_what_the_reviews_found_refused_is_accepted(verdict, text, analyst, quote, reported):
    assert verdict(text, analyst, quote, reported=reported) == ""
