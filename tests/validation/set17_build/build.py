"""Build articles 137-144 (split "untouched") and their gold.

One function per article.  Every sentence is written with its gold label right
under it (a.s(text, sides, content, note)); every quotation record follows the
sentence in which it opens (a.q / a.title / a.scare).
"""
import os
import sys

from lib import Article, N, CN, US, BOTH, Q, write_article

HERE = os.path.dirname(os.path.abspath(__file__))

MOFCOM = "China's Ministry of Commerce"
MFA = "Chinese Foreign Ministry"


# ---------------------------------------------------------------------------
def a137():
    a = Article(137, "nikkei_analog_chip_probe",
                "Nikkei Asia business news: 'TOKYO -- ' dateline, typographic quotes, U.S. with periods, companies and analysts, both governments")
    a.head("Japan’s chip toolmakers caught in crossfire as Beijing hits back at US curbs",
           N, [], "headline reports measures (acts), no claim")

    a.p()
    a.s("TOKYO -- Shares of Japanese chip equipment makers slid on Wednesday after China’s Ministry of Commerce said it would open an anti-dumping investigation into analog chips made in the U.S., a day after Washington added 14 Chinese companies to its trade blacklist.",
        CN, ["it would open an anti-dumping investigation into analog chips made in the U.S."],
        "measure reported as speech (said it would open); the blacklisting is an act")

    a.p()
    a.s("The probe, which the ministry said was launched at the request of domestic producers, will cover chips used in cars, power grids and industrial machinery.",
        CN, ["was launched at the request of domestic producers"],
        "relative clause carries the ministry's claim")

    a.p()
    a.s("“The U.S. side has repeatedly abused export control measures and politicized economic and trade issues,” the ministry said in a statement posted on its website.",
        CN, ["The U.S. side has repeatedly abused export control measures and politicized economic and trade issues"],
        "quotation, role noun 'the ministry' = MOFCOM")
    a.q("The U.S. side has repeatedly abused export control measures and politicized economic and trade issues,",
        "the ministry", MOFCOM, "China")
    a.s("“China will take necessary measures to firmly safeguard its legitimate rights and interests.”",
        CN, ["China will take necessary measures to firmly safeguard its legitimate rights and interests"],
        "continues the ministry's quotation")
    a.q("China will take necessary measures to firmly safeguard its legitimate rights and interests.",
        "the ministry", MOFCOM, "China", "second pair, speaker carried from previous sentence")

    a.p()
    a.s("The U.S. Commerce Department on Tuesday placed the 14 companies, including Shenzhen-based memory maker Qinghe Storage Technology, on its Entity List, saying they had supported China’s military modernization.",
        US, ["they had supported China’s military modernization"],
        "act plus 'saying' clause = claim")

    a.p()
    a.s("Washington also widened its rules on foreign-made equipment that contains American technology, a change that could reach tools made in Japan and the Netherlands.",
        N, [], "act; 'could reach' is the reporter's assessment")

    a.p()
    a.s("“These rules are narrowly tailored to protect our national security, not to hold back China’s economy,” said Douglas Brandt, the department’s under secretary for industry and security, on a call with reporters.",
        US, ["These rules are narrowly tailored to protect our national security, not to hold back China’s economy"],
        "speaker after the quotation with an apposition naming the Commerce Department")
    a.q("These rules are narrowly tailored to protect our national security, not to hold back China’s economy,",
        "Douglas Brandt", "Douglas Brandt, U.S. Commerce Department under secretary for industry and security", "United States")
    a.s("He said the department had consulted “closely” with allies, including Japan, before announcing the measures.",
        US, ["the department had consulted “closely” with allies, including Japan, before announcing the measures"],
        "pronoun whose referent (Brandt) is in the previous sentence")
    a.q("closely", "He", "Douglas Brandt", "United States", "one-word partial quotation of his speech, not a scare quote")

    a.p()
    a.s("Beijing says the curbs amount to “technological bullying” of Chinese firms, while Washington insists they target only military end users.",
        BOTH, ["the curbs amount to “technological bullying” of Chinese firms", "they target only military end users"],
        "two attributions")
    a.q("technological bullying", "Beijing", "Chinese government", "China")

    a.p()
    a.s("Tokyo-listed Sorano Electron fell 6.2% and Hakuba Materials, which supplies photoresists to Chinese fabs, lost 4.8%.",
        N, [], "market narration")

    a.p()
    a.s("Sorano, which earns roughly a third of its revenue in China, said in a filing that it was “assessing the impact” of the U.S. rules and did not plan to revise its full-year forecast for now.",
        N, [], "a company is no side")
    a.q("assessing the impact", "Sorano", "Sorano Electron (company)", "other")

    a.p()
    a.s("The company and Qinghe signed a memorandum on joint development in April, but the document was a statement of intent rather than a binding contract, and no equipment has been shipped under it.",
        N, [], "'statement of intent' looks like a cue but is narration")

    a.p()
    a.s("“Beijing is picking a sector where American firms depend heavily on Chinese customers,” said Mei Lindqvist, a semiconductor analyst at Halvorsen Research in Singapore.",
        N, [], "analyst, no side")
    a.q("Beijing is picking a sector where American firms depend heavily on Chinese customers,",
        "Mei Lindqvist", "Mei Lindqvist, analyst at Halvorsen Research", "other")
    a.s("“Analog chips are not cutting edge, but U.S. makers sell a great many of them in China, and they are easy to replace with local products.”",
        N, [], "continues the analyst's quotation")
    a.q("Analog chips are not cutting edge, but U.S. makers sell a great many of them in China, and they are easy to replace with local products.",
        "Mei Lindqvist", "Mei Lindqvist, analyst at Halvorsen Research", "other", "speaker carried from previous sentence")

    a.p()
    a.s("Chinese Foreign Ministry spokesperson Gao Ruiming told a regular news conference in Beijing that Washington should “stop overstretching the concept of national security” and said the blacklisting also hurt companies in third countries.",
        CN, ["Washington should “stop overstretching the concept of national security”", "the blacklisting also hurt companies in third countries"],
        "two reported clauses")
    a.q("stop overstretching the concept of national security", "Gao Ruiming",
        "Gao Ruiming, Chinese Foreign Ministry spokesperson", "China")

    a.p()
    a.s("Japan’s Ministry of Economy, Trade and Industry said it was studying the U.S. rules and would “respond appropriately” after consulting Washington.",
        N, [], "Japan is a third party")
    a.q("respond appropriately", "Japan’s Ministry of Economy, Trade and Industry",
        "Japan's Ministry of Economy, Trade and Industry", "other")

    a.p()
    a.s("China imported $3.1 billion worth of analog chips from the U.S. last year, according to data from China’s General Administration of Customs.",
        Q, [], "statistic credited to Chinese customs data, no stance")

    a.p()
    a.s("A person familiar with the Commerce Department’s thinking said more Chinese companies could be added to the list before the end of the year.",
        N, [], "'people familiar with the matter' are no side, even about a US body")
    return a


# ---------------------------------------------------------------------------
def a138():
    a = Article(138, "cnn_exit_ban_banker",
                "CNN online: 'Hong Kong (CNN) — ' dateline, typographic quotes, foreign ministry briefing, White House statement, outside experts")
    a.head("China says exit ban on American banker is ‘lawful’ as White House calls it ‘arbitrary’",
           BOTH, ["exit ban on American banker is ‘lawful’", "it ‘arbitrary’"],
           "headline single marks; speakers are the clause subjects")
    a.q("lawful", "China", MFA, "China", "headline single marks")
    a.q("arbitrary", "White House", "White House", "United States", "headline single marks")

    a.p()
    a.s("Hong Kong (CNN) — China’s Foreign Ministry on Tuesday defended a decision to bar an American investment banker from leaving the country, saying the measure was “in accordance with the law” and tied to a criminal investigation.",
        CN, ["the measure was “in accordance with the law” and tied to a criminal investigation"],
        "defending + saying clause")
    a.q("in accordance with the law", "China’s Foreign Ministry", MFA, "China")

    a.p()
    a.s("Daniel Okafor, a managing director at New York-based Calder Ridge Partners, has been unable to leave Shanghai since early September, when border officers stopped him at Pudong International Airport, according to two people familiar with his case.",
        N, [], "'according to' a no-side source")

    a.p()
    a.s("“Mr. Okafor is suspected of involvement in a commercial fraud case, and the relevant authorities are handling it in accordance with the law,” ministry spokesperson Lin Jiaheng told a regular news briefing in Beijing.",
        CN, ["Mr. Okafor is suspected of involvement in a commercial fraud case, and the relevant authorities are handling it in accordance with the law"],
        "quotation before the cue")
    a.q("Mr. Okafor is suspected of involvement in a commercial fraud case, and the relevant authorities are handling it in accordance with the law,",
        "Lin Jiaheng", "Lin Jiaheng, Chinese Foreign Ministry spokesperson", "China")

    a.p()
    a.s("Lin, who did not say what the alleged fraud involved, added that China “welcomes foreign businesspeople” and protects their lawful rights and interests.",
        CN, ["China “welcomes foreign businesspeople” and protects their lawful rights and interests"],
        "surname alone; relative clause is the reporter's")
    a.q("welcomes foreign businesspeople", "Lin", "Lin Jiaheng", "China")

    a.p()
    a.s("The White House rejected that account in a statement late Tuesday, calling the exit ban “arbitrary” and demanding that Okafor be allowed to return home.",
        US, ["rejected that account", "the exit ban “arbitrary”", "Okafor be allowed to return home"],
        "rejecting a claim is a claim; calling; demanding")
    a.q("arbitrary", "The White House", "White House", "United States")

    a.p()
    a.s("“The use of exit bans against American citizens as bargaining chips is unacceptable,” the statement said.",
        US, ["The use of exit bans against American citizens as bargaining chips is unacceptable"],
        "document noun as speaker")
    a.q("The use of exit bans against American citizens as bargaining chips is unacceptable,",
        "the statement", "White House (statement)", "United States")
    a.s("“We have raised Mr. Okafor’s case at the highest levels, and we will continue to do so until he is home with his family.”",
        US, ["We have raised Mr. Okafor’s case at the highest levels, and we will continue to do so until he is home with his family"],
        "continues the statement")
    a.q("We have raised Mr. Okafor’s case at the highest levels, and we will continue to do so until he is home with his family.",
        "the statement", "White House (statement)", "United States")

    a.p()
    a.s("A National Security Council spokesperson, speaking on condition of anonymity under White House briefing rules, said the administration was reviewing whether to raise its travel advisory for China.",
        US, ["the administration was reviewing whether to raise its travel advisory for China"],
        "unnamed official with a US body in the title; apposition between speaker and verb")

    a.p()
    a.s("The State Department’s current advisory already urges Americans to “reconsider non-essential business travel” to mainland China, citing what it calls the “unpredictable application of local laws,” including exit bans.",
        US, ["to “reconsider non-essential business travel” to mainland China", "the “unpredictable application of local laws,” including exit bans"],
        "document of a US body; urges X to: infinitive clause; citing")
    a.q("reconsider non-essential business travel", "The State Department’s current advisory", "U.S. State Department (travel advisory)", "United States")
    a.q("unpredictable application of local laws,", "it", "U.S. State Department (travel advisory)", "United States")

    a.p()
    a.s("Calder Ridge said in a brief statement that it was “deeply concerned” for its colleague and was cooperating with authorities in both countries.",
        N, [], "company, no side")
    a.q("deeply concerned", "Calder Ridge", "Calder Ridge Partners (company)", "other")

    a.p()
    a.s("CNN has reached out to Shanghai police for comment.", N, [], "narrator")

    a.p()
    a.s("The case comes as Washington and Beijing try to steady relations ahead of a planned round of trade talks in Geneva next month.",
        N, [], "narrator background")

    a.p()
    a.s("Experts said the timing was unlikely to be a coincidence.", N, [], "experts, no side")

    a.p()
    a.s("“Exit bans have become a quiet instrument of pressure,” said Rachel Tam, a specialist in Chinese law at Westbrook University.",
        N, [], "university scholar, no side")
    a.q("Exit bans have become a quiet instrument of pressure,", "Rachel Tam",
        "Rachel Tam, Westbrook University", "other")
    a.s("“They are rarely announced, they are hard to challenge in court, and they send a message to every foreign company with staff in China.”",
        N, [], "continues Tam's quotation")
    a.q("They are rarely announced, they are hard to challenge in court, and they send a message to every foreign company with staff in China.",
        "Rachel Tam", "Rachel Tam, Westbrook University", "other", "speaker carried from previous sentence")

    a.p()
    a.s("Another expert, Wu Shenglan of the Lakeshore Institute, a Washington think tank, said both governments had “every incentive to settle this quietly before Geneva.”",
        N, [], "think tank, no side, although the claim is about both governments")
    a.q("every incentive to settle this quietly before Geneva.", "Wu Shenglan",
        "Wu Shenglan, Lakeshore Institute", "other")

    a.p()
    a.s("Beijing has previously said that such cases are a matter of “judicial sovereignty” and that foreign governments should not interfere.",
        CN, ["such cases are a matter of “judicial sovereignty”", "foreign governments should not interfere"],
        "two that-clauses")
    a.q("judicial sovereignty", "Beijing", "Chinese government", "China")

    a.p()
    a.s("CNN’s Priya Ramanathan contributed reporting from Washington.", N, [], "credit line")
    return a


# ---------------------------------------------------------------------------
def a139():
    a = Article(139, "reuters_pratas_coast_guard",
                "Reuters: 'TAIPEI, Oct 21 (Reuters) - ' dateline, typographic quotes, British spelling, Taiwan government, TAO and State Department spokespeople, sign-off")
    a.head("China calls US arms sale to Taiwan ‘dangerous’, sends coast guard to Pratas",
           CN, ["US arms sale to Taiwan ‘dangerous’"],
           "headline single marks; sending ships is an act")
    a.q("dangerous", "China", "Taiwan Affairs Office (Chinese government)", "China", "headline single marks")

    a.p()
    a.s("TAIPEI, Oct 21 (Reuters) - China sent coast guard ships into waters around the Taiwan-controlled Pratas Islands on Tuesday, Taiwan’s government said, a day after Washington approved a $1.8 billion sale of air defence missiles to the island.",
        N, [], "attributed to Taiwan's government, a third party; approval is an act")

    a.p()
    a.s("Four Chinese coast guard vessels entered the restricted waters around Pratas, known in China as Dongsha, early on Tuesday and left after about three hours, Taiwan’s Ocean Affairs Council said in a statement.",
        N, [], "third party source")

    a.p()
    a.s("“This is a deliberate act of intimidation aimed at the people of Taiwan,” the council said, adding that its ships had “monitored and driven away” the Chinese vessels.",
        N, [], "Taiwan's Ocean Affairs Council, no side")
    a.q("This is a deliberate act of intimidation aimed at the people of Taiwan,", "the council",
        "Taiwan's Ocean Affairs Council", "other")
    a.q("monitored and driven away", "the council", "Taiwan's Ocean Affairs Council", "other")

    a.p()
    a.s("Peng Qingyuan, a spokesperson for China’s Taiwan Affairs Office, told reporters in Beijing that the patrols were “normal law enforcement activities” in waters under Chinese jurisdiction.",
        CN, ["the patrols were “normal law enforcement activities” in waters under Chinese jurisdiction"],
        "apposition between speaker and verb")
    a.q("normal law enforcement activities", "Peng Qingyuan",
        "Peng Qingyuan, Taiwan Affairs Office spokesperson", "China")

    a.p()
    a.s("“The United States is using Taiwan to contain China, and the Democratic Progressive Party authorities are willing to serve as its pawn,” Peng said.",
        CN, ["The United States is using Taiwan to contain China, and the Democratic Progressive Party authorities are willing to serve as its pawn"],
        "surname alone")
    a.q("The United States is using Taiwan to contain China, and the Democratic Progressive Party authorities are willing to serve as its pawn,",
        "Peng", "Peng Qingyuan", "China")
    a.s("“Those who play with fire will only get burned.”",
        CN, ["Those who play with fire will only get burned"], "continues Peng's quotation")
    a.q("Those who play with fire will only get burned.", "Peng", "Peng Qingyuan", "China",
        "speaker carried from previous sentence")

    a.p()
    a.s("He called the arms sale “extremely dangerous” and urged Washington to “stop arming Taiwan in any form” and to honour its commitments.",
        CN, ["the arms sale “extremely dangerous”", "to “stop arming Taiwan in any form” and to honour its commitments"],
        "pronoun -> Peng; calls X Y (small clause); urged X to (infinitive clause)")
    a.q("extremely dangerous", "He", "Peng Qingyuan", "China")
    a.q("stop arming Taiwan in any form", "He", "Peng Qingyuan", "China")

    a.p()
    a.s("The package, which the U.S. Defense Security Cooperation Agency said would strengthen Taiwan’s “capacity to defend its airspace against evolving threats” and support regional stability, includes 120 missiles and three radar systems.",
        US, ["would strengthen Taiwan’s “capacity to defend its airspace against evolving threats” and support regional stability"],
        "relative clause carries a US agency's claim")
    a.q("capacity to defend its airspace against evolving threats", "the U.S. Defense Security Cooperation Agency",
        "U.S. Defense Security Cooperation Agency", "United States")

    a.p()
    a.s("A State Department spokesperson, Melissa Carrow, said in an emailed response to Reuters that Washington’s Taiwan policy had not changed and that the sale was consistent with the Taiwan Relations Act.",
        US, ["Washington’s Taiwan policy had not changed", "the sale was consistent with the Taiwan Relations Act"],
        "name in apposition between role and verb")

    a.p()
    a.s("“We urge Beijing to cease its military, diplomatic and economic pressure against Taiwan and instead engage in meaningful dialogue,” she said.",
        US, ["We urge Beijing to cease its military, diplomatic and economic pressure against Taiwan and instead engage in meaningful dialogue"],
        "pronoun -> Carrow (previous paragraph)")
    a.q("We urge Beijing to cease its military, diplomatic and economic pressure against Taiwan and instead engage in meaningful dialogue,",
        "she", "Melissa Carrow, State Department spokesperson", "United States")

    a.p()
    a.s("Carrow and a Pentagon spokesperson both said the United States was “closely monitoring” the situation around Pratas.",
        US, ["the United States was “closely monitoring” the situation around Pratas"],
        "'X and Y said', both US")
    a.q("closely monitoring", "Carrow and a Pentagon spokesperson",
        "Melissa Carrow (State Department) and a Pentagon spokesperson", "United States")

    a.p()
    a.s("Taiwan’s presidential office said the island would not be “coerced into submission” and thanked Washington for its support.",
        N, [], "Taiwan's government, third party")
    a.q("coerced into submission", "Taiwan’s presidential office", "Taiwan's presidential office", "other")

    a.p()
    a.s("Taiwan’s defence ministry said it had detected 23 Chinese military aircraft and seven navy ships around the island in the 24 hours to 6 a.m. (2200 GMT on Monday).",
        N, [], "a third party's figures are no side, not '?' (not a Chinese or US agency)")

    a.p()
    a.s("China views democratically governed Taiwan as its own territory and has never renounced the use of force to bring the island under its control.",
        CN, ["democratically governed Taiwan as its own territory"],
        "stance verb 'views' reports China's claim; 'never renounced' is the reporter's")

    a.p()
    a.s("Taiwan’s government rejects Beijing’s sovereignty claims, saying only the island’s people can decide their future.",
        N, [], "third party; 'Beijing's sovereignty claims' is a noun, not a report of China's words")

    a.p()
    a.s("The atoll lies about 310 km (190 miles) southeast of Hong Kong and is guarded by Taiwanese coast guard personnel.",
        N, [], "narrator")

    a.p()
    a.s("(Reporting by Lin Yu-wen and Ben Hartley in Taipei; Additional reporting by Zhou Min in Beijing and Daphne Kerr in Washington; Editing by Clare Fennimore)",
        N, [], "sign-off")
    return a


# ---------------------------------------------------------------------------
def a140():
    a = Article(140, "afp_soybean_suspension",
                "AFP: 'Beijing (AFP) - ' dateline, typographic quotes, British spelling, Chinese embassy statement, US senator, analysts 'told AFP'")
    a.head("China halts soybean imports from three US exporters as trade row deepens",
           N, [], "headline reports a measure")

    a.p()
    a.s("Beijing (AFP) - China on Monday suspended soybean imports from three American exporters, citing pest contamination, in a move analysts said was aimed squarely at US farm states ahead of new trade talks.",
        CN, ["pest contamination"],
        "measure plus 'citing' = claim; the analysts' view is no side")

    a.p()
    a.s("The General Administration of Customs said in a notice that it had found “quarantine pests” in several shipments from the companies, which it did not name, and that imports would stay suspended “until the problems are rectified” by US authorities.",
        CN, ["it had found “quarantine pests” in several shipments from the companies", "imports would stay suspended “until the problems are rectified” by US authorities"],
        "two that-clauses; 'which it did not name' is the reporter's")
    a.q("quarantine pests", "The General Administration of Customs", "China's General Administration of Customs", "China")
    a.q("until the problems are rectified", "The General Administration of Customs", "China's General Administration of Customs", "China")

    a.p()
    a.s("The customs notice did not identify the pests, and the claims could not be independently verified.",
        N, [], "document noun and 'the claims' without a reported claim")

    a.p()
    a.s("“The decision is a normal measure to protect the safety of China’s agriculture and has nothing to do with the trade consultations,” the Chinese embassy in Washington said in a statement.",
        CN, ["The decision is a normal measure to protect the safety of China’s agriculture and has nothing to do with the trade consultations"],
        "embassy statement")
    a.q("The decision is a normal measure to protect the safety of China’s agriculture and has nothing to do with the trade consultations,",
        "the Chinese embassy in Washington", "Chinese Embassy in Washington", "China")

    a.p()
    a.s("“We hope the US side will view this matter objectively and refrain from politicising it,” it said.",
        CN, ["We hope the US side will view this matter objectively and refrain from politicising it"],
        "pronoun 'it' -> the embassy")
    a.q("We hope the US side will view this matter objectively and refrain from politicising it,",
        "it", "Chinese Embassy in Washington", "China")

    a.p()
    a.s("Trade negotiators from the two countries are due to meet in London next week, according to the statement.",
        CN, ["Trade negotiators from the two countries are due to meet in London next week"],
        "'according to' the embassy statement")

    a.p()
    a.s("But Senator Dale R. Whitcombe, a Republican from Iowa, the country’s second-largest soybean-producing state, called the explanation “a transparent pretext.”",
        US, ["the explanation", "a transparent pretext"],
        "member of Congress; title with an initial; apposition; calls X Y")
    a.q("a transparent pretext.", "Senator Dale R. Whitcombe", "Dale R. Whitcombe, US senator (Iowa)", "United States")

    a.p()
    a.s("“Beijing is punishing Iowa farmers for decisions made in Washington, and it is doing it with a fake health scare,” Whitcombe told reporters on Capitol Hill.",
        US, ["Beijing is punishing Iowa farmers for decisions made in Washington, and it is doing it with a fake health scare"],
        "surname alone; 'health scare' is not a scare quote")
    a.q("Beijing is punishing Iowa farmers for decisions made in Washington, and it is doing it with a fake health scare,",
        "Whitcombe", "Dale R. Whitcombe", "United States")

    a.p()
    a.s("He urged the administration to file a complaint at the World Trade Organization and to “stop treating farmers as collateral damage” in the trade war.",
        US, ["to file a complaint at the World Trade Organization and to “stop treating farmers as collateral damage” in the trade war"],
        "pronoun; urged X to: infinitive clause")
    a.q("stop treating farmers as collateral damage", "He", "Dale R. Whitcombe", "United States")

    a.p()
    a.s("The US Department of Agriculture said it was “working with the companies and Chinese authorities” to resolve the matter.",
        US, ["it was “working with the companies and Chinese authorities” to resolve the matter"], "US agency")
    a.q("working with the companies and Chinese authorities", "The US Department of Agriculture",
        "US Department of Agriculture", "United States")

    a.p()
    a.s("China bought 22.1 million tonnes of US soybeans last year, about a fifth of its total soybean imports, according to Chinese customs data.",
        Q, [], "statistic credited to a state agency's data, no stance")

    a.p()
    a.s("Analysts said the choice of weapon was telling.", N, [], "analysts, no side")

    a.p()
    a.s("“The message is clear: Beijing can hurt the farm belt without announcing a single new tariff,” said Huang Peiwen, an economist at Kowloon Bay Securities in Hong Kong.",
        N, [], "economist at a company")
    a.q("The message is clear: Beijing can hurt the farm belt without announcing a single new tariff,",
        "Huang Peiwen", "Huang Peiwen, Kowloon Bay Securities", "other")

    a.p()
    a.s("“Both sides want to show strength before London, but neither wants the talks to collapse,” Claire Dumont, a China researcher at the Paris-based Centre Lysandre for Asian Studies, told AFP.",
        N, [], "think tank; apposition between speaker and verb")
    a.q("Both sides want to show strength before London, but neither wants the talks to collapse,",
        "Claire Dumont", "Claire Dumont, Centre Lysandre for Asian Studies", "other")

    a.p()
    a.s("Washington raised tariffs on Chinese electric vehicles and solar components last month, and Beijing’s commerce ministry said at the time that it would respond “resolutely” to protect Chinese companies.",
        CN, ["it would respond “resolutely” to protect Chinese companies"],
        "first clause an act, second a claim")
    a.q("resolutely", "Beijing’s commerce ministry", MOFCOM, "China")

    a.p()
    a.s("Beijing rejected a US invitation to hold vice-ministerial talks on agriculture in September.",
        N, [], "rejecting an invitation is an act")
    return a


# ---------------------------------------------------------------------------
def a141():
    a = Article(141, "peoples_daily_port_fees",
                "People's Daily Online: 'BEIJING, Nov. 18 (People’s Daily Online) -- ' dateline, typographic quotes, reports its own Zhong Sheng commentary and a foreign ministry spokesperson")
    PD = "People's Daily (Zhong Sheng commentary)"
    a.head("People’s Daily commentary slams US port fees as ‘unilateral bullying’",
           CN, ["US port fees as ‘unilateral bullying’"],
           "state media commentary in its own voice; headline single marks")
    a.q("unilateral bullying", "People’s Daily commentary", PD, "China", "headline single marks")

    a.p()
    a.s("BEIJING, Nov. 18 (People’s Daily Online) -- A commentary published in Tuesday’s People’s Daily said new US fees on Chinese-built and Chinese-operated ships “violate the basic principles of the multilateral trading system” and would raise shipping costs for consumers around the world.",
        CN, ["new US fees on Chinese-built and Chinese-operated ships “violate the basic principles of the multilateral trading system” and would raise shipping costs for consumers around the world"],
        "state media's own commentary = China")
    a.q("violate the basic principles of the multilateral trading system", "A commentary", PD, "China")

    a.p()
    a.s("The article was signed Zhong Sheng, a pen name the newspaper uses for its commentaries on international affairs.",
        N, [], "own outlet's unattributed narration")

    a.p()
    a.s("“Washington claims to be defending fair competition, but what it is really defending is its monopoly on the rules,” the commentary said, calling the fees “unilateral bullying” dressed up as trade policy.",
        CN, ["Washington claims to be defending fair competition, but what it is really defending is its monopoly on the rules", "the fees “unilateral bullying” dressed up as trade policy"],
        "the US claim exists only inside China's words: China alone")
    a.q("Washington claims to be defending fair competition, but what it is really defending is its monopoly on the rules,",
        "the commentary", PD, "China")
    a.q("unilateral bullying", "the commentary", PD, "China")

    a.p()
    a.s("It argued that the fees, which the Office of the US Trade Representative (USTR) says are meant to revive American shipbuilding, would do little for US shipyards and much to disrupt global supply chains.",
        BOTH, ["the fees", "would do little for US shipyards and much to disrupt global supply chains", "are meant to revive American shipbuilding"],
        "pronoun -> commentary (China); relative clause reports USTR (US)")

    a.p()
    a.s("“History has shown again and again that pressure and threats do not work on the Chinese people,” the article continued.",
        CN, ["History has shown again and again that pressure and threats do not work on the Chinese people"],
        "document noun 'the article'")
    a.q("History has shown again and again that pressure and threats do not work on the Chinese people,",
        "the article", PD, "China")
    a.s("“China does not seek confrontation, but it is not afraid of it.",
        CN, ["China does not seek confrontation, but it is not afraid of it"],
        "opens a quotation that runs on into the next paragraph")
    a.q("China does not seek confrontation, but it is not afraid of it. The door to dialogue remains open. Whether Washington walks through it is a choice for Washington.",
        "the article", PD, "China", "run-on over two paragraphs")

    a.p()
    a.s("“The door to dialogue remains open.",
        CN, ["The door to dialogue remains open"], "run-on continuation (reopening mark)")
    a.s("Whether Washington walks through it is a choice for Washington.”",
        CN, ["Whether Washington walks through it is a choice for Washington"], "run-on continuation")

    a.p()
    a.s("At a regular press conference on Monday, Foreign Ministry spokesperson Shen Liwei said China firmly opposed the fees and would “take all necessary measures” to protect the legitimate rights of Chinese companies.",
        CN, ["China firmly opposed the fees and would “take all necessary measures” to protect the legitimate rights of Chinese companies"],
        "ministry spokesperson")
    a.q("take all necessary measures", "Shen Liwei", "Shen Liwei, Chinese Foreign Ministry spokesperson", "China")

    a.p()
    a.s("“The US side should correct its wrong practices immediately,” Shen said, “and stop politicizing normal economic and trade cooperation.”",
        CN, ["The US side should correct its wrong practices immediately", "and stop politicizing normal economic and trade cooperation"],
        "split quotation: two records, one speaker")
    a.q("The US side should correct its wrong practices immediately,", "Shen", "Shen Liwei", "China", "split quotation, part 1")
    a.q("and stop politicizing normal economic and trade cooperation.", "Shen", "Shen Liwei", "China", "split quotation, part 2")

    a.p()
    a.s("Asked about a media report that Washington was preparing further measures against Chinese logistics firms, Shen said she had “no information” to offer.",
        CN, ["she had “no information” to offer"],
        "'a media report that' is no side's claim")
    a.q("no information", "Shen", "Shen Liwei", "China")

    a.p()
    a.s("According to the USTR, the fees will take effect in mid-December and rise in stages over three years.",
        US, ["the fees will take effect in mid-December and rise in stages over three years"],
        "'according to' a US body")

    a.p()
    a.s("China’s shipbuilding completions rose 18.2 percent year on year in the first 10 months, according to the Ministry of Industry and Information Technology.",
        Q, [], "statistic credited to a state agency, no stance")

    a.p()
    a.s("“The fees punish shippers and cargo owners everywhere, including in the United States,” said Tang Hui, a researcher at the Waterborne Transport Economics Institute under the Ministry of Transport.",
        CN, ["The fees punish shippers and cargo owners everywhere, including in the United States"],
        "research institute under a ministry takes its side")
    a.q("The fees punish shippers and cargo owners everywhere, including in the United States,",
        "Tang Hui", "Tang Hui, Waterborne Transport Economics Institute (Ministry of Transport)", "China")

    a.p()
    a.s("Tang said shipping lines had already begun moving Chinese-built vessels off US routes, a shift that he said would raise freight rates on trans-Pacific lanes.",
        CN, ["shipping lines had already begun moving Chinese-built vessels off US routes", "would raise freight rates on trans-Pacific lanes"],
        "surname alone; second claim in a relative clause")

    a.p()
    a.s("Several European and Asian shipping associations have also criticized the fees.",
        N, [], "industry groups, no side")
    return a


# ---------------------------------------------------------------------------
def a142():
    a = Article(142, "pentagon_briefing_intercept",
                "DoD News briefing write-up: 'WASHINGTON, Sept. 12, 2024 — ' dateline, straight quotes, press secretary, transcript excerpt (Q:/MR. ROURKE:)")
    RK = "Kellan Rourke, Pentagon press secretary"
    a.head("Pentagon Says Chinese Jet's 'Unsafe' Intercept Shows Need for Military Talks",
           US, ["Chinese Jet's 'Unsafe' Intercept Shows Need for Military Talks"],
           "headline single marks, speaker = subject (Pentagon)")
    a.q("Unsafe", "Pentagon", "U.S. Department of Defense", "United States", "headline single marks")

    a.p()
    a.s("WASHINGTON, Sept. 12, 2024 — A Chinese J-15 fighter jet flew within 30 feet of a U.S. Navy P-8A Poseidon patrol aircraft over the East China Sea on Tuesday in what Pentagon Press Secretary Kellan Rourke today called \"an unsafe and unprofessional intercept.\"",
        US, ["an unsafe and unprofessional intercept"],
        "'in what X called' carries the claim")
    a.q("an unsafe and unprofessional intercept.", "Pentagon Press Secretary Kellan Rourke", RK, "United States")

    a.p()
    a.s("\"The PLA pilot's maneuvers put the lives of our aircrew at risk,\" Rourke told reporters at the Pentagon.",
        US, ["The PLA pilot's maneuvers put the lives of our aircrew at risk"], "surname alone")
    a.q("The PLA pilot's maneuvers put the lives of our aircrew at risk,", "Rourke", RK, "United States")
    a.s("\"We have raised our concerns directly with the PLA through the appropriate channels.\"",
        US, ["We have raised our concerns directly with the PLA through the appropriate channels"], "continues Rourke")
    a.q("We have raised our concerns directly with the PLA through the appropriate channels.", "Rourke", RK, "United States",
        "speaker carried from previous sentence")

    a.p()
    a.s("China's Ministry of National Defense said Wednesday that the P-8A had been conducting \"close-in reconnaissance\" near China's coast and that the Chinese pilot had acted \"professionally and in accordance with the law.\"",
        CN, ["the P-8A had been conducting \"close-in reconnaissance\" near China's coast", "the Chinese pilot had acted", "professionally and in accordance with the law"],
        "two that-clauses; the second ends in the quotation")
    a.q("close-in reconnaissance", "China's Ministry of National Defense", "China's Ministry of National Defense", "China")
    a.q("professionally and in accordance with the law.", "China's Ministry of National Defense", "China's Ministry of National Defense", "China")

    a.p()
    a.s("Rourke rejected that characterization.", US, ["rejected that characterization"],
        "rejecting a claim is a claim")

    a.p()
    a.s("The following is an excerpt from the briefing transcript:", N, [], "narrator")

    a.p()
    a.s("Q: Kellan, China's defense ministry says the aircraft was spying near its coast.",
        CN, ["the aircraft was spying near its coast"],
        "transcript: a reporter relays China's claim; the reporter is no side, the claim is China's")
    a.s("What's your response?", N, [], "reporter's question")

    a.p()
    a.s("MR. ROURKE: The aircraft was operating in international airspace, as U.S. aircraft have done routinely for decades.",
        US, ["The aircraft was operating in international airspace, as U.S. aircraft have done routinely for decades"],
        "transcript line of the press secretary")
    a.s("We will continue to fly, sail and operate wherever international law allows.",
        US, ["We will continue to fly, sail and operate wherever international law allows"], "transcript line continues")

    a.p()
    a.s("Q: Has the secretary asked to speak with his Chinese counterpart?", N, [], "reporter's question")

    a.p()
    a.s("MR. ROURKE: He has, and we're still waiting for a response.",
        US, ["He has, and we're still waiting for a response"], "transcript line")
    a.s("The PRC declined a similar request in June.",
        US, ["The PRC declined a similar request in June"],
        "an act verb, but spoken by the press secretary in the transcript")

    a.p()
    a.s("Rourke said open lines of communication between the two militaries were \"not a favor that one side does for the other,\" adding that the department had proposed a call between the commander of U.S. Indo-Pacific Command and the head of the PLA's Eastern Theater Command.",
        US, ["open lines of communication between the two militaries were", "not a favor that one side does for the other", "the department had proposed a call between the commander of U.S. Indo-Pacific Command and the head of the PLA's Eastern Theater Command"],
        "reported clause ending in a partial quotation; adding clause")
    a.q("not a favor that one side does for the other,", "Rourke", RK, "United States")

    a.p()
    a.s("A spokesperson for China's defense ministry, Senior Col. Fang Zhiyuan, said last month that Washington bore \"full responsibility\" for the chill in military ties.",
        CN, ["Washington bore \"full responsibility\" for the chill in military ties"],
        "rank abbreviation inside an apposition between role and verb")
    a.q("full responsibility", "Senior Col. Fang Zhiyuan", "Fang Zhiyuan, Chinese Ministry of National Defense spokesperson", "China")

    a.p()
    a.s("On another topic, Rourke confirmed that the Chinese aircraft carrier Shandong and three escort ships had sailed within 200 nautical miles of Guam over the weekend, which he described as \"not unexpected\" given the PLA's expanding operations.",
        US, ["the Chinese aircraft carrier Shandong and three escort ships had sailed within 200 nautical miles of Guam over the weekend", "\"not unexpected\" given the PLA's expanding operations"],
        "confirmed = speech; relative clause 'which he described as'")
    a.q("not unexpected", "he", RK, "United States")

    a.p()
    a.s("U.S. Indo-Pacific Command has recorded more than 180 coercive and risky intercepts by Chinese aircraft since 2021, according to department figures.",
        US, ["U.S. Indo-Pacific Command has recorded more than 180 coercive and risky intercepts by Chinese aircraft since 2021"],
        "a statistic WITH a stance ('coercive and risky') is the department's claim, not '?'")

    a.p()
    a.s("Rourke pointed reporters to the department's annual report to Congress, \"Military and Security Developments Involving the People's Republic of China,\" which he said documents that pattern in detail.",
        US, ["documents that pattern in detail"], "pointing is an act; 'which he said' is a claim; report title in marks")
    a.title("Military and Security Developments Involving the People's Republic of China,", "report title")

    a.p()
    a.s("He declined to say whether additional Navy ships would be sent to the region.",
        N, [], "declining to say reports no claim")
    return a


# ---------------------------------------------------------------------------
def a143():
    a = Article(143, "xinhua_npc_maritime_bill",
                "Xinhua English: 'BEIJING, July 25 (Xinhua) -- ' dateline, typographic quotes, NPC Foreign Affairs Committee spokesperson and foreign ministry spokesperson on a US House bill")
    NPC = "spokesperson of the NPC Foreign Affairs Committee"
    a.head("China’s top legislature says US maritime bill ‘seriously interferes’ in internal affairs",
           CN, ["US maritime bill ‘seriously interferes’ in internal affairs"], "headline single marks")
    a.q("seriously interferes", "China’s top legislature", NPC, "China", "headline single marks")

    a.p()
    a.s("BEIJING, July 25 (Xinhua) -- A spokesperson for the Foreign Affairs Committee of the National People’s Congress (NPC) on Thursday expressed strong dissatisfaction with and firm opposition to the passage by the U.S. House of Representatives of the so-called “Chinese Maritime Militia Accountability Act.”",
        CN, ["strong dissatisfaction with and firm opposition to the passage by the U.S. House of Representatives"],
        "expressing opposition to a bill's passage is a stated stance (speech), not an act; bill name is a title")
    a.title("Chinese Maritime Militia Accountability Act.", "bill name, even after 'so-called'")

    a.p()
    a.s("The bill, which would impose sanctions on Chinese fishing companies and shipyards that U.S. lawmakers accuse of supporting a “maritime militia” in the South China Sea, “grossly interferes in China’s internal affairs and seriously violates international law and basic norms governing international relations,” the spokesperson said in a statement.",
        BOTH, ["grossly interferes in China’s internal affairs and seriously violates international law and basic norms governing international relations", "supporting a “maritime militia” in the South China Sea"],
        "China's quotation plus lawmakers' (US) accusation in a relative clause")
    a.scare("maritime militia", "Xinhua holds the US term at a distance")
    a.q("grossly interferes in China’s internal affairs and seriously violates international law and basic norms governing international relations,",
        "the spokesperson", NPC, "China")

    a.p()
    a.s("The spokesperson said Chinese fishermen operating in China’s waters were engaged in “normal production activities” and that the U.S. side had smeared them “out of ulterior motives.”",
        CN, ["Chinese fishermen operating in China’s waters were engaged in “normal production activities”", "the U.S. side had smeared them", "out of ulterior motives"],
        "role noun; two clauses")
    a.q("normal production activities", "The spokesperson", NPC, "China")
    a.q("out of ulterior motives.", "The spokesperson", NPC, "China")

    a.p()
    a.s("“We urge the U.S. Congress to stop pushing the bill forward, stop using the South China Sea issue to provoke confrontation, and stop undermining regional peace and stability,” the spokesperson said, adding that China would take “firm and forceful measures” if the bill became law.",
        CN, ["We urge the U.S. Congress to stop pushing the bill forward, stop using the South China Sea issue to provoke confrontation, and stop undermining regional peace and stability", "China would take “firm and forceful measures” if the bill became law"],
        "quotation plus adding clause")
    a.q("We urge the U.S. Congress to stop pushing the bill forward, stop using the South China Sea issue to provoke confrontation, and stop undermining regional peace and stability,",
        "the spokesperson", NPC, "China")
    a.q("firm and forceful measures", "the spokesperson", NPC, "China")

    a.p()
    a.s("Foreign Ministry spokesperson Ding Haoran, asked about the bill at a regular press briefing on Thursday, said the South China Sea was “not a tool” for the United States to contain China.",
        CN, ["the South China Sea was “not a tool” for the United States to contain China"],
        "participial phrase between speaker and verb")
    a.q("not a tool", "Ding Haoran", "Ding Haoran, Chinese Foreign Ministry spokesperson", "China")

    a.p()
    a.s("“The U.S. side has no right to point fingers at China’s legitimate activities in its own waters,” Ding said.",
        CN, ["The U.S. side has no right to point fingers at China’s legitimate activities in its own waters"], "surname alone")
    a.q("The U.S. side has no right to point fingers at China’s legitimate activities in its own waters,",
        "Ding", "Ding Haoran", "China")

    a.p()
    a.s("He noted that China and the member states of the Association of Southeast Asian Nations were negotiating a code of conduct in the South China Sea, and called on countries outside the region to “respect the efforts” of regional states to maintain peace.",
        CN, ["China and the member states of the Association of Southeast Asian Nations were negotiating a code of conduct in the South China Sea", "to “respect the efforts” of regional states to maintain peace"],
        "pronoun -> Ding; noted that; called on X to (infinitive clause)")
    a.q("respect the efforts", "He", "Ding Haoran", "China")

    a.p()
    a.s("According to the U.S. Congress website, the bill passed the House by 318 votes to 97 on Tuesday.",
        Q, [], "vote tally credited to a US state body's record, no stance")
    a.s("It still needs to be approved by the Senate and signed by the U.S. president before it can become law.",
        N, [], "narrator")

    a.p()
    a.s("Its sponsors have claimed that the measure will “counter Beijing’s gray-zone coercion” against U.S. allies.",
        US, ["the measure will “counter Beijing’s gray-zone coercion” against U.S. allies"],
        "the bill's sponsors are members of Congress; pronoun 'Its' -> the bill")
    a.q("counter Beijing’s gray-zone coercion", "Its sponsors", "sponsors of the bill in the U.S. House of Representatives", "United States")

    a.p()
    a.s("In a commentary on Wednesday, Xinhua said the bill exposed the “Cold War mentality” of some U.S. politicians and would only “poison the atmosphere” of China-U.S. relations.",
        CN, ["the bill exposed the “Cold War mentality” of some U.S. politicians and would only “poison the atmosphere” of China-U.S. relations"],
        "state media in its own voice (commentary) = China")
    a.q("Cold War mentality", "Xinhua", "Xinhua (commentary)", "China")
    a.q("poison the atmosphere", "Xinhua", "Xinhua (commentary)", "China")

    a.p()
    a.s("China has indisputable sovereignty over Nanhai Zhudao, the islands in the South China Sea, and their adjacent waters.",
        N, [], "the outlet's own unattributed narration is [] even when it states China's position")

    a.p()
    a.s("The NPC is China’s top legislature, and its Foreign Affairs Committee handles legislative matters related to foreign affairs.",
        N, [], "narrator background")
    return a


# ---------------------------------------------------------------------------
def a144():
    a = Article(144, "ap_water_utility_hackers",
                "AP: 'WASHINGTON (AP) — ' dateline, straight quotes, Justice Department indictment, prosecutors, FBI, Chinese Embassy emailed statement, contributor line")
    WH = "Marcus J. Wheeler, Assistant Attorney General (Justice Department)"
    EMB = "Chinese Embassy in Washington (statement)"
    a.head("US charges 5 Chinese hackers it says targeted water utilities for Beijing",
           US, ["targeted water utilities for Beijing"], "relative 'it says' clause in the headline")

    a.p()
    a.s("WASHINGTON (AP) — The Justice Department on Thursday unsealed charges against five Chinese nationals accused of breaking into the computer networks of American water utilities, a Texas university and a defense contractor on behalf of China's Ministry of State Security.",
        US, ["breaking into the computer networks of American water utilities, a Texas university and a defense contractor on behalf of China's Ministry of State Security"],
        "unsealing is an act; 'accused of' reports the department's accusation")

    a.p()
    a.s("The indictment, filed in federal court in Houston, alleges that the men worked for a Wuhan-based company, Jiangcheng Tiancheng Information Technology, that the ministry used as a front to hire hackers for pay.",
        US, ["the men worked for a Wuhan-based company, Jiangcheng Tiancheng Information Technology, that the ministry used as a front to hire hackers for pay"],
        "document noun as source")

    a.p()
    a.s("\"These defendants did not act alone, and they did not act on their own initiative,\" said Assistant Attorney General Marcus J. Wheeler, who leads the department's National Security Division.",
        US, ["These defendants did not act alone, and they did not act on their own initiative"],
        "title with an initial; speaker after the quotation with a relative clause")
    a.q("These defendants did not act alone, and they did not act on their own initiative,",
        "Assistant Attorney General Marcus J. Wheeler", WH, "United States")
    a.s("\"They were working for the Chinese government, and they were paid to do it.\"",
        US, ["They were working for the Chinese government, and they were paid to do it"], "continues Wheeler")
    a.q("They were working for the Chinese government, and they were paid to do it.",
        "Assistant Attorney General Marcus J. Wheeler", WH, "United States", "speaker carried from previous sentence")

    a.p()
    a.s("Wheeler said the hackers had stolen engineering plans and \"mapped the control systems\" of at least three water utilities, access that he said could have let them disrupt service \"at a moment of Beijing's choosing.\"",
        US, ["the hackers had stolen engineering plans and \"mapped the control systems\" of at least three water utilities", "could have let them disrupt service", "at a moment of Beijing's choosing"],
        "surname alone; nested 'he said'")
    a.q("mapped the control systems", "Wheeler", WH, "United States")
    a.q("at a moment of Beijing's choosing.", "he", WH, "United States")

    a.p()
    a.s("None of the five is in U.S. custody, and Justice Department officials said they were believed to be in China.",
        US, ["they were believed to be in China"], "officials with a US body in the title")

    a.p()
    a.s("The FBI's assistant director for cyber operations, Renee Castellano, said the bureau had notified more than 40 potential victims since the investigation began in 2022.",
        US, ["the bureau had notified more than 40 potential victims since the investigation began in 2022"],
        "name in apposition between title and verb")

    a.p()
    a.s("\"If you run critical infrastructure in this country, assume you are a target,\" Castellano said at a news conference.",
        US, ["If you run critical infrastructure in this country, assume you are a target"], "FBI official")
    a.q("If you run critical infrastructure in this country, assume you are a target,",
        "Castellano", "Renee Castellano, FBI assistant director", "United States")
    a.s("\"Patch your systems, and call us.\"",
        US, ["Patch your systems, and call us"], "continues Castellano")
    a.q("Patch your systems, and call us.", "Castellano", "Renee Castellano, FBI assistant director", "United States",
        "speaker carried from previous sentence")

    a.p()
    a.s("The State Department also announced rewards of up to $2 million each for information leading to the men's arrest.",
        N, [], "announcing a measure is an act")

    a.p()
    a.s("According to the indictment, one of the defendants, Xu Kaiyang, boasted in a 2023 chat message that he could \"turn off the water for a whole city.\"",
        US, ["one of the defendants, Xu Kaiyang, boasted in a 2023 chat message that he could", "turn off the water for a whole city"],
        "'according to' the indictment (US); the quoted words are the defendant's (other)")
    a.q("turn off the water for a whole city.", "Xu Kaiyang", "Xu Kaiyang (defendant, contractor employee)", "other",
        "quoted inside the indictment's claim; a private hacker is no side")

    a.p()
    a.s("Zhao Minghe, a spokesperson for the Chinese Embassy in Washington, said in an emailed statement that China \"firmly opposes and cracks down on hacking in every form\" and that the U.S. had made \"groundless accusations\" without evidence.",
        CN, ["China \"firmly opposes and cracks down on hacking in every form\"", "the U.S. had made \"groundless accusations\" without evidence"],
        "apposition between speaker and verb")
    a.q("firmly opposes and cracks down on hacking in every form", "Zhao Minghe",
        "Zhao Minghe, Chinese Embassy spokesperson", "China")
    a.q("groundless accusations", "Zhao Minghe", "Zhao Minghe, Chinese Embassy spokesperson", "China")

    a.p()
    a.s("\"The United States is the last country that should lecture others on cybersecurity,\" the statement said.",
        CN, ["The United States is the last country that should lecture others on cybersecurity"], "document noun -> embassy")
    a.q("The United States is the last country that should lecture others on cybersecurity,", "the statement", EMB, "China")
    a.s("\"It should stop politicizing cybersecurity issues and stop smearing China.\"",
        CN, ["It should stop politicizing cybersecurity issues and stop smearing China"], "continues the statement")
    a.q("It should stop politicizing cybersecurity issues and stop smearing China.", "the statement", EMB, "China",
        "speaker carried from previous sentence")

    a.p()
    a.s("The embassy did not respond to questions about the company named in the indictment.",
        N, [], "not responding reports no claim")

    a.p()
    a.s("The FBI and the Cybersecurity and Infrastructure Security Agency published a joint advisory, \"Securing Water Systems Against PRC State-Sponsored Intrusions,\" alongside the indictment.",
        N, [], "publishing is an act; advisory title in marks")
    a.title("Securing Water Systems Against PRC State-Sponsored Intrusions,", "advisory title")

    a.p()
    a.s("The case is the latest in a series of U.S. actions against what American officials call China's \"hack-for-hire\" industry.",
        US, ["China's \"hack-for-hire\" industry"], "'what X call Y': the officials' characterization")
    a.q("hack-for-hire", "American officials", "U.S. officials", "United States", "attributed term, not a scare quote")

    a.p()
    a.s("\"Indictments like this are mostly about naming and shaming,\" said Paul Ferrante, a former federal cybercrime prosecutor who now teaches at Lakemont University's law school.",
        N, [], "former official, no side")
    a.q("Indictments like this are mostly about naming and shaming,", "Paul Ferrante",
        "Paul Ferrante, former federal prosecutor, Lakemont University", "other")
    a.s("\"But they also make it harder for these people to travel, and that matters.\"",
        N, [], "continues Ferrante")
    a.q("But they also make it harder for these people to travel, and that matters.", "Paul Ferrante",
        "Paul Ferrante, former federal prosecutor, Lakemont University", "other", "speaker carried from previous sentence")

    a.p()
    a.s("Associated Press writer Dina Reyes in Beijing contributed to this report.", N, [], "contributor line")
    return a


ARTICLES = [a137, a138, a139, a140, a141, a142, a143, a144]


def main(outdir=HERE):
    for fn in ARTICLES:
        art = fn()
        txt, _ = write_article(art, outdir)
        with open(txt, encoding="utf-8") as f:
            words = len(f.read().split())
        print(f"{art.name}: {words} words, {sum(len(p) for p in art.paragraphs)} sentences, {len(art.quotations)} quotation records")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
