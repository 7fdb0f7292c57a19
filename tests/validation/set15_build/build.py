"""Builds articles 121-128 (split "untouched") and their gold from one source.

Each sentence is written with its gold directly under it:
    A.s(text, sides, [content substrings], note, q=[quotations opening here])
Run:  python3 build.py [outdir]   (default: this folder)
"""
import os
import sys

from lib import Article, Q, TITLE, SCARE, CN, US, BOTH, NONE, UNDEC, write_article

OUT = os.path.dirname(os.path.abspath(__file__))

USA = "United States"
CHN = "China"
OTH = "other"


# ----------------------------------------------------------------------
def a121():
    A = Article(121, "white_house_bars_chinese_buses", "AP (Washington dateline, straight quotes, AP abbreviations such as U.S., Rep., R-Ohio)")
    A.h("White House bars Chinese-made buses from transit grants; Beijing decries 'abuse'", CN,
        ["abuse"], "headline: single-marked word, speaker is the subject of its clause (Beijing); 'bars' is an act",
        q=[Q("abuse", "Beijing", "Chinese Embassy in Washington (Han Jiaming)", CHN, "headline single marks")])

    A.p()
    A.s("WASHINGTON (AP) — The White House on Tuesday ordered federal agencies to stop paying for Chinese-made electric buses, saying software on the vehicles could allow Beijing to monitor or even disable American transit fleets.", US,
        ["software on the vehicles could allow Beijing to monitor or even disable American transit fleets"],
        "act plus a 'saying' clause: the clause is the White House's claim")

    A.p()
    A.s("The order covers roughly $1.2 billion a year in federal grants that cities use to replace aging buses, according to Transportation Department figures.", UNDEC,
        [], "statistic credited to a US agency's figures, no stance in the dispute")

    A.p()
    A.s("\"We are not going to ask American taxpayers to buy buses that can be switched off from Beijing,\" White House deputy press secretary Dana Whitcombe told reporters.", US,
        ["We are not going to ask American taxpayers to buy buses that can be switched off from Beijing"],
        "title before name, speaker after the quotation",
        q=[Q("We are not going to ask American taxpayers to buy buses that can be switched off from Beijing,", "White House deputy press secretary Dana Whitcombe", "Dana Whitcombe (White House deputy press secretary)", USA)])
    A.s("She said the administration had briefed transit agencies in 14 states before the announcement.", US,
        ["the administration had briefed transit agencies in 14 states before the announcement"],
        "pronoun whose referent (Whitcombe) is in the previous sentence")

    A.p()
    A.s("Whitcombe, who declined to name the manufacturers involved, said a review by the Transportation Security Administration had found that software updates for at least two bus models were routed through servers in China.", US,
        ["a review by the Transportation Security Administration had found that software updates for at least two bus models were routed through servers in China"],
        "surname alone; relative clause between speaker and verb")

    A.p()
    A.s("The Chinese Embassy rejected the claims, calling the order \"a political decision dressed up as a security measure.\"", CN,
        ["a political decision dressed up as a security measure"],
        "rejecting a claim is a claim; 'the claims' is a noun, the content is what the embassy called the order",
        q=[Q("a political decision dressed up as a security measure.", "The Chinese Embassy", "Chinese Embassy in Washington", CHN)])

    A.p()
    A.s("Embassy spokesperson Han Jiaming said in a statement that Chinese manufacturers \"have always operated in accordance with local laws\" and that Washington was \"overstretching the concept of national security.\"", CN,
        ["Chinese manufacturers \"have always operated in accordance with local laws",
         "Washington was \"overstretching the concept of national security"],
        "two that-clauses, each with a partial quotation",
        q=[Q("have always operated in accordance with local laws", "Embassy spokesperson Han Jiaming", "Han Jiaming (Chinese Embassy spokesperson)", CHN),
           Q("overstretching the concept of national security.", "Embassy spokesperson Han Jiaming", "Han Jiaming (Chinese Embassy spokesperson)", CHN)])

    A.p()
    A.s("\"The U.S. side has repeatedly abused state power to suppress Chinese companies,\" Han said.", CN,
        ["The U.S. side has repeatedly abused state power to suppress Chinese companies"],
        "surname alone; 'U.S.' contains periods",
        q=[Q("The U.S. side has repeatedly abused state power to suppress Chinese companies,", "Han", "Han Jiaming (Chinese Embassy spokesperson)", CHN)])
    A.s("\"Such moves will only hurt American commuters.\"", CN,
        ["Such moves will only hurt American commuters"],
        "continues Han's quotation without a new cue",
        q=[Q("Such moves will only hurt American commuters.", "Han", "Han Jiaming (Chinese Embassy spokesperson)", CHN, "speaker carried over from the previous sentence")])

    A.p()
    A.s("Lawmakers from both parties praised the order, though several said it did not go far enough.", US,
        ["it did not go far enough"],
        "bare 'Lawmakers' in a US story are members of Congress")

    A.p()
    A.s("\"This is a good first step, but it is only a first step,\" said Rep. Marcus Hale, R-Ohio, who has introduced a bill that would extend the ban to school districts.", US,
        ["This is a good first step, but it is only a first step"],
        "speaker after the quotation with party-state apposition and a relative clause",
        q=[Q("This is a good first step, but it is only a first step,", "Rep. Marcus Hale", "Marcus Hale (U.S. representative, R-Ohio)", USA)])

    A.p()
    A.s("Sen. Laura J. Breck, D-Minn., said transit agencies in her state had bought 40 of the buses since 2021 and would need federal help to replace them.", US,
        ["transit agencies in her state had bought 40 of the buses since 2021 and would need federal help to replace them"],
        "title with an initial and an apposition between speaker and verb")

    A.p()
    A.s("\"Nobody in Duluth bought these buses to help the Chinese government,\" Breck said.", US,
        ["Nobody in Duluth bought these buses to help the Chinese government"], "surname alone",
        q=[Q("Nobody in Duluth bought these buses to help the Chinese government,", "Breck", "Laura J. Breck (U.S. senator, D-Minn.)", USA)])
    A.s("\"They bought them because they were the cheapest on the market.\"", US,
        ["They bought them because they were the cheapest on the market"],
        "continues Breck's quotation",
        q=[Q("They bought them because they were the cheapest on the market.", "Breck", "Laura J. Breck (U.S. senator, D-Minn.)", USA, "speaker carried over")])

    A.p()
    A.s("Shares of Zhonglan Motor, the largest Chinese maker of electric buses sold in the U.S., fell 4% in Hong Kong trading on Wednesday.", NONE,
        [], "market narration")
    A.s("A company spokesman, Peter Ruan, said Zhonglan would \"study the order carefully\" and that its vehicles \"do not send operational data to China.\"", NONE,
        [], "a company (even a Chinese one) is no side",
        q=[Q("study the order carefully", "A company spokesman, Peter Ruan", "Peter Ruan (Zhonglan Motor spokesman)", OTH),
           Q("do not send operational data to China.", "A company spokesman, Peter Ruan", "Peter Ruan (Zhonglan Motor spokesman)", OTH)])

    A.p()
    A.s("A report last year by the Harlow Institute, a Washington think tank, titled \"Wheels of Influence,\" warned that Chinese manufacturers had won nearly a fifth of U.S. electric bus contracts since 2019.", NONE,
        [], "private think tank is no side; report title in marks, comma inside the closing mark",
        q=[TITLE("Wheels of Influence,")])

    A.p()
    A.s("The embassy said China would \"take necessary measures\" to protect the rights of its companies but did not say what those might be.", CN,
        ["China would \"take necessary measures\" to protect the rights of its companies"],
        "role noun 'the embassy'; the 'but did not say' part is narration",
        q=[Q("take necessary measures", "The embassy", "Chinese Embassy in Washington", CHN)])
    return A


# ----------------------------------------------------------------------
def a122():
    A = Article(122, "china_probe_us_robot_arms", "Reuters (Beijing dateline, typographic quotes, commerce ministry statement and briefing, USTR response, analysts, sign-off line)")
    A.h("China opens anti-dumping probe into US robot arms, vows ‘firm’ response to tariffs", CN,
        ["‘firm’ response to tariffs"], "headline: opening a probe is an act, 'vows' reports a claim; single-marked word spoken by the subject (China)",
        q=[Q("firm", "China", "Ministry of Commerce", CHN, "headline single marks")])

    A.p()
    A.s("BEIJING, June 12 (Reuters) - China’s commerce ministry said on Thursday it had launched an anti-dumping investigation into industrial robot arms imported from the United States, days after Washington doubled tariffs on Chinese-made robotics components.", CN,
        ["it had launched an anti-dumping investigation into industrial robot arms imported from the United States"],
        "the launch is reported as speech ('said ... it had launched'); the tariff clause is narration")

    A.p()
    A.s("Washington last week raised tariffs on Chinese robotics components to 50% from 25%, citing what the Commerce Department described as “unfair subsidies” to Chinese manufacturers.", US,
        ["“unfair subsidies” to Chinese manufacturers"],
        "an act plus 'citing what X described as': the reason is the US claim",
        q=[Q("unfair subsidies", "the Commerce Department", "US Department of Commerce", USA)])
    A.s("Beijing says the US tariffs violate WTO rules, while Washington argues they are needed to offset Chinese state support for the sector.", BOTH,
        ["the US tariffs violate WTO rules", "they are needed to offset Chinese state support for the sector"],
        "two attributions, one per side")

    A.p()
    A.s("The ministry said in a statement that preliminary evidence showed US exporters had sold the machines in China at prices “substantially below normal value”, causing “material damage” to domestic producers.", CN,
        ["preliminary evidence showed US exporters had sold the machines in China at prices “substantially below normal value”, causing “material damage” to domestic producers"],
        "that-clause with two partial quotations (commas and periods outside the marks)",
        q=[Q("substantially below normal value", "The ministry", "Ministry of Commerce", CHN),
           Q("material damage", "The ministry", "Ministry of Commerce", CHN)])

    A.p()
    A.s("Imports of the robot arms from the United States rose 38% last year to $640 million, according to Chinese customs data.", UNDEC,
        [], "statistic credited to a Chinese agency's data, no stance")

    A.p()
    A.s("“The investigation is a normal trade remedy measure, conducted in strict accordance with Chinese law and WTO rules,” ministry spokesperson Qiao Minghui told a regular briefing.", CN,
        ["The investigation is a normal trade remedy measure, conducted in strict accordance with Chinese law and WTO rules"],
        "speaker after the quotation, title before name",
        q=[Q("The investigation is a normal trade remedy measure, conducted in strict accordance with Chinese law and WTO rules,", "ministry spokesperson Qiao Minghui", "Qiao Minghui (Ministry of Commerce spokesperson)", CHN)])

    A.p()
    A.s("Qiao, asked whether the probe was retaliation for the US tariffs, said China “firmly opposes” the tariff increase and would “take all necessary measures” to defend its companies.", CN,
        ["China “firmly opposes” the tariff increase and would “take all necessary measures” to defend its companies"],
        "surname alone; participial clause between speaker and verb; the reporter's question is not a claim",
        q=[Q("firmly opposes", "Qiao", "Qiao Minghui (Ministry of Commerce spokesperson)", CHN),
           Q("take all necessary measures", "Qiao", "Qiao Minghui (Ministry of Commerce spokesperson)", CHN)])

    A.p()
    A.s("“The US side should correct its wrong practices,” she said, “and return to the right track of dialogue and consultation.”", CN,
        ["The US side should correct its wrong practices", "and return to the right track of dialogue and consultation"],
        "split quotation: two fragments, one speaker; pronoun",
        q=[Q("The US side should correct its wrong practices,", "she", "Qiao Minghui (Ministry of Commerce spokesperson)", CHN, "split quotation, first fragment"),
           Q("and return to the right track of dialogue and consultation.", "she", "Qiao Minghui (Ministry of Commerce spokesperson)", CHN, "split quotation, second fragment")])

    A.p()
    A.s("According to a list attached to the statement, the probe covers six-axis and collaborative robot arms made by companies including Dunmore Robotics and Keswick Automation.", CN,
        ["the probe covers six-axis and collaborative robot arms made by companies including Dunmore Robotics and Keswick Automation"],
        "'according to' a ministry document (document noun) is an attribution to the ministry")
    A.s("Neither company responded to requests for comment.", NONE, [], "narration")

    A.p()
    A.s("The Office of the US Trade Representative said the investigation appeared to be “a retaliatory step with no basis in the facts” and urged Beijing to address what it called “structural overcapacity” in its robotics industry.", US,
        ["the investigation appeared to be “a retaliatory step with no basis in the facts",
         "to address what it called “structural overcapacity” in its robotics industry"],
        "that-clause plus 'urged X to' infinitive clause; 'what it called' is a quotation of USTR",
        q=[Q("a retaliatory step with no basis in the facts", "The Office of the US Trade Representative", "Office of the US Trade Representative", USA),
           Q("structural overcapacity", "it", "Office of the US Trade Representative", USA, "'what it called'")])

    A.p()
    A.s("“We will use every tool available to protect American workers from unfair trade practices,” a USTR spokesperson said in an emailed response.", US,
        ["We will use every tool available to protect American workers from unfair trade practices"],
        "unnamed spokesperson of a US body",
        q=[Q("We will use every tool available to protect American workers from unfair trade practices,", "a USTR spokesperson", "spokesperson, Office of the US Trade Representative", USA)])

    A.p()
    A.s("Analysts said the probe appeared calibrated to signal resolve without hurting Chinese factories that rely on imported machinery.", NONE,
        [], "analysts are no side")

    A.p()
    A.s("“Beijing has picked a product where it already has domestic alternatives,” said Wen Kaiyu, a trade economist at Huaxin Securities in Shanghai.", NONE,
        [], "analyst at a company: no side, quotation 'other'; speaker after the quotation with an apposition",
        q=[Q("Beijing has picked a product where it already has domestic alternatives,", "Wen Kaiyu", "Wen Kaiyu (trade economist, Huaxin Securities)", OTH)])
    A.s("“It is a warning shot, not an escalation.”", NONE,
        [], "continues Wen's quotation: no side",
        q=[Q("It is a warning shot, not an escalation.", "Wen Kaiyu", "Wen Kaiyu (trade economist, Huaxin Securities)", OTH, "speaker carried over")])

    A.p()
    A.s("Rachel Oduya, a partner at Beijing-based consultancy Tidewater Advisory, said the investigation could run for up to 18 months, leaving both governments “room to negotiate”.", NONE,
        [], "consultant: no side",
        q=[Q("room to negotiate", "Rachel Oduya", "Rachel Oduya (partner, Tidewater Advisory)", OTH)])

    A.p()
    A.s("The ministry said interested parties had 20 days to register to take part in the investigation.", CN,
        ["interested parties had 20 days to register to take part in the investigation"],
        "procedural statement, but reported as the ministry's speech")

    A.p()
    A.s("(Reporting by Li Xin and Tom Hadley; Editing by Mark Penrose)", NONE, [], "sign-off line")
    return A


# ----------------------------------------------------------------------
def a123():
    A = Article(123, "china_demands_release_of_scientists", "AFP (Beijing dateline, typographic quotes, British spelling, foreign ministry briefing, diplomats, analysts)")
    A.h("China demands US free detained scientists, warns of ‘consequences’", CN,
        ["US free detained scientists", "consequences"],
        "headline: a demand and a warning are claims; single-marked word spoken by the subject",
        q=[Q("consequences", "China", "Foreign Ministry (Gu Yanping)", CHN, "headline single marks")])

    A.p()
    A.s("Beijing (AFP) - China on Wednesday demanded that Washington free three Chinese scientists held at a US airport since last week, accusing American border officers of “harassing and interrogating” researchers “on fabricated grounds”.", CN,
        ["Washington free three Chinese scientists held at a US airport since last week",
         "American border officers of “harassing and interrogating” researchers “on fabricated grounds"],
        "demanded that + accusing X of Y",
        q=[Q("harassing and interrogating", "China", "Foreign Ministry", CHN),
           Q("on fabricated grounds", "China", "Foreign Ministry", CHN)])

    A.p()
    A.s("According to Chinese state media, the three – a physicist and two materials engineers from Donghai University in Hangzhou – were stopped on arrival in Los Angeles, where they were due to attend an academic conference.", CN,
        ["the three – a physicist and two materials engineers from Donghai University in Hangzhou – were stopped on arrival in Los Angeles, where they were due to attend an academic conference"],
        "state media speaking in its own voice counts as China ('according to')")

    A.p()
    A.s("Foreign ministry spokeswoman Gu Yanping told a regular press briefing: “The US side has once again wielded the stick of national security against ordinary scholars.", CN,
        ["The US side has once again wielded the stick of national security against ordinary scholars"],
        "quotation runs on into the next paragraph (no closing mark here)",
        q=[Q("The US side has once again wielded the stick of national security against ordinary scholars. We urge the US to release the Chinese citizens immediately and stop this political manipulation. Otherwise it must bear all the consequences.",
             "Foreign ministry spokeswoman Gu Yanping", "Gu Yanping (Foreign Ministry spokeswoman)", CHN, "run-on over two paragraphs")])

    A.p()
    A.s("“We urge the US to release the Chinese citizens immediately and stop this political manipulation.", CN,
        ["We urge the US to release the Chinese citizens immediately and stop this political manipulation"],
        "continuation paragraph of Gu's run-on quotation")
    A.s("Otherwise it must bear all the consequences.”", CN,
        ["Otherwise it must bear all the consequences"],
        "second sentence inside the same pair of marks")

    A.p()
    A.s("Gu said Beijing had lodged “stern representations” with Washington and would “firmly safeguard the legitimate rights and interests” of Chinese citizens abroad.", CN,
        ["Beijing had lodged “stern representations” with Washington and would “firmly safeguard the legitimate rights and interests” of Chinese citizens abroad"],
        "surname alone",
        q=[Q("stern representations", "Gu", "Gu Yanping (Foreign Ministry spokeswoman)", CHN),
           Q("firmly safeguard the legitimate rights and interests", "Gu", "Gu Yanping (Foreign Ministry spokeswoman)", CHN)])

    A.p()
    A.s("The US embassy in Beijing said in a statement that it could not discuss individual cases because of privacy rules.", US,
        ["it could not discuss individual cases because of privacy rules"], "embassy statement")
    A.s("But it said border officers “apply the law equally to every traveller” and that visa holders could be refused entry if there was “credible evidence of risk”.", US,
        ["border officers “apply the law equally to every traveller", "visa holders could be refused entry if there was “credible evidence of risk"],
        "pronoun 'it' refers to the embassy in the previous sentence",
        q=[Q("apply the law equally to every traveller", "it", "US embassy in Beijing", USA),
           Q("credible evidence of risk", "it", "US embassy in Beijing", USA)])

    A.p()
    A.s("In Washington, a Department of Homeland Security official, speaking on condition of anonymity, told reporters the three were being held “pending a review of their visa eligibility”.", US,
        ["the three were being held “pending a review of their visa eligibility"],
        "unnamed official whose title names a US department; participial phrase between speaker and verb",
        q=[Q("pending a review of their visa eligibility", "a Department of Homeland Security official", "unnamed DHS official", USA)])

    A.p()
    A.s("Washington has stepped up scrutiny of Chinese students and researchers in fields it considers sensitive, including semiconductors and aerospace engineering.", US,
        ["sensitive"],
        "stance verb 'it considers' embeds a US claim in a narrator's sentence; the scrutiny itself is an act")

    A.p()
    A.s("Several diplomats in Beijing said the case had “rattled” foreign universities that run exchange programmes in China.", NONE,
        [], "diplomats of unnamed (third) countries are no side",
        q=[Q("rattled", "Several diplomats in Beijing", "unnamed diplomats in Beijing", OTH)])
    A.s("“Everyone is now asking whether their own researchers will be next, in either country,” said one European diplomat, who asked not to be named.", NONE,
        [], "third-country diplomat: no side; speaker after the quotation with a relative clause",
        q=[Q("Everyone is now asking whether their own researchers will be next, in either country,", "one European diplomat", "unnamed European diplomat", OTH)])

    A.p()
    A.s("Beijing last month rejected a US proposal to set up a joint working group on academic visas.", NONE,
        [], "rejecting a proposal is an act, not a claim")
    A.s("Analysts said the detentions threatened a modest revival of academic exchanges that the two governments agreed to last year.", NONE,
        [], "analysts are no side; 'agreed to' is an act")

    A.p()
    A.s("“Every new case makes student exchanges harder to defend in both capitals,” said Zhou Peiling, an international relations professor at Jiangbei Normal University in Nanjing.", NONE,
        [], "university professor: no side",
        q=[Q("Every new case makes student exchanges harder to defend in both capitals,", "Zhou Peiling", "Zhou Peiling (professor, Jiangbei Normal University)", OTH)])

    A.p()
    A.s("The foreign ministry said separately that more than 60 Chinese students and scholars had been questioned at length or turned away at US airports since January, a figure AFP could not independently verify.", CN,
        ["more than 60 Chinese students and scholars had been questioned at length or turned away at US airports since January"],
        "a figure claimed by the ministry (not agency data): China; the verification clause is AFP's")

    A.p()
    A.s("Gu, asked whether China would respond in kind, said only that Beijing “will not sit idly by”.", CN,
        ["Beijing “will not sit idly by"],
        "surname alone, participial clause between speaker and verb",
        q=[Q("will not sit idly by", "Gu", "Gu Yanping (Foreign Ministry spokeswoman)", CHN)])
    return A


# ----------------------------------------------------------------------
def a124():
    A = Article(124, "us_accuses_china_over_philippine_boat", "EFE English (\"Washington, Mar 4 (EFE).- \" dateline, typographic quotes, closing 'EFE')")
    A.h("US accuses China of ‘dangerous’ maneuvers against Philippine boat", US,
        ["China of ‘dangerous’ maneuvers against Philippine boat"],
        "headline accusation; single-marked word spoken by the subject (US)",
        q=[Q("dangerous", "US", "State Department", USA, "headline single marks")])

    A.p()
    A.s("Washington, Mar 4 (EFE).- The United States on Monday accused China’s coast guard of carrying out “dangerous and destabilizing” maneuvers against a Philippine supply boat near Second Thomas Shoal, in the disputed waters of the South China Sea.", US,
        ["China’s coast guard of carrying out “dangerous and destabilizing” maneuvers against a Philippine supply boat near Second Thomas Shoal"],
        "accusing X of Y; the location tail is narration",
        q=[Q("dangerous and destabilizing", "The United States", "State Department", USA)])

    A.p()
    A.s("“The United States stands with our ally the Philippines and condemns the People’s Republic of China’s dangerous and unlawful actions,” State Department spokesman Ryan Calder said in a statement.", US,
        ["The United States stands with our ally the Philippines and condemns the People’s Republic of China’s dangerous and unlawful actions"],
        "speaker after the quotation",
        q=[Q("The United States stands with our ally the Philippines and condemns the People’s Republic of China’s dangerous and unlawful actions,", "State Department spokesman Ryan Calder", "Ryan Calder (State Department spokesman)", USA)])

    A.p()
    A.s("Calder said the Chinese vessels had fired water cannons at the boat and blocked its path “in a manner that endangered the lives of Filipino crew members,” and he called on Beijing to “abide by international law.”", US,
        ["the Chinese vessels had fired water cannons at the boat and blocked its path “in a manner that endangered the lives of Filipino crew members",
         "to “abide by international law"],
        "surname alone; said-clause plus 'called on X to' infinitive",
        q=[Q("in a manner that endangered the lives of Filipino crew members,", "Calder", "Ryan Calder (State Department spokesman)", USA),
           Q("abide by international law.", "he", "Ryan Calder (State Department spokesman)", USA)])

    A.p()
    A.s("The spokesman recalled that a 2016 arbitral tribunal ruling found China’s expansive claims in the area had no legal basis.", US,
        ["a 2016 arbitral tribunal ruling found China’s expansive claims in the area had no legal basis"],
        "role noun 'the spokesman'; 'China's claims' is a noun, not a Chinese cue")
    A.s("He also reaffirmed that the 1951 Mutual Defense Treaty between Washington and Manila covers armed attacks on Philippine public vessels “anywhere in the South China Sea.”", US,
        ["the 1951 Mutual Defense Treaty between Washington and Manila covers armed attacks on Philippine public vessels “anywhere in the South China Sea"],
        "pronoun; 'reaffirmed that' is a speech verb",
        q=[Q("anywhere in the South China Sea.", "He", "Ryan Calder (State Department spokesman)", USA)])

    A.p()
    A.s("“We will continue to support the Philippines’ lawful maritime operations,” Calder said, adding that Washington had raised the incident “directly with Beijing.”", US,
        ["We will continue to support the Philippines’ lawful maritime operations", "Washington had raised the incident “directly with Beijing"],
        "quotation plus 'adding that' clause with a partial quotation",
        q=[Q("We will continue to support the Philippines’ lawful maritime operations,", "Calder", "Ryan Calder (State Department spokesman)", USA),
           Q("directly with Beijing.", "Calder", "Ryan Calder (State Department spokesman)", USA)])

    A.p()
    A.s("According to the State Department, US and Philippine officials spoke by phone on Monday to review the incident.", US,
        ["US and Philippine officials spoke by phone on Monday to review the incident"],
        "'according to' a US body is an attribution even for a factual report")

    A.p()
    A.s("In a statement released hours later, the Chinese Embassy in Washington said the Philippine boat had “illegally intruded” into waters adjacent to Ren’ai Jiao, the name China uses for the shoal.", CN,
        ["the Philippine boat had “illegally intruded” into waters adjacent to Ren’ai Jiao"],
        "cue phrase before the speaker; the naming apposition is narration",
        q=[Q("illegally intruded", "the Chinese Embassy in Washington", "Chinese Embassy in Washington", CHN)])

    A.p()
    A.s("“The China Coast Guard took necessary measures in accordance with the law, and its operations were professional and restrained,” the statement said.", CN,
        ["The China Coast Guard took necessary measures in accordance with the law, and its operations were professional and restrained"],
        "document noun 'the statement' as speaker",
        q=[Q("The China Coast Guard took necessary measures in accordance with the law, and its operations were professional and restrained,", "the statement", "Chinese Embassy in Washington", CHN)])

    A.p()
    A.s("“The United States is not a party to the South China Sea issue and has no right to intervene in it.", CN,
        ["The United States is not a party to the South China Sea issue and has no right to intervene in it"],
        "run-on quotation: paragraph ends without a closing mark, cue in the next paragraph",
        q=[Q("The United States is not a party to the South China Sea issue and has no right to intervene in it. Its so-called security commitments must not become a pretext for provoking confrontation,",
             "the embassy", "Chinese Embassy in Washington", CHN, "run-on over two paragraphs")])

    A.p()
    A.s("“Its so-called security commitments must not become a pretext for provoking confrontation,” the embassy added.", CN,
        ["Its so-called security commitments must not become a pretext for provoking confrontation"],
        "second paragraph of the run-on; 'so-called' inside a quotation has no marks of its own")

    A.p()
    A.s("The Philippine Department of Foreign Affairs said in Manila that two crew members had been injured and that it had summoned the Chinese ambassador.", NONE,
        [], "a third party (the Philippines) is no side")
    A.s("Manila has said it will keep resupplying its outpost on the shoal.", NONE,
        [], "third party's statement: no side")
    A.s("Beijing calls the resupply missions provocations, while Washington says Manila has every right to supply its troops.", BOTH,
        ["the resupply missions provocations", "Manila has every right to supply its troops"],
        "two attributions: 'calls X Y' (China) and 'says' (US)")

    A.p()
    A.s("The confrontation was the latest in a series of incidents at the shoal, where Manila keeps a small contingent of marines aboard the BRP Sierra Madre, a World War II-era ship deliberately grounded there in 1999.", NONE,
        [], "background narration")

    A.p()
    A.s("Beijing’s sweeping claims in the South China Sea put it at odds with the Philippines, Vietnam, Malaysia, Brunei and Taiwan.", NONE,
        [], "'claims' is a noun (territorial claims), not a report of speech")
    A.s("EFE", NONE, [], "EFE sign-off")
    return A


# ----------------------------------------------------------------------
def a125():
    A = Article(125, "scio_rare_earth_export_list", "Xinhua English (\"BEIJING, Oct 14 (Xinhua) -- \" dateline, SCIO press conference, MOFCOM and MIIT officials answering questions)")
    A.h("China says rare-earth technology export list ‘not targeted at any country’", CN,
        ["rare-earth technology export list ‘not targeted at any country"],
        "headline claim; single-marked phrase spoken by the subject (China, i.e. the commerce vice minister)",
        q=[Q("not targeted at any country", "China", "Ministry of Commerce (Tang Wenqiang)", CHN, "headline single marks")])

    A.p()
    A.s("BEIJING, Oct 14 (Xinhua) -- Chinese officials on Tuesday said the country’s updated export control list for rare-earth processing technologies is a routine measure to safeguard national security and fulfill international non-proliferation obligations.", CN,
        ["the country’s updated export control list for rare-earth processing technologies is a routine measure to safeguard national security and fulfill international non-proliferation obligations"],
        "'Chinese officials' are officials of Chinese state bodies")

    A.p()
    A.s("Speaking at a press conference held by the State Council Information Office, Vice Minister of Commerce Tang Wenqiang said the list, which takes effect on Dec. 1, was drawn up “after extensive consultation with industry associations and enterprises.”", CN,
        ["the list, which takes effect on Dec. 1, was drawn up “after extensive consultation with industry associations and enterprises"],
        "participial opener; 'Dec.' contains a period",
        q=[Q("after extensive consultation with industry associations and enterprises.", "Vice Minister of Commerce Tang Wenqiang", "Tang Wenqiang (Vice Minister of Commerce)", CHN)])

    A.p()
    A.s("“The adjustment follows common international practice.", CN,
        ["The adjustment follows common international practice"],
        "one pair of marks enclosing two sentences; filed under this sentence",
        q=[Q("The adjustment follows common international practice. It is not targeted at any country or region,", "Tang", "Tang Wenqiang (Vice Minister of Commerce)", CHN, "one pair over two sentences")])
    A.s("It is not targeted at any country or region,” Tang said.", CN,
        ["It is not targeted at any country or region"],
        "second sentence of the same quotation, cue at its end")

    A.p()
    A.s("Tang said the ministry had received more than 300 inquiries from foreign companies since a draft of the list was published in August, most of them about licensing procedures.", CN,
        ["the ministry had received more than 300 inquiries from foreign companies since a draft of the list was published in August, most of them about licensing procedures"],
        "a figure given by an official in speech is his claim, not '?'")

    A.p()
    A.s("“We welcome foreign companies to continue investing and operating in China,” Tang said, noting that licenses had been granted for more than 95 percent of applications under earlier rare-earth controls.", CN,
        ["We welcome foreign companies to continue investing and operating in China", "licenses had been granted for more than 95 percent of applications under earlier rare-earth controls"],
        "quotation plus 'noting that' clause",
        q=[Q("We welcome foreign companies to continue investing and operating in China,", "Tang", "Tang Wenqiang (Vice Minister of Commerce)", CHN)])

    A.p()
    A.s("China produced about 270,000 tonnes of rare-earth oxides last year, according to the National Bureau of Statistics.", UNDEC,
        [], "statistic credited to a state agency's data, no stance")

    A.p()
    A.s("Zhao Lirong, chief engineer of the Ministry of Industry and Information Technology, said the ministry would “guide enterprises to apply for licenses in an orderly manner” and step up support for small and medium-sized processors.", CN,
        ["the ministry would “guide enterprises to apply for licenses in an orderly manner” and step up support for small and medium-sized processors"],
        "apposition between speaker and verb; second ministry",
        q=[Q("guide enterprises to apply for licenses in an orderly manner", "Zhao Lirong", "Zhao Lirong (chief engineer, MIIT)", CHN)])

    A.p()
    A.s("“Compliant trade will not be affected,” she said.", CN,
        ["Compliant trade will not be affected"], "pronoun",
        q=[Q("Compliant trade will not be affected,", "she", "Zhao Lirong (chief engineer, MIIT)", CHN)])
    A.s("“Applications for civilian end uses will be processed within 45 working days.”", CN,
        ["Applications for civilian end uses will be processed within 45 working days"],
        "continues Zhao's quotation",
        q=[Q("Applications for civilian end uses will be processed within 45 working days.", "she", "Zhao Lirong (chief engineer, MIIT)", CHN, "speaker carried over")])

    A.p()
    A.s("Asked about remarks by US officials that the measures were aimed at American defense contractors, Tang said such claims were “groundless.”", BOTH,
        ["the measures were aimed at American defense contractors", "such claims were “groundless"],
        "the question relays a US claim, the answer rejects it: both sides; 'such claims' is a noun",
        q=[Q("groundless.", "Tang", "Tang Wenqiang (Vice Minister of Commerce)", CHN)])

    A.p()
    A.s("“It is the United States that has long overstretched the concept of national security and abused export controls against Chinese companies,” he said, adding that China was willing to hold dialogue on export control issues “on the basis of mutual respect.”", CN,
        ["It is the United States that has long overstretched the concept of national security and abused export controls against Chinese companies",
         "China was willing to hold dialogue on export control issues “on the basis of mutual respect"],
        "quotation plus 'adding that' clause",
        q=[Q("It is the United States that has long overstretched the concept of national security and abused export controls against Chinese companies,", "he", "Tang Wenqiang (Vice Minister of Commerce)", CHN),
           Q("on the basis of mutual respect.", "he", "Tang Wenqiang (Vice Minister of Commerce)", CHN)])

    A.p()
    A.s("The updated list revises the “Catalogue of Technologies Prohibited or Restricted from Export,” which was first issued in 2001.", NONE,
        [], "title of a document in marks, comma inside the closing mark",
        q=[TITLE("Catalogue of Technologies Prohibited or Restricted from Export,")])

    A.p()
    A.s("The US Commerce Department last month added 14 Chinese entities to its export control Entity List.", NONE,
        [], "an act")

    A.p()
    A.s("A reporter asked whether the new list could disrupt supply chains for overseas manufacturers.", NONE,
        [], "a reporter's question is no side's claim")
    A.s("Zhao replied that China “has always been a responsible participant in global supply chains” and that the licensing system would make exports “more predictable, not less.”", CN,
        ["China “has always been a responsible participant in global supply chains", "the licensing system would make exports “more predictable, not less"],
        "surname alone; 'replied that' is a speech verb",
        q=[Q("has always been a responsible participant in global supply chains", "Zhao", "Zhao Lirong (chief engineer, MIIT)", CHN),
           Q("more predictable, not less.", "Zhao", "Zhao Lirong (chief engineer, MIIT)", CHN)])

    A.p()
    A.s("Officials from the two ministries said they would publish detailed guidelines on license applications before the list takes effect.", CN,
        ["they would publish detailed guidelines on license applications before the list takes effect"],
        "role noun 'officials' of two Chinese ministries")
    return A


# ----------------------------------------------------------------------
def a126():
    A = Article(126, "pentagon_lists_battery_maker", "China Daily (\"BEIJING — \" dateline, typographic quotes, ministry official, experts, brief Pentagon statement)")
    A.h("Beijing slams Pentagon’s listing of battery maker as ‘unjustified’", CN,
        ["unjustified"],
        "headline: 'slams ... as' is a claim; single-marked word spoken by the subject (Beijing)",
        q=[Q("unjustified", "Beijing", "Ministry of Commerce (anonymous official)", CHN, "headline single marks")])

    A.p()
    A.s("BEIJING — China on Thursday urged the United States to “immediately correct its wrong practice” after the Pentagon added Hengrui Power Technology, a Jiangsu-based maker of lithium batteries, to its list of so-called “Chinese military companies”.", CN,
        ["to “immediately correct its wrong practice"],
        "'urged X to' infinitive clause; the Pentagon's listing is an act; scare quote after 'so-called'",
        q=[Q("immediately correct its wrong practice", "China", "Ministry of Commerce", CHN),
           SCARE("Chinese military companies", "held at a distance with 'so-called'")])

    A.p()
    A.s("An official with the Ministry of Commerce, who spoke on condition of anonymity, told China Daily that the designation “has no factual basis” and that Hengrui “has never had any ties with the military”.", CN,
        ["the designation “has no factual basis", "Hengrui “has never had any ties with the military"],
        "unnamed official whose title names a Chinese ministry; relative clause between speaker and verb",
        q=[Q("has no factual basis", "An official with the Ministry of Commerce", "anonymous Ministry of Commerce official", CHN),
           Q("has never had any ties with the military", "An official with the Ministry of Commerce", "anonymous Ministry of Commerce official", CHN)])

    A.p()
    A.s("“The US side keeps adding Chinese firms to this list without presenting any evidence.", CN,
        ["The US side keeps adding Chinese firms to this list without presenting any evidence"],
        "one pair of marks over two sentences, filed here",
        q=[Q("The US side keeps adding Chinese firms to this list without presenting any evidence. This is a typical act of economic coercion,", "the official", "anonymous Ministry of Commerce official", CHN, "one pair over two sentences")])
    A.s("This is a typical act of economic coercion,” the official said.", CN,
        ["This is a typical act of economic coercion"], "role noun 'the official'")

    A.p()
    A.s("According to the official, China will take “necessary measures” to safeguard the legitimate rights and interests of Chinese enterprises.", CN,
        ["China will take “necessary measures” to safeguard the legitimate rights and interests of Chinese enterprises"],
        "'according to' with a partial quotation",
        q=[Q("necessary measures", "the official", "anonymous Ministry of Commerce official", CHN)])

    A.s("The official added that Beijing had raised the matter with Washington through “relevant channels” and would closely watch how the listing affects the company’s overseas customers.", CN,
        ["Beijing had raised the matter with Washington through “relevant channels” and would closely watch how the listing affects the company’s overseas customers"],
        "role noun 'the official'",
        q=[Q("relevant channels", "The official", "anonymous Ministry of Commerce official", CHN)])

    A.p()
    A.s("Shares of Hengrui fell 6 percent in Shenzhen trading on Thursday before recovering some losses.", NONE,
        [], "market narration")
    A.s("Hengrui, which supplies batteries to carmakers in Europe and Southeast Asia, said in a statement on its website that it would “pursue all available legal remedies” and that its business was “entirely civilian”.", NONE,
        [], "a Chinese company is no side",
        q=[Q("pursue all available legal remedies", "Hengrui", "Hengrui Power Technology", OTH),
           Q("entirely civilian", "Hengrui", "Hengrui Power Technology", OTH)])

    A.p()
    A.s("The Pentagon said in a brief statement that the company had been identified as a contributor to China’s military-civil fusion strategy and that the decision was “based on a thorough review of available information”.", US,
        ["the company had been identified as a contributor to China’s military-civil fusion strategy",
         "the decision was “based on a thorough review of available information"],
        "the short US statement",
        q=[Q("based on a thorough review of available information", "The Pentagon", "US Department of Defense", USA)])
    A.s("It gave no further details.", NONE, [], "narration about the statement, no claim")

    A.p()
    A.s("Experts said the listing was the latest example of Washington using security tools to protect its own industries.", NONE,
        [], "bare 'experts' are no side")

    A.p()
    A.s("“This is less about national security than about the battery market,” said Xu Jianguo, a researcher at the Chinese Academy of International Trade and Economic Cooperation, a think tank under the Ministry of Commerce.", CN,
        ["This is less about national security than about the battery market"],
        "research institute under a ministry takes the ministry's side; speaker after the quotation with a double apposition",
        q=[Q("This is less about national security than about the battery market,", "Xu Jianguo", "Xu Jianguo (researcher, Chinese Academy of International Trade and Economic Cooperation, under MOFCOM)", CHN)])

    A.p()
    A.s("Xu said US battery makers had struggled to compete with Chinese rivals on cost, and that the list had become “a tool to hold back Chinese companies in a fast-growing sector”.", CN,
        ["US battery makers had struggled to compete with Chinese rivals on cost", "the list had become “a tool to hold back Chinese companies in a fast-growing sector"],
        "surname alone; two that-clauses",
        q=[Q("a tool to hold back Chinese companies in a fast-growing sector", "Xu", "Xu Jianguo (researcher, Chinese Academy of International Trade and Economic Cooperation, under MOFCOM)", CHN)])

    A.p()
    A.s("Song Meiqi, a professor of international relations at Liaohai University in Dalian, said the designation could make buyers in third countries more cautious.", NONE,
        [], "university professor: no side")
    A.s("“A European carmaker will now ask its lawyers whether buying Chinese batteries brings legal risk,” Song said.", NONE,
        [], "surname alone; no side",
        q=[Q("A European carmaker will now ask its lawyers whether buying Chinese batteries brings legal risk,", "Song", "Song Meiqi (professor, Liaohai University)", OTH)])
    A.s("“That hesitation is the real goal.”", NONE,
        [], "continues Song's quotation: no side",
        q=[Q("That hesitation is the real goal.", "Song", "Song Meiqi (professor, Liaohai University)", OTH, "speaker carried over")])

    A.p()
    A.s("The list, first published in 2021, now includes more than 130 Chinese companies, among them some of the country’s largest technology and energy groups.", NONE,
        [], "background narration")
    A.s("The Pentagon says the companies on the list support China’s military, a charge Beijing has repeatedly denied.", BOTH,
        ["the companies on the list support China’s military"],
        "US claim plus China's denial of it ('a charge ... denied'); denying a claim is a claim")
    return A


# ----------------------------------------------------------------------
def a127():
    A = Article(127, "fm_briefing_refineries_taiwan_visit", "CGTN write-up of a Chinese Foreign Ministry regular briefing (several topics, transcript lines, typographic quotes)")
    A.h("Chinese FM rejects US sanctions on refineries, urges restraint over Taiwan visit", CN,
        ["restraint over Taiwan visit"],
        "headline: 'urges restraint' is speech by the Foreign Ministry")

    A.p()
    A.s("BEIJING, Nov 18 (CGTN) — Chinese Foreign Ministry spokesperson Fang Yiran on Monday said sanctions imposed by the United States on three Chinese oil refineries were “illegal and unilateral” and vowed that China would protect the lawful rights of its companies.", CN,
        ["sanctions imposed by the United States on three Chinese oil refineries were “illegal and unilateral", "China would protect the lawful rights of its companies"],
        "said-clause and vowed-that clause",
        q=[Q("illegal and unilateral", "Chinese Foreign Ministry spokesperson Fang Yiran", "Fang Yiran (Foreign Ministry spokesperson)", CHN)])

    A.p()
    A.s("The US Treasury Department last week sanctioned the refineries, which it said had bought more than 2 billion US dollars’ worth of Iranian crude oil in violation of US sanctions.", US,
        ["had bought more than 2 billion US dollars’ worth of Iranian crude oil in violation of US sanctions"],
        "an act plus a relative clause reporting the Treasury's claim ('which it said')")

    A.p()
    A.s("“Normal cooperation between China and other countries, conducted within the framework of international law, should not be interfered with,” Fang told a regular press briefing.", CN,
        ["Normal cooperation between China and other countries, conducted within the framework of international law, should not be interfered with"],
        "surname alone",
        q=[Q("Normal cooperation between China and other countries, conducted within the framework of international law, should not be interfered with,", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN)])
    A.s("“China has always opposed illegal unilateral sanctions and long-arm jurisdiction that have no basis in international law.”", CN,
        ["China has always opposed illegal unilateral sanctions and long-arm jurisdiction that have no basis in international law"],
        "continues Fang's quotation",
        q=[Q("China has always opposed illegal unilateral sanctions and long-arm jurisdiction that have no basis in international law.", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN, "speaker carried over")])

    A.p()
    A.s("Fang said the US should “stop abusing sanctions” and warned that China would “take resolute measures” if the US side persisted.", CN,
        ["the US should “stop abusing sanctions", "China would “take resolute measures” if the US side persisted"],
        "said-clause and warned-that clause",
        q=[Q("stop abusing sanctions", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN),
           Q("take resolute measures", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN)])

    A.p()
    A.s("Asked about a planned visit to Taiwan next week by a delegation of US lawmakers, Fang urged Washington to “abide by the one-China principle” and to stop “sending wrong signals to ‘Taiwan independence’ separatist forces.”", CN,
        ["to “abide by the one-China principle", "to stop “sending wrong signals to ‘Taiwan independence’ separatist forces"],
        "topic 2; 'urged X to' with two infinitives; single marks inside a quotation get no record",
        q=[Q("abide by the one-China principle", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN),
           Q("sending wrong signals to ‘Taiwan independence’ separatist forces.", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN, "contains a quotation inside a quotation")])

    A.p()
    A.s("Representative Dale Kovach, who is expected to lead the delegation, said in a video posted online on Sunday that the trip was meant to “reaffirm” US support for Taiwan.", US,
        ["the trip was meant to “reaffirm” US support for Taiwan"],
        "a member of Congress speaks for the US; relative clause between speaker and verb",
        q=[Q("reaffirm", "Representative Dale Kovach", "Dale Kovach (US representative)", USA)])
    A.s("Washington has also stepped up so-called “freedom of navigation” transits through the Taiwan Strait in recent months.", NONE,
        [], "an act; scare quote after 'so-called' in the outlet's own narration",
        q=[SCARE("freedom of navigation")])

    A.p()
    A.s("Q: The congressman says the visit is a routine exchange between legislators.", US,
        ["the visit is a routine exchange between legislators"],
        "transcript line: the reporter relays the congressman's claim")
    A.s("How do you respond?", NONE, [], "the reporter's question")

    A.p()
    A.s("Fang: There is nothing routine about it.", CN,
        ["There is nothing routine about it"], "transcript line: speaker label, no quotation marks")
    A.s("The Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-US relations.", CN,
        ["The Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-US relations"],
        "continues Fang's transcript answer")

    A.p()
    A.s("On another topic, Fang said China would send a delegation led by a vice minister of ecology and environment to UN biodiversity talks opening in Nairobi next week, and called on developed countries to “honor their funding commitments.”", CN,
        ["China would send a delegation led by a vice minister of ecology and environment to UN biodiversity talks opening in Nairobi next week", "to “honor their funding commitments"],
        "topic 3 (not China-US, still China's claim)",
        q=[Q("honor their funding commitments.", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN)])
    A.s("The UN Environment Programme said last week that pledges made so far covered less than a third of the agreed target.", NONE,
        [], "a UN body is a third party")

    A.p()
    A.s("Fang also said the Chinese embassy in Washington was “closely following” the case of a Chinese student who was reportedly assaulted near a university campus in Ohio, and urged US authorities to “ensure the safety and legitimate rights” of Chinese nationals.", CN,
        ["the Chinese embassy in Washington was “closely following” the case of a Chinese student who was reportedly assaulted near a university campus in Ohio", "to “ensure the safety and legitimate rights” of Chinese nationals"],
        "topic 4; 'reportedly' inside China's clause stays in the content",
        q=[Q("closely following", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN),
           Q("ensure the safety and legitimate rights", "Fang", "Fang Yiran (Foreign Ministry spokesperson)", CHN)])

    A.p()
    A.s("The US State Department said on Friday that local police were investigating the incident and that there was “no indication” it was linked to the student’s nationality.", US,
        ["local police were investigating the incident", "there was “no indication” it was linked to the student’s nationality"],
        "two that-clauses",
        q=[Q("no indication", "The US State Department", "US State Department", USA)])
    A.s("“We take the safety of all international students seriously,” a State Department spokesperson said.", US,
        ["We take the safety of all international students seriously"],
        "unnamed spokesperson of a US body",
        q=[Q("We take the safety of all international students seriously,", "a State Department spokesperson", "spokesperson, US State Department", USA)])
    return A


# ----------------------------------------------------------------------
def a128():
    A = Article(128, "treasury_widens_biotech_investment_curbs", "VOA-style US government broadcaster copy (\"WASHINGTON — \" dateline, straight quotes); only the US side speaks")
    A.h("Treasury widens curbs on US investment in Chinese biotech, citing military risks", US,
        ["military risks"], "headline: an act plus 'citing', which reports the reason as Treasury's claim")

    A.p()
    A.s("WASHINGTON — The Treasury Department on Friday expanded its restrictions on American investment in China to cover biotechnology firms that develop gene-editing and synthetic biology tools, saying the technologies could help Beijing build next-generation biological weapons.", US,
        ["the technologies could help Beijing build next-generation biological weapons"],
        "act plus 'saying' clause")

    A.p()
    A.s("The rule, which takes effect in 60 days, bars U.S. persons from acquiring equity in covered Chinese companies and requires them to notify Treasury of certain other transactions.", NONE,
        [], "what the rule does: narration of an act")

    A.p()
    A.s("\"These are technologies that can be used to design pathogens, and we will not allow American capital to accelerate that work in a country of concern,\" Assistant Secretary for Investment Security Karen M. Ellery said in a statement.", US,
        ["These are technologies that can be used to design pathogens, and we will not allow American capital to accelerate that work in a country of concern"],
        "title with an initial, speaker after the quotation",
        q=[Q("These are technologies that can be used to design pathogens, and we will not allow American capital to accelerate that work in a country of concern,", "Assistant Secretary for Investment Security Karen M. Ellery", "Karen M. Ellery (Treasury Assistant Secretary for Investment Security)", USA)])

    A.p()
    A.s("Ellery said the department had consulted with industry for more than a year and had narrowed the rule to avoid capturing \"routine pharmaceutical research.\"", US,
        ["the department had consulted with industry for more than a year and had narrowed the rule to avoid capturing \"routine pharmaceutical research"],
        "surname alone",
        q=[Q("routine pharmaceutical research.", "Ellery", "Karen M. Ellery (Treasury Assistant Secretary for Investment Security)", USA)])
    A.s("The department rejected requests from industry groups to delay the rule until next year.", NONE,
        [], "rejecting a request is an act")

    A.p()
    A.s("A senior White House official, who briefed reporters on condition of anonymity to discuss internal deliberations, said the move was \"targeted and narrow\" and was not intended to cut economic ties between the two countries.", US,
        ["the move was \"targeted and narrow\" and was not intended to cut economic ties between the two countries"],
        "unnamed official of a US body; relative clause between speaker and verb",
        q=[Q("targeted and narrow", "A senior White House official", "unnamed senior White House official", USA)])

    A.p()
    A.s("\"We are not trying to cut off trade in medicines,\" the official said.", US,
        ["We are not trying to cut off trade in medicines"], "role noun 'the official'",
        q=[Q("We are not trying to cut off trade in medicines,", "the official", "unnamed senior White House official", USA)])
    A.s("\"We are trying to keep American money out of Chinese military programs.\"", US,
        ["We are trying to keep American money out of Chinese military programs"], "continues the official's quotation",
        q=[Q("We are trying to keep American money out of Chinese military programs.", "the official", "unnamed senior White House official", USA, "speaker carried over")])

    A.p()
    A.s("Lawmakers in both parties said the rule did not go far enough.", US,
        ["the rule did not go far enough"], "bare 'Lawmakers' are members of Congress")

    A.p()
    A.s("Senator Tom Ashby, a Kentucky Republican who sits on the Banking Committee, said in a statement that \"half-measures\" would only encourage investors to route money through subsidiaries in third countries.", US,
        ["\"half-measures\" would only encourage investors to route money through subsidiaries in third countries"],
        "apposition with a relative clause between speaker and verb; the quoted word is Ashby's (speech), not a scare quote",
        q=[Q("half-measures", "Senator Tom Ashby", "Tom Ashby (US senator, R-Ky.)", USA)])
    A.s("\"The Treasury has the authority to cover every dollar that flows into these companies, and it should use it,\" Ashby said.", US,
        ["The Treasury has the authority to cover every dollar that flows into these companies, and it should use it"],
        "surname alone",
        q=[Q("The Treasury has the authority to cover every dollar that flows into these companies, and it should use it,", "Ashby", "Tom Ashby (US senator, R-Ky.)", USA)])

    A.p()
    A.s("Senator Maria Delgado-Voss and Senator Ron Pettibone, who have co-sponsored a bill that would write the restrictions into law, said the administration had ignored \"the most obvious loophole,\" the purchase of Chinese stocks through index funds.", US,
        ["the administration had ignored \"the most obvious loophole,\" the purchase of Chinese stocks through index funds"],
        "'X and Y said' with a relative clause; comma inside the closing mark",
        q=[Q("the most obvious loophole,", "Senator Maria Delgado-Voss and Senator Ron Pettibone", "Maria Delgado-Voss and Ron Pettibone (US senators)", USA)])

    A.p()
    A.s("The Alliance for Biotech Investment, an industry group, called the rule \"workable\" but said its definitions remained vague.", NONE,
        [], "industry group is no side",
        q=[Q("workable", "The Alliance for Biotech Investment", "Alliance for Biotech Investment (industry group)", OTH)])
    A.s("\"Our members want to comply, but they need to know where the lines are,\" said Heather Quist, the group's policy director.", NONE,
        [], "industry group official: no side; apposition after the speaker",
        q=[Q("Our members want to comply, but they need to know where the lines are,", "Heather Quist", "Heather Quist (policy director, Alliance for Biotech Investment)", OTH)])

    A.p()
    A.s("Michael Strand, a former Treasury official who now advises investment funds, said the rule would mostly affect venture capital firms.", NONE,
        [], "a former official is no side")
    A.s("\"Most large funds pulled back from Chinese biotech two years ago,\" Strand said.", NONE,
        [], "former official: no side",
        q=[Q("Most large funds pulled back from Chinese biotech two years ago,", "Strand", "Michael Strand (former Treasury official)", OTH)])

    A.p()
    A.s("According to Treasury, U.S. investors put about $1.8 billion into Chinese biotechnology startups last year.", UNDEC,
        [], "statistic credited to a US agency's data, no stance")
    return A


ARTICLES = [a121, a122, a123, a124, a125, a126, a127, a128]


def main(outdir=OUT):
    os.makedirs(outdir, exist_ok=True)
    for fn in ARTICLES:
        A = fn()
        txt, gold = write_article(A, outdir)
        print("wrote", os.path.basename(txt), os.path.basename(gold))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
