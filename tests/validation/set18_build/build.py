"""Builds set 18 (articles 145-152): text and gold written together, sentence by sentence.

Each sentence is followed directly by its gold (sides, content, note) and then by the
records of the quotations that open in it. Source text uses typographic marks; the
straight-quote articles are converted by lib on output.
"""
import os
import sys

from lib import Article, CN, US, BOTH, NONE, UND, Q, TAIL

HERE = os.path.dirname(os.path.abspath(__file__))

GAO = "Gao Yuchen, spokesperson for China's Ministry of National Defense"


def a145():
    a = Article(145, "defense_ministry_reconnaissance",
                "Xinhua English report of the Chinese defense ministry's monthly press conference "
                "(BEIJING, <date> (Xinhua) -- ; 'Asked about ...' paragraphs; straight quotes; Enditem)",
                "straight")
    a.head("Chinese defense ministry urges U.S. to halt close-in reconnaissance after air encounter",
           CN, ["U.S. to halt close-in reconnaissance"], "headline; 'urges' reports the ministry's demand")

    a.para()
    a.s("BEIJING, Sept. 25 (Xinhua) -- China on Thursday urged the United States to stop its close-in "
        "reconnaissance against China, saying such provocative moves endanger the safety of pilots and "
        "sailors on both sides.",
        CN, ["the United States to stop its close-in reconnaissance against China",
             "such provocative moves endanger the safety of pilots and sailors on both sides"],
        "China's demand and its reason, reported with 'urged' and 'saying'")

    a.para()
    a.s("Asked about a Sept. 12 encounter between a Chinese fighter jet and a U.S. RC-135 reconnaissance "
        "plane over the South China Sea, Senior Colonel Gao Yuchen, spokesperson for the Ministry of "
        "National Defense, told the ministry's monthly press conference that the U.S. aircraft had "
        "“deliberately approached China's territorial airspace” off Hainan Island.",
        CN, ["the U.S. aircraft had “deliberately approached China's territorial airspace” off Hainan Island"],
        "'Asked about ..., spokesperson X told the press conference that'; the question is the reporter's framing")
    a.q("deliberately approached China's territorial airspace",
        "Senior Colonel Gao Yuchen, spokesperson for the Ministry of National Defense", GAO, "China",
        note="speech quotation; the only time the spokesperson is named")
    a.s("“The Chinese pilot identified and escorted the plane according to standard procedures, and kept "
        "a safe and steady distance throughout,” he said.",
        CN, [Q], "quotation of the spokesperson, pronoun 'he'")
    a.q("The Chinese pilot identified and escorted the plane according to standard procedures, and kept "
        "a safe and steady distance throughout,", "he", GAO, "China")

    a.para()
    a.s("The U.S. Indo-Pacific Command claimed last week that the Chinese J-16 had performed an “unsafe "
        "maneuver,” passing within 6 meters of the nose of the U.S. plane.",
        US, ["the Chinese J-16 had performed an “unsafe maneuver,” passing within 6 meters of the nose of "
             "the U.S. plane"],
        "US military command's claim ('claimed that')")
    a.q("unsafe maneuver,", "The U.S. Indo-Pacific Command", "U.S. Indo-Pacific Command", "United States")
    a.s("The spokesperson rejected the claim, calling it “a story told backwards.”",
        CN, ["rejected the claim", "a story told backwards."],
        "rejecting a claim is a claim; his characterization quoted")
    a.q("a story told backwards.", "The spokesperson", GAO, "China")
    a.s("“It is the U.S. side that keeps coming to China's doorstep to make trouble, not the other way "
        "around,” he said.",
        CN, [Q], "quotation, pronoun 'he'")
    a.q("It is the U.S. side that keeps coming to China's doorstep to make trouble, not the other way "
        "around,", "he", GAO, "China")

    a.para()
    a.s("The spokesperson said U.S. military aircraft had flown more than 600 close-in reconnaissance sorties "
        "near China's coast so far this year, a figure he said was higher than in the same period of 2024.",
        CN, ["U.S. military aircraft had flown more than 600 close-in reconnaissance sorties near China's "
             "coast so far this year", "was higher than in the same period of 2024"],
        "a figure given by the Chinese spokesperson as part of his case, not a neutral statistic")
    a.s("“We urge the U.S. side to stop such dangerous acts, rein in its frontline forces and avoid any "
        "accident in the air or at sea,” he said.",
        CN, [Q], "quotation, pronoun 'he'")
    a.q("We urge the U.S. side to stop such dangerous acts, rein in its frontline forces and avoid any "
        "accident in the air or at sea,", "he", GAO, "China")

    a.para()
    a.s("Asked about reports that the United States plans to station more unmanned surveillance aircraft "
        "in the Philippines, the spokesperson said the Chinese military would “take all necessary measures "
        "to defend national sovereignty and security.”",
        CN, ["the Chinese military would “take all necessary measures to defend national sovereignty and "
             "security.”"],
        "'Asked about' framing is the reporter's (media reports, not a US statement); the answer is China's")
    a.q("take all necessary measures to defend national sovereignty and security.", "the spokesperson",
        GAO, "China")
    a.s("He said countries in the region “should not let themselves be used as pawns” by powers from "
        "outside it.",
        CN, ["countries in the region “should not let themselves be used as pawns” by powers from outside it"],
        "pronoun 'He' = the spokesperson; partial quotation inside reported clause")
    a.q("should not let themselves be used as pawns", "He", GAO, "China")
    a.s("The Philippine Department of National Defense has said the drones would be used for maritime "
        "domain awareness under an existing agreement with Washington.",
        NONE, [], "third party (the Philippines) is no side")

    a.para()
    a.s("The spokesperson also said China remained open to communication with the U.S. military on the "
        "basis of “equality and mutual respect,” but stressed that responsibility for the current "
        "difficulties “lies entirely with the U.S. side.”",
        CN, ["China remained open to communication with the U.S. military on the basis of “equality and "
             "mutual respect,”",
             "responsibility for the current difficulties “lies entirely with the U.S. side.”"],
        "two reported clauses of the spokesperson, each with a partial quotation")
    a.q("equality and mutual respect,", "The spokesperson", GAO, "China")
    a.q("lies entirely with the U.S. side.", "The spokesperson", GAO, "China",
        note="speech quotation; same subject (stressed)")

    a.para()
    a.s("Responding to a question about the so-called “freedom of navigation” operations of U.S. warships, "
        "he said such transits were “nothing but a show of force” that sent the wrong signals "
        "to separatist forces in Taiwan.",
        CN, ["such transits were “nothing but a show of force” that sent the wrong signals to separatist "
             "forces in Taiwan"],
        "spokesperson's claim; 'so-called' phrase is a scare quote of the outlet")
    a.q("freedom of navigation", kind="scare", note="'so-called' term held at a distance")
    a.q("nothing but a show of force", "he", GAO, "China")

    a.para()
    a.s("A U.S. Navy destroyer sailed through the Taiwan Strait on Sept. 18, and the Eastern Theater "
        "Command of the Chinese People's Liberation Army said it had tracked and monitored the ship "
        "throughout its passage.",
        CN, ["it had tracked and monitored the ship throughout its passage"],
        "the sailing is an act (no side); the PLA command's statement is China's")

    a.para()
    a.s("Enditem", NONE, [], "wire sign-off")
    return a


BRANDT = "Laura Brandt, Deputy Pentagon Press Secretary (U.S. Department of Defense)"


def a146():
    a = Article(146, "pentagon_cyber_ports",
                "US Department of Defense news write-up of a Pentagon press briefing (WASHINGTON, <date>, <year> — ), "
                "followed by transcript excerpts with speaker labels (MS. BRANDT:, Q:); typographic quotes",
                "typographic")
    a.head("Pentagon Says Chinese Hackers Gained Access to Military Shipping Networks",
           US, ["Chinese Hackers Gained Access to Military Shipping Networks"], "headline; 'Pentagon says'")

    a.para()
    a.s("WASHINGTON, Oct. 7, 2025 — Hackers working for the Chinese government gained access to computer "
        "networks at commercial firms that move U.S. military cargo through Pacific ports, Pentagon officials "
        "said today.",
        US, ["Hackers working for the Chinese government gained access to computer networks at commercial "
             "firms that move U.S. military cargo through Pacific ports"],
        "claim attributed to Pentagon officials at the end of the sentence")

    a.para()
    a.s("“We assess with high confidence that these intrusions were carried out by actors sponsored by the "
        "People’s Republic of China, and that their purpose was to position themselves to cause disruption "
        "in a crisis,” Deputy Pentagon Press Secretary Laura Brandt told reporters at a Pentagon news "
        "conference.",
        US, [Q], "quotation with title before the name; 'told reporters'")
    a.q("We assess with high confidence that these intrusions were carried out by actors sponsored by the "
        "People’s Republic of China, and that their purpose was to position themselves to cause disruption "
        "in a crisis,", "Deputy Pentagon Press Secretary Laura Brandt", BRANDT, "United States")

    a.para()
    a.s("Brandt said U.S. Cyber Command and the FBI had worked with three of the companies to remove "
        "malicious code, and that no classified systems had been affected.",
        US, ["U.S. Cyber Command and the FBI had worked with three of the companies to remove malicious code",
             "no classified systems had been affected"],
        "surname alone; two that-clauses")
    a.s("“The adversary was looking for a way to slow us down before a single ship left port,” she said.",
        US, [Q], "quotation, pronoun 'she' = Brandt")
    a.q("The adversary was looking for a way to slow us down before a single ship left port,", "she",
        BRANDT, "United States")

    a.para()
    a.s("Air Force Brig. Gen. Colin Ferraro, a deputy director of operations at U.S. Cyber Command who "
        "joined Brandt at the briefing, said the hackers relied on so-called “living off the land” "
        "techniques, using ordinary administrator tools to avoid detection.",
        US, ["the hackers relied on so-called “living off the land” techniques, using ordinary administrator "
             "tools to avoid detection"],
        "US military officer (office named in apposition); the term of art is a scare quote")
    a.q("living off the land", kind="scare", note="'so-called' technical term, held at a distance")
    a.s("“It looks like normal traffic until you know what you’re looking for,” Ferraro said.",
        US, [Q], "quotation, surname alone")
    a.q("It looks like normal traffic until you know what you’re looking for,", "Ferraro",
        "Brig. Gen. Colin Ferraro, U.S. Cyber Command", "United States")

    a.para()
    a.s("Researchers at Larkspur Security, a private firm in Virginia, first described the activity in a "
        "report titled “Quiet Harbor: Persistent Access in Maritime Logistics,” which attributed the "
        "intrusions to a group it calls Tidewater Panda.",
        NONE, [], "a private company is a third party; report title in quotation marks")
    a.q("Quiet Harbor: Persistent Access in Maritime Logistics,", kind="title", note="report title")

    a.para()
    a.s("The Chinese Embassy in Washington rejected the accusation, with a spokesperson saying in a "
        "statement that China “has never encouraged or tolerated hacking of any kind” and that the United "
        "States was “smearing China without a shred of evidence.”",
        CN, ["rejected the accusation",
             "China “has never encouraged or tolerated hacking of any kind”",
             "the United States was “smearing China without a shred of evidence.”"],
        "embassy rejects a claim and its spokesperson's statement is quoted")
    a.q("has never encouraged or tolerated hacking of any kind", "a spokesperson",
        "spokesperson of the Chinese Embassy in Washington", "China")
    a.q("smearing China without a shred of evidence.", "a spokesperson",
        "spokesperson of the Chinese Embassy in Washington", "China")

    a.para()
    a.s("Brandt said the department would share technical details with allies, including Japan and "
        "Australia.",
        US, ["the department would share technical details with allies, including Japan and Australia"],
        "Pentagon spokesperson's statement of intent, reported with 'said'")
    a.s("“We’re going to keep shining a light on this, because that is how you raise the cost,” she said.",
        US, [Q], "quotation, pronoun 'she' = Brandt")
    a.q("We’re going to keep shining a light on this, because that is how you raise the cost,", "she",
        BRANDT, "United States")
    a.s("Japan’s Defense Ministry said in a separate statement that it was “closely coordinating” with U.S. "
        "counterparts and had found no intrusions on its own networks.",
        NONE, [], "ally (Japan) is a third party")
    a.q("closely coordinating", "Japan’s Defense Ministry", "Japan's Ministry of Defense", "other")

    a.para()
    a.s("The following is an excerpt from the briefing transcript:", NONE, [], "narrator's transition line")

    a.para()
    a.s("Q: Can you say whether any military shipments were delayed because of the intrusions?",
        NONE, [], "reporter's question, no side's claim")

    a.para()
    a.s("MS. BRANDT: We’re not aware of any delays to military shipments at this time.",
        US, [TAIL], "transcript line of the Pentagon spokesperson")
    a.s("The companies took the affected systems offline quickly, and they’ve been very cooperative.",
        US, ["The companies took the affected systems offline quickly, and they’ve been very cooperative."],
        "continues Brandt's answer")

    a.para()
    a.s("Q: China says the United States is the biggest source of hacking in the world.",
        CN, ["the United States is the biggest source of hacking in the world"],
        "the reporter relays China's claim ('China says')")
    a.s("What’s your response?", NONE, [], "reporter's question")

    a.para()
    a.s("MS. BRANDT: I’d reject that characterization.", US, [TAIL],
        "rejecting a characterization (a claim), as speech")
    a.s("We’ve laid out the evidence, our partners have laid out the evidence, and private researchers "
        "have laid out the evidence.",
        US, ["We’ve laid out the evidence, our partners have laid out the evidence, and private researchers "
             "have laid out the evidence."],
        "continues Brandt's answer")
    a.s("This is a pattern of behavior, and it needs to stop.",
        US, ["This is a pattern of behavior, and it needs to stop."], "continues Brandt's answer")
    return a


JIN = "People's Daily commentary (pen name Jin Ming)"
FANG = "Fang Lirong, spokesperson for China's Foreign Ministry"


def a147():
    a = Article(147, "peoples_daily_journalists",
                "People's Daily Online relaying People's Daily's own pen-name commentary (BEIJING, <date> "
                "(People's Daily Online) -- ), with a Foreign Ministry line; straight quotes; web-editor credit",
                "straight")
    a.head("People's Daily commentary slams U.S. ‘double standards’ on Chinese journalists",
           CN, ["U.S. ‘double standards’ on Chinese journalists"],
           "headline; the commentary (a Chinese state organ's voice) criticizes the US")
    a.q("double standards", "People's Daily commentary", JIN, "China",
        note="single-quoted words in the headline; the commentary's charge")

    a.para()
    a.s("BEIJING, March 14 (People's Daily Online) -- A commentary published in Friday's edition of "
        "People's Daily under the pen name Jin Ming said Washington's latest curbs on Chinese journalists "
        "“expose the hypocrisy of a country that lectures the world on press freedom.”",
        CN, ["Washington's latest curbs on Chinese journalists “expose the hypocrisy of a country that "
             "lectures the world on press freedom.”"],
        "the commentary speaks for People's Daily, the Party paper; counted as China")
    a.q("expose the hypocrisy of a country that lectures the world on press freedom.", "A commentary",
        JIN, "China")

    a.para()
    a.s("The U.S. Department of Homeland Security last month limited the visas of Chinese journalists "
        "working in the United States to 90 days, and the State Department ordered two Chinese news "
        "organizations to cut their U.S.-based staff.",
        NONE, [], "acts of US agencies, reported by the narrator")

    a.para()
    a.s("“Chinese journalists in the United States have been questioned for hours at airports, denied "
        "visa renewals and followed by agents.",
        CN, [Q], "first sentence of a two-sentence quotation attributed at its end to the commentary")
    a.q("Chinese journalists in the United States have been questioned for hours at airports, denied visa "
        "renewals and followed by agents. This is not how a country that believes in the free flow of "
        "information behaves,", "the commentary", JIN, "China",
        note="one pair of marks enclosing two sentences; filed under the sentence it opens in")
    a.s("This is not how a country that believes in the free flow of information behaves,” the commentary "
        "said.",
        CN, [Q], "continues the quotation; attribution")

    a.para()
    a.s("The commentary noted that the number of Chinese journalists accredited in the United States had "
        "fallen from more than 150 in 2019 to fewer than 40 today.",
        CN, ["the number of Chinese journalists accredited in the United States had fallen from more than 150 "
             "in 2019 to fewer than 40 today"],
        "a figure the commentary uses as argument ('noted that')")
    a.s("It said Washington's talk of reciprocity was “a pretext for shutting the door on voices it does "
        "not want to hear.”",
        CN, ["Washington's talk of reciprocity was “a pretext for shutting the door on voices it does not want "
             "to hear.”"],
        "pronoun 'It' = the commentary")
    a.q("a pretext for shutting the door on voices it does not want to hear.", "It", JIN, "China")

    a.para()
    a.s("At a regular press briefing on Thursday, Chinese Foreign Ministry spokesperson Fang Lirong said "
        "China “reserves the right to respond” and urged Washington to “let journalists do their jobs.”",
        CN, ["China “reserves the right to respond”", "Washington to “let journalists do their jobs.”"],
        "Foreign Ministry line, title before the name")
    a.q("reserves the right to respond", "Chinese Foreign Ministry spokesperson Fang Lirong", FANG, "China")
    a.q("let journalists do their jobs.", "Chinese Foreign Ministry spokesperson Fang Lirong", FANG, "China")
    a.s("“Chinese journalists have every right to report in the United States, just as American "
        "journalists report in China,” Fang said.",
        CN, [Q], "quotation, surname alone")
    a.q("Chinese journalists have every right to report in the United States, just as American journalists "
        "report in China,", "Fang", FANG, "China")

    a.para()
    a.s("The U.S. State Department has said the visa limits respond to restrictions China places on "
        "American reporters, and it has described Chinese state media outlets as “propaganda arms” of the "
        "government in Beijing.",
        US, ["the visa limits respond to restrictions China places on American reporters",
             "Chinese state media outlets as “propaganda arms” of the government in Beijing"],
        "the US position, relayed by the outlet")
    a.q("propaganda arms", "it", "U.S. State Department", "United States")

    a.para()
    a.s("The Committee for Open Reporting, a Geneva-based press advocacy group, said in a report titled "
        "“Shrinking Windows” that journalists from both countries faced growing obstacles.",
        NONE, [], "third party (NGO); report title")
    a.q("Shrinking Windows", kind="title", note="report title")
    a.s("Its director, Ines Moller, said both governments should “stop punishing reporters for a quarrel "
        "between governments.”",
        NONE, [], "third party (NGO director)")
    a.q("stop punishing reporters for a quarrel between governments.", "Ines Moller",
        "Ines Moller, director of the Committee for Open Reporting", "other")

    a.para()
    a.s("The commentary concluded that “the door remains open to foreign journalists who abide by the law,” "
        "adding that exchanges between the two peoples “should not be held hostage to political games.”",
        CN, ["“the door remains open to foreign journalists who abide by the law,”",
             "exchanges between the two peoples “should not be held hostage to political games.”"],
        "the commentary's conclusion")
    a.q("the door remains open to foreign journalists who abide by the law,", "The commentary", JIN, "China")
    a.q("should not be held hostage to political games.", "The commentary", JIN, "China")

    a.para()
    a.s("(Web editor: Liang Xue, Zhou Min)", NONE, [], "web-editor credit line")
    return a


QIAO = "Qiao Wenxuan, Chinese doctoral student"


def a148():
    a = Article(148, "magazine_student_visas",
                "long-form magazine feature compressed under 600 words: place-name dateline and scene-setting "
                "lede, a named private person, run-on quotation over paragraphs, surnames alone; typographic quotes",
                "typographic")
    a.head("The Empty Lab Bench", NONE, [], "feature headline, no claim")

    a.para()
    a.s("MERRITT FALLS, Ohio — On the third floor of Hollis Hall at Carrow University, a fume hood still "
        "hums over a tray of silicon wafers that nobody has touched since April.",
        NONE, [], "scene-setting lede, narrator")
    a.s("The wafers belong to Qiao Wenxuan, a 29-year-old doctoral student from Chengdu who spent four "
        "years here trying to build a battery that will not catch fire.",
        NONE, [], "narrator introduces a private person")
    a.s("In the spring, the State Department revoked his student visa, and in May he flew home, leaving "
        "behind a half-written dissertation and a bicycle still chained to a rack outside.",
        NONE, [], "acts (revocation, departure)")

    a.para()
    a.s("“I kept thinking someone would call and say it was a mistake,” Qiao told me over a video call "
        "from his parents’ apartment, a shelf of chemistry textbooks behind him.",
        NONE, [], "private person (no office) is no side")
    a.q("I kept thinking someone would call and say it was a mistake,", "Qiao", QIAO, "other")
    a.s("“Nobody called.", NONE, [], "opens a run-on quotation of Qiao (other)")
    a.q("Nobody called. The email was two sentences long, and it never said what I was supposed to have "
        "done. My adviser wrote letters. My department wrote letters. In the end I bought one suitcase, "
        "filled it with notebooks and left everything else.", "Qiao", QIAO, "other",
        note="run-on over two paragraphs (paragraph ends without a closing mark, next opens with one); "
             "speaker from the attribution earlier in the paragraph")
    a.s("The email was two sentences long, and it never said what I was supposed to have done.",
        NONE, [], "continues Qiao's quotation (other)")

    a.para()
    a.s("“My adviser wrote letters.", NONE, [], "run-on continues (other)")
    a.s("My department wrote letters.", NONE, [], "run-on continues (other)")
    a.s("In the end I bought one suitcase, filled it with notebooks and left everything else.”",
        NONE, [], "run-on ends (other)")

    a.para()
    a.s("Qiao is one of several hundred Chinese students whose visas were cancelled this year under a "
        "policy that the State Department says is aimed at people tied to China’s military-linked "
        "universities or to what it calls “sensitive technology acquisition.”",
        US, ["is aimed at people tied to China’s military-linked universities or to what it calls “sensitive "
             "technology acquisition.”"],
        "the State Department's claim embedded in the narrator's sentence")
    a.q("sensitive technology acquisition.", "it", "U.S. State Department", "United States",
        note="the department's own term ('what it calls')")
    a.s("In a statement to the magazine, a department spokesperson said the government would keep "
        "cancelling visas “wherever the evidence warrants it” and that “the great majority of Chinese "
        "students remain welcome.”",
        US, ["the government would keep cancelling visas “wherever the evidence warrants it”",
             "“the great majority of Chinese students remain welcome.”"],
        "State Department spokesperson, 'said in a statement'")
    a.q("wherever the evidence warrants it", "a department spokesperson",
        "spokesperson of the U.S. State Department", "United States")
    a.q("the great majority of Chinese students remain welcome.", "a department spokesperson",
        "spokesperson of the U.S. State Department", "United States")

    a.para()
    a.s("China’s Foreign Ministry has called the cancellations “discriminatory” and “a plain violation of "
        "the rights of Chinese students,” and the Chinese Embassy in Washington says it has protested dozens "
        "of individual cases.",
        CN, ["the cancellations “discriminatory” and “a plain violation of the rights of Chinese students,”",
             "it has protested dozens of individual cases"],
        "Foreign Ministry characterization and embassy claim")
    a.q("discriminatory", "China’s Foreign Ministry", "China's Ministry of Foreign Affairs", "China")
    a.q("a plain violation of the rights of Chinese students,", "China’s Foreign Ministry",
        "China's Ministry of Foreign Affairs", "China")

    a.para()
    a.s("According to the Department of Homeland Security, about 265,000 Chinese nationals held student "
        "visas last year, down from more than 370,000 at the peak.",
        UND, [], "statistic credited to a US agency, no stance in the dispute")

    a.para()
    a.s("At Carrow, the losses are felt in smaller ways.", NONE, [], "narrator")
    a.s("Margaret Ashby, who runs the battery lab where Qiao worked, still has his name taped to a drawer.",
        NONE, [], "narrator introduces a professor (private person)")
    a.s("“He was the one who stayed until midnight fixing everybody else’s experiments,” Ashby said.",
        NONE, [], "private person's quotation (a university is no side)")
    a.q("He was the one who stayed until midnight fixing everybody else’s experiments,", "Ashby",
        "Margaret Ashby, Carrow University lab head", "other")
    a.s("“We lost three people from this lab in a year,” she said, “and I can’t tell my funders why, "
        "because nobody has told me.”",
        NONE, [], "quotation split by its attribution; private person")
    a.q("We lost three people from this lab in a year,", "she", "Margaret Ashby, Carrow University lab head",
        "other", note="first fragment of a quotation split by its attribution")
    a.q("and I can’t tell my funders why, because nobody has told me.", "she",
        "Margaret Ashby, Carrow University lab head", "other", note="second fragment, same speaker")

    a.para()
    a.s("In Congress, the policy has vocal defenders.", NONE, [], "narrator")
    a.s("“Every lab that trains a PLA-linked engineer is doing Beijing’s homework for free,” said "
        "Representative Dale Kessler, an Indiana Republican who sits on the House Select Committee on China.",
        US, [Q], "member of Congress speaks for the US side")
    a.q("Every lab that trains a PLA-linked engineer is doing Beijing’s homework for free,",
        "Representative Dale Kessler", "Rep. Dale Kessler (R-Ind.), U.S. House of Representatives",
        "United States")
    a.s("Kessler added that universities “have had twenty years to get serious about this, and they didn’t.”",
        US, ["universities “have had twenty years to get serious about this, and they didn’t.”"],
        "surname alone, reported clause with quotation")
    a.q("have had twenty years to get serious about this, and they didn’t.", "Kessler",
        "Rep. Dale Kessler (R-Ind.), U.S. House of Representatives", "United States")

    a.para()
    a.s("Back in Chengdu, Qiao has taken a job testing cells at a battery company, and he has applied for a "
        "postdoctoral position in Germany.",
        NONE, [], "narrator")
    a.s("He says he is no longer angry.", NONE, [], "private person's own account (other)")
    a.s("“I still think of America as the place where I learned to be a scientist,” he said.",
        NONE, [], "private person")
    a.q("I still think of America as the place where I learned to be a scientist,", "he", QIAO, "other")
    a.s("“I just don’t think it wants me back.”", NONE, [], "second quotation of the same speaker")
    a.q("I just don’t think it wants me back.", "he", QIAO, "other",
        note="separate pair of marks; speaker carried over from the previous sentence")
    return a


MOFCOM = "China's Ministry of Commerce"
USTR = "Office of the U.S. Trade Representative"


def a149():
    a = Article(149, "reuters_rare_earth_controls",
                "Reuters from Beijing (BEIJING, <Mon> <d> (Reuters) - ): commerce ministry statement and a US "
                "reaction, analysts, British spelling, straight quotes, reporting/editing credit",
                "straight")
    a.head("China expands rare earth export curbs; US calls move ‘coercion’",
           US, ["move ‘coercion’"], "headline: the curbs are an act, the US characterization is a claim")
    a.q("coercion", "US", USTR, "United States", note="single-quoted word in the headline (USTR's word)")

    a.para()
    a.s("BEIJING, Oct 9 (Reuters) - China's commerce ministry on Thursday added seven rare earth elements "
        "and related magnet technologies to its export control list, a move Washington said was aimed at "
        "squeezing U.S. defence and car makers.",
        US, ["was aimed at squeezing U.S. defence and car makers"],
        "China's listing is an act; Washington's claim about it is embedded")

    a.para()
    a.s("The ministry said in a statement that the controls were “consistent with how other major economies "
        "manage sensitive goods” and would help “protect national security and meet China's "
        "non-proliferation commitments.”",
        CN, ["the controls were “consistent with how other major economies manage sensitive goods” and would "
             "help “protect national security and meet China's non-proliferation commitments.”"],
        "commerce ministry statement")
    a.q("consistent with how other major economies manage sensitive goods", "The ministry", MOFCOM, "China")
    a.q("protect national security and meet China's non-proliferation commitments.", "The ministry",
        MOFCOM, "China")
    a.s("Exporters will need licences to ship the affected materials from Dec 1, it said.",
        CN, ["Exporters will need licences to ship the affected materials from Dec 1"],
        "reported with 'it said' (the ministry)")

    a.para()
    a.s("“The measures do not single out any country, and legitimate trade that follows the rules will be "
        "approved smoothly,” ministry spokesperson Shen Yiran told a regular news briefing.",
        CN, [Q], "ministry spokesperson")
    a.q("The measures do not single out any country, and legitimate trade that follows the rules will be "
        "approved smoothly,", "ministry spokesperson Shen Yiran",
        "Shen Yiran, spokesperson for China's Ministry of Commerce", "China")

    a.para()
    a.s("China accounts for roughly 90% of global rare earth magnet production, according to the U.S. "
        "Geological Survey.",
        UND, [], "statistic credited to a US agency, no stance")

    a.para()
    a.s("In Washington, the Office of the U.S. Trade Representative called the move “economic coercion, plain "
        "and simple” and said it was consulting allies on a response.",
        US, ["the move “economic coercion, plain and simple”", "it was consulting allies on a response"],
        "USTR characterization and statement")
    a.q("economic coercion, plain and simple", "the Office of the U.S. Trade Representative", USTR,
        "United States")
    a.s("“We will not let Beijing hold the world's supply chains hostage,” a USTR spokesperson said in a "
        "statement, adding that the administration “has a range of tools available.”",
        US, ["We will not let Beijing hold the world's supply chains hostage,",
             "the administration “has a range of tools available.”"],
        "USTR spokesperson, 'said in a statement, adding that'")
    a.q("We will not let Beijing hold the world's supply chains hostage,", "a USTR spokesperson",
        "spokesperson of the " + USTR, "United States")
    a.q("has a range of tools available.", "a USTR spokesperson", "spokesperson of the " + USTR,
        "United States")

    a.para()
    a.s("A Commerce Department official, who asked not to be named because the discussions were private, "
        "said Washington was reviewing whether the rules broke commitments Beijing made during trade talks "
        "in May.",
        US, ["Washington was reviewing whether the rules broke commitments Beijing made during trade talks in "
             "May"],
        "anonymous US official (office named)")

    a.para()
    a.s("Shares in Australian miner Coral Bay Resources jumped 14% in Sydney.", NONE, [], "market move")
    a.s("“Every time Beijing tightens the tap, the case for building supply outside China gets stronger,” "
        "said Helen Marsh, a commodities analyst at Sydney-based consultancy Westmere Partners.",
        NONE, [], "third-party analyst")
    a.q("Every time Beijing tightens the tap, the case for building supply outside China gets stronger,",
        "Helen Marsh", "Helen Marsh, analyst at Westmere Partners", "other")

    a.para()
    a.s("Analysts said the timing, weeks before trade negotiators from both sides are due to meet in Geneva, "
        "suggested Beijing was building leverage.",
        NONE, [], "analysts are a third party")
    a.s("“This is leverage as much as it is security,” said Zhou Tianyi, a Singapore-based economist at "
        "Hengtai Advisory.",
        NONE, [], "third-party economist")
    a.q("This is leverage as much as it is security,", "Zhou Tianyi", "Zhou Tianyi, economist at Hengtai Advisory",
        "other")

    a.para()
    a.s("The United States last month added 23 Chinese companies to its entity list, cutting off their "
        "access to American chips, a step Washington said would protect national security and Beijing said "
        "it “firmly opposes.”",
        BOTH, ["would protect national security", "it “firmly opposes.”"],
        "US listing is an act; two embedded attributions, one per side")
    a.q("firmly opposes.", "Beijing", "Chinese government", "China")

    a.para()
    a.s("(Reporting by Wen Xiaoyu and Ethan Ward in Beijing; Additional reporting by Priya Nandakumar in "
        "Washington; Editing by Tom Brierley)",
        NONE, [], "Reuters credit line")
    return a


CORRIGAN = "Matthew Corrigan, DEA chief of operations"
TILLERY = "Rep. Gordon Tillery (R-Ohio), U.S. House subcommittee chairman"
VARELA = "Rep. Alicia Varela (D-N.M.), U.S. House of Representatives"
EMB = "Chinese Embassy in Washington"


def a150():
    a = Article(150, "ap_fentanyl_hearing",
                "AP from Washington (WASHINGTON (AP) — ): House hearing, members identified as (R-State)/(D-State), "
                "straight quotes, contributor line",
                "straight")
    a.head("Lawmakers grill DEA over fentanyl chemicals from China; Beijing says it has cracked down",
           CN, ["it has cracked down"], "headline: questioning is an act; Beijing's claim is reported")

    a.para()
    a.s("WASHINGTON (AP) — Lawmakers from both parties accused China on Tuesday of doing too little to stop "
        "the flow of chemicals used to make fentanyl, as a senior Drug Enforcement Administration official "
        "told a House panel that Chinese suppliers were changing tactics to dodge U.S. enforcement.",
        US, ["doing too little to stop the flow of chemicals used to make fentanyl",
             "Chinese suppliers were changing tactics to dodge U.S. enforcement"],
        "accusation by members of Congress and testimony by a DEA official: both US")

    a.para()
    a.s("“The precursors are still coming — they are just coming in smaller boxes with better labels,” said "
        "Matthew Corrigan, the DEA's chief of operations, testifying before a House Foreign Affairs "
        "subcommittee.",
        US, [Q], "US official's testimony")
    a.q("The precursors are still coming — they are just coming in smaller boxes with better labels,",
        "Matthew Corrigan", CORRIGAN, "United States")

    a.para()
    a.s("Corrigan said Chinese chemical makers now ship so-called “pre-precursors,” compounds a step or two "
        "removed from the chemicals Beijing has placed under control, often through brokers in third "
        "countries.",
        US, ["Chinese chemical makers now ship so-called “pre-precursors,” compounds a step or two removed from "
             "the chemicals Beijing has placed under control, often through brokers in third countries"],
        "surname alone; 'so-called' term is a scare quote")
    a.q("pre-precursors,", kind="scare", note="'so-called' term of art")
    a.s("U.S. Customs and Border Protection seized about 11,500 pounds of fentanyl in the last fiscal year, "
        "according to agency data.",
        UND, [], "statistic credited to a US agency, no stance")

    a.para()
    a.s("Rep. Gordon Tillery (R-Ohio), the subcommittee chairman, said Beijing had “every tool it needs to shut "
        "this down and has chosen not to use them.”",
        US, ["Beijing had “every tool it needs to shut this down and has chosen not to use them.”"],
        "member of Congress")
    a.q("every tool it needs to shut this down and has chosen not to use them.", "Rep. Gordon Tillery",
        TILLERY, "United States")
    a.s("“If Beijing can track a dissident across three provinces, it can track a drum of chemicals out of a "
        "port,” Tillery said.",
        US, [Q], "surname alone")
    a.q("If Beijing can track a dissident across three provinces, it can track a drum of chemicals out of a "
        "port,", "Tillery", TILLERY, "United States")

    a.para()
    a.s("Rep. Alicia Varela (D-N.M.), the panel's top Democrat, said the United States also had to “look in "
        "the mirror” on drug demand, but she agreed that cooperation with China had stalled.",
        US, ["the United States also had to “look in the mirror” on drug demand",
             "cooperation with China had stalled"],
        "member of Congress, two reported clauses")
    a.q("look in the mirror", "Rep. Alicia Varela", VARELA, "United States")
    a.s("“Cooperation is not a favor to China.", US, [Q],
        "opens a two-sentence quotation attributed at its end")
    a.q("Cooperation is not a favor to China. It is how we keep people in our districts alive,", "Varela",
        VARELA, "United States", note="one pair of marks over two sentences")
    a.s("It is how we keep people in our districts alive,” Varela said.", US, [Q],
        "continues the quotation; attribution")

    a.para()
    a.s("The Chinese Embassy in Washington said in a statement that China had brought “the entire class of "
        "fentanyl-related substances” under control in 2019 and that the United States should “stop "
        "shifting blame for its own problems.”",
        CN, ["China had brought “the entire class of fentanyl-related substances” under control in 2019",
             "the United States should “stop shifting blame for its own problems.”"],
        "embassy statement")
    a.q("the entire class of fentanyl-related substances", "The Chinese Embassy in Washington", EMB, "China")
    a.q("stop shifting blame for its own problems.", "The Chinese Embassy in Washington", EMB, "China")
    a.s("“China has done more than almost any country to help on this issue, and in return it has received "
        "tariffs,” the statement said.",
        CN, [Q], "the embassy's statement")
    a.q("China has done more than almost any country to help on this issue, and in return it has received "
        "tariffs,", "the statement", EMB, "China")

    a.para()
    a.s("The hearing came two months after the administration raised tariffs on Chinese imports by another "
        "10 percentage points.",
        NONE, [], "act, background")
    a.s("The two governments agreed in 2023 to restart counternarcotics cooperation, and each has since "
        "accused the other of backsliding.",
        BOTH, ["the other of backsliding"],
        "the 2023 agreement is an act; 'each ... accused the other' reports a claim of both sides")

    a.para()
    a.s("Nadia Feng, a researcher at the Toronto-based Hollander Institute, told the panel that many of the "
        "chemicals were legal when they left China.",
        NONE, [], "third-party witness (foreign think tank)")
    a.s("“Most of what we see now is not illegal at the moment it leaves the factory,” she said.",
        NONE, [], "third-party witness")
    a.q("Most of what we see now is not illegal at the moment it leaves the factory,", "she",
        "Nadia Feng, Hollander Institute", "other")

    a.para()
    a.s("Associated Press writer Marisol Vance in Beijing contributed to this report.",
        NONE, [], "AP contributor line")
    return a


XU = "Xu Kaiming, spokesperson for China's Foreign Ministry"


def a151():
    a = Article(151, "global_times_taiwan_arms",
                "Global Times (no dateline; lede opens directly), Chinese experts 'told the Global Times', "
                "Taiwan as 'the island', typographic quotes",
                "typographic")
    a.head("China vows ‘resolute countermeasures’ over latest US arms sale to Taiwan island",
           CN, ["‘resolute countermeasures’ over latest US arms sale to Taiwan island"],
           "headline; 'vows' reports China's stated intent")
    a.q("resolute countermeasures", "China", "Chinese government", "China",
        note="single-quoted words in the headline")

    a.para()
    a.s("China on Tuesday vowed to take “resolute countermeasures” after the US State Department approved a "
        "$1.2 billion arms package for the island of Taiwan, with Chinese experts telling the Global Times "
        "that the sale would only push the Democratic Progressive Party (DPP) authorities further toward a "
        "“dead end.”",
        CN, ["to take “resolute countermeasures”"],
        "China's vow; the US approval is an act; the experts (no office) are a third party")
    a.q("resolute countermeasures", "China", "Chinese government", "China")
    a.q("dead end.", "Chinese experts", "Chinese experts interviewed by the Global Times", "other",
        note="experts without office are no side")

    a.para()
    a.s("The US Defense Security Cooperation Agency said on Monday that the package, which includes 60 "
        "anti-ship missiles and two radar systems, would “help the recipient deter coercion” and would “not "
        "change the basic balance of forces in the region.”",
        US, ["the package, which includes 60 anti-ship missiles and two radar systems, would “help the "
             "recipient deter coercion” and would “not change the basic balance of forces in the region.”"],
        "US agency's notice")
    a.q("help the recipient deter coercion", "The US Defense Security Cooperation Agency",
        "U.S. Defense Security Cooperation Agency", "United States")
    a.q("not change the basic balance of forces in the region.", "The US Defense Security Cooperation Agency",
        "U.S. Defense Security Cooperation Agency", "United States")

    a.para()
    a.s("Chinese Foreign Ministry spokesperson Xu Kaiming told a routine press conference on Tuesday that "
        "the sale “tramples on commitments Washington made in black and white” and “feeds the illusions of "
        "those seeking separation.”",
        CN, ["the sale “tramples on commitments Washington made in black and white” and “feeds the illusions "
             "of those seeking separation.”"],
        "Foreign Ministry spokesperson")
    a.q("tramples on commitments Washington made in black and white",
        "Chinese Foreign Ministry spokesperson Xu Kaiming", XU, "China")
    a.q("feeds the illusions of those seeking separation.", "Chinese Foreign Ministry spokesperson Xu Kaiming",
        XU, "China")
    a.s("“Playing the Taiwan card will get the US nowhere,” Xu said.", CN, [Q], "surname alone")
    a.q("Playing the Taiwan card will get the US nowhere,", "Xu", XU, "China")

    a.para()
    a.s("The island’s defense authority thanked Washington for the sale, claiming it would strengthen the "
        "island’s “self-defense capabilities.”",
        NONE, [], "Taiwan's authorities are a third party")
    a.q("self-defense capabilities.", "The island’s defense authority", "Taiwan's defense ministry", "other")

    a.para()
    a.s("Zhang Junhao, a Chinese military affairs expert, told the Global Times on Tuesday that the weapons "
        "in the package “cannot change the overwhelming advantage” of the People’s Liberation Army across "
        "the Taiwan Straits.",
        NONE, [], "expert without office: third party")
    a.q("cannot change the overwhelming advantage", "Zhang Junhao",
        "Zhang Junhao, Chinese military affairs expert", "other")
    a.s("“The DPP authorities are spending the island’s money on a ticket for a ride they cannot control,” "
        "Zhang said.",
        NONE, [], "expert, surname alone")
    a.q("The DPP authorities are spending the island’s money on a ticket for a ride they cannot control,",
        "Zhang", "Zhang Junhao, Chinese military affairs expert", "other")

    a.para()
    a.s("Liang Siyu, a Beijing-based expert on cross-Straits relations, said the approval showed that some US "
        "politicians saw the island as “a chess piece rather than a partner.”",
        NONE, [], "expert without office: third party (the US politicians' view is Liang's inference)")
    a.q("a chess piece rather than a partner.", "Liang Siyu",
        "Liang Siyu, Beijing-based cross-Straits expert", "other")
    a.s("“Washington talks about peace in the Taiwan Straits while pouring fuel on the fire,” Liang told the "
        "Global Times.",
        NONE, [], "expert, 'told the Global Times'")
    a.q("Washington talks about peace in the Taiwan Straits while pouring fuel on the fire,", "Liang",
        "Liang Siyu, Beijing-based cross-Straits expert", "other")

    a.para()
    a.s("The Eastern Theater Command of the PLA said in a statement on Tuesday that its troops “remain on high "
        "alert at all times” and would “answer any provocation without hesitation.”",
        CN, ["its troops “remain on high alert at all times” and would “answer any provocation without "
             "hesitation.”"],
        "PLA command statement")
    a.q("remain on high alert at all times", "The Eastern Theater Command of the PLA",
        "Eastern Theater Command, Chinese People's Liberation Army", "China")
    a.q("answer any provocation without hesitation.", "The Eastern Theater Command of the PLA",
        "Eastern Theater Command, Chinese People's Liberation Army", "China")

    a.para()
    a.s("Washington has approved arms sales to the island under the so-called “Taiwan Relations Act,” a US "
        "domestic law that the Chinese side has long said has no standing in international relations.",
        CN, ["has no standing in international relations"],
        "US approvals are acts; the Chinese side's claim is embedded; the law's name is a scare quote")
    a.q("Taiwan Relations Act,", kind="scare", note="'so-called' law name held at a distance")
    a.s("The package is the third US arms sale to the island this year.", NONE, [], "narrator's fact")
    return a


WHITFORD = "Thomas Whitford, U.S. State Department spokesperson"


def a152():
    a = Article(152, "state_department_exit_bans",
                "US State Department press briefing write-up (WASHINGTON, <date> — ): spokesperson answering "
                "reporters, then a short transcript part (QUESTION:, MR. WHITFORD:); typographic quotes",
                "typographic")
    a.head("State Department Says China Holding Americans as ‘Bargaining Chips’ Through Exit Bans",
           US, ["China Holding Americans as ‘Bargaining Chips’ Through Exit Bans"], "headline; 'says'")
    a.q("Bargaining Chips", "State Department", "U.S. State Department (spokesperson Thomas Whitford)",
        "United States",
        note="single-quoted words in the headline, taken from the spokesperson")

    a.para()
    a.s("WASHINGTON, Aug. 19 — The State Department on Tuesday accused Chinese authorities of barring at least "
        "three U.S. citizens from leaving China to gain leverage in commercial disputes, and it urged Beijing "
        "to lift the bans.",
        US, ["barring at least three U.S. citizens from leaving China to gain leverage in commercial disputes",
             "Beijing to lift the bans"],
        "accusation and demand of the State Department")

    a.para()
    a.s("“These are not criminal suspects.", US, [Q],
        "opens a two-sentence quotation attributed at its end to the spokesperson")
    a.q("These are not criminal suspects. They are Americans being held as bargaining chips, and that is "
        "unacceptable,", "Department Spokesperson Thomas Whitford", WHITFORD, "United States",
        note="one pair of marks over two sentences")
    a.s("They are Americans being held as bargaining chips, and that is unacceptable,” Department "
        "Spokesperson Thomas Whitford told reporters at the daily press briefing.",
        US, [Q], "continues the quotation; 'told reporters'")

    a.para()
    a.s("Whitford said one of the Americans, an engineer for an Ohio-based machinery company, was stopped from "
        "boarding a flight in Shanghai in May and has not been charged with any crime.",
        US, ["one of the Americans, an engineer for an Ohio-based machinery company, was stopped from boarding "
             "a flight in Shanghai in May and has not been charged with any crime"],
        "spokesperson's account")
    a.s("He said U.S. diplomats had raised the cases “at every level,” including in a call between senior "
        "officials last week.",
        US, ["U.S. diplomats had raised the cases “at every level,” including in a call between senior "
             "officials last week"],
        "pronoun 'He' = Whitford")
    a.q("at every level,", "He", WHITFORD, "United States")
    a.s("“We will keep raising this until every one of them is home,” Whitford said.", US, [Q], "surname alone")
    a.q("We will keep raising this until every one of them is home,", "Whitford", WHITFORD, "United States")

    a.para()
    a.s("The department’s travel advisory for China, revised in July, warns Americans of the risk of "
        "“arbitrary” exit bans.",
        US, ["Americans of the risk of “arbitrary” exit bans"],
        "a State Department document's warning is the department's claim")
    a.q("arbitrary", "The department’s travel advisory", "U.S. State Department (travel advisory)",
        "United States", note="the advisory's own word")

    a.para()
    a.s("The Chinese Embassy in Washington did not immediately respond to a request for comment.",
        NONE, [], "non-response is an act, no claim")
    a.s("At a briefing in Beijing earlier this month, a Chinese Foreign Ministry spokesperson said exit "
        "restrictions were imposed “in accordance with the law” on people involved in unresolved legal cases, "
        "and that China “treats foreign nationals the same as its own citizens before the law.”",
        CN, ["exit restrictions were imposed “in accordance with the law” on people involved in unresolved "
             "legal cases",
             "China “treats foreign nationals the same as its own citizens before the law.”"],
        "Chinese Foreign Ministry spokesperson")
    a.q("in accordance with the law", "a Chinese Foreign Ministry spokesperson",
        "spokesperson for China's Foreign Ministry", "China")
    a.q("treats foreign nationals the same as its own citizens before the law.",
        "a Chinese Foreign Ministry spokesperson", "spokesperson for China's Foreign Ministry", "China")

    a.para()
    a.s("Canada’s foreign ministry said last week that it was aware of similar cases involving Canadian "
        "citizens and was “engaging directly” with Chinese officials.",
        NONE, [], "third country is no side")
    a.q("engaging directly", "Canada’s foreign ministry", "Global Affairs Canada (Canada's foreign ministry)",
        "other")

    a.para()
    a.s("Below is an excerpt from the briefing:", NONE, [], "narrator's transition line")

    a.para()
    a.s("QUESTION: Are these bans retaliation for U.S. visa restrictions on Chinese students?",
        NONE, [], "reporter's question, no side's claim")

    a.para()
    a.s("MR. WHITFORD: I’m not going to speculate about Beijing’s motives.", US, [TAIL],
        "transcript line of the State Department spokesperson")
    a.s("What I can tell you is that these individuals have done nothing wrong, and we want them home.",
        US, ["What I can tell you is that these individuals have done nothing wrong, and we want them home."],
        "continues Whitford's answer")

    a.para()
    a.s("QUESTION: Beijing says these are legal matters for Chinese courts, not political ones.",
        CN, ["these are legal matters for Chinese courts, not political ones"],
        "reporter relays China's claim ('Beijing says')")

    a.para()
    a.s("MR. WHITFORD: If there were a legal case, there would be charges, there would be a court date and "
        "there would be a lawyer.",
        US, [TAIL], "Whitford's answer")
    a.s("There is none of that here.", US, ["There is none of that here."], "continues Whitford's answer")
    return a


ARTICLES = [a145, a146, a147, a148, a149, a150, a151, a152]


def main():
    for f in ARTICLES:
        print("wrote", f().write(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
