"""Build set 7 (articles 57-64, split "tuned").

Each article is written sentence by sentence; the gold label sits directly under (inside)
each sentence record.  Run:  python3 build.py   (writes the 16 files next to this script)
"""
import os
import sys

from lib import S, Q, CN, US, BOTH, NONE, UNDEC, write_article

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation
MOFCOM = "Ministry of Commerce of China (MOFCOM)"
ZHENG = "Zheng Haoran, spokesperson of the Chinese Ministry of Foreign Affairs"


# ---------------------------------------------------------------------------------------
# 57  Xinhua English item: MOFCOM statement and spokesperson's answers (chips)
# ---------------------------------------------------------------------------------------
def a57():
    h = S("China firmly opposes U.S. addition of Chinese chip firms to export control list: MOFCOM",
          CN, "China firmly opposes U.S. addition of Chinese chip firms to export control list",
          note="headline source tag ': MOFCOM' attributes the clause to the ministry")
    P = [
        [S("BEIJING, Oct. 14 (Xinhua) -- China's Ministry of Commerce (MOFCOM) on Tuesday voiced firm "
           "opposition to the U.S. decision to add 17 Chinese semiconductor entities to its export "
           "control list, saying the move seriously harms the legitimate rights and interests of "
           "Chinese enterprises.",
           CN, ["firm opposition to the U.S. decision to add 17 Chinese semiconductor entities to its "
                "export control list",
                "the move seriously harms the legitimate rights and interests of Chinese enterprises"],
           note="dateline sentence; 'voiced firm opposition' is a stance, 'saying' a speech cue; "
                "the Xinhua narrator itself is no side")],
        [S("The U.S. side has once again overstretched the concept of national security and abused "
           "export control measures, a MOFCOM spokesperson said in a statement posted on the "
           "ministry's website.",
           CN, "The U.S. side has once again overstretched the concept of national security and "
               "abused export control measures",
           note="reported clause before its cue"),
         S("The spokesperson said such practices severely disrupt normal international trade and "
           "threaten the security and stability of global semiconductor industrial and supply chains.",
           CN, "such practices severely disrupt normal international trade and threaten the security "
               "and stability of global semiconductor industrial and supply chains")],
        [S("The U.S. Department of Commerce on Monday placed the 17 entities, including chip design "
           "houses and equipment suppliers in Shanghai, Shenzhen and Wuxi, on its Entity List, citing "
           "their alleged support for China's military modernization.",
           US, "their alleged support for China's military modernization",
           note="placing firms on the list is an act; 'citing' attributes the reason (a claim) to "
                "the US; 'alleged' is the narrator's hedge inside the content"),
         S("Washington has claimed that the restrictions are needed to prevent advanced American "
           "technology from being diverted to military end uses.",
           US, "the restrictions are needed to prevent advanced American technology from being "
               "diverted to military end uses")],
        [S("Responding to a question on whether China would take countermeasures, the spokesperson "
           "said China will take necessary measures to resolutely safeguard the legitimate rights "
           "and interests of Chinese companies.",
           CN, "China will take necessary measures to resolutely safeguard the legitimate rights and "
               "interests of Chinese companies",
           note="the reporter's question is framing, not a claim"),
         S("“We urge the U.S. side to immediately correct its wrong practices and stop the "
           "unjustified suppression of Chinese enterprises,” the spokesperson said.",
           CN, "We urge the U.S. side to immediately correct its wrong practices and stop the "
               "unjustified suppression of Chinese enterprises",
           quotes=[Q("We urge the U.S. side to immediately correct its wrong practices and stop the "
                     "unjustified suppression of Chinese enterprises,",
                     "the spokesperson", MOFCOM + " spokesperson (unnamed)", "China")])],
        [S("The ministry noted that the semiconductor industry is highly globalized and that the U.S. "
           "restrictions would hurt American companies as well as Chinese ones.",
           CN, ["the semiconductor industry is highly globalized",
                "the U.S. restrictions would hurt American companies as well as Chinese ones"],
           note="'noted' is a speech cue"),
         S("MOFCOM said a number of U.S. firms had told the ministry in recent meetings that export "
           "controls had cost them orders and market share in China.",
           CN, "a number of U.S. firms had told the ministry in recent meetings that export controls "
               "had cost them orders and market share in China",
           note="the US firms are a nested source inside MOFCOM's claim; companies give no side"),
         S("According to Chinese customs data, China imported integrated circuits worth 289.6 "
           "billion U.S. dollars in the first three quarters, up 10.8 percent year on year.",
           UNDEC, note="statistic credited to a state agency's data, no stance in the dispute")],
        [S("The spokesperson said China's door to the outside world will only open wider and that "
           "foreign companies, including U.S. companies, are welcome to continue to invest and do "
           "business in China.",
           CN, ["China's door to the outside world will only open wider",
                "foreign companies, including U.S. companies, are welcome to continue to invest and "
                "do business in China"]),
         S("“Decoupling and the severing of industrial and supply chains serve no one's interests,” "
           "the spokesperson said, adding that China is willing to address each other's concerns "
           "through dialogue and consultation on the basis of equality and mutual respect.",
           CN, ["Decoupling and the severing of industrial and supply chains serve no one's interests",
                "China is willing to address each other's concerns through dialogue and consultation "
                "on the basis of equality and mutual respect"],
           quotes=[Q("Decoupling and the severing of industrial and supply chains serve no one's "
                     "interests,", "the spokesperson", MOFCOM + " spokesperson (unnamed)", "China")])],
        [S("The ministry also called on the U.S. side to work with China to implement the consensus "
           "reached by the two heads of state and to create a sound environment for the stable "
           "development of bilateral economic and trade ties.",
           CN, "to work with China to implement the consensus reached by the two heads of state and to "
               "create a sound environment for the stable development of bilateral economic and "
               "trade ties",
           note="'called on X to ...': the content is the infinitive clause")],
        [S("Ma Qiyuan, a researcher at the Institute for International Trade Policy Studies under the "
           "Ministry of Commerce, said the new listings showed that Washington was trying to hold back "
           "China's chip industry, but that such efforts would only speed up Chinese innovation.",
           CN, ["the new listings showed that Washington was trying to hold back China's chip industry",
                "such efforts would only speed up Chinese innovation"],
           note="unknown speaker; apposition names a research body placed under a ministry -> China"),
         S("Industry analysts said Chinese chipmakers have stepped up purchases of domestically made "
           "equipment over the past two years.",
           NONE, note="analysts are a third party")],
        [S("The move marks the third time this year that the U.S. Commerce Department has expanded "
           "the list to include Chinese technology firms.",
           NONE, note="narrator background")],
    ]
    return (57, "mofcom_chip_entity_list",
            "Xinhua English news item paraphrasing a MOFCOM statement and its spokesperson's answers",
            "curly", h, P)


# ---------------------------------------------------------------------------------------
# 58  CGTN write-up of a Foreign Ministry regular press conference (Taiwan arms sale)
# ---------------------------------------------------------------------------------------
def a58():
    h = S("China urges U.S. to stop arms sales to Taiwan, vows resolute countermeasures",
          CN, ["to stop arms sales to Taiwan", "resolute countermeasures"],
          note="'urges' and 'vows' are speech acts by China")
    P = [
        [S("BEIJING, Nov. 6 (CGTN) — Chinese Foreign Ministry Spokesperson Zheng Haoran on Thursday "
           "urged the United States to immediately stop arming Taiwan, two days after Washington "
           "approved a potential 1.1-billion-U.S.-dollar sale of missiles and radar systems to the "
           "island.",
           CN, "to immediately stop arming Taiwan",
           note="dateline sentence; the approval of the sale is an act reported by the narrator")],
        [S("The sale seriously violates the one-China principle and the three China-U.S. joint "
           "communiques, especially the August 17 Communique of 1982, Zheng told a regular press "
           "conference in Beijing.",
           CN, "The sale seriously violates the one-China principle and the three China-U.S. joint "
               "communiques, especially the August 17 Communique of 1982"),
         S("He said it also sends a gravely wrong signal to “Taiwan independence” separatist forces.",
           CN, "it also sends a gravely wrong signal to “Taiwan independence” separatist forces",
           note="the marks around 'Taiwan independence' are the house convention for a disowned "
                "term: a scare quote, not a quotation",
           quotes=[Q("Taiwan independence", "", "", "other", kind="scare",
                     note="distancing marks on a term, not anyone's quoted words")])],
        [S("“China deplores and firmly opposes this, and has lodged stern representations with the "
           "U.S. side,” Zheng said.",
           CN, "China deplores and firmly opposes this, and has lodged stern representations with "
               "the U.S. side",
           quotes=[Q("China deplores and firmly opposes this, and has lodged stern representations "
                     "with the U.S. side,", "Zheng", ZHENG, "China")]),
         S("“The Taiwan question is at the very core of China's core interests.",
           CN, "The Taiwan question is at the very core of China's core interests",
           note="first of two sentences inside one pair of marks; the quotation is filed here",
           quotes=[Q("The Taiwan question is at the very core of China's core interests. It is the "
                     "first red line that must not be crossed in China-U.S. relations,",
                     "he", ZHENG, "China",
                     note="one pair of marks enclosing two sentences")]),
         S("It is the first red line that must not be crossed in China-U.S. relations,” he stressed.",
           CN, "It is the first red line that must not be crossed in China-U.S. relations",
           note="second sentence of the same quotation")],
        [S("Zheng urged the U.S. side to abide by the one-China principle, stop arming Taiwan in any "
           "form and stop sending wrong signals that embolden separatists.",
           CN, "to abide by the one-China principle, stop arming Taiwan in any form and stop sending "
               "wrong signals that embolden separatists"),
         S("China will take resolute and forceful measures to firmly defend its sovereignty and "
           "territorial integrity, he added.",
           CN, "China will take resolute and forceful measures to firmly defend its sovereignty and "
               "territorial integrity")],
        [S("The U.S. Defense Security Cooperation Agency announced the proposed sale on Tuesday, "
           "saying the package would help Taiwan maintain a credible defensive capability and would "
           "not alter the basic military balance in the region.",
           US, "the package would help Taiwan maintain a credible defensive capability and would not "
               "alter the basic military balance in the region",
           note="announcing the sale is an act; 'saying' reports the agency's claim"),
         S("The package includes 60 surface-to-air missiles, four early-warning radar systems and "
           "related training and logistics support.",
           NONE, note="narrator fact, no attribution")],
        [S("Responding to a question about a U.S. State Department statement that the sale was "
           "consistent with the Taiwan Relations Act, Zheng said the act was unilaterally concocted "
           "by the U.S. and has no legitimacy under international law.",
           BOTH, ["the sale was consistent with the Taiwan Relations Act",
                  "the act was unilaterally concocted by the U.S. and has no legitimacy under "
                  "international law"],
           note="the question embeds a US claim (a statement that ...); Zheng's answer is China's"),
         S("“No country has the right to interfere in China's internal affairs under any pretext,” "
           "he said.",
           CN, "No country has the right to interfere in China's internal affairs under any pretext",
           quotes=[Q("No country has the right to interfere in China's internal affairs under any "
                     "pretext,", "he", ZHENG, "China")])],
        [S("The island's Democratic Progressive Party (DPP) authorities welcomed the sale on "
           "Wednesday, describing it as a boost to Taiwan's self-defense.",
           NONE, note="Taiwan's authorities are a third party"),
         S("Asked about the remarks, Zheng said any attempt to “seek independence by relying on the "
           "U.S.” is doomed to fail.",
           CN, "any attempt to “seek independence by relying on the U.S.” is doomed to fail",
           quotes=[Q("seek independence by relying on the U.S.", "Zheng", ZHENG, "China",
                     note="short phrase quoted from Zheng's answer")]),
         S("“Those who play with fire will only get burned,” he said.",
           CN, "Those who play with fire will only get burned",
           quotes=[Q("Those who play with fire will only get burned,", "he", ZHENG, "China")])],
        [S("Zheng also said the Chinese side would decide on specific countermeasures “in accordance "
           "with the law,” without elaborating.",
           CN, "the Chinese side would decide on specific countermeasures “in accordance with the law,”",
           quotes=[Q("in accordance with the law,", "Zheng", ZHENG, "China")]),
         S("Earlier this year, China announced sanctions on several U.S. defense companies and their "
           "senior executives over previous arms sales to Taiwan.",
           NONE, note="announcing sanctions (noun object) is reported as an act")],
        [S("On a separate question about next week's China-U.S. economic and trade consultations in "
           "Geneva, Zheng said the two sides' economic teams were maintaining communication and that "
           "he had no further information to release.",
           CN, ["the two sides' economic teams were maintaining communication",
                "he had no further information to release"])],
    ]
    return (58, "fm_taiwan_arms_sale",
            "CGTN write-up of a Chinese Foreign Ministry regular press conference",
            "curly", h, P)


# ---------------------------------------------------------------------------------------
# 59  AP story on a US congressional hearing (port cranes)
# ---------------------------------------------------------------------------------------
def a59():
    WHIT = "Rep. Dale Whitcomb (R-Texas), House Homeland Security subcommittee chair"
    MARSH = "Ellen Marsh, assistant secretary, Commerce Department Bureau of Industry and Security"
    PAN = "Pan Jiaxin, spokesperson of the Chinese Embassy in Washington"
    h = S("Lawmakers warn Chinese-made cranes at US ports could be used for spying",
          US, "Chinese-made cranes at US ports could be used for spying",
          note="members of Congress speak for the US")
    P = [
        [S("WASHINGTON (AP) — Lawmakers from both parties warned Wednesday that Chinese-made cranes "
           "unloading cargo at American ports could give Beijing a way to spy on shipments or disrupt "
           "trade in a crisis, and pressed a Commerce Department official on how quickly they could "
           "be replaced.",
           US, "Chinese-made cranes unloading cargo at American ports could give Beijing a way to spy "
               "on shipments or disrupt trade in a crisis",
           note="dateline sentence; 'pressed ... on how quickly' reports a question, not a claim")],
        [S("Rep. Dale Whitcomb, R-Texas, who chairs the House Homeland Security subcommittee that held "
           "the hearing, said nearly 80% of the ship-to-shore cranes at U.S. ports were built by a "
           "single Chinese state-owned manufacturer, Huayang Port Machinery.",
           US, "nearly 80% of the ship-to-shore cranes at U.S. ports were built by a single Chinese "
               "state-owned manufacturer, Huayang Port Machinery",
           note="a figure voiced by a lawmaker is his claim, not an agency statistic")],
        [S("“We have handed the keys to our ports to a company that answers to the Chinese Communist "
           "Party,” Whitcomb said.",
           US, "We have handed the keys to our ports to a company that answers to the Chinese "
               "Communist Party",
           quotes=[Q("We have handed the keys to our ports to a company that answers to the Chinese "
                     "Communist Party,", "Whitcomb", WHIT, "United States")]),
         S("“That should alarm every American.”",
           US, "That should alarm every American",
           note="a sentence that only continues the speaker's quotation",
           quotes=[Q("That should alarm every American.", "Whitcomb", WHIT, "United States",
                     note="second pair of marks, same speaker, no new cue")])],
        [S("Ellen Marsh, an assistant secretary at the Commerce Department's Bureau of Industry and "
           "Security, told the subcommittee that the department was reviewing the crane supply chain "
           "and expected to send recommendations to Congress by spring.",
           US, "the department was reviewing the crane supply chain and expected to send "
               "recommendations to Congress by spring"),
         S("But she acknowledged that no U.S. company currently makes the large cranes and that "
           "building a domestic supplier could take five years or more.",
           US, ["no U.S. company currently makes the large cranes",
                "building a domestic supplier could take five years or more"]),
         S("“There is no quick fix here,” Marsh said, “but we are not waiting to act.”",
           US, ["There is no quick fix here", "but we are not waiting to act"],
           note="quotation split by its attribution: two fragments, one speaker",
           quotes=[Q("There is no quick fix here,", "Marsh", MARSH, "United States",
                     note="fragment 1 of a split quotation"),
                   Q("but we are not waiting to act.", "Marsh", MARSH, "United States",
                     note="fragment 2 of a split quotation")])],
        [S("Rep. Nina Arroyo, D-Calif., said she shared the security concerns but warned against rules "
           "that would saddle ports with costs they cannot afford.",
           US, ["she shared the security concerns",
                "against rules that would saddle ports with costs they cannot afford"],
           note="'warned against' + noun phrase: the warned-against thing is the content"),
         S("“I don't want us to solve a security problem by creating an economic one,” Arroyo said.",
           US, "I don't want us to solve a security problem by creating an economic one",
           quotes=[Q("I don't want us to solve a security problem by creating an economic one,",
                     "Arroyo", "Rep. Nina Arroyo (D-Calif.)", "United States")])],
        [S("Maritime Administration figures show U.S. seaports handled about 2.4 billion tons of "
           "cargo last year.",
           UNDEC, note="statistic credited to a US agency's figures, no stance in the dispute")],
        [S("Mark Delaney, a former Coast Guard cyber officer who now advises port operators, testified "
           "that investigators had found cellular modems on some Huayang cranes that were not part of "
           "the original contracts.",
           NONE, note="former officials give no side"),
         S("“Nobody at the ports asked for those modems, and nobody could tell us what they were "
           "for,” Delaney said.",
           NONE, note="quotation of a former official: other",
           quotes=[Q("Nobody at the ports asked for those modems, and nobody could tell us what they "
                     "were for,", "Delaney", "Mark Delaney, former Coast Guard cyber officer",
                     "other")])],
        [S("In the Senate, Sen. Thomas Brandt, R-Ohio, said he would seek to add a provision to the "
           "annual defense bill barring federal port grants from being used to buy cranes made by "
           "Chinese companies.",
           US, "he would seek to add a provision to the annual defense bill barring federal port "
               "grants from being used to buy cranes made by Chinese companies")],
        [S("In an emailed response, Chinese Embassy spokesperson Pan Jiaxin called the concerns "
           "“completely groundless” and said the cranes met international standards.",
           CN, ["the concerns “completely groundless”", "the cranes met international standards"],
           quotes=[Q("completely groundless", "Pan Jiaxin", PAN, "China")]),
         S("“The U.S. side is overstretching the concept of national security to smear Chinese "
           "companies and disrupt normal trade,” Pan wrote.",
           CN, "The U.S. side is overstretching the concept of national security to smear Chinese "
               "companies and disrupt normal trade",
           quotes=[Q("The U.S. side is overstretching the concept of national security to smear "
                     "Chinese companies and disrupt normal trade,", "Pan", PAN, "China")])],
        [S("Huayang did not respond to an email seeking comment, but the company has previously said "
           "its cranes pose no threat to any country.",
           NONE, note="a company, even a state-owned one, gives no side")],
        [S("Congress set aside $20 billion last year to upgrade port infrastructure, including money "
           "for cranes built in the United States.",
           NONE, note="an act")],
    ]
    return (59, "hearing_port_cranes",
            "AP story on a US congressional hearing", "straight", h, P)


# ---------------------------------------------------------------------------------------
# 60  State Department press briefing write-up with a transcript excerpt (journalists)
# ---------------------------------------------------------------------------------------
def a60():
    HOL = "Martin Holloway, State Department spokesperson"
    h = S("US calls China's expulsion of American reporters an attack on press freedom",
          US, "China's expulsion of American reporters an attack on press freedom")
    P = [
        [S("WASHINGTON — The State Department on Monday condemned China's decision to expel two "
           "American journalists, saying it was part of a broader campaign by Beijing to shut out "
           "independent reporting, and said the United States would respond “in a reciprocal "
           "manner.”",
           US, ["it was part of a broader campaign by Beijing to shut out independent reporting",
                "the United States would respond “in a reciprocal manner.”"],
           note="dateline sentence; the expulsion decision is narrated as an act",
           quotes=[Q("in a reciprocal manner.", "The State Department", "US Department of State",
                     "United States")])],
        [S("Department spokesperson Martin Holloway told reporters at the daily briefing that the two "
           "correspondents, who work for the Chicago-based Meridian News Service, had been ordered to "
           "leave the country within seven days.",
           US, ["the two correspondents", "had been ordered to leave the country within seven days"],
           note="the relative clause about the employer is narrator's identification"),
         S("Holloway said Chinese authorities had offered no justification for the expulsions, which "
           "he called the most serious action against foreign media in China in several years.",
           US, ["Chinese authorities had offered no justification for the expulsions",
                "the most serious action against foreign media in China in several years"]),
         S("Asked whether Washington would expel Chinese state media reporters in response, he said he "
           "would not “get ahead of” any decision, but added that “all options are on the table.”",
           US, ["he would not “get ahead of” any decision", "“all options are on the table.”"],
           note="'asked whether' frames a reporter's question",
           quotes=[Q("get ahead of", "he", HOL, "United States"),
                   Q("all options are on the table.", "he", HOL, "United States")])],
        [S("China's Foreign Ministry said last week that the two reporters had “violated Chinese laws "
           "and regulations” and engaged in activities “incompatible with their status as "
           "journalists,” but it did not give details.",
           CN, "the two reporters had “violated Chinese laws and regulations” and engaged in "
               "activities “incompatible with their status as journalists,”",
           note="'but it did not give details' is the narrator's",
           quotes=[Q("violated Chinese laws and regulations", "China's Foreign Ministry",
                     "Ministry of Foreign Affairs of China", "China"),
                   Q("incompatible with their status as journalists,", "China's Foreign Ministry",
                     "Ministry of Foreign Affairs of China", "China")])],
        [S("When asked about Beijing's explanation, Holloway said: “That's simply not credible.",
           US, "That's simply not credible",
           note="mentions Beijing's explanation without reporting its content; quotation opens here",
           quotes=[Q("That's simply not credible. These are professional journalists who were doing "
                     "their jobs.", "Holloway", HOL, "United States",
                     note="one pair of marks enclosing two sentences")]),
         S("These are professional journalists who were doing their jobs.”",
           US, "These are professional journalists who were doing their jobs",
           note="second sentence inside the same pair of marks")],
        [S("An excerpt from the department's transcript of the briefing:",
           NONE, note="narrator's lead-in to the transcript")],
        [S("QUESTION: Has the Chinese government given you any reason for the expulsions?",
           NONE, note="a reporter's question: no side")],
        [S("MR. HOLLOWAY: None that we find credible.",
           US, "None that we find credible",
           note="transcript turn: the speaker label is the source; no quotation marks, so no "
                "quotation record"),
         S("We've raised this directly with Chinese officials, both in Beijing and here in "
           "Washington.",
           US, "We've raised this directly with Chinese officials, both in Beijing and here in "
               "Washington",
           note="continues Holloway's transcript turn")],
        [S("QUESTION: Will there be visa consequences for Chinese journalists in the United States?",
           NONE, note="a reporter's question")],
        [S("MR. HOLLOWAY: I'm not going to preview any steps today.",
           US, "I'm not going to preview any steps today"),
         S("What I will say is that the way our journalists are treated in China will inform how we "
           "approach this.",
           US, "What I will say is that the way our journalists are treated in China will inform how "
               "we approach this",
           note="continues Holloway's transcript turn")],
        [S("The department issued about 350 journalist visas to Chinese nationals in the last fiscal "
           "year, according to State Department data.",
           UNDEC, note="statistic credited to the department's data, no stance")],
        [S("The expulsions bring to at least nine the number of correspondents for U.S. news "
           "organizations forced out of China since 2020, according to a tally by the Committee for "
           "Press Access in Asia, a New York-based advocacy group.",
           NONE, note="a count credited to a private advocacy group: third party, not '?'"),
         S("The group said in a statement that the move would “send a chilling message” to every "
           "foreign reporter still working in the country.",
           NONE, quotes=[Q("send a chilling message", "The group",
                           "Committee for Press Access in Asia", "other")])],
        [S("A spokesperson for the Chinese Embassy in Washington said Chinese journalists in the "
           "United States had long faced “harassment and unjustified restrictions” and that the U.S. "
           "side was in no position to lecture others on press freedom.",
           CN, ["Chinese journalists in the United States had long faced “harassment and unjustified "
                "restrictions”",
                "the U.S. side was in no position to lecture others on press freedom"],
           quotes=[Q("harassment and unjustified restrictions",
                     "A spokesperson for the Chinese Embassy in Washington",
                     "Chinese Embassy in Washington (spokesperson, unnamed)", "China")])],
    ]
    return (60, "state_dept_journalists",
            "write-up of a US State Department press briefing with a transcript excerpt",
            "straight", h, P)


# ---------------------------------------------------------------------------------------
# 61  One-sided US story: Treasury sanctions (fentanyl)
# ---------------------------------------------------------------------------------------
def a61():
    PET = "Laura Pettigrew, Treasury under secretary for terrorism and financial intelligence"
    OFF = "US Treasury Department (senior official, unnamed)"
    h = S("US sanctions 14 firms in China and Mexico over fentanyl chemicals",
          NONE, note="an act")
    P = [
        [S("WASHINGTON — The Treasury Department on Thursday imposed sanctions on 14 companies and six "
           "people in China and Mexico that it said formed a supply chain for the chemicals used to "
           "make illicit fentanyl sold in the United States.",
           US, "formed a supply chain for the chemicals used to make illicit fentanyl sold in the "
               "United States",
           note="dateline sentence; the sanctions are an act, 'that it said ...' embeds the claim")],
        [S("The network, according to the department, bought precursor chemicals from suppliers in "
           "China's Hubei and Guangdong provinces, relabeled them as industrial dyes and shipped them "
           "to the Mexican port of Manzanillo, where they were handed to drug trafficking groups.",
           US, ["The network",
                "bought precursor chemicals from suppliers in China's Hubei and Guangdong provinces, "
                "relabeled them as industrial dyes and shipped them to the Mexican port of Manzanillo, "
                "where they were handed to drug trafficking groups"],
           note="'according to' interrupting the content"),
         S("Treasury said the companies used shell firms in Hong Kong to move at least $38 million in "
           "payments over three years.",
           US, "the companies used shell firms in Hong Kong to move at least $38 million in payments "
               "over three years"),
         S("It also named two vendors of pill presses that it said had shipped machines to buyers in "
           "Sinaloa state.",
           US, "had shipped machines to buyers in Sinaloa state",
           note="naming the vendors is an act; 'that it said' carries the claim")],
        [S("“These suppliers know exactly who their customers are and what their chemicals are used "
           "for,” Laura Pettigrew, Treasury's under secretary for terrorism and financial "
           "intelligence, said in a statement.",
           US, "These suppliers know exactly who their customers are and what their chemicals are "
               "used for",
           quotes=[Q("These suppliers know exactly who their customers are and what their chemicals "
                     "are used for,", "Laura Pettigrew", PET, "United States")]),
         S("The department would keep “using every tool we have” to cut off the flow at its source, "
           "she said.",
           US, "The department would keep “using every tool we have” to cut off the flow at its source",
           quotes=[Q("using every tool we have", "she", PET, "United States")])],
        [S("A senior Treasury official, who briefed reporters on the condition of anonymity under "
           "ground rules set by the department, said the action followed an 18-month investigation "
           "carried out with the Drug Enforcement Administration.",
           US, "the action followed an 18-month investigation carried out with the Drug Enforcement "
               "Administration",
           note="unnamed, but the title names a US department"),
         S("The official said several of the Chinese companies advertised openly on business-to-"
           "business websites, promising buyers in Mexico and the United States “guaranteed customs "
           "clearance.”",
           US, "several of the Chinese companies advertised openly on business-to-business websites, "
               "promising buyers in Mexico and the United States “guaranteed customs clearance.”",
           note="the quoted phrase is the companies' advertising wording, relayed by the official",
           quotes=[Q("guaranteed customs clearance.", "several of the Chinese companies",
                     "the sanctioned Chinese companies (their online advertisements)", "other",
                     note="companies give no side; the sentence is still the official's (US)")]),
         S("The companies, the official said, often changed their names and web addresses after being "
           "flagged by regulators.",
           US, ["The companies", "often changed their names and web addresses after being flagged by "
                "regulators"], note="parenthetical cue splitting the content"),
         S("Three of them had been named in a federal indictment unsealed in New York last year.",
           NONE, note="no cue: the narrator's own statement, though it follows reported speech")],
        [S("The sanctions freeze any property the targets hold under U.S. jurisdiction and generally "
           "bar Americans from dealing with them.",
           NONE, note="narrator explains the legal effect"),
         S("Banks that process their transactions could also face penalties.",
           NONE)],
        [S("Pettigrew said the department was working with Mexican authorities and with banks in the "
           "region to trace the payments.",
           US, "the department was working with Mexican authorities and with banks in the region to "
               "trace the payments"),
         S("“This is not a one-time action,” she said.",
           US, "This is not a one-time action",
           quotes=[Q("This is not a one-time action,", "she", PET, "United States")]),
         S("“Every time these networks reorganize, we will find them.",
           US, "Every time these networks reorganize, we will find them",
           note="quotation runs on into the next paragraph",
           quotes=[Q("Every time these networks reorganize, we will find them. And every time we "
                     "find them, we will make sure the world knows their names.", "she", PET,
                     "United States",
                     note="run-on over two paragraphs, filed under the sentence it opens in")])],
        [S("“And every time we find them, we will make sure the world knows their names.”",
           US, "And every time we find them, we will make sure the world knows their names",
           note="reopened run-on quotation continues Pettigrew")],
        [S("Synthetic opioids, mainly fentanyl, were involved in about 48,000 overdose deaths in the "
           "United States last year, according to provisional figures from the Centers for Disease "
           "Control and Prevention.",
           UNDEC, note="statistic credited to a US agency, no stance in the dispute"),
         S("Treasury has now sanctioned more than 300 people and entities over the drug's supply chain "
           "since 2019.",
           NONE, note="narrator background count, no attribution")],
        [S("The Chinese Embassy in Washington did not immediately respond to a request for comment on "
           "Thursday.",
           NONE, note="no response: no claim")],
    ]
    return (61, "treasury_fentanyl_sanctions",
            "one-sided wire story on a US Treasury sanctions announcement (no Chinese response)",
            "straight", h, P)


# ---------------------------------------------------------------------------------------
# 62  One-sided Chinese story: provincial government and ministry statements (drones)
# ---------------------------------------------------------------------------------------
def a62():
    GDIIT = "Guangdong Provincial Department of Industry and Information Technology"
    MIIT = "Ministry of Industry and Information Technology of China (MIIT)"
    LIN = "Lin Shuhua, deputy director, " + GDIIT
    h = S("Guangdong rolls out support for drone makers hit by US ban", NONE, note="an act")
    P = [
        [S("GUANGZHOU — The Guangdong provincial government on Wednesday unveiled a package of "
           "measures to help drone manufacturers affected by a recent US ban, saying the restrictions "
           "were discriminatory and would not stop the growth of China's low-altitude economy.",
           CN, "the restrictions were discriminatory and would not stop the growth of China's "
               "low-altitude economy",
           note="dateline sentence; a provincial government speaks for China")],
        [S("The measures include 3 billion yuan ($415 million) in special funds, faster customs "
           "clearance for drone exports to other markets and subsidies for companies that develop new "
           "product lines, according to a statement from the provincial department of industry and "
           "information technology.",
           CN, "The measures include 3 billion yuan ($415 million) in special funds, faster customs "
               "clearance for drone exports to other markets and subsidies for companies that develop "
               "new product lines",
           note="'according to' a provincial department: an attribution, not a survey statistic"),
         S("The statement said the US decision to bar new Chinese-made drones from its market was “a "
           "typical act of economic bullying” that violated the principles of fair competition.",
           CN, "the US decision to bar new Chinese-made drones from its market was “a typical act of "
               "economic bullying” that violated the principles of fair competition",
           quotes=[Q("a typical act of economic bullying", "The statement", GDIIT + " (statement)",
                     "China")]),
         S("It added that drones made in Guangdong account for more than 70 percent of global consumer "
           "drone sales and are used safely in more than 100 countries and regions.",
           CN, "drones made in Guangdong account for more than 70 percent of global consumer drone "
               "sales and are used safely in more than 100 countries and regions",
           note="a figure asserted in the statement with a stance ('used safely'): a claim")],
        [S("Provincial officials said at a news conference in Guangzhou that the province is home to more than "
           "2,100 drone-related companies, most of them in Shenzhen, and that the sector employs "
           "about 190,000 people.",
           CN, ["the province is home to more than 2,100 drone-related companies, most of them in "
                "Shenzhen", "the sector employs about 190,000 people"],
           note="figures spoken by provincial officials (a state body named by 'provincial') at a news "
                "conference: speech, not '?'"),
         S("“Our enterprises have the technology, the supply chains and the customers,” said Lin "
           "Shuhua, deputy director of the provincial department.",
           CN, "Our enterprises have the technology, the supply chains and the customers",
           quotes=[Q("Our enterprises have the technology, the supply chains and the customers,",
                     "Lin Shuhua", LIN, "China")]),
         S("“No single market can decide their future.”",
           CN, "No single market can decide their future",
           quotes=[Q("No single market can decide their future.", "Lin Shuhua", LIN, "China",
                     note="continuation pair, no new cue")]),
         S("Lin said the provincial government would also help companies set up service centers in "
           "Southeast Asia, the Middle East and Latin America.",
           CN, "the provincial government would also help companies set up service centers in "
               "Southeast Asia, the Middle East and Latin America")],
        [S("Guangdong's output of civilian drones rose 24.6 percent year-on-year in the first three "
           "quarters, according to the provincial statistics bureau.",
           UNDEC, note="statistic credited to a provincial statistics bureau, no stance")],
        [S("In Beijing, the Ministry of Industry and Information Technology said in a separate "
           "statement that the US had “abused state power” to suppress Chinese companies and had "
           "offered no evidence that Chinese drones posed a security risk.",
           CN, "the US had “abused state power” to suppress Chinese companies and had offered no "
               "evidence that Chinese drones posed a security risk",
           quotes=[Q("abused state power", "the Ministry of Industry and Information Technology",
                     MIIT, "China")]),
         S("The ministry said it would work with local governments to stabilize supply chains and "
           "help drone makers expand into new markets.",
           CN, "it would work with local governments to stabilize supply chains and help drone makers "
               "expand into new markets"),
         S("It called on the US side to “stop politicizing economic and trade issues” and to provide "
           "a fair and non-discriminatory environment for Chinese firms.",
           CN, "to “stop politicizing economic and trade issues” and to provide a fair and "
               "non-discriminatory environment for Chinese firms",
           quotes=[Q("stop politicizing economic and trade issues", "It", MIIT, "China")])],
        [S("Zhou Yibo, a researcher at the Low-Altitude Economy Research Institute under the Ministry "
           "of Industry and Information Technology, said the ban would push Chinese manufacturers to "
           "diversify faster than they otherwise would have.",
           CN, "the ban would push Chinese manufacturers to diversify faster than they otherwise "
               "would have",
           note="apposition names a research body placed under a ministry -> China"),
         S("Wen Jiali, an associate professor at the South China Institute of Technology, said smaller "
           "suppliers that relied on US orders would be hit hardest.",
           NONE, note="a university researcher gives no side")],
        [S("China Central Television reported that Skyfold Technology, a Shenzhen-based drone maker, "
           "expected the ban to affect less than 10 percent of its overseas revenue, citing a company "
           "executive.",
           NONE, note="state media relaying a company executive: the quoted person (a company) is "
                      "the source, not the outlet"),
         S("Skyfold said in a post on its official WeChat account that its production and operations "
           "were normal.",
           NONE, note="a company")],
        [S("The US Federal Communications Commission last month added drones and key components made "
           "by foreign companies to a list of equipment barred from receiving new US authorizations, "
           "a move that mainly affects Chinese manufacturers.",
           NONE, note="a US act, narrated; no US claim reported")],
    ]
    return (62, "guangdong_drone_support",
            "one-sided Chinese English-language daily story paraphrasing a provincial government and "
            "a ministry statement (no US response)",
            "curly", h, P)


# ---------------------------------------------------------------------------------------
# 63  Magazine feature (soybeans)
# ---------------------------------------------------------------------------------------
def a63():
    WHF = "Karen Whitfield, USDA Foreign Agricultural Service"
    MARA = "Ministry of Agriculture and Rural Affairs of China"
    h = S("The Beans Have Nowhere to Go", NONE, note="feature headline, narrator")
    P = [
        [S("ALDEN FALLS, Iowa — By the second week of October, the combines on Ray Sorensen's farm had "
           "been running for nine days straight, and the steel bins behind his machine shed were "
           "nearly full.",
           NONE, note="dateline sentence; scene-setting"),
         S("The soybeans inside them, some 40,000 bushels, have no obvious buyer.", NONE)],
        [S("For most of the past two decades, a large share of the beans grown in this corner of "
           "north-central Iowa ended up in China, crushed into meal for hog feed and oil for cooking.",
           NONE),
         S("This year the Chinese buyers have all but disappeared.", NONE)],
        [S("“You plant in April thinking you know who your customer is,” Sorensen said one afternoon, "
           "leaning against the tailgate of his pickup as a grain truck idled nearby.",
           NONE, note="a private farmer: other",
           quotes=[Q("You plant in April thinking you know who your customer is,", "Sorensen",
                     "Ray Sorensen, Iowa farmer", "other")]),
         S("“By September you find out you don't have one.”",
           NONE, quotes=[Q("By September you find out you don't have one.", "Sorensen",
                           "Ray Sorensen, Iowa farmer", "other")])],
        [S("U.S. soybean exports to China fell to 6.2 million metric tons in the marketing year that "
           "ended Aug. 31, less than a quarter of their level five years earlier, according to the "
           "U.S. Department of Agriculture.",
           UNDEC, note="statistic credited to a US agency, no stance"),
         S("Washington blames the retaliatory tariffs Beijing imposed in the spring; Beijing says the "
           "United States started the fight.",
           BOTH, ["the retaliatory tariffs Beijing imposed in the spring",
                  "the United States started the fight"],
           note="two attributions in one sentence")],
        [S("Karen Whitfield, who oversees export promotion at the Agriculture Department's Foreign "
           "Agricultural Service, said in an interview that the department was helping exporters find "
           "new buyers in Southeast Asia, North Africa and Latin America.",
           US, "the department was helping exporters find new buyers in Southeast Asia, North Africa "
               "and Latin America"),
         S("“We can't replace China overnight,” Whitfield said, “and nobody at USDA is pretending we "
           "can.”",
           US, ["We can't replace China overnight", "and nobody at USDA is pretending we can"],
           note="split quotation: two fragments, one speaker",
           quotes=[Q("We can't replace China overnight,", "Whitfield", WHF, "United States"),
                   Q("and nobody at USDA is pretending we can.", "Whitfield", WHF, "United States")]),
         S("But the market, she said, would not recover until the tariff dispute was resolved.",
           US, ["the market", "would not recover until the tariff dispute was resolved"])],
        [S("Some 7,000 miles away, in the port city of Dalian, Gao Rui spends her days on the phone "
           "with shipping agents in Santos and Paranaguá.",
           NONE),
         S("Gao, a purchasing manager at Bohai Grain and Oils, a private crusher, said her company had "
           "shifted almost all of its orders to Brazil this year.",
           NONE, note="a Chinese importer (company employee) gives no side"),
         S("“Brazilian beans are cheaper now, and the quality is good.",
           NONE, quotes=[Q("Brazilian beans are cheaper now, and the quality is good. For us it is a "
                           "question of price, not politics,", "she", "Gao Rui, Bohai Grain and Oils",
                           "other", note="one pair of marks enclosing two sentences")]),
         S("For us it is a question of price, not politics,” she said.", NONE)],
        [S("China's Ministry of Agriculture and Rural Affairs said in a written response to questions "
           "that the country's soybean supply was “stable and sufficient” and that China “welcomes "
           "cooperation with all countries on the basis of mutual benefit.”",
           CN, ["the country's soybean supply was “stable and sufficient”",
                "China “welcomes cooperation with all countries on the basis of mutual benefit.”"],
           quotes=[Q("stable and sufficient", "China's Ministry of Agriculture and Rural Affairs",
                     MARA, "China"),
                   Q("welcomes cooperation with all countries on the basis of mutual benefit.",
                     "China's Ministry of Agriculture and Rural Affairs", MARA, "China")]),
         S("The ministry did not address the tariffs directly, but said trade frictions should be "
           "resolved “through dialogue on an equal footing.”",
           CN, "trade frictions should be resolved “through dialogue on an equal footing.”",
           note="'did not address' is the narrator's observation",
           quotes=[Q("through dialogue on an equal footing.", "The ministry", MARA, "China")])],
        [S("The cost of the standoff is starting to show up in farm ledgers.", NONE),
         S("A September report by the Prairie Grain Policy Center, a Des Moines think tank, titled "
           "“Stranded Harvest: What Losing China Costs the Corn Belt,” estimated that Iowa soybean "
           "growers could lose $1.4 billion in revenue this year.",
           NONE, note="a private think tank's estimate: third party",
           quotes=[Q("Stranded Harvest: What Losing China Costs the Corn Belt,", "", "", "other",
                     kind="title", note="report title, not a quotation")]),
         S("Land values in parts of the state have slipped for the first time in a decade, the report "
           "found.",
           NONE, note="third party")],
        [S("Sorensen has rented extra storage from a neighbor and is betting that prices will recover "
           "by spring.", NONE),
         S("“I've been through bad years before,” he said, looking out over the stubble.",
           NONE, quotes=[Q("I've been through bad years before,", "he", "Ray Sorensen, Iowa farmer",
                           "other")]),
         S("“I just never had one that was decided in Washington and Beijing.”",
           NONE, quotes=[Q("I just never had one that was decided in Washington and Beijing.", "he",
                           "Ray Sorensen, Iowa farmer", "other")])],
    ]
    return (63, "iowa_soybeans_feature", "magazine feature with scene-setting narration",
            "curly", h, P)


# ---------------------------------------------------------------------------------------
# 64  South China Morning Post story (shipping fees)
# ---------------------------------------------------------------------------------------
def a64():
    USTR = "Office of the United States Trade Representative (USTR)"
    WHT = "Dana Whitaker, former deputy US trade representative, Potomac Trade Forum"
    CHEN = "Chen Mingyu, maritime economist, Harbour City University"
    h = S("China hits back at US port fees with special levy on American-linked ships",
          NONE, note="an act")
    P = [
        [S("Beijing — China will charge special port fees on vessels owned, operated or built in the "
           "United States from next month, the commerce ministry said on Friday, in a tit-for-tat "
           "response to American charges on Chinese ships that took effect this week.",
           CN, "China will charge special port fees on vessels owned, operated or built in the United "
               "States from next month",
           note="dateline sentence; 'in a tit-for-tat response' is the reporter's framing")],
        [S("The fees, set at 400 yuan (US$56) per net tonne for each voyage and rising every year until "
           "2028, are “a necessary defensive measure” to protect Chinese shipping companies, the "
           "ministry said in a statement.",
           CN, "The fees, set at 400 yuan (US$56) per net tonne for each voyage and rising every year "
               "until 2028, are “a necessary defensive measure” to protect Chinese shipping companies",
           quotes=[Q("a necessary defensive measure", "the ministry", MOFCOM, "China")]),
         S("The American measures “seriously violate” World Trade Organization rules and the spirit of "
           "the China-US maritime agreement, it added.",
           CN, "The American measures “seriously violate” World Trade Organization rules and the spirit "
               "of the China-US maritime agreement",
           quotes=[Q("seriously violate", "it", MOFCOM, "China")])],
        [S("The decision followed weeks of internal debate over how hard to hit back, according to two "
           "people familiar with the discussions.",
           NONE, note="unnamed sources with no institution: no side"),
         S("One of the sources said some officials had worried that the fees would raise costs for "
           "Chinese exporters who depend on US-linked carriers.",
           NONE, note="the source has no institution; 'some officials' sit inside the source's claim"),
         S("Another said the final rate was chosen to mirror the US charges “dollar for dollar”.",
           NONE, quotes=[Q("dollar for dollar", "Another",
                           "an unnamed person familiar with the discussions", "other")])],
        [S("Washington says its fees are meant to revive American shipbuilding, while Beijing calls "
           "them protectionism dressed up as security policy.",
           BOTH, ["its fees are meant to revive American shipbuilding",
                  "them protectionism dressed up as security policy"],
           note="two attributions")],
        [S("The Office of the US Trade Representative said in a statement that China's fees were "
           "“unjustified retaliation” and that the US charges were needed to counter Beijing's "
           "“targeted dominance” of the maritime and shipbuilding sectors.",
           US, ["China's fees were “unjustified retaliation”",
                "the US charges were needed to counter Beijing's “targeted dominance” of the maritime "
                "and shipbuilding sectors"],
           quotes=[Q("unjustified retaliation", "The Office of the US Trade Representative", USTR,
                     "United States"),
                   Q("targeted dominance", "The Office of the US Trade Representative", USTR,
                     "United States")]),
         S("USTR spokesman Kevin Albright said Washington remained open to talks but would not lift its "
           "measures “as long as the underlying practices continue”.",
           US, "Washington remained open to talks but would not lift its measures “as long as the "
               "underlying practices continue”",
           quotes=[Q("as long as the underlying practices continue", "Kevin Albright",
                     "Kevin Albright, USTR spokesman", "United States")])],
        [S("Analysts say the two sets of fees could add hundreds of millions of US dollars a year to "
           "the cost of moving goods across the Pacific.",
           NONE, note="analysts: third party"),
         S("“Both sides are now using ports as weapons,” said Chen Mingyu, a maritime economist at "
           "Harbour City University in Hong Kong.",
           NONE, quotes=[Q("Both sides are now using ports as weapons,", "Chen Mingyu", CHEN,
                           "other")]),
         S("“The risk is that shippers simply reroute through third countries, and everyone pays "
           "more.”",
           NONE, quotes=[Q("The risk is that shippers simply reroute through third countries, and "
                           "everyone pays more.", "Chen Mingyu", CHEN, "other")])],
        [S("Vessels linked to the United States accounted for about 2 per cent of foreign ship calls "
           "at Chinese ports last year, according to Ministry of Transport data.",
           UNDEC, note="statistic credited to a Chinese ministry's data, no stance")],
        [S("The state-run Global Times said in an editorial on Friday that the countermeasures showed "
           "China “will not sit idly by” while its industries were targeted.",
           CN, "the countermeasures showed China “will not sit idly by” while its industries were "
               "targeted",
           note="a state media outlet speaking in its own voice (editorial) -> China",
           quotes=[Q("will not sit idly by", "The state-run Global Times",
                     "Global Times (Chinese state media)", "China")])],
        [S("Dana Whitaker, a former deputy US trade representative now at the Potomac Trade Forum, "
           "said both governments had left themselves room to negotiate.",
           NONE, note="a former official at a private think tank: no side"),
         S("“Neither fee is fully in force until next year,” she said.",
           NONE, quotes=[Q("Neither fee is fully in force until next year,", "she", WHT, "other")]),
         S("“That's not an accident.”",
           NONE, quotes=[Q("That's not an accident.", "she", WHT, "other")])],
        [S("Shares of Hong Kong-listed Orient Pacific Shipping, which operates several US-built car "
           "carriers, fell 3.2 per cent on Friday.", NONE),
         S("The company said in a filing to the stock exchange that it was assessing the impact of the "
           "new fees.",
           NONE, note="a company")],
    ]
    return (64, "scmp_port_fees",
            "South China Morning Post story with unnamed sources, analysts, a commerce ministry "
            "statement and a USTR response",
            "curly", h, P)


ARTICLES = [a57, a58, a59, a60, a61, a62, a63, a64]


def main():
    rows = []
    for fn in ARTICLES:
        num, slug, style, marks, h, P = fn()
        rows.append(write_article(OUT, num, slug, style, marks, h, P))
    print("| article | words | sentences | sided | ? | quotations |")
    for r in rows:
        print(f"| {r['article']} | {r['words']} | {r['sentences']} | {r['sided']} | "
              f"{r['undecidable']} | {r['quotations']} |")


if __name__ == "__main__":
    sys.exit(main())
