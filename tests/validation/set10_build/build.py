"""One function per article; each sentence with its gold right under it."""
import sys
from lib import Article, write_article, Q, T, SC, CN, US, BOTH, N, UNK

import os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)


def a81():
    a = Article(81, "fm_presser_student_visas",
                "Chinese Foreign Ministry regular press conference write-up, CGTN style, typographic quotes")
    a.h("China slams new US visa curbs on students as ‘discriminatory’",
        CN, ["new US visa curbs on students as ‘discriminatory’"], "headline: China slams X as Y; single-mark quote, speaker is the clause subject",
        Q("discriminatory", "China", "Chinese Foreign Ministry", "China"))
    a.s("BEIJING, March 12 (CGTN) -- China on Wednesday denounced new US restrictions on visas for Chinese graduate students in science and engineering, with a Foreign Ministry spokesperson calling the measure “a naked act of political discrimination.”",
        CN, ["a naked act of political discrimination"], "ministry spokesperson calling the measure X",
        Q("a naked act of political discrimination.", "a Foreign Ministry spokesperson", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("The US State Department said on Monday it would deny or revoke visas for Chinese nationals enrolled in doctoral programmes in 14 fields, including semiconductor design and aerospace engineering, citing risks of technology transfer to China's military.",
        US, ["it would deny or revoke visas for Chinese nationals enrolled in doctoral programmes in 14 fields, including semiconductor design and aerospace engineering", "risks of technology transfer to China's military"],
        "measure reported as speech (said) and with a citing clause")
    a.p()
    a.s("Asked about the move at a regular press briefing, spokesperson Zhou Lanying said Washington was “politicizing ordinary academic exchanges and overstretching the concept of national security.”",
        CN, ["Washington was “politicizing ordinary academic exchanges and overstretching the concept of national security.”"], "spokesperson said that-clause ending in a partial quotation",
        Q("politicizing ordinary academic exchanges and overstretching the concept of national security.", "Zhou Lanying", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("“More than 300,000 Chinese students are studying in the United States.",
        CN, ["More than 300,000 Chinese students are studying in the United States"], "opens a two-sentence quotation by Zhou",
        Q("More than 300,000 Chinese students are studying in the United States. They go there to learn, not to steal,", "Zhou", "Zhou Lanying, Foreign Ministry spokesperson", "China", "one pair of marks over two sentences"))
    a.s("They go there to learn, not to steal,” Zhou said.",
        CN, ["They go there to learn, not to steal"], "continues Zhou's quotation; surname alone")
    a.p()
    a.s("She urged the US side to “stop its wrongful practice immediately” and to provide a fair environment for Chinese students, adding that China would “take resolute measures to safeguard the legitimate rights and interests” of its citizens.",
        CN, ["“stop its wrongful practice immediately” and to provide a fair environment for Chinese students", "China would “take resolute measures to safeguard the legitimate rights and interests” of its citizens"],
        "pronoun she = Zhou; urged X to (infinitive clause) plus adding that-clause",
        Q("stop its wrongful practice immediately", "She", "Zhou Lanying, Foreign Ministry spokesperson", "China"),
        Q("take resolute measures to safeguard the legitimate rights and interests", "She", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("Another reporter asked about a report by the US cybersecurity firm Halvorsen Labs, titled “Silent Harbor,” which alleged that hackers linked to China's Ministry of State Security had breached the networks of two US port operators.",
        N, [], "a private firm's allegation is no side; report title in marks",
        T("Silent Harbor,"))
    a.p()
    a.s("Zhou rejected the allegation as “groundless smearing,” saying China “firmly opposes and combats all forms of cyberattacks.”",
        CN, ["groundless smearing", "China “firmly opposes and combats all forms of cyberattacks.”"], "rejecting a claim is a claim; saying-clause",
        Q("groundless smearing,", "Zhou", "Zhou Lanying, Foreign Ministry spokesperson", "China"),
        Q("firmly opposes and combats all forms of cyberattacks.", "Zhou", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("“The United States is the world's biggest hacker empire,” the spokesperson said, “and it has no standing to point fingers at others.”",
        CN, ["The United States is the world's biggest hacker empire", "and it has no standing to point fingers at others"], "split quotation, role noun the spokesperson",
        Q("The United States is the world's biggest hacker empire,", "the spokesperson", "Zhou Lanying, Foreign Ministry spokesperson", "China"),
        Q("and it has no standing to point fingers at others.", "the spokesperson", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("On a separate question, Zhou confirmed that Vice Foreign Minister Gao Yuming would travel to Washington next week for consultations, but said the visit “should not be over-interpreted.”",
        CN, ["Vice Foreign Minister Gao Yuming would travel to Washington next week for consultations", "the visit “should not be over-interpreted.”"], "confirmed that / said",
        Q("should not be over-interpreted.", "Zhou", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("The State Department has said the visa rules, which it describes as “narrowly tailored,” will take effect on April 1.",
        US, ["the visa rules, which it describes as “narrowly tailored,” will take effect on April 1"], "US said; relative clause with its wording",
        Q("narrowly tailored,", "it", "US State Department", "United States"))
    a.p()
    a.s("According to figures from China's Ministry of Education, Chinese students made up about 27 percent of international doctoral candidates in US engineering programmes last year.",
        UNK, [], "statistic credited to a state agency, no stance")
    a.p()
    a.s("Asked whether Beijing would respond in kind, Zhou said China “welcomes young people from all countries, including the United States,” to study and live in China.",
        CN, ["China “welcomes young people from all countries, including the United States,” to study and live in China"], "said-clause with an embedded partial quotation",
        Q("welcomes young people from all countries, including the United States,", "Zhou", "Zhou Lanying, Foreign Ministry spokesperson", "China"))
    a.s("The ministry later posted a transcript of her remarks on its website.", N, [], "act; document noun is not a cue")
    a.s("The briefing also covered the upcoming Boao Forum and flooding in Guangxi.",
        N, [], "narrator")
    return a


def a82():
    a = Article(82, "state_dept_briefing_exit_ban",
                "US State Department press briefing write-up with transcript excerpt, straight quotes",
                typographic=False)
    a.h("State Department says US businessman barred from leaving China is 'wrongfully detained'",
        US, ["US businessman barred from leaving China is 'wrongfully detained'"], "headline: department says; single-mark quote",
        Q("wrongfully detained", "State Department", "US State Department", "United States"))
    a.s("WASHINGTON — The State Department on Tuesday said it had determined that Thomas Kerrigan, an Ohio businessman who has been barred from leaving China since January, is being wrongfully detained, a designation that shifts his case to the office of the special presidential envoy for hostage affairs.",
        US, ["it had determined that Thomas Kerrigan, an Ohio businessman who has been barred from leaving China since January, is being wrongfully detained"], "said it had determined; the trailing apposition is the narrator's")
    a.p()
    a.s("Kerrigan, 58, a sales director for the auto parts maker Brightline Components, was stopped at Shanghai Pudong International Airport on Jan. 9 and told he was subject to an \"exit ban\" in connection with a commercial dispute, according to his family.",
        N, [], "according to his family: no side; exit ban held at a distance",
        SC("exit ban"))
    a.p()
    a.s("Spokesperson Daniel Whitcombe told reporters at the daily briefing that the department had raised the case \"at the highest levels\" with Chinese officials.",
        US, ["the department had raised the case \"at the highest levels\" with Chinese officials"], "told reporters that",
        Q("at the highest levels", "Daniel Whitcombe", "Daniel Whitcombe, State Department spokesperson", "United States"))
    a.p()
    a.s("\"There is no legal basis for holding Mr. Kerrigan, and we call on the PRC to allow him to come home,\" Whitcombe said.",
        US, ["There is no legal basis for holding Mr. Kerrigan, and we call on the PRC to allow him to come home"], "surname alone after full name",
        Q("There is no legal basis for holding Mr. Kerrigan, and we call on the PRC to allow him to come home,", "Whitcombe", "Daniel Whitcombe, State Department spokesperson", "United States"))
    a.p()
    a.s("The Chinese Embassy in Washington said in an emailed statement that Kerrigan was \"not detained\" and was \"free to move within China\" while a court reviewed claims against him by a Chinese supplier.",
        CN, ["Kerrigan was \"not detained\" and was \"free to move within China\" while a court reviewed claims against him by a Chinese supplier"], "embassy in a statement; 'claims' inside is not a cue",
        Q("not detained", "The Chinese Embassy in Washington", "Chinese Embassy in Washington", "China"),
        Q("free to move within China", "The Chinese Embassy in Washington", "Chinese Embassy in Washington", "China"))
    a.p()
    a.s("\"China is a country under the rule of law,\" the statement said.",
        CN, ["China is a country under the rule of law"], "document noun the statement",
        Q("China is a country under the rule of law,", "the statement", "Chinese Embassy in Washington", "China"))
    a.s("\"Foreign nationals must abide by Chinese law.\"",
        CN, ["Foreign nationals must abide by Chinese law"], "continues the statement in a new pair of marks",
        Q("Foreign nationals must abide by Chinese law.", "the statement", "Chinese Embassy in Washington", "China"))
    a.p()
    a.s("The following is an excerpt from the briefing:", N, [], "narrator")
    a.p()
    a.s("QUESTION: The Chinese side says this is a commercial dispute.",
        CN, ["this is a commercial dispute"], "reporter relays China's claim")
    a.s("Why is the department treating it as a political case?", N, [], "reporter's question")
    a.p()
    a.s("MR. WHITCOMBE: We've reviewed the facts carefully.",
        US, ["We've reviewed the facts carefully"], "transcript line of the spokesperson")
    a.s("I'm not going to get into every element of that review from up here, but the criteria for a wrongful detention determination are set out in law, and this case meets them.",
        US, ["I'm not going to get into every element of that review from up here, but the criteria for a wrongful detention determination are set out in law, and this case meets them"], "continues the transcript line")
    a.p()
    a.s("QUESTION: Has the Secretary raised it with his counterpart?", N, [], "reporter's question")
    a.p()
    a.s("MR. WHITCOMBE: He has, and he'll continue to.", US, ["He has, and he'll continue to"], "transcript line")
    a.p()
    a.s("QUESTION: Is the department considering visa sanctions on the officials involved?", N, [], "reporter's question")
    a.p()
    a.s("MR. WHITCOMBE: I don't have anything to preview on that.", US, ["I don't have anything to preview on that"], "transcript line; the spokesperson's words even when declining")
    a.p()
    a.s("Sen. Ruth Calloway, an Ohio Republican, said in a statement after the briefing that the decision was \"long overdue\" and that Beijing was practicing \"hostage diplomacy.\"",
        US, ["the decision was \"long overdue\"", "Beijing was practicing \"hostage diplomacy.\""], "title with abbreviation; member of Congress; two that-clauses",
        Q("long overdue", "Sen. Ruth Calloway", "Ruth Calloway, US senator (R-Ohio)", "United States"),
        Q("hostage diplomacy.", "Sen. Ruth Calloway", "Ruth Calloway, US senator (R-Ohio)", "United States"))
    a.s("Calloway's office said she had met Kerrigan's wife twice this year.",
        US, ["she had met Kerrigan's wife twice this year"], "office of a member of Congress")
    a.p()
    a.s("The department's travel advisory for China, which urges Americans to \"exercise increased caution\" because of the arbitrary enforcement of local laws, was last updated in November.",
        US, ["\"exercise increased caution\" because of the arbitrary enforcement of local laws"], "document of a US body, claim inside a relative clause",
        Q("exercise increased caution", "The department's travel advisory for China", "US State Department", "United States"))
    a.p()
    a.s("China's Foreign Ministry has previously rejected the term \"hostage diplomacy\" as \"a smear.\"",
        CN, ["the term \"hostage diplomacy\" as \"a smear.\""], "rejecting a claim is a claim; the term is mentioned, not quoted",
        SC("hostage diplomacy", "mention of the term"),
        Q("a smear.", "China's Foreign Ministry", "Chinese Foreign Ministry", "China"))
    a.s("Kerrigan's family said he has not been charged with any crime.", N, [], "family: no side")
    return a


def a83():
    a = Article(83, "ap_entity_list_drones",
                "AP, Washington dateline, straight quotes; agency action, Congress, embassy response",
                typographic=False)
    a.h("US blacklists Chinese drone makers, citing military ties",
        US, ["military ties"], "measure plus citing clause")
    a.s("WASHINGTON (AP) — The Commerce Department on Thursday added 11 Chinese companies, including two of the country's largest commercial drone makers, to a trade blacklist, saying their products were being diverted to China's military and to Russian forces in Ukraine.",
        US, ["their products were being diverted to China's military and to Russian forces in Ukraine"], "act plus saying-clause")
    a.p()
    a.s("The move bars American firms from selling components to the companies without a license, which officials said would be granted only in rare cases.",
        US, ["would be granted only in rare cases"], "relative clause; bare officials = Commerce officials")
    a.p()
    a.s("\"These companies have made a choice,\" said Alan Brierley, the under secretary of commerce for industry and security.",
        US, ["These companies have made a choice"], "speaker after quotation with apposition",
        Q("These companies have made a choice,", "Alan Brierley", "Alan Brierley, under secretary of commerce", "United States"))
    a.s("\"They can supply the People's Liberation Army or they can buy American technology.",
        US, ["They can supply the People's Liberation Army or they can buy American technology"], "opens a second pair by Brierley over two sentences",
        Q("They can supply the People's Liberation Army or they can buy American technology. They cannot do both.", "Alan Brierley", "Alan Brierley, under secretary of commerce", "United States"))
    a.s("They cannot do both.\"", US, ["They cannot do both"], "continues Brierley's quotation")
    a.p()
    a.s("Brierley said the department had evidence that drones made by one of the firms, Shenzhen-based Hengfei Aviation, had been recovered on battlefields in eastern Ukraine \"in significant numbers.\"",
        US, ["the department had evidence that drones made by one of the firms, Shenzhen-based Hengfei Aviation, had been recovered on battlefields in eastern Ukraine \"in significant numbers.\""], "surname alone",
        Q("in significant numbers.", "Brierley", "Alan Brierley, under secretary of commerce", "United States"))
    a.p()
    a.s("Hengfei did not respond to a request for comment.", N, [], "company; act")
    a.s("Lawmakers have pressed the department for months to act against the drone makers, whose products are widely used by US police and fire departments.",
        US, ["act against the drone makers"], "bare Lawmakers = members of Congress; pressed X to")
    a.p()
    a.s("Members of Congress from both parties welcomed the action, though several said it came too late.",
        US, ["it came too late"], "members of Congress")
    a.p()
    a.s("Rep. Dana Whitfield, R-Texas, who chairs a House panel on China, said in a statement that the list \"should have included these companies two years ago.\"",
        US, ["the list \"should have included these companies two years ago.\""], "title with abbreviation, relative clause between speaker and verb",
        Q("should have included these companies two years ago.", "Rep. Dana Whitfield", "Dana Whitfield, US representative (R-Texas)", "United States"))
    a.p()
    a.s("\"Every month we wait, more American chips end up in weapons pointed at our partners,\" she said.",
        US, ["Every month we wait, more American chips end up in weapons pointed at our partners"], "pronoun she = Whitfield",
        Q("Every month we wait, more American chips end up in weapons pointed at our partners,", "she", "Dana Whitfield, US representative (R-Texas)", "United States"))
    a.p()
    a.s("Sen. Marcus Oyelaran, D-Ill., and Whitfield said they would introduce legislation requiring the department to review all Chinese drone makers within 180 days.",
        US, ["they would introduce legislation requiring the department to review all Chinese drone makers within 180 days"], "X and Y said")
    a.p()
    a.s("The Chinese Embassy in Washington accused the United States of \"abusing export controls\" and \"weaponizing trade.\"",
        CN, ["the United States of \"abusing export controls\" and \"weaponizing trade.\""], "accusation is a claim",
        Q("abusing export controls", "The Chinese Embassy in Washington", "Chinese Embassy in Washington", "China"),
        Q("weaponizing trade.", "The Chinese Embassy in Washington", "Chinese Embassy in Washington", "China"))
    a.p()
    a.s("\"China firmly opposes the U.S. side's wrongful practice of overstretching the concept of national security,\" embassy spokesman Ma Lihong said, adding that Beijing would take \"necessary measures\" to protect its companies.",
        CN, ["China firmly opposes the U.S. side's wrongful practice of overstretching the concept of national security", "Beijing would take \"necessary measures\" to protect its companies"], "embassy spokesman; adding that",
        Q("China firmly opposes the U.S. side's wrongful practice of overstretching the concept of national security,", "Ma Lihong", "Ma Lihong, Chinese Embassy spokesman", "China"),
        Q("necessary measures", "Ma Lihong", "Ma Lihong, Chinese Embassy spokesman", "China"))
    a.p()
    a.s("Ma's statement did not say what measures China might take.", N, [], "document noun in the narrator's own sentence, no claim reported")
    a.p()
    a.s("The Commerce Department has added more than 700 Chinese entities to the list since 2018, according to a tally by the Pell Institute for Trade Policy, a private research group in Washington.",
        N, [], "according to a private think tank: no side")
    a.p()
    a.s("Kendra Hollis, a former Commerce official now at the Pell Institute, said the listings would have \"limited practical effect\" because both drone makers already rely mostly on Chinese-made chips.",
        N, [], "former official at a think tank: no side",
        Q("limited practical effect", "Kendra Hollis", "Kendra Hollis, Pell Institute for Trade Policy", "other"))
    return a


def a84():
    a = Article(84, "reuters_graphite_controls",
                "Reuters, Beijing dateline, typographic quotes; ministry statement, unnamed sources, analysts")
    a.h("China tightens graphite export curbs, calls US investment rules ‘economic coercion’",
        CN, ["US investment rules ‘economic coercion’"], "headline: act plus calls X Y",
        Q("economic coercion", "China", "Chinese Ministry of Commerce", "China"))
    a.s("BEIJING, Nov 7 (Reuters) - China will require export licences for high-purity synthetic graphite and anode materials from Dec. 1, the commerce ministry said on Friday, days after Washington widened its curbs on US investment in Chinese technology firms.",
        CN, ["China will require export licences for high-purity synthetic graphite and anode materials from Dec. 1"], "measure reported as the ministry's speech")
    a.p()
    a.s("The ministry said in a statement the controls were needed to “safeguard national security and interests” and were not aimed at any particular country.",
        CN, ["the controls were needed to “safeguard national security and interests” and were not aimed at any particular country"], "in a statement",
        Q("safeguard national security and interests", "The ministry", "Chinese Ministry of Commerce", "China"))
    a.p()
    a.s("In a separate statement attributed to an unnamed spokesperson, it said the US Treasury's rules amounted to “typical economic coercion” and would “seriously undermine the stability of global supply chains.”",
        CN, ["the US Treasury's rules amounted to “typical economic coercion” and would “seriously undermine the stability of global supply chains.”"], "pronoun it = the ministry",
        Q("typical economic coercion", "it", "Chinese Ministry of Commerce", "China"),
        Q("seriously undermine the stability of global supply chains.", "it", "Chinese Ministry of Commerce", "China"))
    a.p()
    a.s("“China will take necessary measures to firmly safeguard its legitimate rights and interests,” the spokesperson said.",
        CN, ["China will take necessary measures to firmly safeguard its legitimate rights and interests"], "role noun the spokesperson (ministry)",
        Q("China will take necessary measures to firmly safeguard its legitimate rights and interests,", "the spokesperson", "Ministry of Commerce spokesperson", "China"))
    a.p()
    a.s("The US Treasury said last month the rules, which bar American investors from funding Chinese firms developing advanced chips and artificial intelligence for military use, were “narrowly targeted” at national security risks.",
        US, ["the rules, which bar American investors from funding Chinese firms developing advanced chips and artificial intelligence for military use, were “narrowly targeted” at national security risks"], "US body said",
        Q("narrowly targeted", "The US Treasury", "US Treasury Department", "United States"))
    a.p()
    a.s("Two people familiar with the matter told Reuters the ministry had drawn up a list of about 20 US defence and battery firms whose licence applications would face extra scrutiny.",
        N, [], "people familiar with the matter: no side")
    a.p()
    a.s("One of the people, who declined to be identified because the matter is not public, said the list “could be expanded quickly” depending on Washington's next steps.",
        N, [], "unnamed source: no side",
        Q("could be expanded quickly", "One of the people", "unnamed person familiar with the matter", "other"))
    a.p()
    a.s("The ministry did not respond to a faxed request for comment on the list.", N, [], "act")
    a.s("A Treasury spokesperson declined to comment on the graphite controls.", N, [], "declining to comment is an act, no claim")
    a.s("Graphite is used in the anodes of nearly all lithium-ion batteries, and the United States has no commercial-scale production of the synthetic variety.",
        N, [], "narrator background")
    a.p()
    a.s("China produced about 93% of the world's synthetic graphite last year, according to the China Nonferrous Metals Industry Association.",
        N, [], "industry group: no side (not a state agency, so not ?)")
    a.s("Exports of graphite products rose 11% in the first nine months, customs data showed.",
        UNK, [], "statistic from state customs data, no stance")
    a.p()
    a.s("Analysts said the curbs appeared calibrated to send a signal rather than to choke supply.", N, [], "analysts: no side")
    a.p()
    a.s("“Beijing is showing it has a lever, and it is pulling it halfway,” said Helen Marchetti, head of Asia supply-chain research at consultancy Larchmont Partners in Singapore.",
        N, [], "analyst after the quotation with apposition",
        Q("Beijing is showing it has a lever, and it is pulling it halfway,", "Helen Marchetti", "Helen Marchetti, Larchmont Partners", "other"))
    a.p()
    a.s("“If Washington adds more firms to its lists,” she said, “the other half comes next.”",
        N, [], "split quotation by the analyst",
        Q("If Washington adds more firms to its lists,", "she", "Helen Marchetti, Larchmont Partners", "other"),
        Q("the other half comes next.", "she", "Helen Marchetti, Larchmont Partners", "other"))
    a.p()
    a.s("Jiang Wen, a researcher at the Chinese Academy of International Trade and Economic Cooperation, a think tank under the commerce ministry, told Reuters the timing made the move “a measured response, not an escalation.”",
        CN, ["the timing made the move “a measured response, not an escalation.”"], "research institute under a ministry takes its side",
        Q("a measured response, not an escalation.", "Jiang Wen", "Jiang Wen, Chinese Academy of International Trade and Economic Cooperation", "China"))
    a.p()
    a.s("(Reporting by Liang Shu and Oliver Brandt; Editing by Kate Morrow)", N, [], "sign-off")
    return a


def a85():
    a = Article(85, "afp_scarborough_water_cannon",
                "AFP, Manila dateline, typographic quotes; US and China both respond to an incident")
    a.h("US accuses China of ‘reckless’ water cannon attack as Beijing says it acted lawfully",
        BOTH, ["China of ‘reckless’ water cannon attack", "it acted lawfully"], "headline: two attributions",
        Q("reckless", "US", "US State Department", "United States"))
    a.s("Manila (AFP) - The United States on Sunday accused China of “reckless and dangerous” conduct after a Chinese coast guard vessel fired water cannon at a Philippine fisheries ship near Scarborough Shoal, injuring three crew, while Beijing insisted its forces had acted “in accordance with law.”",
        BOTH, ["China of “reckless and dangerous” conduct", "its forces had acted “in accordance with law.”"], "two attributions; the incident clause is the narrator's",
        Q("reckless and dangerous", "The United States", "US State Department", "United States"),
        Q("in accordance with law.", "Beijing", "China Coast Guard", "China"))
    a.p()
    a.s("The Philippine Coast Guard said the BFAR vessel Datu Sanday was on a routine mission to resupply Filipino fishermen when it was struck twice on Saturday morning.",
        N, [], "Philippines is a third party")
    a.p()
    a.s("“Our crew were doing nothing but their jobs,” Philippine Coast Guard spokesman Ramon Estrella told reporters in Manila.",
        N, [], "third-party spokesman",
        Q("Our crew were doing nothing but their jobs,", "Ramon Estrella", "Ramon Estrella, Philippine Coast Guard", "other"))
    a.s("“They were treated like enemies.”", N, [], "continues the third-party speaker",
        Q("They were treated like enemies.", "Ramon Estrella", "Ramon Estrella, Philippine Coast Guard", "other"))
    a.p()
    a.s("In a statement issued in Washington, State Department spokesperson Karen Ostrowski said the United States “stands with our ally” and reminded Beijing that the 1951 Mutual Defense Treaty covers armed attacks on Philippine public vessels “anywhere in the South China Sea.”",
        US, ["the United States “stands with our ally”", "the 1951 Mutual Defense Treaty covers armed attacks on Philippine public vessels “anywhere in the South China Sea.”"], "said and reminded that",
        Q("stands with our ally", "Karen Ostrowski", "Karen Ostrowski, State Department spokesperson", "United States"),
        Q("anywhere in the South China Sea.", "Karen Ostrowski", "Karen Ostrowski, State Department spokesperson", "United States"))
    a.p()
    a.s("The US ambassador in Manila, Gregory Tallis, wrote on X that he had spoken with the families of the injured sailors and that China's actions were “unacceptable.”",
        US, ["he had spoken with the families of the injured sailors", "China's actions were “unacceptable.”"], "ambassador; apposition between speaker and verb",
        Q("unacceptable.", "Gregory Tallis", "Gregory Tallis, US ambassador to the Philippines", "United States"))
    a.p()
    a.s("China's coast guard said in a statement that the Philippine ship had “illegally intruded” into waters near Huangyan Dao, Beijing's name for the shoal, and ignored repeated warnings.",
        CN, ["the Philippine ship had “illegally intruded” into waters near Huangyan Dao, Beijing's name for the shoal, and ignored repeated warnings"], "coast guard statement",
        Q("illegally intruded", "China's coast guard", "China Coast Guard", "China"))
    a.p()
    a.s("“The China Coast Guard took necessary control measures in a professional and restrained manner,” spokesman Liu Dezhong said.",
        CN, ["The China Coast Guard took necessary control measures in a professional and restrained manner"], "coast guard spokesman",
        Q("The China Coast Guard took necessary control measures in a professional and restrained manner,", "Liu Dezhong", "Liu Dezhong, China Coast Guard spokesman", "China"))
    a.s("He said the United States had “no right to interfere” in a matter between China and the Philippines.",
        CN, ["the United States had “no right to interfere” in a matter between China and the Philippines"], "pronoun he = Liu",
        Q("no right to interfere", "He", "Liu Dezhong, China Coast Guard spokesman", "China"))
    a.p()
    a.s("At a regular briefing in Beijing on Monday, foreign ministry spokeswoman Chen Xiaoyu said Washington was “stirring up trouble” in the region.",
        CN, ["Washington was “stirring up trouble” in the region"], "foreign ministry spokeswoman",
        Q("stirring up trouble", "Chen Xiaoyu", "Chen Xiaoyu, Foreign Ministry spokeswoman", "China"))
    a.s("“The so-called ‘freedom of navigation’ is just a pretext,” she said.",
        CN, ["The so-called ‘freedom of navigation’ is just a pretext"], "pronoun she = Chen; inner single marks get no record",
        Q("The so-called ‘freedom of navigation’ is just a pretext,", "she", "Chen Xiaoyu, Foreign Ministry spokeswoman", "China"))
    a.p()
    a.s("Japan, which has its own territorial dispute with China in the East China Sea, said it was “seriously concerned” by the incident.",
        N, [], "Japan is a third party",
        Q("seriously concerned", "Japan", "Japanese government", "other"))
    a.p()
    a.s("Manila has filed more than 40 diplomatic protests over Chinese actions in the waterway this year, according to the Philippine foreign ministry.",
        N, [], "according to a third party")
    a.p()
    a.s("The shoal, about 220 kilometres (137 miles) west of Luzon, has been under effective Chinese control since a 2012 standoff.",
        N, [], "narrator background")
    a.s("Washington and Manila have held joint patrols in the area since last year, which Beijing calls “provocative” and the Pentagon says are routine.",
        BOTH, ["provocative", "are routine"], "relative clause carrying two attributions",
        Q("provocative", "Beijing", "Chinese government", "China"))
    return a


def a86():
    a = Article(86, "xinhua_mnd_taiwan_arms",
                "Xinhua English, ministry statement plus spokesperson's press-conference answers, typographic quotes")
    a.h("China firmly opposes U.S. arms sales to Taiwan region: defense spokesperson",
        CN, ["China firmly opposes U.S. arms sales to Taiwan region"], "headline with colon attribution")
    a.s("BEIJING, Sept 26 (Xinhua) -- China firmly opposes the latest U.S. arms sales to China's Taiwan region and has lodged stern representations with the U.S. side, a spokesperson for the Ministry of National Defense said Thursday.",
        CN, ["China firmly opposes the latest U.S. arms sales to China's Taiwan region and has lodged stern representations with the U.S. side"], "ministry spokesperson said")
    a.p()
    a.s("The U.S. Defense Security Cooperation Agency on Tuesday announced the possible sale of anti-ship missile systems and related equipment worth about 1.1 billion U.S. dollars to the Taiwan region.",
        N, [], "announcing a sale is an act")
    a.s("The agency said in its notification to Congress that the sale would help “maintain political stability, military balance and economic progress in the region.”",
        US, ["the sale would help “maintain political stability, military balance and economic progress in the region.”"], "US agency in a document",
        Q("maintain political stability, military balance and economic progress in the region.", "The agency", "US Defense Security Cooperation Agency", "United States"))
    a.p()
    a.s("In a statement, spokesperson Zhang Haoran said the move “seriously violates the one-China principle and the provisions of the three China-U.S. joint communiques” and sends a wrong signal to “Taiwan independence” separatist forces.",
        CN, ["the move “seriously violates the one-China principle and the provisions of the three China-U.S. joint communiques” and sends a wrong signal to “Taiwan independence” separatist forces"], "in a statement; the set term is a scare quote",
        Q("seriously violates the one-China principle and the provisions of the three China-U.S. joint communiques", "Zhang Haoran", "Zhang Haoran, Ministry of National Defense spokesperson", "China"),
        SC("Taiwan independence", "Xinhua's distancing marks on the set term"))
    a.p()
    a.s("“The Taiwan question is at the very core of China's core interests and is the first red line that must not be crossed in China-U.S. relations,” Zhang said.",
        CN, ["The Taiwan question is at the very core of China's core interests and is the first red line that must not be crossed in China-U.S. relations"], "surname alone",
        Q("The Taiwan question is at the very core of China's core interests and is the first red line that must not be crossed in China-U.S. relations,", "Zhang", "Zhang Haoran, Ministry of National Defense spokesperson", "China"))
    a.p()
    a.s("The spokesperson said the Chinese People's Liberation Army would “take all necessary measures” to resolutely defend national sovereignty and territorial integrity.",
        CN, ["the Chinese People's Liberation Army would “take all necessary measures” to resolutely defend national sovereignty and territorial integrity"], "role noun",
        Q("take all necessary measures", "The spokesperson", "Zhang Haoran, Ministry of National Defense spokesperson", "China"))
    a.p()
    a.s("At a regular press conference on Thursday afternoon, Zhang answered questions on the arms sale and recent military activities around the island.",
        N, [], "answering questions is an act; no claim reported")
    a.p()
    a.s("Asked about remarks by a U.S. military official that PLA drills near the island were “destabilizing,” Zhang said such claims were “a complete reversal of right and wrong.”",
        BOTH, ["PLA drills near the island were “destabilizing,”", "such claims were “a complete reversal of right and wrong.”"], "a US official's claim inside the question, plus Zhang's answer",
        Q("destabilizing,", "a U.S. military official", "unnamed U.S. military official", "United States"),
        Q("a complete reversal of right and wrong.", "Zhang", "Zhang Haoran, Ministry of National Defense spokesperson", "China"))
    a.p()
    a.s("“It is the United States that keeps sending warships and weapons into the Taiwan Strait.",
        CN, ["It is the United States that keeps sending warships and weapons into the Taiwan Strait"], "opens a three-sentence quotation by Zhang",
        Q("It is the United States that keeps sending warships and weapons into the Taiwan Strait. Who is destabilizing the region? The answer is self-evident,", "he", "Zhang Haoran, Ministry of National Defense spokesperson", "China"))
    a.s("Who is destabilizing the region?", CN, ["Who is destabilizing the region"], "continues Zhang's quotation")
    a.s("The answer is self-evident,” he said.", CN, ["The answer is self-evident"], "continues Zhang's quotation; pronoun")
    a.p()
    a.s("He urged the U.S. side to stop arming Taiwan “in any form” and to honor its commitment of not supporting “Taiwan independence.”",
        CN, ["stop arming Taiwan “in any form” and to honor its commitment of not supporting “Taiwan independence.”"], "urged X to: infinitive clause",
        Q("in any form", "He", "Zhang Haoran, Ministry of National Defense spokesperson", "China"),
        SC("Taiwan independence.", "set term"))
    a.p()
    a.s("A commentary published by the People's Daily on Thursday said the arms sale “exposes the hypocrisy of Washington's talk of peace” and “will only push Taiwan into danger.”",
        CN, ["the arms sale “exposes the hypocrisy of Washington's talk of peace” and “will only push Taiwan into danger.”"], "state media in its own voice (commentary) is China",
        Q("exposes the hypocrisy of Washington's talk of peace", "A commentary published by the People's Daily", "People's Daily (commentary)", "China"),
        Q("will only push Taiwan into danger.", "A commentary published by the People's Daily", "People's Daily (commentary)", "China"))
    a.p()
    a.s("Foreign Ministry spokesperson Chen Xiaoyu said on Wednesday that China would take “resolute and forceful countermeasures,” including against the companies involved.",
        CN, ["China would take “resolute and forceful countermeasures,” including against the companies involved"], "ministry spokesperson",
        Q("resolute and forceful countermeasures,", "Chen Xiaoyu", "Chen Xiaoyu, Foreign Ministry spokesperson", "China"))
    a.p()
    a.s("China has previously added several U.S. defense contractors involved in arms sales to Taiwan to its unreliable entity list.",
        N, [], "act")
    return a


def a87():
    a = Article(87, "feature_iowa_soybeans",
                "long newspaper feature, typographic quotes, quotations running over paragraphs, several named speakers")
    a.h("In Iowa's soybean country, a trade war that never quite ends", N, [], "headline, narrator")
    a.s("SIOUX CENTER, Iowa — Dale Vermeer has farmed the same 1,400 acres northwest of town for 31 years, and he can tell you the exact day the price of soybeans fell through the floor.",
        N, [], "narrator; farmer has no side")
    a.p()
    a.s("“It was the morning Beijing announced the tariffs,” Vermeer said, standing beside a grain bin he built the year his daughter was born.",
        N, [], "farmer: other",
        Q("It was the morning Beijing announced the tariffs,", "Vermeer", "Dale Vermeer, farmer", "other"))
    a.s("“I was having coffee and watching the screen, and by lunch I'd lost more money than I made all of last year.",
        N, [], "farmer: opens a run-on quotation over two paragraphs",
        Q("I was having coffee and watching the screen, and by lunch I'd lost more money than I made all of last year. People in Washington talk about leverage. Out here, leverage is a word for what the bank has on you.", "Vermeer", "Dale Vermeer, farmer", "other", "run-on over two paragraphs"))
    a.p()
    a.s("“People in Washington talk about leverage.", N, [], "continues the farmer's run-on")
    a.s("Out here, leverage is a word for what the bank has on you.”", N, [], "continues the farmer's run-on")
    a.p()
    a.s("China imposed a 25 percent retaliatory tariff on American soybeans in April after Washington raised duties on Chinese electric vehicles and batteries, and Chinese crushers have since turned almost entirely to Brazil.",
        N, [], "acts, narrator")
    a.p()
    a.s("The Commerce Ministry in Beijing has defended the tariffs as a “legitimate countermeasure” against what it calls American “protectionism and bullying.”",
        CN, ["the tariffs as a “legitimate countermeasure”", "American “protectionism and bullying.”"], "defending as = claim; what it calls",
        Q("legitimate countermeasure", "The Commerce Ministry in Beijing", "Chinese Ministry of Commerce", "China"),
        Q("protectionism and bullying.", "it", "Chinese Ministry of Commerce", "China"))
    a.s("“The door to consultation is open, but the US side must first correct its wrong practices,” a ministry spokesperson, He Lijun, told reporters in Beijing last month.",
        CN, ["The door to consultation is open, but the US side must first correct its wrong practices"], "ministry spokesperson with apposition",
        Q("The door to consultation is open, but the US side must first correct its wrong practices,", "He Lijun", "He Lijun, Ministry of Commerce spokesperson", "China"))
    a.p()
    a.s("At a trade fair in Shanghai in November, Wu Tingfang, purchasing director at Heilong Grain Group, a state-owned trader, said Brazilian beans were now “cheaper, closer to spec and politically easier.”",
        N, [], "state-owned company: no side",
        Q("cheaper, closer to spec and politically easier.", "Wu Tingfang", "Wu Tingfang, Heilong Grain Group", "other"))
    a.s("“American soybeans are good soybeans,” Wu said.", N, [], "company buyer",
        Q("American soybeans are good soybeans,", "Wu", "Wu Tingfang, Heilong Grain Group", "other"))
    a.s("“But a buyer has to think about next year, not only this year.”", N, [], "company buyer continues",
        Q("But a buyer has to think about next year, not only this year.", "Wu", "Wu Tingfang, Heilong Grain Group", "other"))
    a.p()
    a.s("In Des Moines, the state's agriculture secretary, Nora Lindqvist, calls the tariffs “a political weapon aimed squarely at the heartland.”",
        US, ["the tariffs “a political weapon aimed squarely at the heartland.”"], "state government official (US)",
        Q("a political weapon aimed squarely at the heartland.", "Nora Lindqvist", "Nora Lindqvist, Iowa secretary of agriculture", "United States"))
    a.p()
    a.s("“China made promises to buy our crops, and it broke them,” Lindqvist said in an interview in her office.",
        US, ["China made promises to buy our crops, and it broke them"], "surname alone",
        Q("China made promises to buy our crops, and it broke them,", "Lindqvist", "Nora Lindqvist, Iowa secretary of agriculture", "United States"))
    a.s("“Our farmers are paying for a fight they didn't start.",
        US, ["Our farmers are paying for a fight they didn't start"], "opens a run-on by Lindqvist",
        Q("Our farmers are paying for a fight they didn't start. I've told the administration that, and I've told the Chinese consul general in Chicago that, to his face.", "Lindqvist", "Nora Lindqvist, Iowa secretary of agriculture", "United States", "run-on over two paragraphs"))
    a.p()
    a.s("“I've told the administration that, and I've told the Chinese consul general in Chicago that, to his face.”",
        US, ["I've told the administration that, and I've told the Chinese consul general in Chicago that, to his face"], "continues Lindqvist's run-on")
    a.p()
    a.s("The Agriculture Department announced $9 billion in aid to affected growers in August.", N, [], "act")
    a.s("A senior Agriculture Department official, speaking on condition of anonymity to discuss internal deliberations, said a second round was “under active consideration” but that the department wanted to see whether talks in Geneva produced results first.",
        US, ["a second round was “under active consideration”", "the department wanted to see whether talks in Geneva produced results first"], "unnamed official whose title names a US body",
        Q("under active consideration", "A senior Agriculture Department official", "unnamed senior USDA official", "United States"))
    a.p()
    a.s("Representative Carl Jessup, a Republican whose district includes Sioux Center, said in a phone interview that farmers had been “extraordinarily patient.”",
        US, ["farmers had been “extraordinarily patient.”"], "member of Congress; relative clause in apposition",
        Q("extraordinarily patient.", "Representative Carl Jessup", "Carl Jessup, US representative (R-Iowa)", "United States"))
    a.s("“They have been told to hold on for one more season so many times that the words don't mean anything anymore,” he said.",
        US, ["They have been told to hold on for one more season so many times that the words don't mean anything anymore"], "pronoun he = Jessup",
        Q("They have been told to hold on for one more season so many times that the words don't mean anything anymore,", "he", "Carl Jessup, US representative (R-Iowa)", "United States"))
    a.p()
    a.s("Not everyone is convinced the aid helps.", N, [], "narrator")
    a.s("A report last month by the Great Plains Policy Center, a nonpartisan research group in Omaha, titled “Harvest of Uncertainty,” estimated that Iowa growers had lost $2.3 billion in export revenue.",
        N, [], "private think tank; report title",
        T("Harvest of Uncertainty,"))
    a.p()
    a.s("“The checks keep people afloat, but they don't bring back a customer,” said Priya Raman, an agricultural economist at Prairie State University who co-wrote the report.",
        N, [], "university economist: other",
        Q("The checks keep people afloat, but they don't bring back a customer,", "Priya Raman", "Priya Raman, Prairie State University", "other"))
    a.s("She said the so-called “bridge payments” risked becoming permanent.",
        N, [], "economist; scare quote",
        SC("bridge payments"))
    a.p()
    a.s("Back in Sioux Center, Vermeer has planted more corn this year.", N, [], "narrator")
    a.p()
    a.s("“I'm not a political man,” he said.", N, [], "farmer",
        Q("I'm not a political man,", "he", "Dale Vermeer, farmer", "other"))
    a.s("“I just want to sell what I grow to whoever wants to buy it.”", N, [], "farmer",
        Q("I just want to sell what I grow to whoever wants to buy it.", "he", "Dale Vermeer, farmer", "other"))
    return a


def a88():
    a = Article(88, "guangdong_exporter_support",
                "China Daily style provincial story, only the Chinese side speaks, typographic quotes")
    a.h("Guangdong rolls out support for exporters hit by US tariffs", N, [], "headline: measure, an act")
    a.s("GUANGZHOU, Aug 19 (China Daily) -- South China's Guangdong province on Tuesday unveiled a package of 18 measures to help manufacturers cope with higher US tariffs, including export credit insurance subsidies and faster tax rebates, the provincial government said.",
        CN, ["South China's Guangdong province on Tuesday unveiled a package of 18 measures to help manufacturers cope with higher US tariffs, including export credit insurance subsidies and faster tax rebates"], "measure reported as the provincial government's speech")
    a.p()
    a.s("The measures, which provincial officials said would cost about 6 billion yuan ($835 million) this year, target small and medium-sized furniture, appliance and toy makers in cities such as Foshan and Dongguan.",
        CN, ["would cost about 6 billion yuan ($835 million) this year"], "relative clause with provincial officials")
    a.p()
    a.s("“Our enterprises did nothing wrong, and they should not bear the cost of unilateral protectionism,” Lin Qiaohui, vice-governor of Guangdong, told a news conference in Guangzhou.",
        CN, ["Our enterprises did nothing wrong, and they should not bear the cost of unilateral protectionism"], "vice-governor after the quotation with apposition",
        Q("Our enterprises did nothing wrong, and they should not bear the cost of unilateral protectionism,", "Lin Qiaohui", "Lin Qiaohui, vice-governor of Guangdong", "China"))
    a.p()
    a.s("Lin said the province would also help companies “explore markets in ASEAN, the Middle East and Latin America” and set up a 24-hour hotline for firms facing cancelled orders.",
        CN, ["the province would also help companies “explore markets in ASEAN, the Middle East and Latin America” and set up a 24-hour hotline for firms facing cancelled orders"], "surname alone",
        Q("explore markets in ASEAN, the Middle East and Latin America", "Lin", "Lin Qiaohui, vice-governor of Guangdong", "China"))
    a.p()
    a.s("The United States raised tariffs on Chinese furniture and household appliances to 45 percent on Aug 1.", N, [], "act; no US speech in this story")
    a.s("Guangdong's exports to the US fell 14.6 percent year-on-year in the first seven months, according to the provincial bureau of statistics.",
        UNK, [], "statistic credited to a state agency")
    a.s("Lin said the province's exporters had shown “strong resilience” and would “turn pressure into motivation.”",
        CN, ["the province's exporters had shown “strong resilience” and would “turn pressure into motivation.”"], "vice-governor, surname alone",
        Q("strong resilience", "Lin", "Lin Qiaohui, vice-governor of Guangdong", "China"),
        Q("turn pressure into motivation.", "Lin", "Lin Qiaohui, vice-governor of Guangdong", "China"))
    a.p()
    a.s("In Beijing, the Ministry of Commerce said the tariff increase “runs counter to WTO rules” and would “hurt American consumers more than anyone else.”",
        CN, ["the tariff increase “runs counter to WTO rules” and would “hurt American consumers more than anyone else.”"], "ministry said",
        Q("runs counter to WTO rules", "the Ministry of Commerce", "Chinese Ministry of Commerce", "China"),
        Q("hurt American consumers more than anyone else.", "the Ministry of Commerce", "Chinese Ministry of Commerce", "China"))
    a.p()
    a.s("“China will closely follow the situation and resolutely safeguard the legitimate rights and interests of Chinese enterprises,” ministry spokesperson He Lijun said at a regular news conference on Thursday.",
        CN, ["China will closely follow the situation and resolutely safeguard the legitimate rights and interests of Chinese enterprises"], "ministry spokesperson",
        Q("China will closely follow the situation and resolutely safeguard the legitimate rights and interests of Chinese enterprises,", "He Lijun", "He Lijun, Ministry of Commerce spokesperson", "China"))
    a.s("He said China remained willing to resolve differences “through equal dialogue,” but added that “dialogue cannot be conducted under pressure.”",
        CN, ["China remained willing to resolve differences “through equal dialogue,”", "dialogue cannot be conducted under pressure"], "He is the surname of He Lijun, not a pronoun",
        Q("through equal dialogue,", "He", "He Lijun, Ministry of Commerce spokesperson", "China"),
        Q("dialogue cannot be conducted under pressure.", "He", "He Lijun, Ministry of Commerce spokesperson", "China"))
    a.p()
    a.s("Zhang Min, general manager of Foshan-based Huamei Furniture Co, said the company had lost orders worth 30 million yuan since the tariff took effect.",
        N, [], "company manager: no side")
    a.s("“The subsidies help, but the real solution is new customers,” Zhang said.", N, [], "company manager",
        Q("The subsidies help, but the real solution is new customers,", "Zhang", "Zhang Min, Huamei Furniture Co", "other"))
    a.s("He plans to open a showroom in Riyadh next spring.", N, [], "narrator reports a plan; pronoun = Zhang, no side")
    a.p()
    a.s("Provincial officials said a review of the measures would be carried out at the end of the year.",
        CN, ["a review of the measures would be carried out at the end of the year"], "provincial officials")
    a.s("The Guangdong Department of Commerce said in a notice posted on its website that applications for the subsidies would open on Sept 1.",
        CN, ["applications for the subsidies would open on Sept 1"], "document: notice, provincial department")
    return a


ARTICLES = [a81, a82, a83, a84, a85, a86, a87, a88]

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    for f in ARTICLES:
        name, words = write_article(f(), out)
        print(name, words)
