"""Build articles 65-72 (split "untouched") and their gold from one set of records.

One function per article; every sentence is written with its label right under it, and every
quotation record right under the sentence in which its opening mark stands.
Run: python3 build.py   (writes NN_slug.txt and NN_slug.gold.json into this folder)
"""
import os

from lib import Article, write_article, CN, US, BOTH, NONE, UND

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation: where the articles live (moved by the reviewer)

MOFCOM = "Ministry of Commerce of China"


# ---------------------------------------------------------------------------------------
def a65():
    a = Article(65, "reuters_ct_scanner_probe",
                "Reuters wire, datelined Beijing: ministry statement, people familiar, analysts, US response, sign-off")
    a.headline("China opens anti-dumping probe into US medical scanners, citing harm to local makers",
               CN, ["citing harm to local makers"], "headline: act plus 'citing' = China's claim")

    a.para()
    a.s("BEIJING, March 3 (Reuters) - China’s commerce ministry said on Monday it had launched an anti-dumping "
        "investigation into computed tomography (CT) scanners imported from the United States, the latest in a "
        "string of trade measures that have followed Washington’s tightening of chip export controls.",
        CN, ["it had launched an anti-dumping investigation into computed tomography (CT) scanners imported from "
             "the United States"],
        "an act reported as speech (said it had launched) is a claim; the 'latest in a string' tail is narrator")

    a.para()
    a.s("The Ministry of Commerce (MOFCOM) said in a statement that preliminary evidence showed US exporters had "
        "sold the machines in China below their normal value, causing “substantial damage” to domestic producers.",
        CN, ["preliminary evidence showed US exporters had sold the machines in China below their normal value, "
             "causing “substantial damage” to domestic producers"], "ministry statement, that-clause")
    a.q("substantial damage", "The Ministry of Commerce (MOFCOM)", MOFCOM, "China")

    a.para()
    a.s("“The investigating authority will conduct the investigation in an objective and fair manner and fully "
        "protect the rights of all interested parties,” the statement said.",
        CN, ["The investigating authority will conduct the investigation in an objective and fair manner and fully "
             "protect the rights of all interested parties"], "document noun as speaker: the statement = MOFCOM")
    a.q("The investigating authority will conduct the investigation in an objective and fair manner and fully "
        "protect the rights of all interested parties,", "the statement", MOFCOM, "China",
        "speaker is a document noun")

    a.para()
    a.s("The probe will cover imports made between January and December last year and is expected to conclude "
        "within 12 months, though it can be extended by six months, according to the notice.",
        CN, ["The probe will cover imports made between January and December last year and is expected to conclude "
             "within 12 months, though it can be extended by six months"],
        "'according to the notice' (the ministry's notice) is an attribution")

    a.para()
    a.s("US-made scanners accounted for about 31% of China’s CT imports by value in 2024, according to Chinese "
        "customs data.", UND, [], "statistic credited to a state agency's data, no stance")

    a.para()
    a.s("Two people familiar with the matter said the investigation was aimed mainly at Halvorsen Medical Systems "
        "and Brightline Imaging, which together sell more than 2,000 machines a year in China.",
        NONE, [], "people familiar with the matter: no side")
    a.s("Neither company responded to requests for comment.", NONE, [], "companies; no response")

    a.para()
    a.s("The US Commerce Department said it was reviewing the notice.",
        US, ["it was reviewing the notice"], "US department")
    a.s("A department spokesperson, who declined to be named because of the sensitivity of the matter, said "
        "Washington would “use every tool available” to defend American exporters against what she called "
        "“politically motivated” trade cases.",
        US, ["Washington would “use every tool available” to defend American exporters against what she called "
             "“politically motivated” trade cases"],
        "relative clause between speaker and verb; 'department' refers back to Commerce")
    a.q("use every tool available", "A department spokesperson", "US Commerce Department spokesperson",
        "United States")
    a.q("politically motivated", "she", "US Commerce Department spokesperson", "United States",
        "'what she called' - her own word, speech not scare")

    a.para()
    a.s("Beijing has repeatedly denied using trade remedies as a tool of retaliation, and the ministry said the "
        "case had been filed by domestic manufacturers in December.",
        CN, ["denied using trade remedies as a tool of retaliation",
             "the case had been filed by domestic manufacturers in December"],
        "denying a claim is a claim; second clause a ministry said-clause")

    a.para()
    a.s("“This is textbook signalling,” said Karen Voss, a trade lawyer at Meridian Hale in Shanghai.",
        NONE, [], "lawyer at a private firm: other; speaker after quotation with apposition")
    a.q("This is textbook signalling,", "Karen Voss", "Karen Voss (trade lawyer, Meridian Hale)", "other")
    a.s("“Beijing picks a sector where it has domestic champions ready to fill the gap, and it picks it the week "
        "after a US move.”", NONE, [], "continues Voss; 'Beijing' is her subject, not a speaker")
    a.q("Beijing picks a sector where it has domestic champions ready to fill the gap, and it picks it the week "
        "after a US move.", "Karen Voss", "Karen Voss (trade lawyer, Meridian Hale)", "other",
        "second pair, no new cue; same speaker")

    a.para()
    a.s("Voss said Chinese manufacturers such as the state-backed Jinhua United Medical had won a growing share of "
        "hospital tenders since a 2021 procurement policy steered public hospitals towards domestic equipment.",
        NONE, [], "surname alone = the lawyer; no side")

    a.para()
    a.s("Shares of Jinhua United rose 6.2% in Shanghai on Monday, while the benchmark index was flat.",
        NONE, [], "market narration")

    a.para()
    a.s("The ministry also said it would hold a public hearing if interested parties requested one, and invited "
        "US producers to register within 20 days.",
        CN, ["it would hold a public hearing if interested parties requested one"],
        "said-clause is China; 'invited ... to register' is an act, not content")

    a.para()
    a.s("Analysts at Orchard Bay Securities wrote in a note that the probe was “more a warning shot than a wall”, "
        "noting that preliminary duties, if any, were unlikely before the third quarter.",
        NONE, [], "analysts at a brokerage: other; comma outside the mark")
    a.q("more a warning shot than a wall", "Analysts at Orchard Bay Securities", "Orchard Bay Securities analysts",
        "other")

    a.para()
    a.s("Washington last month added 14 Chinese entities, including two medical-device makers, to its export "
        "control list, citing national security concerns.",
        US, ["citing national security concerns"], "act plus 'citing' = US claim")
    a.s("Beijing calls such listings an abuse of export controls, while Washington says they target only companies "
        "that supply the Chinese military.",
        BOTH, ["calls such listings an abuse of export controls",
               "they target only companies that supply the Chinese military"], "two attributions, one per side")

    a.para()
    a.s("(Reporting by Liang Wen and Tom Ashby in Beijing; Additional reporting by Dana Ruiz in Washington; "
        "Editing by Martin Keene)", NONE, [], "sign-off")
    return a


# ---------------------------------------------------------------------------------------
def a66():
    a = Article(66, "afp_visa_curbs_dissidents",
                "AFP wire, datelined Washington: State Department statement, anonymous officials, Chinese embassy response, rights group, initials sign-off")
    a.headline("US bars Chinese officials it accuses of hounding dissidents",
               US, ["accuses of hounding dissidents"], "relative clause with a claim verb (accuse)")

    a.para()
    a.s("Washington (AFP) - The United States on Tuesday imposed visa restrictions on Chinese officials it said "
        "were involved in intimidating dissidents and students on American soil, raising the pressure on Beijing "
        "weeks before a new round of trade talks.",
        US, ["were involved in intimidating dissidents and students on American soil"],
        "act, but 'it said were involved' embeds the US claim")

    a.para()
    a.s("“The United States will not tolerate efforts by any foreign government to harass, surveil or threaten "
        "people exercising their rights in this country,” State Department spokesman Thomas B. Whitcomb said in a "
        "statement.",
        US, ["The United States will not tolerate efforts by any foreign government to harass, surveil or threaten "
             "people exercising their rights in this country"], "title with an initial after the quotation")
    a.q("The United States will not tolerate efforts by any foreign government to harass, surveil or threaten "
        "people exercising their rights in this country,", "State Department spokesman Thomas B. Whitcomb",
        "Thomas B. Whitcomb (State Department spokesman)", "United States")

    a.para()
    a.s("The measures target officials of the Ministry of Public Security and provincial police bureaus who, "
        "according to the State Department, ran a campaign of threatening phone calls, pressure on relatives and "
        "online smears against at least 40 people in seven US states.",
        US, ["ran a campaign of threatening phone calls, pressure on relatives and online smears against at least "
             "40 people in seven US states"], "'according to' inside a relative clause; Chinese bodies are objects")

    a.para()
    a.s("Whitcomb did not say how many officials were affected, citing the confidentiality of visa records.",
        US, ["citing the confidentiality of visa records"], "surname alone; 'citing' reports a claim")

    a.para()
    a.s("A senior administration official, speaking to reporters on condition of anonymity, said the move was "
        "“not about the Chinese people” but about “a state apparatus that reaches into American living rooms.”",
        US, ["the move was “not about the Chinese people” but about “a state apparatus that reaches into American "
             "living rooms.”"], "anonymous official of the administration: US; participle between speaker and verb")
    a.q("not about the Chinese people", "A senior administration official", "senior US administration official",
        "United States")
    a.q("a state apparatus that reaches into American living rooms.", "A senior administration official",
        "senior US administration official", "United States")

    a.para()
    a.s("The official said the restrictions could be extended to family members and that the Treasury was "
        "weighing financial sanctions.",
        US, ["the restrictions could be extended to family members", "the Treasury was weighing financial sanctions"],
        "role noun 'the official'; two that-clauses")

    a.para()
    a.s("The Chinese embassy in Washington dismissed the accusations as “a fabrication through and through.”",
        CN, ["dismissed the accusations as “a fabrication through and through.”"],
        "dismissing a claim is a claim")
    a.q("a fabrication through and through.", "The Chinese embassy in Washington", "Embassy of China in Washington",
        "China")

    a.para()
    a.s("“China has never interfered and will never interfere in the internal affairs of other countries.",
        CN, ["China has never interfered and will never interfere in the internal affairs of other countries"],
        "quotation opens here, attribution in the next sentence")
    a.q("China has never interfered and will never interfere in the internal affairs of other countries. The "
        "so-called transnational repression is pure political manipulation,", "embassy spokesman Liu Pengfei",
        "Liu Pengfei (Chinese embassy spokesman)", "China", "one pair enclosing two sentences")
    a.s("The so-called transnational repression is pure political manipulation,” embassy spokesman Liu Pengfei "
        "said in an emailed statement to AFP.",
        CN, ["The so-called transnational repression is pure political manipulation"],
        "second sentence of the same quotation, with the cue")

    a.para()
    a.s("Liu said Chinese law enforcement agencies “strictly abide by international law” and accused Washington of "
        "“smearing China under the pretext of human rights.”",
        CN, ["Chinese law enforcement agencies “strictly abide by international law”",
             "accused Washington of “smearing China under the pretext of human rights.”"],
        "said-clause plus accuse")
    a.q("strictly abide by international law", "Liu", "Liu Pengfei (Chinese embassy spokesman)", "China")
    a.q("smearing China under the pretext of human rights.", "Liu", "Liu Pengfei (Chinese embassy spokesman)",
        "China")
    a.s("He urged the US side to “correct its mistakes” and revoke the restrictions, warning that China would take "
        "“resolute countermeasures.”",
        CN, ["to “correct its mistakes” and revoke the restrictions",
             "China would take “resolute countermeasures.”"], "pronoun He = Liu (previous sentence)")
    a.q("correct its mistakes", "He", "Liu Pengfei (Chinese embassy spokesman)", "China")
    a.q("resolute countermeasures.", "He", "Liu Pengfei (Chinese embassy spokesman)", "China")

    a.para()
    a.s("Beijing has long rejected accusations that it runs covert “police stations” abroad, describing such "
        "outlets as volunteer-run service centres for its citizens.",
        CN, ["rejected accusations that it runs covert “police stations” abroad",
             "describing such outlets as volunteer-run service centres for its citizens"],
        "rejecting accusations is a claim; the accusers are unnamed, so no US label")
    a.scare("police stations", "narrator holds the accusers' term at a distance")

    a.para()
    a.s("Rights groups welcomed the step.", NONE, [], "act by a non-state group")
    a.s("“Students have been told their parents will lose their jobs if they attend a vigil.",
        NONE, [], "advocacy group: other")
    a.q("Students have been told their parents will lose their jobs if they attend a vigil. That is what these visa "
        "bans are about,", "Wen Ruoxi", "Wen Ruoxi (director, Lantern Rights Project)", "other")
    a.s("That is what these visa bans are about,” said Wen Ruoxi, director of the Lantern Rights Project, a "
        "Washington-based advocacy group.", NONE, [], "speaker after the quotation with apposition")

    a.para()
    a.s("“The timing,” said Paul Deverell, a former State Department China desk officer now at the Harwell "
        "Institute, “suggests the administration wants leverage going into the trade round.”",
        NONE, [], "split quotation; a former official at a private think tank is no side")
    a.q("The timing,", "Paul Deverell", "Paul Deverell (former State Department officer, Harwell Institute)", "other")
    a.q("suggests the administration wants leverage going into the trade round.", "Paul Deverell",
        "Paul Deverell (former State Department officer, Harwell Institute)", "other")

    a.para()
    a.s("China’s Ministry of Commerce and the US Treasury have both said the talks, due to open in Geneva next month, "
        "will go ahead as planned.",
        BOTH, ["the talks, due to open in Geneva next month, will go ahead as planned"],
        "'X and Y said' with one body from each side = both")

    a.para()
    a.s("The embassy also turned down an invitation to discuss the cases with State Department officials, "
        "according to a US official.",
        US, ["The embassy also turned down an invitation to discuss the cases with State Department officials"],
        "turning down an invitation is an act, but it is reported 'according to a US official'")

    a.para()
    a.s("The State Department said in March it had received more than 200 reports of harassment linked to Chinese "
        "authorities since 2023.",
        US, ["it had received more than 200 reports of harassment linked to Chinese authorities since 2023"], "")

    a.para()
    a.s("sct/jgc", NONE, [], "AFP initials sign-off")
    return a


# ---------------------------------------------------------------------------------------
def a67():
    a = Article(67, "efe_maritime_talks_suspended",
                "EFE English wire, 'Beijing, <date> (EFE).- ' dateline, inline EFE sign-off; defence ministry statement, Xinhua commentary, Foreign Ministry, third party")
    a.headline("China suspends maritime safety talks with US after encounter over South China Sea",
               NONE, [], "act")

    a.para()
    a.s("Beijing, Jun 17 (EFE).- China on Tuesday suspended a round of military maritime safety consultations with "
        "the United States that was due to take place next week, days after an encounter between a Chinese fighter "
        "jet and a US Navy reconnaissance aircraft that Washington has called “unsafe and unprofessional.”",
        US, ["called “unsafe and unprofessional.”"],
        "the act (suspended) is narrator; the relative clause embeds Washington's claim")
    a.q("unsafe and unprofessional.", "Washington", "United States government", "United States")

    a.para()
    a.s("China’s Defense Ministry said in a statement that the US side had “deliberately provoked” the incident by "
        "sending the aircraft “into the vicinity of China’s territorial airspace” and that holding consultations "
        "under such conditions “would be meaningless.”",
        CN, ["the US side had “deliberately provoked” the incident by sending the aircraft “into the vicinity of "
             "China’s territorial airspace”",
             "holding consultations under such conditions “would be meaningless.”"], "two that-clauses")
    a.q("deliberately provoked", "China’s Defense Ministry", "Ministry of National Defense of China", "China")
    a.q("into the vicinity of China’s territorial airspace", "China’s Defense Ministry",
        "Ministry of National Defense of China", "China")
    a.q("would be meaningless.", "China’s Defense Ministry", "Ministry of National Defense of China", "China")

    a.para()
    a.s("“The responsibility for the current situation lies entirely with the US,” the ministry said, adding that "
        "Chinese pilots had acted in a “professional and restrained” manner.",
        CN, ["The responsibility for the current situation lies entirely with the US",
             "Chinese pilots had acted in a “professional and restrained” manner"], "role noun 'the ministry'")
    a.q("The responsibility for the current situation lies entirely with the US,", "the ministry",
        "Ministry of National Defense of China", "China")
    a.q("professional and restrained", "the ministry", "Ministry of National Defense of China", "China")

    a.para()
    a.s("The US Indo-Pacific Command, meanwhile, released a video that it said showed the Chinese J-16 fighter "
        "cutting across the nose of the P-8A Poseidon aircraft on Saturday, forcing the US crew to fly through its "
        "wake turbulence.",
        US, ["showed the Chinese J-16 fighter cutting across the nose of the P-8A Poseidon aircraft on Saturday, "
             "forcing the US crew to fly through its wake turbulence"],
        "releasing a video is an act; 'that it said showed' is a claim")

    a.para()
    a.s("According to the command, the aircraft was conducting a routine operation in international airspace when "
        "the fighter approached to within 20 meters.",
        US, ["the aircraft was conducting a routine operation in international airspace when the fighter approached "
             "to within 20 meters"], "according to; 'the command' refers back")

    a.para()
    a.s("Washington, which had proposed the consultations as a way to reduce the risk of accidents, said it "
        "regretted Beijing’s decision.",
        US, ["it regretted Beijing’s decision"], "relative clause between speaker and verb")
    a.s("A Pentagon spokesperson told EFE that keeping channels open “is exactly what responsible militaries do when "
        "tensions rise.”",
        US, ["keeping channels open “is exactly what responsible militaries do when tensions rise.”"], "")
    a.q("is exactly what responsible militaries do when tensions rise.", "A Pentagon spokesperson",
        "Pentagon spokesperson", "United States")

    a.para()
    a.s("The consultations, held under a bilateral agreement signed in 1998, are one of the few regular channels of "
        "communication between the two armed forces, and Beijing froze them for more than a year in 2022 during a "
        "previous crisis over Taiwan.", NONE, [], "background; freezing is an act")

    a.para()
    a.s("The official Xinhua news agency said in a commentary that Washington could not “demand dialogue with one "
        "hand while sending spy planes with the other.”",
        CN, ["Washington could not “demand dialogue with one hand while sending spy planes with the other.”"],
        "state media in its own voice (commentary) = China")
    a.q("demand dialogue with one hand while sending spy planes with the other.", "The official Xinhua news agency",
        "Xinhua news agency (commentary)", "China")

    a.para()
    a.s("Asked about the matter at a regular press briefing, Foreign Ministry spokeswoman Tian Lanying said China "
        "“has always been open to communication” but that communication “must be based on mutual respect.”",
        CN, ["China “has always been open to communication”",
             "communication “must be based on mutual respect.”"], "")
    a.q("has always been open to communication", "Foreign Ministry spokeswoman Tian Lanying",
        "Tian Lanying (Chinese Foreign Ministry spokeswoman)", "China")
    a.q("must be based on mutual respect.", "Foreign Ministry spokeswoman Tian Lanying",
        "Tian Lanying (Chinese Foreign Ministry spokeswoman)", "China")

    a.para()
    a.s("The Philippines, whose coast guard has had repeated confrontations with Chinese vessels in the area, called "
        "on both sides to exercise restraint.", NONE, [], "third party; 'called on' does not give it a side")

    a.para()
    a.s("Zhang Hao, a researcher at the private Pacific Rim Strategy Forum in Shanghai, told EFE the suspension was "
        "“a message rather than a rupture,” since neither side had cancelled the annual defense policy talks "
        "planned for the autumn.", NONE, [], "private think tank: other, even in Shanghai")
    a.q("a message rather than a rupture,", "Zhang Hao", "Zhang Hao (Pacific Rim Strategy Forum)", "other")

    a.para()
    a.s("The encounter was the third of its kind this year, according to US officials, who say intercepts by "
        "Chinese aircraft have become more frequent since January.",
        US, ["The encounter was the third of its kind this year",
             "intercepts by Chinese aircraft have become more frequent since January"],
        "according to + relative 'who say'")
    a.s("EFE", NONE, [], "inline agency sign-off, as in the seed article")
    return a


# ---------------------------------------------------------------------------------------
def a68():
    a = Article(68, "chinadaily_crane_tariffs",
                "Chinese state daily (China Daily style): officials, ministry institute expert, university expert, state-owned firm, editorial voice")
    a.headline("Experts: US crane tariffs set to backfire on American ports",
               NONE, [], "colon cue with 'experts' (unnamed, no office): no side")

    a.para()
    a.s("BEIJING, Nov 18 (China Daily) -- Washington’s decision to impose a 100 percent tariff on Chinese-made "
        "ship-to-shore cranes will raise costs for American ports and do little to revive US manufacturing, Chinese "
        "officials and experts said on Monday.",
        CN, ["Washington’s decision to impose a 100 percent tariff on Chinese-made ship-to-shore cranes will raise "
             "costs for American ports and do little to revive US manufacturing"],
        "'X and Y said' with Chinese officials among the speakers = China")

    a.para()
    a.s("The Office of the US Trade Representative announced the tariff on Friday, saying the cranes posed “a "
        "potential cybersecurity risk” to critical infrastructure.",
        US, ["the cranes posed “a potential cybersecurity risk” to critical infrastructure"],
        "announcing is an act; 'saying' reports the claim")
    a.q("a potential cybersecurity risk", "The Office of the US Trade Representative",
        "Office of the US Trade Representative", "United States")

    a.para()
    a.s("The Ministry of Commerce said the move “seriously violates” World Trade Organization rules and that China "
        "would “take necessary measures to firmly safeguard its legitimate rights and interests.”",
        CN, ["the move “seriously violates” World Trade Organization rules",
             "China would “take necessary measures to firmly safeguard its legitimate rights and interests.”"], "")
    a.q("seriously violates", "The Ministry of Commerce", MOFCOM, "China")
    a.q("take necessary measures to firmly safeguard its legitimate rights and interests.", "The Ministry of Commerce",
        MOFCOM, "China")

    a.para()
    a.s("Ministry spokesman Ma Zhiyuan said the so-called security concerns were “groundless speculation,” noting "
        "that no evidence of any breach had been made public in three years of US investigations.",
        CN, ["the so-called security concerns were “groundless speculation,”",
             "no evidence of any breach had been made public in three years of US investigations"],
        "'so-called' without marks is his wording, not a scare quote")
    a.q("groundless speculation,", "Ministry spokesman Ma Zhiyuan", "Ma Zhiyuan (MOFCOM spokesman)", "China")

    a.para()
    a.s("Chinese-made cranes make up nearly 80 percent of those in service at US ports, according to figures from "
        "the US Maritime Administration.", UND, [], "statistic credited to a US agency, no stance")

    a.para()
    a.s("Li Xiaomei, a senior researcher at the Research Institute of International Trade under the Ministry of "
        "Commerce, said the tariff would not bring crane production back to the United States, where no company has "
        "built a ship-to-shore crane in decades.",
        CN, ["the tariff would not bring crane production back to the United States, where no company has built a "
             "ship-to-shore crane in decades"], "institute under a ministry takes its side; apposition")

    a.para()
    a.s("“American ports will simply pay more, or wait longer.",
        CN, ["American ports will simply pay more, or wait longer"], "quotation opens; speaker in next sentence")
    a.q("American ports will simply pay more, or wait longer. The cost will be passed on to shippers and, in the end, "
        "to American consumers,", "she", "Li Xiaomei (MOFCOM research institute)", "China",
        "one pair over two sentences")
    a.s("The cost will be passed on to shippers and, in the end, to American consumers,” she said.",
        CN, ["The cost will be passed on to shippers and, in the end, to American consumers"], "she = Li")

    a.para()
    a.s("Zhou Qiming, a professor of international relations at Donghai University in Shanghai, called the tariff “a "
        "textbook case of security being stretched to cover protectionism.”",
        NONE, [], "university professor: other (contrast with the ministry institute)")
    a.q("a textbook case of security being stretched to cover protectionism.", "Zhou Qiming",
        "Zhou Qiming (Donghai University)", "other")
    a.s("Zhou said US port operators, not Chinese manufacturers, would bear most of the cost.",
        NONE, [], "surname alone, still other")

    a.para()
    a.s("The tariff is the latest step in a so-called “de-risking” campaign that has seen Washington restrict trade "
        "in chips, batteries and, now, port machinery.",
        NONE, [], "the outlet's own unattributed narration is [] even when slanted")
    a.scare("de-risking", "so-called + marks")

    a.para()
    a.s("Huanghai Port Machinery, a state-owned company that supplies cranes to more than 70 countries, said in a "
        "statement that its equipment “meets all international standards” and that it had “never received a single "
        "complaint about data security” from US customers.",
        NONE, [], "state-owned company: no side")
    a.q("meets all international standards", "Huanghai Port Machinery", "Huanghai Port Machinery (state-owned)",
        "other")
    a.q("never received a single complaint about data security", "Huanghai Port Machinery",
        "Huanghai Port Machinery (state-owned)", "other")

    a.para()
    a.s("As China Daily noted in an editorial last month, “every tariff Washington imposes in the name of security "
        "makes the American economy a little less secure.”",
        CN, ["every tariff Washington imposes in the name of security makes the American economy a little less "
             "secure"], "state media's editorial voice = China (unlike its unattributed news narration)")
    a.q("every tariff Washington imposes in the name of security makes the American economy a little less secure.",
        "China Daily", "China Daily (editorial)", "China")

    a.para()
    a.s("China exported port cranes worth $5.7 billion in the first 10 months of the year, up 9 percent "
        "year-on-year, data from the General Administration of Customs showed.",
        UND, [], "customs statistic, no stance")

    a.para()
    a.s("Li said the institute would publish an assessment of the tariff’s impact, titled “Lifting Costs: US Port "
        "Tariffs and the Global Supply Chain,” later this month.",
        CN, ["the institute would publish an assessment of the tariff’s impact, titled “Lifting Costs: US Port "
             "Tariffs and the Global Supply Chain,” later this month"], "Li (ministry institute); title in marks")
    a.title("Lifting Costs: US Port Tariffs and the Global Supply Chain,", "report title; comma inside the mark")
    return a


# ---------------------------------------------------------------------------------------
def a69():
    a = Article(69, "xinhua_fm_presser_students",
                "Chinese Foreign Ministry regular press conference write-up (Xinhua style) with transcript lines")
    a.headline("Chinese FM urges US to stop harassing Chinese students",
               CN, ["to stop harassing Chinese students"], "urge + infinitive clause")

    a.para()
    a.s("BEIJING, April 8 (Xinhua) -- China on Tuesday urged the United States to stop the “unwarranted "
        "interrogation, harassment and repatriation” of Chinese students at US ports of entry, after a string of "
        "cases in which students holding valid visas were sent home.",
        CN, ["to stop the “unwarranted interrogation, harassment and repatriation” of Chinese students at US ports "
             "of entry"], "urge + infinitive; the 'after' clause is narrator")
    a.q("unwarranted interrogation, harassment and repatriation", "China", "Chinese Foreign Ministry (Guo Wenhai)",
        "China", "'China' stands for the spokesperson named in the next sentence")

    a.para()
    a.s("Foreign Ministry spokesperson Guo Wenhai made the remarks at a regular press conference when asked about "
        "reports that at least five students from a university in Wuhan had been questioned for hours and deported "
        "on arrival in Houston last week.",
        NONE, [], "'made the remarks' points back, reports no claim; 'reports' are unattributed media")

    a.para()
    a.s("“The relevant actions of the US side seriously violate the legitimate rights and interests of Chinese "
        "students and run counter to the consensus reached by the two heads of state on expanding people-to-people "
        "exchanges,” Guo said.",
        CN, ["The relevant actions of the US side seriously violate the legitimate rights and interests of Chinese "
             "students and run counter to the consensus reached by the two heads of state on expanding "
             "people-to-people exchanges"], "")
    a.q("The relevant actions of the US side seriously violate the legitimate rights and interests of Chinese "
        "students and run counter to the consensus reached by the two heads of state on expanding people-to-people "
        "exchanges,", "Guo", "Guo Wenhai (Foreign Ministry spokesperson)", "China")

    a.para()
    a.s("He said the Chinese side had lodged “solemn representations” with the US side and would “firmly "
        "safeguard” the safety and dignity of Chinese citizens.",
        CN, ["the Chinese side had lodged “solemn representations” with the US side and would “firmly safeguard” "
             "the safety and dignity of Chinese citizens"], "pronoun He = Guo")
    a.q("solemn representations", "He", "Guo Wenhai (Foreign Ministry spokesperson)", "China")
    a.q("firmly safeguard", "He", "Guo Wenhai (Foreign Ministry spokesperson)", "China")

    a.para()
    a.s("Asked about a US State Department statement that the students had been “found inadmissible” under US "
        "immigration law, Guo said Washington “should not abuse the concept of national security as a pretext.”",
        BOTH, ["the students had been “found inadmissible” under US immigration law",
               "Washington “should not abuse the concept of national security as a pretext.”"],
        "the question relays a US claim; the answer is China's")
    a.q("found inadmissible", "a US State Department statement", "US State Department", "United States")
    a.q("should not abuse the concept of national security as a pretext.", "Guo",
        "Guo Wenhai (Foreign Ministry spokesperson)", "China")

    a.para()
    a.s("The following are excerpts from the question-and-answer session.", NONE, [], "narrator")

    a.para()
    a.s("Reuters: The US Treasury said on Monday it had sanctioned three Chinese companies that supplied drone "
        "components to Russia.",
        US, ["it had sanctioned three Chinese companies that supplied drone components to Russia"],
        "transcript question line; the reporter relays a US claim")
    a.s("What is China’s response?", NONE, [], "question")

    a.para()
    a.s("Guo Wenhai: China firmly opposes illegal unilateral sanctions and long-arm jurisdiction that have no basis "
        "in international law.",
        CN, ["China firmly opposes illegal unilateral sanctions and long-arm jurisdiction that have no basis in "
             "international law"], "transcript answer line, no quotation marks: speaker's side")
    a.s("On the Ukraine crisis, China has always maintained an objective and impartial position and has never "
        "provided lethal weapons to any party to the conflict.",
        CN, ["On the Ukraine crisis, China has always maintained an objective and impartial position and has never "
             "provided lethal weapons to any party to the conflict"], "continues the answer")
    a.s("We urge the US to stop smearing China and stop imposing sanctions on Chinese firms at every turn.",
        CN, ["We urge the US to stop smearing China and stop imposing sanctions on Chinese firms at every turn"],
        "spokesperson's own words: the whole sentence")

    a.para()
    a.s("Bloomberg: Some US lawmakers have introduced a bill that would bar Chinese nationals from studying science "
        "and engineering at American universities.",
        NONE, [], "introducing a bill is an act, even by US lawmakers")
    a.s("Does the ministry have any comment?", NONE, [], "question")

    a.para()
    a.s("Guo Wenhai: I’m not aware of the specifics of the bill.",
        CN, ["I’m not aware of the specifics of the bill"], "answer line")
    a.s("As a principle, we believe that politicizing and weaponizing educational exchanges serves no one’s "
        "interests.",
        CN, ["As a principle, we believe that politicizing and weaponizing educational exchanges serves no one’s "
             "interests"], "answer continues")

    a.para()
    a.s("On a separate question about a planned visit by a US congressional delegation to the island of Taiwan, Guo "
        "said China “firmly opposes any form of official interaction” between the United States and the Taiwan "
        "region and urged the US side to “stop sending wrong signals to separatist forces.”",
        CN, ["China “firmly opposes any form of official interaction” between the United States and the Taiwan region",
             "to “stop sending wrong signals to separatist forces.”"],
        "a planned visit (act) is mentioned, not a US claim")
    a.q("firmly opposes any form of official interaction", "Guo", "Guo Wenhai (Foreign Ministry spokesperson)",
        "China")
    a.q("stop sending wrong signals to separatist forces.", "Guo", "Guo Wenhai (Foreign Ministry spokesperson)",
        "China")

    a.para()
    a.s("About 265,000 Chinese students studied in the United States in the last academic year, according to "
        "figures from the US State Department.", UND, [], "agency statistic, no stance")

    a.para()
    a.s("Guo added that Chinese diplomatic missions had set up hotlines for students who “encounter unfair "
        "treatment” at US border checkpoints, and advised students to keep their admission documents at hand.",
        CN, ["Chinese diplomatic missions had set up hotlines for students who “encounter unfair treatment” at US "
             "border checkpoints", "to keep their admission documents at hand"], "added-that + advise-to")
    a.q("encounter unfair treatment", "Guo", "Guo Wenhai (Foreign Ministry spokesperson)", "China")
    return a


# ---------------------------------------------------------------------------------------
def a70():
    a = Article(70, "feature_michigan_battery_plant",
                "Long newspaper feature, datelined US town: long quotations running over several paragraphs")
    a.headline("In a Michigan town, a Chinese battery plant becomes a test of loyalties", NONE, [], "")

    a.para()
    a.s("GRANT FALLS, Mich. — On the morning the state Senate voted to claw back $180 million in incentives from the "
        "town’s largest new employer, Darlene Hoyt was doing what she has done for 31 years: unlocking the diner on "
        "Front Street at 5:30 and listening.", NONE, [], "scene; the vote is an act")

    a.para()
    a.s("“Half the people at that counter work at the plant or are married to somebody who does,” said Hoyt, 58, "
        "pouring coffee for a man in a Qiantang Energy Materials jacket.", NONE, [], "diner owner: other")
    a.q("Half the people at that counter work at the plant or are married to somebody who does,", "Hoyt",
        "Darlene Hoyt (diner owner)", "other")
    a.s("“The other half think it’s a spy base with a parking lot.”", NONE, [], "continues Hoyt")
    a.q("The other half think it’s a spy base with a parking lot.", "Hoyt", "Darlene Hoyt (diner owner)", "other",
        "second pair, same speaker")

    a.para()
    a.s("The plant, a $1.1 billion factory that makes separator film for electric-vehicle batteries, opened in 2023 "
        "with 640 jobs and the blessing of nearly everyone in Lansing.", NONE, [], "")
    a.s("Two years later, it has become a test of how far a state will go to keep Chinese capital at arm’s length.",
        NONE, [], "narrator")

    a.para()
    a.s("Mayor Ruth Ellery, a Republican who lobbied hard for the project, said she had no regrets.",
        US, ["she had no regrets"], "a mayor speaks for the US side by office")

    a.para()
    a.s("“I was told by people in Washington and people in Lansing that this was exactly the kind of investment we "
        "were supposed to be chasing,” she said in her office above the fire station.",
        US, ["I was told by people in Washington and people in Lansing that this was exactly the kind of investment "
             "we were supposed to be chasing"], "she = Ellery")
    a.q("I was told by people in Washington and people in Lansing that this was exactly the kind of investment we "
        "were supposed to be chasing,", "she", "Ruth Ellery (mayor of Grant Falls)", "United States")
    a.s("“Nobody talked about China like it was a curse back then.",
        US, ["Nobody talked about China like it was a curse back then"],
        "opens a run-on quotation (paragraph ends with no closing mark)")
    a.q("Nobody talked about China like it was a curse back then. Now I have a state senator telling my residents "
        "that their paychecks are a national security threat. I’d like him to come here and say that to the guy who "
        "finally got his kids off Medicaid.", "she", "Ruth Ellery (mayor of Grant Falls)", "United States",
        "run-on over two paragraphs")

    a.para()
    a.s("“Now I have a state senator telling my residents that their paychecks are a national security threat.",
        US, ["Now I have a state senator telling my residents that their paychecks are a national security threat"],
        "run-on continues: Ellery")
    a.s("I’d like him to come here and say that to the guy who finally got his kids off Medicaid.”",
        US, ["I’d like him to come here and say that to the guy who finally got his kids off Medicaid"], "")

    a.para()
    a.s("That senator, Gregory T. Mallory, a Republican whose district lies two counties to the east, sponsored the "
        "measure after a classified briefing that he describes only as “sobering.”",
        US, ["describes only as “sobering.”"],
        "state senator: US by office; sponsoring is an act, the description a claim")
    a.q("sobering.", "he", "Gregory T. Mallory (Michigan state senator)", "United States")

    a.para()
    a.s("“This isn’t about the workers, and it isn’t about Ruth,” Mallory said in an interview.",
        US, ["This isn’t about the workers, and it isn’t about Ruth"], "surname alone")
    a.q("This isn’t about the workers, and it isn’t about Ruth,", "Mallory",
        "Gregory T. Mallory (Michigan state senator)", "United States")
    a.s("“It’s about who owns the data, who owns the patents and who can pick up the phone in Beijing and tell a "
        "company what to do.",
        US, ["It’s about who owns the data, who owns the patents and who can pick up the phone in Beijing and tell a "
             "company what to do"], "opens a run-on quotation")
    a.q("It’s about who owns the data, who owns the patents and who can pick up the phone in Beijing and tell a "
        "company what to do. Under Chinese law, the answer to that last question is not ambiguous. We are not going "
        "to subsidize that with Michigan taxpayer money. Period.", "Mallory",
        "Gregory T. Mallory (Michigan state senator)", "United States", "run-on over two paragraphs")
    a.s("Under Chinese law, the answer to that last question is not ambiguous.",
        US, ["Under Chinese law, the answer to that last question is not ambiguous"],
        "inside the open quotation, no marks of its own")

    a.para()
    a.s("“We are not going to subsidize that with Michigan taxpayer money.",
        US, ["We are not going to subsidize that with Michigan taxpayer money"], "run-on continues: Mallory")
    a.s("Period.”", US, ["Period"], "one-word sentence closing the quotation")

    a.para()
    a.s("Vivian Luo, Qiantang’s North American president, who moved to Grant Falls from Ningbo in 2022, has spent the "
        "past month in church basements and at Rotary lunches making the company’s case.",
        NONE, [], "company executive; 'making the case' reports no claim")

    a.para()
    a.s("“We have answered every question the Commerce Department has sent us, and there have been many,” Luo said.",
        NONE, [], "company: other")
    a.q("We have answered every question the Commerce Department has sent us, and there have been many,", "Luo",
        "Vivian Luo (Qiantang Energy Materials)", "other")
    a.s("“We have American engineers and an American security officer, and our data sits on servers in Ohio.",
        NONE, [], "opens a run-on quotation")
    a.q("We have American engineers and an American security officer, and our data sits on servers in Ohio. People "
        "ask me who I really work for. I work for the people on that floor. If the state takes the money back, we "
        "will still be here next year, but I cannot promise the same for the expansion.", "Luo",
        "Vivian Luo (Qiantang Energy Materials)", "other", "run-on over three paragraphs")

    a.para()
    a.s("“People ask me who I really work for.", NONE, [], "run-on continues: Luo")
    a.s("I work for the people on that floor.", NONE, [], "paragraph again ends with no closing mark")

    a.para()
    a.s("“If the state takes the money back, we will still be here next year, but I cannot promise the same for the "
        "expansion.”", NONE, [], "third paragraph of the run-on; closes")

    a.para()
    a.s("Asked about the vote, a spokesperson for China’s Ministry of Commerce said last week that Beijing “firmly "
        "opposes the politicization of normal commercial cooperation” and hoped US states would “provide a fair, "
        "transparent and nondiscriminatory environment” for Chinese firms.",
        CN, ["Beijing “firmly opposes the politicization of normal commercial cooperation”",
             "US states would “provide a fair, transparent and nondiscriminatory environment” for Chinese firms"],
        "said ... and hoped: two reported clauses")
    a.q("firmly opposes the politicization of normal commercial cooperation",
        "a spokesperson for China’s Ministry of Commerce", "MOFCOM spokesperson", "China")
    a.q("provide a fair, transparent and nondiscriminatory environment",
        "a spokesperson for China’s Ministry of Commerce", "MOFCOM spokesperson", "China")

    a.para()
    a.s("The US Commerce Department, which opened a review of the plant’s data systems in March, said in a statement "
        "that it “does not comment on ongoing reviews.”",
        US, ["it “does not comment on ongoing reviews.”"], "relative clause (an act) between speaker and verb")
    a.q("does not comment on ongoing reviews.", "The US Commerce Department", "US Commerce Department",
        "United States")

    a.para()
    a.s("Back at the diner, Tom Kessler, who worked on the plant’s loading dock until a back injury last fall, said he "
        "had stopped arguing about it.", NONE, [], "former worker: other")
    a.s("“Everybody’s got a theory,” he said.", NONE, [], "he = Kessler")
    a.q("Everybody’s got a theory,", "he", "Tom Kessler (former plant worker)", "other")
    a.s("“I just know what the paycheck looked like.”", NONE, [], "continues Kessler")
    a.q("I just know what the paycheck looked like.", "he", "Tom Kessler (former plant worker)", "other")
    return a


# ---------------------------------------------------------------------------------------
def a71():
    a = Article(71, "dpa_wto_panel_chip_controls",
                "dpa English wire, datelined Geneva: third parties (WTO, EU, Japan, UN, analysts) speak most; China and US briefly")
    a.headline("WTO panel faults US chip export curbs but backs security defence", NONE, [],
               "the panel is a third party")

    a.para()
    a.s("Geneva (dpa) - A World Trade Organization dispute panel on Thursday found that some US restrictions on "
        "exports of chipmaking equipment to China broke global trade rules, but said Washington was entitled to "
        "invoke a national security exception for most of the measures.",
        NONE, [], "the panel speaks; Washington is only the subject of its finding")

    a.para()
    a.s("In a 212-page report titled “United States — Measures on Semiconductor Manufacturing Items,” the "
        "three-member panel said licensing rules introduced in 2023 had discriminated against Chinese buyers "
        "without a clear security rationale.", NONE, [], "title in marks; panel = third party")
    a.title("United States — Measures on Semiconductor Manufacturing Items,", "dispute title")

    a.para()
    a.s("“The Panel is not persuaded that the measures at issue, in their entirety, were taken in time of war or "
        "other emergency in international relations,” the report said, while noting that several measures fell "
        "within the scope of the exception.", NONE, [], "document noun; WTO report is no side")
    a.q("The Panel is not persuaded that the measures at issue, in their entirety, were taken in time of war or "
        "other emergency in international relations,", "the report", "WTO panel report", "other")

    a.para()
    a.s("Elena Marchetti, a spokeswoman for the WTO, told reporters that either party could appeal but that an appeal "
        "would go “into the void,” because the WTO’s Appellate Body has been unable to hear cases since 2019.",
        NONE, [], "WTO spokeswoman: other")
    a.q("into the void,", "Elena Marchetti", "Elena Marchetti (WTO spokeswoman)", "other")

    a.para()
    a.s("The European Commission, which joined the case as a third party, said the ruling “confirms that security "
        "exceptions are not a blank cheque” and urged both governments to return to negotiations.",
        NONE, [], "EU: third party")
    a.q("confirms that security exceptions are not a blank cheque", "The European Commission", "European Commission",
        "other")

    a.para()
    a.s("Japan’s trade ministry, whose own controls on chipmaking tools mirror parts of the US regime, said it was "
        "studying the report “with great interest” and declined to comment further.",
        NONE, [], "ally: no side; 'declined to comment' is an act")
    a.q("with great interest", "Japan’s trade ministry", "Ministry of Economy, Trade and Industry of Japan", "other")

    a.para()
    a.s("“Both sides will claim victory,” said Anders Holm, a trade law professor at Nordvik University in "
        "Copenhagen, “and both will be partly right.”", NONE, [], "split quotation with apposition; academic")
    a.q("Both sides will claim victory,", "Anders Holm", "Anders Holm (Nordvik University)", "other")
    a.q("and both will be partly right.", "Anders Holm", "Anders Holm (Nordvik University)", "other")
    a.s("He said the panel had given China the finding it wanted on principle and Washington the finding it needed "
        "in practice.", NONE, [], "He = Holm")

    a.para()
    a.s("China’s Ministry of Commerce welcomed the ruling, saying it showed the US measures were “a typical act of "
        "trade protectionism” and calling on Washington to “correct its wrongful practices without delay.”",
        CN, ["it showed the US measures were “a typical act of trade protectionism”",
             "to “correct its wrongful practices without delay.”"], "saying + calling on ... to")
    a.q("a typical act of trade protectionism", "China’s Ministry of Commerce", MOFCOM, "China")
    a.q("correct its wrongful practices without delay.", "China’s Ministry of Commerce", MOFCOM, "China")

    a.para()
    a.s("The Office of the US Trade Representative said the panel had “overstepped its mandate” and that the United "
        "States would “never cede” decisions on its national security to the WTO.",
        US, ["the panel had “overstepped its mandate”",
             "the United States would “never cede” decisions on its national security to the WTO"], "")
    a.q("overstepped its mandate", "The Office of the US Trade Representative", "Office of the US Trade Representative",
        "United States")
    a.q("never cede", "The Office of the US Trade Representative", "Office of the US Trade Representative",
        "United States")

    a.para()
    a.s("At a regular briefing in New York, a spokesman for the UN secretary-general said the United Nations hoped the "
        "world’s two largest economies would settle trade disputes “through dialogue and within the multilateral "
        "system.”", NONE, [], "UN: third party")
    a.q("through dialogue and within the multilateral system.", "a spokesman for the UN secretary-general",
        "spokesman for the UN secretary-general", "other")

    a.para()
    a.s("Taiwan’s economics ministry said it did not expect the ruling to affect the business of the island’s "
        "chipmakers, which rely heavily on US equipment.", NONE, [], "Taiwan's government: third party")

    a.para()
    a.s("The ruling, the first to weigh the security exception against export controls, could be cited in at least "
        "four pending disputes, according to the Centre for Trade Litigation Studies, a Geneva think tank.",
        NONE, [], "'according to' a private think tank: other")
    a.s("Neither party is bound to comply while an appeal is pending.", NONE, [], "narrator")
    a.s("The claims at the heart of the case date back to a complaint China filed in 2023.",
        NONE, [], "'the claims' looks like a cue but is a noun; filing a complaint is an act")
    return a


# ---------------------------------------------------------------------------------------
def a72():
    a = Article(72, "ap_missouri_farmland_law",
                "AP state story, straight quotes: only the US side speaks (governor, state senator, AG, Pentagon); no Chinese response")
    a.headline("Missouri governor signs ban on farmland purchases near bases by Chinese-linked buyers", NONE, [], "act")

    a.para()
    a.s("JEFFERSON CITY, Mo. (AP) — Missouri Gov. Carla J. Benning signed a law Tuesday barring companies and "
        "individuals tied to China and several other countries from buying farmland within 50 miles of military "
        "bases, calling the measure \"basic common sense.\"",
        US, ["calling the measure \"basic common sense.\""], "signing is an act; 'calling' is a claim; title+initial")
    a.q("basic common sense.", "Missouri Gov. Carla J. Benning", "Carla J. Benning (governor of Missouri)",
        "United States")

    a.para()
    a.s("The law, which takes effect Aug. 28, requires current owners who fall under the ban to sell their land "
        "within two years.", NONE, [], "narrator; abbreviation Aug.")

    a.para()
    a.s("\"We are not going to let a hostile government buy the ground next to the places where we keep our nation's "
        "most sensitive assets,\" Benning said at a signing ceremony in the Capitol.",
        US, ["We are not going to let a hostile government buy the ground next to the places where we keep our "
             "nation's most sensitive assets"], "governor, surname alone")
    a.q("We are not going to let a hostile government buy the ground next to the places where we keep our nation's "
        "most sensitive assets,", "Benning", "Carla J. Benning (governor of Missouri)", "United States")
    a.s("\"Missouri farmland should stay in the hands of people who love this country.\"",
        US, ["Missouri farmland should stay in the hands of people who love this country"], "continues Benning")
    a.q("Missouri farmland should stay in the hands of people who love this country.", "Benning",
        "Carla J. Benning (governor of Missouri)", "United States", "second pair, same speaker")

    a.para()
    a.s("Lawmakers who backed the measure cited the 2023 purchase of 370 acres near Whiteman Air Force Base, home to "
        "the B-2 stealth bomber fleet, by a company with ties to a Chinese conglomerate.",
        US, ["cited the 2023 purchase of 370 acres near Whiteman Air Force Base, home to the B-2 stealth bomber fleet, "
             "by a company with ties to a Chinese conglomerate"], "state lawmakers: US; 'cited' reports a claim")

    a.para()
    a.s("The bill's sponsor, Republican state Sen. Raymond Oakes, said the military had raised concerns about that "
        "purchase privately with state officials.",
        US, ["the military had raised concerns about that purchase privately with state officials"],
        "apposition between speaker and verb; abbreviation Sen.")
    a.s("\"They didn't put it in a press release.",
        US, ["They didn't put it in a press release"], "quotation opens; cue in next sentence")
    a.q("They didn't put it in a press release. They didn't have to,", "Oakes",
        "Raymond Oakes (Missouri state senator)", "United States", "one pair over two sentences")
    a.s("They didn't have to,\" Oakes said.", US, ["They didn't have to"], "")

    a.para()
    a.s("A Pentagon spokesperson said in an email that the department \"does not comment on specific real estate "
        "transactions\" but supports \"efforts to protect military installations from foreign intelligence "
        "threats.\"",
        US, ["the department \"does not comment on specific real estate transactions\" but supports \"efforts to "
             "protect military installations from foreign intelligence threats.\""], "")
    a.q("does not comment on specific real estate transactions", "A Pentagon spokesperson", "Pentagon spokesperson",
        "United States")
    a.q("efforts to protect military installations from foreign intelligence threats.", "A Pentagon spokesperson",
        "Pentagon spokesperson", "United States")

    a.para()
    a.s("Foreign entities held about 1.2 million acres of Missouri agricultural land at the end of 2022, less than 2% "
        "of the total, according to the U.S. Department of Agriculture.",
        UND, [], "agency statistic, no stance; 'U.S.' inside the sentence")

    a.para()
    a.s("Critics, including some farm groups and Asian American advocacy organizations, say the law is so broadly "
        "written that it could ensnare U.S. citizens and green card holders.", NONE, [], "critics: no side")

    a.para()
    a.s("\"A Chinese graduate student in Columbia with a green card who wants to buy 10 acres and a barn — is she a "
        "foreign adversary?", NONE, [], "lawyer at an advocacy group: other")
    a.q("A Chinese graduate student in Columbia with a green card who wants to buy 10 acres and a barn — is she a "
        "foreign adversary? Under this law, the honest answer is nobody knows,", "Leah Nakamura",
        "Leah Nakamura (Prairie Civil Liberties Project)", "other")
    a.s("Under this law, the honest answer is nobody knows,\" said Leah Nakamura, a lawyer with the Prairie Civil "
        "Liberties Project.", NONE, [], "speaker after the quotation with apposition")

    a.para()
    a.s("Nakamura said her group was weighing a legal challenge similar to one filed against a Florida law in 2023.",
        NONE, [], "surname alone, other")

    a.para()
    a.s("Missouri Attorney General Dennis W. Faulk said his office would \"vigorously defend\" the law against any "
        "lawsuit.", US, ["his office would \"vigorously defend\" the law against any lawsuit"], "state AG")
    a.q("vigorously defend", "Missouri Attorney General Dennis W. Faulk", "Dennis W. Faulk (Missouri attorney general)",
        "United States")

    a.para()
    a.s("The measure mirrors a federal bill, introduced in March by both of Missouri's U.S. senators, that would "
        "require a national security review of farmland purchases of any size by buyers linked to China.",
        NONE, [], "introducing a bill is an act")

    a.para()
    a.s("Lawmakers in at least 20 other states have passed or are weighing similar restrictions, according to the "
        "Pruitt Center for State Policy, a nonpartisan research group.",
        NONE, [], "the attribution is to a private research group; passing laws is an act")

    a.para()
    a.s("The Chinese Embassy in Washington did not respond to an email seeking comment.",
        NONE, [], "no response is not a claim")
    return a


ARTICLES = [a65, a66, a67, a68, a69, a70, a71, a72]


def main():
    for fn in ARTICLES:
        base = write_article(fn(), HERE)
        print("wrote", os.path.basename(base))


if __name__ == "__main__":
    main()
