"""Build the eight set16 articles (129-136): each sentence with its gold right under it.

Run:  python3 build.py      (writes NN_slug.txt and NN_slug.gold.json next to this file)
"""
import os

from lib import Article, CN, US, BOTH, NONE, UNK, q, title, scare, write_article

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- 129 WaPo feature
def a129():
    A = Article(129, "missouri_farmland",
                "Washington Post long feature: typographic quotes, multi-paragraph quotations, speakers of both sides and none")
    A.h("Near a bomber base, a Chinese-owned seed company’s land deal splits a Missouri town",
        NONE, [], "headline, narrator")

    A.s("KNOB NOSTER, Mo. — Harold Vance has farmed the same river-bottom soybean ground for 41 years, and when a seed company offered him nearly twice the going rate for 300 acres of it last spring, he did not think long.",
        NONE, [], "dateline; narration")
    A.p()
    A.s("“I looked at the number and I looked at my knees,” Vance said on a gray morning in his machine shed, six miles from the runways of Whiteman Air Force Base, home of the B-2 stealth bomber.",
        NONE, [], "farmer: no side",
        q("I looked at the number and I looked at my knees,", "Vance", "Harold Vance (farmer)", "other"))
    A.s("“My knees won.”",
        NONE, [], "new pair, same farmer",
        q("My knees won.", "Vance", "Harold Vance (farmer)", "other", "speaker named in the previous sentence"))
    A.p()
    A.s("The buyer, Greenfield Harvest Seeds, is a subsidiary of Jinhe Agritech, a company based in the eastern Chinese city of Hefei.",
        NONE, [], "narration")
    A.s("Within weeks, the deal had drawn a review by the Committee on Foreign Investment in the United States and a hearing at the county courthouse that ran past midnight.",
        NONE, [], "acts (a review, a hearing); no claim reported")
    A.p()
    A.s("Sen. Rebecca Thornhill (R-Mo.), who sits on the Armed Services Committee, has called the purchase “a listening post with a tractor parked in front of it.”",
        US, ["the purchase “a listening post with a tractor parked in front of it"], "senator: US; relative clause between speaker and verb; call X Y: content is the small clause X Y",
        q("a listening post with a tractor parked in front of it.", "Sen. Rebecca Thornhill", "Sen. Rebecca Thornhill (R-Mo.)", "US"))
    A.s("In an interview, she said the location was no accident.",
        US, ["the location was no accident"], "pronoun -> Thornhill")
    A.p()
    A.s("“You don’t pick the one parcel in the county with a clear view of the flight line because the soil is good,” Thornhill said.",
        US, ["You don’t pick the one parcel in the county with a clear view of the flight line because the soil is good"], "surname alone",
        q("You don’t pick the one parcel in the county with a clear view of the flight line because the soil is good,", "Thornhill", "Sen. Rebecca Thornhill (R-Mo.)", "US"))
    A.s("“The soil is good everywhere here.",
        US, ["The soil is good everywhere here"], "opens a two-sentence quotation; speaker in the previous sentence",
        q("The soil is good everywhere here. I’ve farmed it.", "Thornhill", "Sen. Rebecca Thornhill (R-Mo.)", "US"))
    A.s("I’ve farmed it.”",
        US, ["I’ve farmed it"], "continues Thornhill's quotation")
    A.p()
    A.s("Greenfield Harvest disputes that account.",
        NONE, [], "a company disputing a claim: a claim, but a company is no side")
    A.s("Melissa Ortega, a spokeswoman for the company, said the parcel was chosen for its drainage, and that the firm had offered to let the Air Force inspect the property at any time.",
        NONE, [], "company spokeswoman: no side")
    A.p()
    A.s("“We are a seed company.",
        NONE, [], "company; quotation of two sentences opens here",
        q("We are a seed company. We sell seed,", "Ortega", "Melissa Ortega (Greenfield Harvest Seeds)", "other"))
    A.s("We sell seed,” Ortega said.",
        NONE, [], "company")
    A.s("“The idea that somebody is sitting in a grain bin with binoculars is, frankly, a movie plot.”",
        NONE, [], "company, continuing",
        q("The idea that somebody is sitting in a grain bin with binoculars is, frankly, a movie plot.", "Ortega", "Melissa Ortega (Greenfield Harvest Seeds)", "other", "speaker named in the previous sentence"))
    A.p()
    A.s("Gao Yiming, a spokesman for the Chinese Embassy in Washington, said in an emailed statement that the scrutiny reflected “a pattern of overstretching the concept of national security.”",
        CN, ["the scrutiny reflected “a pattern of overstretching the concept of national security"], "embassy spokesman: China; apposition between speaker and verb",
        q("a pattern of overstretching the concept of national security.", "Gao Yiming", "Gao Yiming (Chinese Embassy spokesman)", "CN"))
    A.s("He urged U.S. officials to “provide a fair, transparent and nondiscriminatory environment for Chinese businesses” rather than “politicizing ordinary commercial cooperation.”",
        CN, ["provide a fair, transparent and nondiscriminatory environment for Chinese businesses” rather than “politicizing ordinary commercial cooperation"], "pronoun -> Gao; urged X to: the infinitive clause",
        q("provide a fair, transparent and nondiscriminatory environment for Chinese businesses", "He", "Gao Yiming (Chinese Embassy spokesman)", "CN"),
        q("politicizing ordinary commercial cooperation.", "He", "Gao Yiming (Chinese Embassy spokesman)", "CN"))
    A.p()
    A.s("Thornhill dismissed the embassy’s complaint as “the usual script.”",
        US, ["dismissed the embassy’s complaint as “the usual script"], "dismissing a claim is a claim (US): content is the verb phrase; 'the embassy’s complaint' names China's claim without reporting its words",
        q("the usual script.", "Thornhill", "Sen. Rebecca Thornhill (R-Mo.)", "US"))
    A.p()
    A.s("At the March hearing, Dale Pruitt, the presiding commissioner of Johnson County, told a crowd of about 300 people that the county had no legal power to block a private land sale, a remark that drew boos.",
        US, ["the county had no legal power to block a private land sale"], "county commissioner: local US government, US by office (like a mayor); apposition between speaker and verb")
    A.p()
    A.s("“People want me to stand in the road,” Pruitt said last week.",
        US, ["People want me to stand in the road"], "county commissioner",
        q("People want me to stand in the road,", "Pruitt", "Dale Pruitt (Johnson County presiding commissioner)", "US"))
    A.s("“I can stand in the road.",
        US, ["I can stand in the road"], "two-sentence quotation opens",
        q("I can stand in the road. The road doesn’t care, and neither does federal law.", "Pruitt", "Dale Pruitt (Johnson County presiding commissioner)", "US", "speaker named in the previous sentence"))
    A.s("The road doesn’t care, and neither does federal law.”",
        US, ["The road doesn’t care, and neither does federal law"], "continues Pruitt")
    A.p()
    A.s("Thomas E. Reiner, a senior fellow at the Prairie Policy Institute, a Kansas City think tank, said the case showed how far federal rules had fallen behind state laws.",
        NONE, [], "private think tank: no side; name with a middle initial")
    A.s("Missouri is one of more than 20 states that have passed or proposed limits on farmland ownership by Chinese nationals, according to the institute’s count.",
        NONE, [], "'according to' a no-side source")
    A.p()
    A.s("“The so-called ‘farmland threat’ is real in a few places and imaginary in most,” Reiner said.",
        NONE, [], "think tank; inner single marks get no record",
        q("The so-called ‘farmland threat’ is real in a few places and imaginary in most,", "Reiner", "Thomas E. Reiner (Prairie Policy Institute)", "other"))
    A.s("“Nobody in Washington has drawn us a map of which is which.”",
        NONE, [], "think tank, continuing",
        q("Nobody in Washington has drawn us a map of which is which.", "Reiner", "Thomas E. Reiner (Prairie Policy Institute)", "other", "speaker named in the previous sentence"))
    A.p()
    A.s("The Treasury Department, which chairs the committee, declined to comment on the review.",
        NONE, [], "declining to comment is an act")
    A.s("A Treasury official, speaking on the condition of anonymity to discuss a pending case, said only that the committee “takes proximity to sensitive installations seriously.”",
        US, ["the committee “takes proximity to sensitive installations seriously"], "unnamed official whose title names a US body",
        q("takes proximity to sensitive installations seriously.", "A Treasury official", "unnamed Treasury Department official", "US"))
    A.p()
    A.s("For Vance, the fight has turned personal.",
        NONE, [], "narration")
    A.s("Neighbors he has known since grade school stopped waving from their pickups, he said, and someone left a printout of a Chinese flag in his mailbox.",
        NONE, [], "farmer")
    A.p()
    A.s("“I sold dirt,” he said.",
        NONE, [], "pronoun -> Vance",
        q("I sold dirt,", "he", "Harold Vance (farmer)", "other"))
    A.s("“I didn’t sell the Air Force.",
        NONE, [], "run-on quotation over two paragraphs opens here",
        q("I didn’t sell the Air Force. If they want to buy it back, fine, I’ll help them carry the paperwork. But nobody from Washington has ever knocked on my door. Not one of them.",
          "he", "Harold Vance (farmer)", "other", "run-on over two paragraphs; speaker in the previous sentence"))
    A.s("If they want to buy it back, fine, I’ll help them carry the paperwork.",
        NONE, [], "continues Vance")
    A.p()
    A.s("“But nobody from Washington has ever knocked on my door.",
        NONE, [], "continues Vance across the paragraph (reopening mark)")
    A.s("Not one of them.”",
        NONE, [], "continues Vance")
    return A


# ---------------------------------------------------------------- 130 AFP / ASEAN
def a130():
    A = Article(130, "asean_undersea_cables",
                "AFP (Kuala Lumpur): ASEAN foreign ministers' meeting, third parties speak most; typographic quotes")
    A.h("Southeast Asia tells China, US to keep rivalry off the seabed",
        NONE, [], "ASEAN (third party) urging")

    A.s("Kuala Lumpur (AFP) - Southeast Asian foreign ministers on Thursday urged China and the United States to stop turning undersea internet cables into a front line of their rivalry, as a row over a cable-repair ship stalled a project meant to link five of the region’s economies.",
        NONE, [], "ASEAN ministers: third party")
    A.p()
    A.s("Malaysian Foreign Minister Azman Rashid, whose country chairs the Association of Southeast Asian Nations this year, told reporters the region “cannot afford to have its internet held hostage by a quarrel between two friends.”",
        NONE, [], "Malaysian minister: third party; relative clause",
        q("cannot afford to have its internet held hostage by a quarrel between two friends.", "Malaysian Foreign Minister Azman Rashid", "Azman Rashid (Malaysian foreign minister)", "other"))
    A.s("“We will not choose between them, and we should not be asked to,” he said.",
        NONE, [], "pronoun -> Azman",
        q("We will not choose between them, and we should not be asked to,", "he", "Azman Rashid (Malaysian foreign minister)", "other"))
    A.p()
    A.s("The dispute centres on the Lintas Nusantara cable, a 9,000-kilometre system backed by a consortium of regional telecom firms.",
        NONE, [], "narration")
    A.s("Work stopped in March after Washington warned that a Chinese-flagged repair vessel hired for the project could be used to tap data, and Beijing accused the United States of “fabricating a security pretext to squeeze out Chinese companies.”",
        BOTH, ["a Chinese-flagged repair vessel hired for the project could be used to tap data", "the United States of “fabricating a security pretext to squeeze out Chinese companies"], "two attributions: Washington warned, Beijing accused (accuse X of Y: X of Y)",
        q("fabricating a security pretext to squeeze out Chinese companies.", "Beijing", "Chinese government", "CN"))
    A.p()
    A.s("Indonesian Foreign Minister Dewi Kartika said Jakarta had proposed an ASEAN-run vetting system for cable ships, so that “no capital outside this room decides who fixes our cables.”",
        NONE, [], "Indonesian minister: third party",
        q("no capital outside this room decides who fixes our cables.", "Indonesian Foreign Minister Dewi Kartika", "Dewi Kartika (Indonesian foreign minister)", "other"))
    A.s("Kartika and her Philippine counterpart, Ramon Villanueva, said the proposal would be taken up by senior officials next month.",
        NONE, [], "'X and Y said', both third parties")
    A.p()
    A.s("“The cables are ours.",
        NONE, [], "three-sentence quotation opens; speaker after it",
        q("The cables are ours. The data is ours. The decision should be ours too,", "Villanueva", "Ramon Villanueva (Philippine foreign secretary)", "other"))
    A.s("The data is ours.",
        NONE, [], "continues Villanueva")
    A.s("The decision should be ours too,” Villanueva said, adding that Manila had “no interest in a tug-of-war on the ocean floor.”",
        NONE, [], "Philippines: third party",
        q("no interest in a tug-of-war on the ocean floor.", "Villanueva", "Ramon Villanueva (Philippine foreign secretary)", "other"))
    A.p()
    A.s("Chinese Vice Foreign Minister Shen Rulan, who attended the talks, said China “respects ASEAN’s central role” and had never used civilian ships for intelligence work.",
        CN, ["China “respects ASEAN’s central role” and had never used civilian ships for intelligence work"], "Chinese vice minister; relative clause",
        q("respects ASEAN’s central role", "Chinese Vice Foreign Minister Shen Rulan", "Shen Rulan (Chinese vice foreign minister)", "CN"))
    A.s("US Assistant Secretary of State Mark Ellison said in a separate briefing that Washington was “not asking anyone to pick sides, only to pick trusted vendors.”",
        US, ["Washington was “not asking anyone to pick sides, only to pick trusted vendors"], "US official",
        q("not asking anyone to pick sides, only to pick trusted vendors.", "US Assistant Secretary of State Mark Ellison", "Mark Ellison (US assistant secretary of state)", "US"))
    A.s("Both Shen and Ellison said they welcomed the ASEAN-led process, though neither offered to drop its objections.",
        BOTH, ["they welcomed the ASEAN-led process"], "'X and Y said' with one speaker from each side; the second clause is an act")
    A.p()
    A.s("Analysts said the episode showed how quickly technical projects in the region were being pulled into great-power competition.",
        NONE, [], "analysts: no side")
    A.s("A report released this week by the Singapore-based Straits Centre for Maritime Affairs, titled “Wired for Rivalry,” found that at least six cable projects in Southeast Asia had been delayed since 2022 by disputes over vendors or repair ships.",
        NONE, [], "think-tank report: no side; title in marks",
        title("Wired for Rivalry,"))
    A.p()
    A.s("“Everyone talks about ‘cable diplomacy’ as if it were new, but what is new is that the region is saying no to both sides at once,” said Priya Menon, a senior fellow at the centre.",
        NONE, [], "speaker after the quotation, with apposition; think tank",
        q("Everyone talks about ‘cable diplomacy’ as if it were new, but what is new is that the region is saying no to both sides at once,", "Priya Menon", "Priya Menon (Straits Centre for Maritime Affairs)", "other"))
    A.p()
    A.s("Ministers stopped short of naming either power in their joint communique, which instead warned against “unilateral measures” affecting “critical shared infrastructure.”",
        NONE, [], "ASEAN document: third party",
        q("unilateral measures", "their joint communique", "ASEAN foreign ministers (joint communique)", "other", "document noun"),
        q("critical shared infrastructure.", "their joint communique", "ASEAN foreign ministers (joint communique)", "other", "document noun"))
    A.s("A Vietnamese diplomat, who asked not to be named because the talks were private, said the wording had been softened at Beijing’s request.",
        NONE, [], "third-party diplomat; Beijing's request is an act, not a reported claim")
    A.p()
    A.s("Azman brushed off talk of a so-called “cable cold war,” saying ministers would meet the envoys of both powers together before the East Asia Summit in October.",
        NONE, [], "surname alone -> Azman (third party); scare quote",
        scare("cable cold war,"))
    A.p()
    A.s("The meeting ended with a statement of intent on cable security that China and the United States have been invited to endorse.",
        NONE, [], "'a statement of intent' looks like a cue but reports no side's claim; inviting is an act")
    A.s("China and the United States are both dialogue partners of the bloc, which has sought for decades to avoid being forced to choose between them.",
        NONE, [], "narration")
    return A


# ---------------------------------------------------------------- 131 Xinhua, no quotation marks
def a131():
    A = Article(131, "mofcom_battery_export_curbs",
                "Xinhua English summary: reported speech only, no quotation marks")
    A.h("China firmly opposes U.S. export curbs on battery equipment: MOFCOM",
        CN, ["China firmly opposes U.S. export curbs on battery equipment"], "Xinhua headline with colon attribution to MOFCOM")

    A.s("BEIJING, May 2 (Xinhua) -- China’s Ministry of Commerce (MOFCOM) on Friday expressed firm opposition to new U.S. restrictions on exports of battery manufacturing equipment, saying the move seriously violates international economic and trade rules.",
        CN, ["firm opposition to new U.S. restrictions on exports of battery manufacturing equipment", "the move seriously violates international economic and trade rules"], "ministry stance plus 'saying'")
    A.p()
    A.s("The U.S. Department of Commerce on Thursday added equipment used to make lithium-ion battery cells and cathode materials to its export control list, requiring licenses for shipments to China.",
        NONE, [], "taking a measure is an act")
    A.s("The department said in the rule that the equipment could contribute to China’s military modernization.",
        US, ["the equipment could contribute to China’s military modernization"], "document noun ('in the rule'); relayed US claim")
    A.p()
    A.s("A MOFCOM spokesperson said in a statement that the U.S. side has repeatedly overstretched the concept of national security and abused export control measures to hobble normal trade.",
        CN, ["the U.S. side has repeatedly overstretched the concept of national security and abused export control measures to hobble normal trade"], "ministry spokesperson")
    A.s("Such practices, the spokesperson stressed, disrupt the stability of global supply chains and will eventually harm the interests of U.S. companies.",
        CN, ["Such practices", "disrupt the stability of global supply chains and will eventually harm the interests of U.S. companies"], "interrupting cue: two substrings")
    A.p()
    A.s("The spokesperson noted that China and the United States have highly complementary industries in the new energy sector, and that cooperation serves the interests of both peoples.",
        CN, ["China and the United States have highly complementary industries in the new energy sector", "cooperation serves the interests of both peoples"], "two that-clauses")
    A.s("China urges the U.S. side to immediately correct its wrong practices and will take necessary measures to safeguard its legitimate rights and interests, the spokesperson said.",
        CN, ["China urges the U.S. side to immediately correct its wrong practices and will take necessary measures to safeguard its legitimate rights and interests"], "cue after the reported clause")
    A.s("The spokesperson rejected the claims as groundless.",
        CN, ["rejected the claims as groundless"], "rejecting a claim is a claim; 'the claims' is a noun, not a report of US words")
    A.p()
    A.s("China’s exports of lithium-ion batteries reached 15.8 billion U.S. dollars in the first quarter of this year, up 9.6 percent year on year, according to data from the General Administration of Customs.",
        UNK, [], "statistic credited to a state agency's data, no stance")
    A.s("The United States was the second-largest destination, the data showed.",
        UNK, [], "same customs statistic")
    A.p()
    A.s("Zhou Minghua, a researcher with the Academy of International Trade Studies under MOFCOM, said the U.S. curbs target an industry in which Chinese firms hold a clear technological lead.",
        CN, ["the U.S. curbs target an industry in which Chinese firms hold a clear technological lead"], "research institute under a ministry takes its side")
    A.s("According to Zhou, Washington is trying to buy time for its own battery makers at the expense of consumers and carmakers.",
        CN, ["Washington is trying to buy time for its own battery makers at the expense of consumers and carmakers"], "'according to' + surname alone -> Zhou (ministry institute)")
    A.p()
    A.s("Liang Yuting, a professor of international economics at Donghai University of Finance and Economics, said restrictions of this kind tend to accelerate rather than slow domestic innovation.",
        NONE, [], "university: no side")
    A.s("She pointed out that Chinese equipment makers already supply a large share of battery production lines in Europe and Southeast Asia.",
        NONE, [], "pronoun -> Liang (university)")
    A.p()
    A.s("The Advanced Battery Coalition of America, an industry group, said in a statement on Thursday that the rule could delay several factory projects in the United States that rely on imported tools.",
        NONE, [], "US industry group: no side")
    A.p()
    A.s("In response to a question on whether China would retaliate, the spokesperson said the ministry will closely follow the implementation of the rule and assess its impact on Chinese enterprises.",
        CN, ["the ministry will closely follow the implementation of the rule and assess its impact on Chinese enterprises"], "role noun 'the spokesperson'")
    A.s("China is willing to resolve differences through dialogue on the basis of equality and mutual respect, but will resolutely defend its development rights, the spokesperson added.",
        CN, ["China is willing to resolve differences through dialogue on the basis of equality and mutual respect, but will resolutely defend its development rights"], "cue after")
    return A


# ---------------------------------------------------------------- 132 State Department briefing
def a132():
    A = Article(132, "state_dept_student_visas",
                "US State Department press briefing write-up with transcript excerpt; straight quotes", straight=True)
    A.h("State Department calls Chinese harassment of students ‘unacceptable,’ restricts visas",
        US, ["Chinese harassment of students ‘unacceptable"], "headline single marks; speaker is the clause subject; call X Y: small clause",
        q("unacceptable,", "State Department", "US State Department", "US", "headline single marks"))

    A.s("WASHINGTON — The State Department on Tuesday imposed visa restrictions on an unspecified number of Chinese officials it accused of organizing the surveillance and intimidation of Chinese students at American universities, a step Beijing quickly denounced as interference in its internal affairs.",
        BOTH, ["organizing the surveillance and intimidation of Chinese students at American universities", "interference in its internal affairs"], "act plus two embedded claims (US accused; Beijing denounced)")
    A.p()
    A.s("Announcing the measure at the department’s daily briefing, spokesperson Dana Hart said the officials had pressured students to report on classmates and had threatened relatives in China of those who attended campus events critical of Beijing.",
        US, ["the officials had pressured students to report on classmates and had threatened relatives in China of those who attended campus events critical of Beijing"], "department spokesperson")
    A.s("She did not name the officials, citing privacy rules that govern visa records.",
        US, ["privacy rules that govern visa records"], "not naming is an act, but 'citing' reports a claim")
    A.p()
    A.s("“Students who come to the United States to study should be free to speak their minds without fear that someone is taking notes for a foreign government,” Hart said.",
        US, ["Students who come to the United States to study should be free to speak their minds without fear that someone is taking notes for a foreign government"], "surname alone",
        q("Students who come to the United States to study should be free to speak their minds without fear that someone is taking notes for a foreign government,", "Hart", "Dana Hart (State Department spokesperson)", "US"))
    A.s("“That is not a political position.",
        US, ["That is not a political position"], "two-sentence quotation opens",
        q("That is not a political position. It’s the law.", "Hart", "Dana Hart (State Department spokesperson)", "US", "speaker named in the previous sentence"))
    A.s("It’s the law.”",
        US, ["It’s the law"], "continues Hart")
    A.p()
    A.s("The Chinese Embassy in Washington rejected the accusations.",
        CN, ["rejected the accusations"], "rejecting a claim is a claim")
    A.s("In a statement posted on its website, embassy spokesperson Zhu Lan said the harassment cases were “fabricated out of thin air” and that Chinese students abroad were “under no one’s surveillance except that of U.S. law enforcement.”",
        CN, ["the harassment cases were “fabricated out of thin air", "Chinese students abroad were “under no one’s surveillance except that of U.S. law enforcement"], "embassy spokesperson; two that-clauses",
        q("fabricated out of thin air", "embassy spokesperson Zhu Lan", "Zhu Lan (Chinese Embassy spokesperson)", "CN"),
        q("under no one’s surveillance except that of U.S. law enforcement.", "embassy spokesperson Zhu Lan", "Zhu Lan (Chinese Embassy spokesperson)", "CN"))
    A.p()
    A.s("“The U.S. side should stop smearing China and stop using visas as a political weapon,” Zhu said, adding that Beijing would “take resolute countermeasures” if Washington persisted.",
        CN, ["The U.S. side should stop smearing China and stop using visas as a political weapon", "Beijing would “take resolute countermeasures” if Washington persisted"], "quotation plus 'adding that'",
        q("The U.S. side should stop smearing China and stop using visas as a political weapon,", "Zhu", "Zhu Lan (Chinese Embassy spokesperson)", "CN"),
        q("take resolute countermeasures", "Zhu", "Zhu Lan (Chinese Embassy spokesperson)", "CN"))
    A.p()
    A.s("Hart was pressed on the dispute during the briefing.",
        NONE, [], "narration")
    A.s("An excerpt of the exchange follows:",
        NONE, [], "narration")
    A.p()
    A.s("QUESTION: The Chinese Foreign Ministry said this morning that the restrictions are “a naked act of political manipulation” aimed at Chinese students themselves.",
        CN, ["the restrictions are “a naked act of political manipulation” aimed at Chinese students themselves"], "reporter's question reports China's claim",
        q("a naked act of political manipulation", "The Chinese Foreign Ministry", "Chinese Foreign Ministry", "CN", "quoted inside a transcript question"))
    A.s("What’s your response?",
        NONE, [], "reporter's question")
    A.p()
    A.s("MS. HART: The only manipulation here is the effort to intimidate young people who are studying lawfully in this country, and that is unacceptable.",
        US, ["The only manipulation here is the effort to intimidate young people who are studying lawfully in this country, and that is unacceptable"], "transcript line: the spokesperson's own words, no marks; rejects China's claim")
    A.s("These restrictions target officials, not students.",
        US, ["These restrictions target officials, not students"], "continues Hart's transcript line")
    A.s("Chinese students remain welcome in the United States, and we issued more than 80,000 student visas to Chinese nationals last year.",
        US, ["Chinese students remain welcome in the United States, and we issued more than 80,000 student visas to Chinese nationals last year"], "Hart's own figure: her speech, not agency data")
    A.p()
    A.s("QUESTION: Will you release the names?",
        NONE, [], "reporter's question, no claim")
    A.p()
    A.s("MS. HART: We’re not going to get into individual visa cases.",
        US, ["We’re not going to get into individual visa cases"], "transcript line")
    A.s("I’d refer you to the department’s earlier guidance on that.",
        US, ["I’d refer you to the department’s earlier guidance on that"], "continues Hart's transcript line")
    A.p()
    A.s("The Council of Graduate Campuses, a Washington-based group representing research universities, said in a statement that it welcomed the step but urged the department to ensure that “no student pays the price for a government’s behavior.”",
        NONE, [], "university association: no side",
        q("no student pays the price for a government’s behavior.", "The Council of Graduate Campuses", "Council of Graduate Campuses", "other", "in a statement"))
    A.p()
    A.s("Lawmakers from both parties praised the move.",
        US, ["praised the move"], "bare 'Lawmakers' in a US story = members of Congress; praise is a stance")
    A.s("Rep. Alan J. Whitcomb, a Texas Republican on the House Select Committee on the Chinese Communist Party, called it “overdue” and said the department should “name names.”",
        US, ["it “overdue", "the department should “name names"], "member of Congress; title and middle initial; apposition between speaker and verb",
        q("overdue", "Rep. Alan J. Whitcomb", "Rep. Alan J. Whitcomb (R-Texas)", "US"),
        q("name names.", "Rep. Alan J. Whitcomb", "Rep. Alan J. Whitcomb (R-Texas)", "US"))
    return A


# ---------------------------------------------------------------- 133 Reuters exclusive
def a133():
    A = Article(133, "reuters_lidar_entity_list",
                "Reuters exclusive datelined Washington: people familiar with the matter, anonymous officials, Chinese embassy response; typographic quotes")
    A.h("Exclusive: US weighs blacklisting Chinese lidar maker Huaxin over military ties, sources say",
        NONE, [], "attributed to sources (people familiar): no side")

    A.s("WASHINGTON, June 11 (Reuters) - The U.S. Commerce Department is weighing whether to add Chinese lidar maker Huaxin Photonics to its entity list, a move that would cut the company off from American chips and software, according to three people familiar with the matter.",
        NONE, [], "'according to' people familiar with the matter: no side")
    A.p()
    A.s("The discussions, which have not been previously reported, follow months of pressure from lawmakers who say the company’s laser sensors, used in self-driving cars and robots, could feed data to China’s military.",
        US, ["the company’s laser sensors, used in self-driving cars and robots, could feed data to China’s military"], "relative clause: lawmakers (Congress) who say")
    A.s("No final decision has been made, the people said, and the timing of any listing remains unclear.",
        NONE, [], "'the people' -> people familiar: no side")
    A.p()
    A.s("Two U.S. officials, speaking on condition of anonymity because they were not authorized to discuss internal deliberations, said the department’s Bureau of Industry and Security had circulated a draft that cites Huaxin’s work with a research institute of the People’s Liberation Army.",
        US, ["the department’s Bureau of Industry and Security had circulated a draft that cites Huaxin’s work with a research institute of the People’s Liberation Army"], "anonymous US officials: US by office")
    A.s("“This isn’t about market share.",
        US, ["This isn’t about market share"], "two-sentence quotation opens; speaker after",
        q("This isn’t about market share. It’s about what the sensors see and where that goes,", "one of the officials", "unnamed U.S. official", "US"))
    A.s("It’s about what the sensors see and where that goes,” one of the officials said.",
        US, ["It’s about what the sensors see and where that goes"], "role noun 'one of the officials'")
    A.p()
    A.s("A Commerce Department spokesperson declined to comment on specific entities, but said the agency “continuously evaluates” companies that may “pose a risk to U.S. national security.”",
        US, ["the agency “continuously evaluates” companies that may “pose a risk to U.S. national security"], "declined (act) but said (claim)",
        q("continuously evaluates", "A Commerce Department spokesperson", "Commerce Department spokesperson", "US"),
        q("pose a risk to U.S. national security.", "A Commerce Department spokesperson", "Commerce Department spokesperson", "US"))
    A.p()
    A.s("Ma Jianwei, a spokesperson for the Chinese embassy in Washington, said China “resolutely opposes the U.S. side’s abuse of export controls” and would take necessary measures to protect its companies.",
        CN, ["China “resolutely opposes the U.S. side’s abuse of export controls” and would take necessary measures to protect its companies"], "embassy spokesperson; apposition",
        q("resolutely opposes the U.S. side’s abuse of export controls", "Ma Jianwei", "Ma Jianwei (Chinese embassy spokesperson)", "CN"))
    A.s("“Labelling a commercial sensor a weapon does not make it one,” Ma said in an emailed statement.",
        CN, ["Labelling a commercial sensor a weapon does not make it one"], "surname alone",
        q("Labelling a commercial sensor a weapon does not make it one,", "Ma", "Ma Jianwei (Chinese embassy spokesperson)", "CN"))
    A.p()
    A.s("Huaxin, which is listed in Shenzhen and supplies sensors to carmakers in Europe and Asia, said in a statement to Reuters that it was “a purely civilian company” with no ties to any military entity.",
        NONE, [], "Chinese company: no side",
        q("a purely civilian company", "Huaxin", "Huaxin Photonics", "other"))
    A.s("It did not respond to questions about the PLA institute.",
        NONE, [], "not responding is an act")
    A.p()
    A.s("In April, the House Select Committee on the Chinese Communist Party issued a report titled “Eyes on the Road” that named Huaxin among five Chinese sensor makers it said posed risks to U.S. infrastructure.",
        US, ["posed risks to U.S. infrastructure"], "congressional committee: 'it said' embedded; report title in marks",
        title("Eyes on the Road"))
    A.s("Lawmakers have urged Commerce to act before the company’s planned U.S. factory opens.",
        US, ["act before the company’s planned U.S. factory opens"], "bare 'Lawmakers' = Congress; urged X to: infinitive clause")
    A.p()
    A.s("Listing Huaxin would be “a significant escalation” in the technology fight, said Rachel Sommers, a former Commerce official now at the consultancy Beacon Ridge Advisors, because lidar has not been a focus of earlier controls.",
        NONE, [], "former official: no side; speaker after the claim with apposition",
        q("a significant escalation", "Rachel Sommers", "Rachel Sommers (Beacon Ridge Advisors, former Commerce official)", "other"))
    A.s("“Once you do lidar, every camera and radar module is on the table,” she said.",
        NONE, [], "pronoun -> Sommers",
        q("Once you do lidar, every camera and radar module is on the table,", "she", "Rachel Sommers (Beacon Ridge Advisors, former Commerce official)", "other"))
    A.p()
    A.s("Huaxin shipped about 410,000 lidar units last year, according to data from China’s Ministry of Industry and Information Technology.",
        UNK, [], "statistic credited to a state agency's data, no stance")
    A.p()
    A.s("(Reporting by Karen Whitfield in Washington; Additional reporting by Lu Wen in Beijing; Editing by Paul Sandler and Diane Marsh)",
        NONE, [], "sign-off line")
    return A


# ---------------------------------------------------------------- 134 AP Beijing
def a134():
    A = Article(134, "ap_detained_american",
                "AP datelined Beijing: foreign ministry spokesperson, US embassy statement, family member, analysts; straight quotes", straight=True)
    A.h("China says detained American ‘confessed’ to spying; his sister calls the case a fabrication",
        CN, ["detained American ‘confessed’ to spying"], "China says (China); the sister is no side",
        q("confessed", "China", "Chinese government (Foreign Ministry)", "CN", "headline single marks; speaker is the clause subject"))

    A.s("BEIJING (AP) — Chinese prosecutors have formally charged an American businessman with espionage, China’s Foreign Ministry said Monday, more than seven months after he was detained in the southern city of Guangzhou.",
        CN, ["Chinese prosecutors have formally charged an American businessman with espionage"], "cue after the reported clause: Foreign Ministry")
    A.p()
    A.s("Daniel Kessler, 54, a supply-chain consultant from Columbus, Ohio, “has confessed to the facts of his crimes,” ministry spokesperson Tian Yuhang told a regular briefing, without giving details of the alleged crimes.",
        CN, ["Daniel Kessler, 54, a supply-chain consultant from Columbus, Ohio, “has confessed to the facts of his crimes"], "quotation completes the reporter's subject; speaker after",
        q("has confessed to the facts of his crimes,", "ministry spokesperson Tian Yuhang", "Tian Yuhang (Foreign Ministry spokesperson)", "CN"))
    A.s("“China is a country governed by the rule of law.",
        CN, ["China is a country governed by the rule of law"], "two-sentence quotation opens; speaker after",
        q("China is a country governed by the rule of law. The case is being handled in strict accordance with the law, and his legitimate rights are fully guaranteed,", "Tian", "Tian Yuhang (Foreign Ministry spokesperson)", "CN"))
    A.s("The case is being handled in strict accordance with the law, and his legitimate rights are fully guaranteed,” Tian said.",
        CN, ["The case is being handled in strict accordance with the law, and his legitimate rights are fully guaranteed"], "surname alone")
    A.p()
    A.s("The U.S. Embassy in Beijing said in a statement that it was “deeply concerned” by the charges and had not been granted consular access to Kessler since February.",
        US, ["it was “deeply concerned” by the charges and had not been granted consular access to Kessler since February"], "embassy",
        q("deeply concerned", "The U.S. Embassy in Beijing", "U.S. Embassy in Beijing", "US"))
    A.s("“We call on the PRC to allow consular visits without further delay, as required under our bilateral consular agreement,” the statement said.",
        US, ["We call on the PRC to allow consular visits without further delay, as required under our bilateral consular agreement"], "document noun 'the statement' -> US Embassy",
        q("We call on the PRC to allow consular visits without further delay, as required under our bilateral consular agreement,", "the statement", "U.S. Embassy in Beijing", "US"))
    A.p()
    A.s("Kessler’s sister, Laura Brandt, said by phone from Ohio that the family learned of the charges from news reports.",
        NONE, [], "family member: no side")
    A.s("“Danny went to Guangzhou to look at a toy factory for a client.",
        NONE, [], "three-sentence quotation opens; family",
        q("Danny went to Guangzhou to look at a toy factory for a client. That’s it. That’s the whole spy story,", "she", "Laura Brandt (Kessler's sister)", "other"))
    A.s("That’s it.",
        NONE, [], "continues Brandt")
    A.s("That’s the whole spy story,” she said.",
        NONE, [], "pronoun -> Brandt")
    A.p()
    A.s("Brandt said her brother has high blood pressure and that she had written to the State Department asking it to declare him wrongfully detained, a designation that would put his case under a special envoy.",
        NONE, [], "family; the State Department is only addressed, it says nothing here")
    A.p()
    A.s("The official Xinhua News Agency said in a commentary late Monday that Washington should “respect China’s judicial sovereignty” instead of peddling a so-called “hostage diplomacy” narrative.",
        CN, ["Washington should “respect China’s judicial sovereignty” instead of peddling a so-called “hostage diplomacy” narrative"], "state media in its own voice (commentary) = China; scare quote inside",
        q("respect China’s judicial sovereignty", "The official Xinhua News Agency", "Xinhua News Agency (commentary)", "CN", "state media in its own voice"),
        scare("hostage diplomacy"))
    A.p()
    A.s("The State Department’s travel advisory urges Americans to “reconsider travel” to mainland China, citing the “arbitrary enforcement of local laws, including in relation to exit bans.”",
        US, ["reconsider travel” to mainland China", "the “arbitrary enforcement of local laws, including in relation to exit bans"], "document noun 'advisory' -> State Department; urges + citing",
        q("reconsider travel", "The State Department’s travel advisory", "U.S. State Department (travel advisory)", "US"),
        q("arbitrary enforcement of local laws, including in relation to exit bans.", "The State Department’s travel advisory", "U.S. State Department (travel advisory)", "US"))
    A.s("Tian dismissed the advisory as “groundless” on Monday.",
        CN, ["dismissed the advisory as “groundless"], "dismissing a claim is a claim: content is the verb phrase",
        q("groundless", "Tian", "Tian Yuhang (Foreign Ministry spokesperson)", "CN"))
    A.p()
    A.s("Chinese courts convicted more than 99.9% of criminal defendants who went to trial last year, according to figures from the Supreme People’s Court.",
        UNK, [], "statistic credited to a state body's figures, no stance")
    A.p()
    A.s("Megan Hollis, who studies Chinese criminal law at Lakeshore University in Chicago, said the timing of the charges, days before a planned visit by the U.S. commerce secretary, was unlikely to be a coincidence.",
        NONE, [], "university analyst; relative clause")
    A.s("“Cases like this become bargaining chips whether or not anyone intends them to,” Hollis said.",
        NONE, [], "analyst",
        q("Cases like this become bargaining chips whether or not anyone intends them to,", "Hollis", "Megan Hollis (Lakeshore University)", "other"))
    A.p()
    A.s("Wei Zhongping, an international relations scholar at Huabei University in Tianjin, disagreed.",
        NONE, [], "Chinese university scholar: no side")
    A.s("“Linking every judicial case to diplomacy is a Western habit,” he said.",
        NONE, [], "pronoun -> Wei",
        q("Linking every judicial case to diplomacy is a Western habit,", "he", "Wei Zhongping (Huabei University)", "other"))
    A.s("“Courts here do not take orders from trade talks.”",
        NONE, [], "continues Wei",
        q("Courts here do not take orders from trade talks.", "he", "Wei Zhongping (Huabei University)", "other", "pronoun in the previous sentence"))
    return A


# ---------------------------------------------------------------- 135 Xinhua, Ministry of National Defense
def a135():
    A = Article(135, "mnd_typhon_japan",
                "Xinhua English: Ministry of National Defense spokesperson answers questions on a US military deployment; typographic quotes")
    A.h("Chinese defense spokesperson slams U.S. missile deployment in Japan as ‘dangerous gamble’",
        CN, ["U.S. missile deployment in Japan as ‘dangerous gamble"], "headline single marks; speaker is the clause subject; slam X as Y: small clause",
        q("dangerous gamble", "Chinese defense spokesperson", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN", "headline single marks"))

    A.s("BEIJING, Sept. 25 (Xinhua) -- A Chinese military spokesperson on Thursday urged the United States to withdraw a mid-range missile system it deployed to southwestern Japan during a joint exercise, saying the move seriously threatens regional security.",
        CN, ["withdraw a mid-range missile system it deployed to southwestern Japan during a joint exercise", "the move seriously threatens regional security"], "urged X to + saying")
    A.p()
    A.s("Senior Colonel Qiao Lifeng, spokesperson for the Ministry of National Defense, made the remarks at a regular press conference in response to a question about the U.S. Army’s deployment of its Typhon system to Ishigaki Island.",
        NONE, [], "'made the remarks' refers back to speech but reports no claim")
    A.p()
    A.s("“The U.S. side, in disregard of the security concerns of regional countries, has brought offensive strategic weapons to China’s doorstep,” Qiao said.",
        CN, ["The U.S. side, in disregard of the security concerns of regional countries, has brought offensive strategic weapons to China’s doorstep"], "surname alone",
        q("The U.S. side, in disregard of the security concerns of regional countries, has brought offensive strategic weapons to China’s doorstep,", "Qiao", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN"))
    A.s("“This is a dangerous gamble that will only make the region less safe.”",
        CN, ["This is a dangerous gamble that will only make the region less safe"], "continues Qiao",
        q("This is a dangerous gamble that will only make the region less safe.", "Qiao", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN", "speaker named in the previous sentence"))
    A.p()
    A.s("He noted that the Typhon system can fire Tomahawk cruise missiles with a range covering much of China’s eastern seaboard.",
        CN, ["the Typhon system can fire Tomahawk cruise missiles with a range covering much of China’s eastern seaboard"], "pronoun -> Qiao")
    A.p()
    A.s("The U.S. Army said in a statement last week that the deployment was “temporary and defensive in nature” and was not aimed at any third country.",
        US, ["the deployment was “temporary and defensive in nature” and was not aimed at any third country"], "US military statement relayed by Xinhua",
        q("temporary and defensive in nature", "The U.S. Army", "U.S. Army", "US"))
    A.s("Japan’s Defense Ministry said the system would leave Japanese territory after the exercise ends on Oct. 3.",
        NONE, [], "Japan: third party")
    A.s("Qiao said the Chinese side had lodged stern representations with the U.S. side and would “closely monitor” the system’s movements.",
        CN, ["the Chinese side had lodged stern representations with the U.S. side and would “closely monitor” the system’s movements"], "lodging representations is an act, but here it is reported as Qiao's speech",
        q("closely monitor", "Qiao", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN"))
    A.p()
    A.s("Asked whether the People’s Liberation Army would respond with exercises of its own, Qiao said the Chinese military “will take all necessary measures to resolutely safeguard national sovereignty, security and development interests.”",
        CN, ["the Chinese military “will take all necessary measures to resolutely safeguard national sovereignty, security and development interests"], "answer to a question",
        q("will take all necessary measures to resolutely safeguard national sovereignty, security and development interests.", "Qiao", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN"))
    A.s("The spokesperson did not elaborate.",
        NONE, [], "not elaborating is an act")
    A.p()
    A.s("Qiao also rejected the so-called “China threat” narrative, which he said Washington uses to justify forward deployments.",
        CN, ["rejected the so-called “China threat” narrative", "Washington uses to justify forward deployments"], "rejecting a claim + 'which he said'; scare quote",
        scare("China threat"))
    A.s("“Hyping a threat does not create one, but deploying missiles does,” he said.",
        CN, ["Hyping a threat does not create one, but deploying missiles does"], "pronoun -> Qiao",
        q("Hyping a threat does not create one, but deploying missiles does,", "he", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN"))
    A.p()
    A.s("He said China and Japan are close neighbors and urged Tokyo to “act prudently on military and security issues” and stop serving as “a pawn in others’ strategic games.”",
        CN, ["China and Japan are close neighbors", "act prudently on military and security issues” and stop serving as “a pawn in others’ strategic games"], "said + urged X to",
        q("act prudently on military and security issues", "He", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN"),
        q("a pawn in others’ strategic games.", "He", "Qiao Lifeng (Ministry of National Defense spokesperson)", "CN"))
    A.p()
    A.s("Qiao, answering another question, said recent drills by the PLA Navy in the western Pacific were routine arrangements in line with annual plans and were not directed at any specific target.",
        CN, ["recent drills by the PLA Navy in the western Pacific were routine arrangements in line with annual plans and were not directed at any specific target"], "interrupting participle between speaker and verb")
    A.p()
    A.s("The Typhon system was first deployed outside the United States in 2024, when the U.S. Army sent it to the Philippines for exercises.",
        NONE, [], "narration")
    return A


# ---------------------------------------------------------------- 136 China Daily, Shenzhen
def a136():
    A = Article(136, "shenzhen_camera_ban",
                "China Daily: Shenzhen city government and officials respond to a US measure, with a US company's response; typographic quotes")
    A.h("Shenzhen vows support for exporters hit by US camera ban",
        CN, ["support for exporters hit by US camera ban"], "city government vows (speech act of commitment)")

    A.s("SHENZHEN — The Shenzhen municipal government on Wednesday unveiled a 2-billion-yuan ($280 million) package to help local makers of smart home cameras cope with a US ban on the products, which Washington says pose risks to Americans’ data.",
        US, ["pose risks to Americans’ data"], "unveiling a package is an act; 'which Washington says' embeds a US claim")
    A.p()
    A.s("The measures, announced in a notice by the city’s commerce bureau, include export credit insurance subsidies, low-interest loans and help for companies seeking to enter markets in the Middle East, Latin America and Southeast Asia.",
        NONE, [], "announcing measures is an act; 'notice' here reports no claim")
    A.s("The notice said the city would “stand firmly with enterprises” and oppose “discriminatory measures that violate market principles.”",
        CN, ["the city would “stand firmly with enterprises” and oppose “discriminatory measures that violate market principles"], "document noun -> Shenzhen commerce bureau",
        q("stand firmly with enterprises", "The notice", "Shenzhen Municipal Bureau of Commerce (notice)", "CN"),
        q("discriminatory measures that violate market principles.", "The notice", "Shenzhen Municipal Bureau of Commerce (notice)", "CN"))
    A.p()
    A.s("The US Federal Communications Commission last month barred new authorizations for internet-connected cameras made by Chinese companies, citing national security concerns.",
        US, ["national security concerns"], "act + 'citing'")
    A.p()
    A.s("“Shenzhen companies have always operated in accordance with the law and international rules,” said Huang Zhiqiang, deputy director of the Shenzhen Municipal Bureau of Commerce.",
        CN, ["Shenzhen companies have always operated in accordance with the law and international rules"], "city official; speaker after the quotation with apposition",
        q("Shenzhen companies have always operated in accordance with the law and international rules,", "Huang Zhiqiang", "Huang Zhiqiang (Shenzhen Municipal Bureau of Commerce)", "CN"))
    A.s("“Turning ordinary household products into a security issue is not a responsible approach.”",
        CN, ["Turning ordinary household products into a security issue is not a responsible approach"], "continues Huang",
        q("Turning ordinary household products into a security issue is not a responsible approach.", "Huang Zhiqiang", "Huang Zhiqiang (Shenzhen Municipal Bureau of Commerce)", "CN", "speaker named in the previous sentence"))
    A.s("Huang said about 140 companies in the city would be eligible for the support, most of them small and medium-sized firms.",
        CN, ["about 140 companies in the city would be eligible for the support, most of them small and medium-sized firms"], "surname alone")
    A.p()
    A.s("Shenzhen exported 18.6 billion yuan worth of smart cameras to the United States last year, about a quarter of the city’s camera exports, according to Shenzhen Customs.",
        UNK, [], "statistic credited to a state agency, no stance")
    A.p()
    A.s("At Lumiview Technology, a camera maker in Bao’an district, general manager Chen Rui said orders from US clients had fallen by more than half since the ban was announced.",
        NONE, [], "Chinese company: no side")
    A.s("“We saw this coming, so we started building a sales team in Saudi Arabia last year,” Chen said.",
        NONE, [], "company",
        q("We saw this coming, so we started building a sales team in Saudi Arabia last year,", "Chen", "Chen Rui (Lumiview Technology)", "other"))
    A.s("“The government support buys us time.”",
        NONE, [], "company, continuing",
        q("The government support buys us time.", "Chen", "Chen Rui (Lumiview Technology)", "other", "speaker named in the previous sentence"))
    A.p()
    A.s("Northbeam Home, a California-based smart home brand that sources most of its cameras from Shenzhen suppliers, said in a statement to China Daily that it was “reviewing our supply chain options” and hoped regulators would allow existing models to stay on sale.",
        NONE, [], "US company: no side",
        q("reviewing our supply chain options", "Northbeam Home", "Northbeam Home", "other"))
    A.s("“Our customers should not be caught in the middle of a trade dispute,” said Jason Pollard, the company’s chief executive, in an emailed response.",
        NONE, [], "US company executive; speaker after the quotation with apposition",
        q("Our customers should not be caught in the middle of a trade dispute,", "Jason Pollard", "Jason Pollard (Northbeam Home CEO)", "other"))
    A.p()
    A.s("Li Wenjing, an official with the Bao’an district government, said the district had set up a hotline to help affected companies with customs and certification procedures.",
        CN, ["the district had set up a hotline to help affected companies with customs and certification procedures"], "district government official: Chinese state body")
    A.p()
    A.s("China’s Ministry of Commerce has said it firmly opposes the US move and will take necessary measures to protect the legitimate rights of Chinese firms.",
        CN, ["it firmly opposes the US move and will take necessary measures to protect the legitimate rights of Chinese firms"], "ministry")
    A.p()
    A.s("Zhang Lei, a researcher at the Qianhai Institute for Trade Studies, a private think tank in Shenzhen, said the ban would speed up the diversification of the city’s export markets.",
        NONE, [], "private think tank: no side")
    A.s("“In the long run, the loss for US consumers may be larger than the loss for Shenzhen,” he said.",
        NONE, [], "pronoun -> Zhang",
        q("In the long run, the loss for US consumers may be larger than the loss for Shenzhen,", "he", "Zhang Lei (Qianhai Institute for Trade Studies)", "other"))
    return A


ARTICLES = [a129, a130, a131, a132, a133, a134, a135, a136]


def main():
    for f in ARTICLES:
        art = f()
        text, gold = write_article(art, OUT)
        print("%-40s words=%d sentences=%d quotations=%d" % (
            art.name, len(text.split()), len(gold["sentences"]), len(gold["quotations"])))


if __name__ == "__main__":
    main()
