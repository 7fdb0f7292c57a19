#!/usr/bin/env python3
"""Builds articles 105-112 (split "untouched") with their gold.
One function per article; every sentence carries its gold right under it.
All people, companies, think tanks and universities are invented."""
import os
import sys

from lib import BOTH, CN, NONE, UNK, US, S, q, scare, title, write_article

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- 105
def a105():
    Z = "Zhang Hongyu, spokesperson, Ministry of National Defense"
    h = S("Chinese defense spokesperson urges U.S. to stop arms sales to Taiwan region",
          CN, ["stop arms sales to Taiwan region"],
          "urges X to ...: content is the infinitive clause")
    P = []
    P.append([
        S("BEIJING, May 30 (Xinhua) -- A spokesperson for China’s Ministry of National Defense on Thursday urged the United States to immediately stop arming the Taiwan region and stop sending wrong signals to “Taiwan independence” separatist forces.",
          CN, ["immediately stop arming the Taiwan region",
               "stop sending wrong signals to “Taiwan independence” separatist forces"],
          "ministry spokesperson urges; two infinitive clauses",
          [scare("Taiwan independence", "Xinhua holds the term at a distance")]),
    ])
    P.append([
        S("Zhang Hongyu, the ministry’s spokesperson, made the remarks at a monthly press conference when asked about the U.S. State Department’s approval of a possible sale of missiles and radar equipment worth about 1.1 billion U.S. dollars to the island.",
          NONE, [], "'made the remarks' reports no claim; the US approval is an act"),
    ])
    P.append([
        S("“The U.S. move seriously violates the one-China principle and the provisions of the three China-U.S. joint communiques, especially the August 17 Communique,” Zhang said, adding that China has lodged stern representations with the U.S. side.",
          CN, ["The U.S. move seriously violates the one-China principle and the provisions of the three China-U.S. joint communiques, especially the August 17 Communique",
               "China has lodged stern representations with the U.S. side"],
          "surname alone after full name; quotation plus adding-that clause",
          [q("The U.S. move seriously violates the one-China principle and the provisions of the three China-U.S. joint communiques, especially the August 17 Communique,",
             "Zhang", Z, "China")]),
    ])
    P.append([
        S("“The Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-U.S. relations.",
          CN, ["The Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-U.S. relations"],
          "opens a quotation that runs on into the next paragraph; speaker given there",
          [q("The Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-U.S. relations. Anyone who attempts to use Taiwan to contain China will only end up failing. The Chinese People’s Liberation Army will take all necessary measures to resolutely defend national sovereignty and territorial integrity,",
             "he", Z, "China", "run-on over two paragraphs; 'he' is Zhang")]),
        S("Anyone who attempts to use Taiwan to contain China will only end up failing.",
          CN, ["Anyone who attempts to use Taiwan to contain China will only end up failing"],
          "continues Zhang's quotation"),
    ])
    P.append([
        S("“The Chinese People’s Liberation Army will take all necessary measures to resolutely defend national sovereignty and territorial integrity,” he said.",
          CN, ["The Chinese People’s Liberation Army will take all necessary measures to resolutely defend national sovereignty and territorial integrity"],
          "end of the run-on quotation; he = Zhang"),
    ])
    P.append([
        S("Asked about a U.S. Navy destroyer’s transit through the Taiwan Strait last week, Zhang noted that troops of the PLA Eastern Theater Command had tracked and monitored the vessel throughout its passage and handled the situation in accordance with laws and regulations.",
          CN, ["troops of the PLA Eastern Theater Command had tracked and monitored the vessel throughout its passage and handled the situation in accordance with laws and regulations"],
          "'noted that'"),
        S("He said the U.S. side had hyped up so-called “freedom of navigation” to mislead the international community, and that the transit “disturbed the situation and undermined peace and stability across the Taiwan Strait.”",
          CN, ["the U.S. side had hyped up so-called “freedom of navigation” to mislead the international community",
               "the transit “disturbed the situation and undermined peace and stability across the Taiwan Strait"],
          "pronoun from earlier sentence; scare quote plus partial quotation",
          [scare("freedom of navigation", "so-called"),
           q("disturbed the situation and undermined peace and stability across the Taiwan Strait.",
             "He", Z, "China")]),
    ])
    P.append([
        S("Commenting on an annual Pentagon report titled “Military and Security Developments Involving the People’s Republic of China,” Zhang said the report “distorted China’s national defense policy and military strategy” and made groundless speculation about China’s nuclear forces.",
          CN, ["the report “distorted China’s national defense policy and military strategy” and made groundless speculation about China’s nuclear forces"],
          "title in marks is not the Pentagon speaking; 'the report' is a document noun in Zhang's claim",
          [title("Military and Security Developments Involving the People’s Republic of China,"),
           q("distorted China’s national defense policy and military strategy", "Zhang", Z, "China")]),
    ])
    P.append([
        S("“China’s nuclear policy is consistent and transparent.",
          CN, ["China’s nuclear policy is consistent and transparent"],
          "one pair of marks over two sentences; filed here",
          [q("China’s nuclear policy is consistent and transparent. We remain firmly committed to a nuclear strategy of self-defense and to the policy of no first use of nuclear weapons at any time and under any circumstances,",
             "the spokesperson", Z, "China")]),
        S("We remain firmly committed to a nuclear strategy of self-defense and to the policy of no first use of nuclear weapons at any time and under any circumstances,” the spokesperson said.",
          CN, ["We remain firmly committed to a nuclear strategy of self-defense and to the policy of no first use of nuclear weapons at any time and under any circumstances"],
          "role noun 'the spokesperson'"),
    ])
    P.append([
        S("The United States, which possesses the largest and most advanced nuclear arsenal in the world, is in no position to make irresponsible remarks about China’s normal defense development, he said.",
          CN, ["The United States, which possesses the largest and most advanced nuclear arsenal in the world, is in no position to make irresponsible remarks about China’s normal defense development"],
          "reported speech with the cue at the end; relative clause inside the claim"),
    ])
    P.append([
        S("A reporter also asked about remarks by a U.S. Indo-Pacific Command official who claimed that Chinese fighter jets had carried out “unsafe and unprofessional” intercepts of U.S. reconnaissance aircraft this year.",
          US, ["Chinese fighter jets had carried out “unsafe and unprofessional” intercepts of U.S. reconnaissance aircraft this year"],
          "the reporter's question relays a US military official's claim (relative clause)",
          [q("unsafe and unprofessional", "a U.S. Indo-Pacific Command official",
             "unnamed official, U.S. Indo-Pacific Command", "United States")]),
        S("Zhang said such claims were “a typical case of a thief crying ‘stop thief’” and that the root cause of maritime and air security risks was the frequent close-in reconnaissance by U.S. vessels and aircraft near China’s coast.",
          CN, ["such claims were “a typical case of a thief crying ‘stop thief’”",
               "the root cause of maritime and air security risks was the frequent close-in reconnaissance by U.S. vessels and aircraft near China’s coast"],
          "'such claims' is a noun, not a US cue; nested single marks get no record",
          [q("a typical case of a thief crying ‘stop thief’", "Zhang", Z, "China")]),
    ])
    P.append([
        S("He called on the U.S. side to stop its dangerous provocations and to work with China to keep military-to-military relations on a sound and steady track.",
          CN, ["stop its dangerous provocations",
               "work with China to keep military-to-military relations on a sound and steady track"],
          "called on X to ...: infinitive clauses"),
    ])
    P.append([
        S("On maritime security consultations, spokesperson Zhang said the two militaries held a working-level meeting in Qingdao earlier this month, during which the two sides had “candid and constructive” exchanges on the safety of naval and air encounters.",
          CN, ["the two militaries held a working-level meeting in Qingdao earlier this month, during which the two sides had “candid and constructive” exchanges on the safety of naval and air encounters"],
          "",
          [q("candid and constructive", "Zhang", Z, "China")]),
        S("The meeting was held under the framework of the China-U.S. Military Maritime Consultative Agreement, which was signed in 1998.",
          NONE, [], "narrator background"),
    ])
    P.append([
        S("Zhang also announced that the PLA Navy hospital ship Peace Ark will set out next month on a 150-day humanitarian mission to South Pacific countries.",
          NONE, [], "announcing a measure is an act, even with a that-clause"),
    ])
    return write_article(OUT, 105, "mnd_monthly_presser", "Xinhua English wire: Ministry of National Defense monthly press conference, typographic quotes, 'BEIJING, May 30 (Xinhua) --'", h, P)


# ---------------------------------------------------------------- 106
def a106():
    GT = "Global Times (editorial)"
    TAN = "Tan Minjie, research fellow, Institute of Education Policy Studies (under the Ministry of Education)"
    LI = "Li Haoran, professor, Huaihai University of Foreign Studies"
    WH = "Dale Whitcomb, US Representative (Republican, Ohio)"
    h = S("GT editorial calls US student visa bill a ‘wall against its own future’",
          CN, ["US student visa bill a ‘wall against its own future’"],
          "state media's own editorial voice; 'calls X Y': content is X Y",
          [q("wall against its own future", "GT editorial", GT, "China",
             "headline single marks; speaker is the subject of the clause")])
    P = []
    P.append([
        S("BEIJING, Nov 14 (Global Times) -- A bill passed by the US House of Representatives on Wednesday that would shut Chinese nationals out of graduate study in dozens of science and engineering fields has drawn strong criticism in China, with a Global Times editorial warning that Washington is “building a wall against its own future.”",
          CN, ["Washington is “building a wall against its own future"],
          "the House passing a bill is an act; the editorial's warning is China",
          [q("building a wall against its own future.", "a Global Times editorial", GT, "China")]),
    ])
    P.append([
        S("The bill, called the Safeguarding American Laboratories Act, would require consular officers to refuse student and exchange visas to Chinese applicants seeking to study subjects on a Pentagon list of critical technologies.",
          NONE, [], "narrator describes the bill"),
        S("Its sponsors, led by Representative Dale Whitcomb, a Republican from Ohio, say the measure is needed to keep what they call “CCP-linked students” out of sensitive US laboratories.",
          US, ["the measure is needed to keep what they call “CCP-linked students” out of sensitive US laboratories"],
          "members of Congress; apposition between speaker and verb",
          [q("CCP-linked students", "they",
             "sponsors of the bill, led by Rep. Dale Whitcomb (members of Congress)", "United States",
             "their phrase, reported with 'what they call'")]),
    ])
    P.append([
        S("“We are not going to train the engineers who will design the weapons aimed at our sailors,” Whitcomb said in a statement after the 241-187 vote.",
          US, ["We are not going to train the engineers who will design the weapons aimed at our sailors"],
          "surname alone",
          [q("We are not going to train the engineers who will design the weapons aimed at our sailors,",
             "Whitcomb", WH, "United States")]),
    ])
    P.append([
        S("In an editorial published on Thursday, the Global Times said the bill “turns the normal pursuit of knowledge into a crime of nationality” and exposes the deep anxiety of some US politicians about China’s development.",
          CN, ["the bill “turns the normal pursuit of knowledge into a crime of nationality” and exposes the deep anxiety of some US politicians about China’s development"],
          "state media in its own voice",
          [q("turns the normal pursuit of knowledge into a crime of nationality", "the Global Times", GT, "China")]),
    ])
    P.append([
        S("“What these politicians fear,” the GT editorial said, “is not espionage but competition.”",
          CN, ["What these politicians fear", "is not espionage but competition"],
          "split quotation: two records, one speaker; interrupting cue gives two substrings",
          [q("What these politicians fear,", "the GT editorial", GT, "China", "split quotation, first part"),
           q("is not espionage but competition.", "the GT editorial", GT, "China", "split quotation, second part")]),
        S("It noted that Chinese students and scholars have made “irreplaceable contributions” to American universities for more than four decades, and that closing the door would only speed up the flow of talent to other countries.",
          CN, ["Chinese students and scholars have made “irreplaceable contributions” to American universities for more than four decades",
               "closing the door would only speed up the flow of talent to other countries"],
          "'It' = the editorial",
          [q("irreplaceable contributions", "It", GT, "China")]),
    ])
    P.append([
        S("“Washington likes to talk about a ‘small yard, high fence.’",
          CN, ["Washington likes to talk about a ‘small yard, high fence"],
          "opens a run-on quotation of the editorial; nested single marks",
          [q("Washington likes to talk about a ‘small yard, high fence.’ Now the yard is no longer small, and the fence has been built around classrooms. History will show who loses from such a policy,",
             "the editorial", GT, "China", "run-on over two paragraphs")]),
        S("Now the yard is no longer small, and the fence has been built around classrooms.",
          CN, ["Now the yard is no longer small, and the fence has been built around classrooms"],
          "continues the editorial's quotation"),
    ])
    P.append([
        S("“History will show who loses from such a policy,” the editorial said.",
          CN, ["History will show who loses from such a policy"],
          "end of run-on quotation"),
    ])
    P.append([
        S("Tan Minjie, a research fellow at the Institute of Education Policy Studies under the Ministry of Education, told the Global Times on Thursday that applications from Chinese students to US graduate programs had already fallen by nearly a fifth over the past three years.",
          CN, ["applications from Chinese students to US graduate programs had already fallen by nearly a fifth over the past three years"],
          "research institute under a ministry takes the ministry's side"),
        S("“Many families now see the US as unwelcoming, even unsafe.",
          CN, ["Many families now see the US as unwelcoming, even unsafe"],
          "one pair over two sentences, filed here",
          [q("Many families now see the US as unwelcoming, even unsafe. This bill will only confirm their fears,",
             "Tan", TAN, "China")]),
        S("This bill will only confirm their fears,” Tan said.",
          CN, ["This bill will only confirm their fears"], "continues Tan's quotation"),
    ])
    P.append([
        S("Li Haoran, a professor of international relations at Huaihai University of Foreign Studies, said the bill was unlikely to become law in its current form but reflected a “bipartisan mood of suspicion” in Washington.",
          NONE, [], "university scholar: no side",
          [q("bipartisan mood of suspicion", "Li Haoran", LI, "other")]),
        S("“The Senate may water it down, but the signal has already reached every Chinese student holding an offer letter,” Li told the Global Times.",
          NONE, [], "university scholar: no side",
          [q("The Senate may water it down, but the signal has already reached every Chinese student holding an offer letter,",
             "Li", LI, "other")]),
    ])
    P.append([
        S("The bill must still pass the Senate and be signed by the president to become law.",
          NONE, [], "narrator"),
    ])
    P.append([
        S("Chinese Foreign Ministry spokesperson Qin Yuelan said on Wednesday that China “firmly opposes” the politicization of educational exchanges, and urged the US side to provide an open, fair and non-discriminatory environment for Chinese students.",
          CN, ["China “firmly opposes” the politicization of educational exchanges",
               "provide an open, fair and non-discriminatory environment for Chinese students"],
          "title before the name",
          [q("firmly opposes", "Qin Yuelan", "Qin Yuelan, spokesperson, Foreign Ministry", "China")]),
    ])
    P.append([
        S("Such so-called “security” measures, the editorial concluded, are “a self-inflicted wound that no amount of political theater can disguise.”",
          CN, ["Such so-called “security” measures",
               "are “a self-inflicted wound that no amount of political theater can disguise"],
          "interrupting cue: two substrings; scare quote plus quotation",
          [scare("security", "so-called"),
           q("a self-inflicted wound that no amount of political theater can disguise.",
             "the editorial", GT, "China")]),
    ])
    return write_article(OUT, 106, "gt_student_visa_bill", "Global Times English: editorial plus expert reaction to a US House bill, typographic quotes, 'BEIJING, Nov 14 (Global Times) --'", h, P)


# ---------------------------------------------------------------- 107
def a107():
    DIM = "Arnel Dimaculangan, spokesman, Philippine Department of National Defense"
    MOR = "Kenta Moriyama, Chief Cabinet Secretary of Japan"
    h = S("Manila, Tokyo voice alarm after China-US aircraft near-miss off Luzon",
          NONE, [], "third parties; no claim content")
    P = []
    P.append([
        S("MANILA, Oct 3 (AFP) - The Philippines on Friday called for “restraint and professionalism” from all sides after a Chinese fighter jet and a US Navy patrol plane flew within a few dozen metres of each other over waters Manila claims as part of its exclusive economic zone.",
          NONE, [], "the Philippines is a third party",
          [q("restraint and professionalism", "The Philippines", "Government of the Philippines", "other")]),
    ])
    P.append([
        S("Arnel Dimaculangan, a spokesman for the Philippine Department of National Defense, told reporters the encounter took place on Wednesday about 110 nautical miles (200 kilometres) west of Luzon and that the armed forces had been “informed by our ally in real time.”",
          NONE, [], "Philippine official: third party",
          [q("informed by our ally in real time.", "Arnel Dimaculangan", DIM, "other")]),
    ])
    P.append([
        S("“We are not a party to this incident, but it happened in our backyard,” Dimaculangan said.",
          NONE, [], "third party",
          [q("We are not a party to this incident, but it happened in our backyard,", "Dimaculangan", DIM, "other")]),
        S("A collision there would have endangered Filipino fishermen and the aircraft that use the area, he added.",
          NONE, [], "he = Dimaculangan, third party"),
    ])
    P.append([
        S("The US Indo-Pacific Command said in a statement that the Chinese J-16 had performed an “unsafe” manoeuvre, cutting directly across the nose of the P-8A Poseidon and forcing its crew to fly through the jet’s wake turbulence.",
          US, ["the Chinese J-16 had performed an “unsafe” manoeuvre, cutting directly across the nose of the P-8A Poseidon and forcing its crew to fly through the jet’s wake turbulence"],
          "US military command",
          [q("unsafe", "The US Indo-Pacific Command", "US Indo-Pacific Command", "United States",
             "one word, but the command's own word, not a scare quote")]),
    ])
    P.append([
        S("China’s Southern Theater Command countered that the US aircraft had “deliberately approached” a Chinese training area to conduct close-in reconnaissance and that its own pilots had acted “in a professional and standard manner.”",
          CN, ["the US aircraft had “deliberately approached” a Chinese training area to conduct close-in reconnaissance",
               "its own pilots had acted “in a professional and standard manner"],
          "PLA command; 'countered that' is a speech verb",
          [q("deliberately approached", "China’s Southern Theater Command", "PLA Southern Theater Command", "China"),
           q("in a professional and standard manner.", "China’s Southern Theater Command", "PLA Southern Theater Command", "China")]),
    ])
    P.append([
        S("In Tokyo, Chief Cabinet Secretary Kenta Moriyama said Japan was “deeply concerned” and was gathering information together with its partners.",
          NONE, [], "Japan: third party",
          [q("deeply concerned", "Kenta Moriyama", MOR, "other")]),
        S("“Incidents like this can escalate in seconds.",
          NONE, [], "third party; one pair over two sentences",
          [q("Incidents like this can escalate in seconds. Communication channels between the militaries concerned must be kept open at all times,",
             "Moriyama", MOR, "other")]),
        S("Communication channels between the militaries concerned must be kept open at all times,” Moriyama told a regular news conference.",
          NONE, [], "third party"),
    ])
    P.append([
        S("At the United Nations in New York, deputy spokesperson Mireille Castañeda said the secretary-general was following the reports closely and urged “all parties to exercise maximum restraint and avoid any action that could lead to miscalculation.”",
          NONE, [], "UN: third party",
          [q("all parties to exercise maximum restraint and avoid any action that could lead to miscalculation.",
             "Mireille Castañeda", "Mireille Castañeda, UN deputy spokesperson (for the secretary-general)", "other")]),
    ])
    P.append([
        S("The European Union’s diplomatic service said freedom of overflight under the UN Convention on the Law of the Sea “must be respected by all,” without naming either country.",
          NONE, [], "EU: third party",
          [q("must be respected by all,", "The European Union’s diplomatic service", "European External Action Service", "other")]),
    ])
    P.append([
        S("Beijing routinely describes US surveillance flights near its coast as a threat to its security, while Washington insists they are lawful operations in international airspace.",
          BOTH, ["US surveillance flights near its coast as a threat to its security",
                 "they are lawful operations in international airspace"],
          "two attributions: 'describes X as Y' and 'insists'"),
    ])
    P.append([
        S("Analysts said the encounter appeared to be the closest publicly reported intercept between the two militaries in the region since 2001, when a US Navy EP-3 surveillance plane collided with a Chinese fighter off Hainan island.",
          NONE, [], "analysts: no side"),
        S("“Both sides are testing each other’s thresholds, and the Philippines has become the stage,” said Renato Villaflor, a security analyst at the Pacific Horizons Institute in Manila.",
          NONE, [], "speaker after the quotation with an apposition; analyst",
          [q("Both sides are testing each other’s thresholds, and the Philippines has become the stage,",
             "Renato Villaflor", "Renato Villaflor, analyst, Pacific Horizons Institute", "other")]),
    ])
    P.append([
        S("Villaflor said the incident would likely revive calls in Manila for an incident-prevention mechanism with Washington and Tokyo, an idea first floated last year.",
          NONE, [], "analyst"),
        S("Grace Lindqvist of the Singapore-based Strait Policy Forum said Beijing and Washington each had “a strong incentive to tell the story first,” which made independent verification difficult.",
          NONE, [], "analyst speaks about both sides; neither side's claim",
          [q("a strong incentive to tell the story first,", "Grace Lindqvist",
             "Grace Lindqvist, Strait Policy Forum", "other")]),
    ])
    P.append([
        S("Neither the Chinese embassy in Manila nor the US embassy responded to requests for comment on Friday.",
          NONE, [], "not responding is not a claim"),
    ])
    return write_article(OUT, 107, "manila_aircraft_near_miss", "AFP wire from Manila: third parties (Philippines, Japan, UN, EU, analysts) speak most, China and US briefly; typographic quotes, British spelling, 'MANILA, Oct 3 (AFP) -'", h, P)


# ---------------------------------------------------------------- 108
def a108():
    h = S("China accuses US intelligence of hacking its weather satellite network",
          CN, ["US intelligence of hacking its weather satellite network"],
          "accuse X of Y: content is X of Y")
    P = []
    P.append([
        S("Beijing, Apr 2 (EFE).- China on Wednesday accused the United States National Security Agency of carrying out a series of cyberattacks over the past two years against ground stations of its national meteorological satellite network.",
          CN, ["the United States National Security Agency of carrying out a series of cyberattacks over the past two years against ground stations of its national meteorological satellite network"],
          "accused ... of"),
    ])
    P.append([
        S("According to a report published by the National Computer Virus Emergency Response Center, the intrusions began in early 2023 and targeted servers that process data from the Fengyun series of weather satellites.",
          CN, ["the intrusions began in early 2023 and targeted servers that process data from the Fengyun series of weather satellites"],
          "according to a Chinese state body's report"),
    ])
    P.append([
        S("The center said that the attackers had used more than 40 specialized malware tools and routed their traffic through servers in several European and Asian countries to hide their origin.",
          CN, ["the attackers had used more than 40 specialized malware tools and routed their traffic through servers in several European and Asian countries to hide their origin"],
          "'said that'"),
        S("Investigators from the center and from a private cybersecurity firm, Qihang Shield Technology, traced the operation to the NSA's Office of Tailored Access Operations, according to the report.",
          CN, ["Investigators from the center and from a private cybersecurity firm, Qihang Shield Technology, traced the operation to the NSA's Office of Tailored Access Operations"],
          "'according to the report' at the end: the source is the state body's report, not the firm"),
    ])
    P.append([
        S("In a post on its official WeChat account, the Ministry of State Security said that the attacks had endangered weather forecasting for civil aviation and disaster prevention, and called on Washington to stop what it described as indiscriminate cyber espionage against Chinese infrastructure.",
          CN, ["the attacks had endangered weather forecasting for civil aviation and disaster prevention",
               "stop what it described as indiscriminate cyber espionage against Chinese infrastructure"],
          "ministry; that-clause plus called on X to ..."),
    ])
    P.append([
        S("Foreign Ministry spokesperson Gao Yinan told a regular press conference that the US was the world's biggest hacking empire and that its accusations against other countries were a smokescreen for its own activities.",
          CN, ["the US was the world's biggest hacking empire",
               "its accusations against other countries were a smokescreen for its own activities"],
          "two that-clauses; 'its accusations' is inside China's claim"),
        S("Gao added that China would take the necessary measures to protect the security of its critical information infrastructure.",
          CN, ["China would take the necessary measures to protect the security of its critical information infrastructure"],
          "a warning reported as speech, not the taking of a measure"),
    ])
    P.append([
        S("The US Embassy in Beijing rejected the allegations in a brief written response to EFE, saying that Washington does not conduct cyber operations against civilian weather systems.",
          US, ["Washington does not conduct cyber operations against civilian weather systems"],
          "rejecting a claim is a claim; 'saying that' gives the content"),
        S("The embassy in turn accused Chinese state-backed hackers of breaching US telecommunications networks and water utilities during the past year, and urged Beijing to stop targeting critical infrastructure.",
          US, ["Chinese state-backed hackers of breaching US telecommunications networks and water utilities during the past year",
               "stop targeting critical infrastructure"],
          "accused ... of; urged X to ..."),
    ])
    P.append([
        S("The accusations come three weeks after the US Treasury Department sanctioned a Chinese cybersecurity company, Huirong Information, and two of its employees.",
          NONE, [], "'The accusations' is a noun, not a cue; sanctioning is an act"),
        S("The Treasury said at the time that the company had helped state-sponsored hackers break into the networks of US defense contractors.",
          US, ["the company had helped state-sponsored hackers break into the networks of US defense contractors"],
          "said that"),
        S("Beijing has described such sanctions as illegal and unilateral, while Washington maintains that they respond to malicious cyber activity.",
          BOTH, ["such sanctions as illegal and unilateral", "they respond to malicious cyber activity"],
          "two attributions"),
    ])
    P.append([
        S("The Fengyun satellites supply data to users in 130 countries and regions, according to figures from the China Meteorological Administration.",
          UNK, [], "statistic credited to a state agency, no stance in the dispute"),
    ])
    P.append([
        S("Cybersecurity experts consulted by EFE said that public attribution reports had become a regular tool of diplomatic pressure for both governments, and that the technical evidence in such reports could rarely be verified independently.",
          NONE, [], "experts: no side"),
    ])
    P.append([
        S("Relations between the two countries have been strained by a string of mutual accusations of espionage, from the downing of a Chinese balloon over the US in 2023 to the arrests of alleged spies on both sides.",
          NONE, [], "narrator background; 'accusations' and 'alleged' are not cues"),
        S("The US Cybersecurity and Infrastructure Security Agency did not immediately respond to a request for comment.",
          NONE, [], "no response is not a claim"),
        S("EFE", NONE, [], "agency sign-off"),
    ])
    return write_article(OUT, 108, "efe_weather_satellite_hacking", "EFE English wire from Beijing with no quotation marks at all (reported speech only), 'Beijing, Apr 2 (EFE).-'", h, P)


# ---------------------------------------------------------------- 109
def a109():
    MARSH = "Colleen Marsh, deputy Pentagon press secretary"
    LIN = "Margaret Lindell, US Senator (Republican, Tennessee)"
    JOINT = "joint statement of Reps. Omar Castellanos and Jill Brandt (members of Congress)"
    h = S("Pentagon review finds Chinese-made batteries at 14 U.S. military bases",
          US, ["Chinese-made batteries at 14 U.S. military bases"],
          "a Pentagon review's finding is the Pentagon's claim")
    P = []
    P.append([
        S("WASHINGTON, Aug. 21 (UPI) -- An internal Pentagon review has found lithium-ion batteries made by Chinese companies in energy storage systems at 14 U.S. military installations, Defense Department officials said Wednesday, prompting lawmakers from both parties to demand their removal.",
          US, ["An internal Pentagon review has found lithium-ion batteries made by Chinese companies in energy storage systems at 14 U.S. military installations",
               "their removal"],
          "DoD officials; lawmakers in a US story are members of Congress"),
    ])
    P.append([
        S("The batteries, bought through American contractors, were installed between 2019 and 2023 to store power from solar arrays and backup generators, according to a summary of the review obtained by UPI.",
          US, ["The batteries, bought through American contractors, were installed between 2019 and 2023 to store power from solar arrays and backup generators"],
          "according to a Pentagon document"),
    ])
    P.append([
        S("Deputy Pentagon press secretary Colleen Marsh told reporters the department had found \"no evidence of malicious code or remote access\" in the systems inspected so far, but that it was \"not willing to take that risk.\"",
          US, ["the department had found \"no evidence of malicious code or remote access\" in the systems inspected so far",
               "it was \"not willing to take that risk"],
          "title before the name; two partial quotations",
          [q("no evidence of malicious code or remote access", "Colleen Marsh", MARSH, "United States"),
           q("not willing to take that risk.", "Colleen Marsh", MARSH, "United States")]),
    ])
    P.append([
        S("\"We are replacing every one of these units.",
          US, ["We are replacing every one of these units"],
          "one pair over two sentences, filed here",
          [q("We are replacing every one of these units. Our installations will not depend on supply chains controlled by a strategic competitor,",
             "Marsh", MARSH, "United States")]),
        S("Our installations will not depend on supply chains controlled by a strategic competitor,\" Marsh said.",
          US, ["Our installations will not depend on supply chains controlled by a strategic competitor"],
          "continues Marsh's quotation"),
        S("The units will be replaced by the end of fiscal 2026 at an estimated cost of $210 million, she said.",
          US, ["The units will be replaced by the end of fiscal 2026 at an estimated cost of $210 million"],
          "a plan reported as speech ('she said'), not announced as a measure"),
    ])
    P.append([
        S("At the White House, National Security Council spokesman Trevor Haldane said the administration was checking whether similar batteries were in use at other federal facilities.",
          US, ["the administration was checking whether similar batteries were in use at other federal facilities"],
          "White House"),
        S("\"This is exactly the kind of dependency the president has warned about,\" Haldane said in an email.",
          US, ["This is exactly the kind of dependency the president has warned about"],
          "",
          [q("This is exactly the kind of dependency the president has warned about,",
             "Haldane", "Trevor Haldane, National Security Council spokesman", "United States")]),
    ])
    P.append([
        S("Sen. Margaret Lindell, R-Tenn., who sits on the Armed Services Committee, called the findings \"a national security failure years in the making\" and said she would seek a hearing in September.",
          US, ["the findings \"a national security failure years in the making\"",
               "she would seek a hearing in September"],
          "apposition and relative clause between speaker and verb; 'called X Y'",
          [q("a national security failure years in the making", "Sen. Margaret Lindell", LIN, "United States")]),
        S("\"How did we let a Chinese battery onto a base that hosts nuclear-capable bombers?\" Lindell asked in a post on X.",
          US, ["How did we let a Chinese battery onto a base that hosts nuclear-capable bombers"],
          "a rhetorical question is her claim",
          [q("How did we let a Chinese battery onto a base that hosts nuclear-capable bombers?",
             "Lindell", LIN, "United States")]),
    ])
    P.append([
        S("Reps. Omar Castellanos, D-Calif., and Jill Brandt, R-Wis., said in a joint statement that they would introduce legislation barring the Defense Department from buying batteries from six Chinese manufacturers starting in 2027.",
          US, ["they would introduce legislation barring the Defense Department from buying batteries from six Chinese manufacturers starting in 2027"],
          "X and Y said; a statement of intent reported as speech"),
        S("The bill would expand a ban included in last year's defense authorization law, they said.",
          US, ["The bill would expand a ban included in last year's defense authorization law"],
          "they = the two representatives"),
    ])
    P.append([
        S("\"The Pentagon has known about this risk for years,\" the statement said.",
          US, ["The Pentagon has known about this risk for years"],
          "document noun as speaker",
          [q("The Pentagon has known about this risk for years,", "the statement", JOINT, "United States")]),
        S("\"Congress will not wait any longer.\"",
          US, ["Congress will not wait any longer"],
          "second pair continues the statement; attribution carried from the previous sentence",
          [q("Congress will not wait any longer.", "the statement", JOINT, "United States",
             "no cue of its own; speaker carried over")]),
    ])
    P.append([
        S("Chinese companies produced about 75% of the world's lithium-ion battery cells last year, according to Energy Department data.",
          UNK, [], "statistic credited to a US agency's data, no stance"),
    ])
    P.append([
        S("The review did not name the bases, citing security concerns, but officials said they included installations in California, Texas and Guam.",
          US, ["security concerns", "they included installations in California, Texas and Guam"],
          "'citing' reports a reason; officials = DoD officials"),
        S("The Defense Department said it had notified the contractors involved, which it declined to identify.",
          US, ["it had notified the contractors involved"],
          "'declined to identify' is an act"),
    ])
    return write_article(OUT, 109, "upi_pentagon_chinese_batteries", "UPI wire from Washington, US side only (Pentagon, White House, members of Congress), straight quotes, 'WASHINGTON, Aug. 21 (UPI) --'", h, P)


# ---------------------------------------------------------------- 110
def a110():
    OFF = "unnamed U.S. officials"
    WEN = "Wen Haoyu, spokesperson, Chinese Embassy in Washington"
    AMS = "Derek Amsel, former Treasury official, Keel Street Advisors"
    h = S("U.S. readies sanctions on Chinese chemical firms over fentanyl, sources say",
          NONE, [], "'sources' (people familiar) are no side; readying sanctions is an act")
    P = []
    P.append([
        S("WASHINGTON, March 3 (Reuters) - The U.S. Treasury Department is preparing sanctions against at least eight Chinese chemical companies and a provincial customs official over exports of fentanyl precursors, three sources familiar with the matter said on Monday.",
          NONE, [], "sources familiar with the matter: no side; the content is a US act"),
    ])
    P.append([
        S("The measures, which could be announced as early as next week, would freeze any U.S. assets of those targeted and bar Americans from dealing with them, the sources said.",
          NONE, [], "sources: no side"),
    ])
    P.append([
        S("Two U.S. officials, speaking on condition of anonymity because the plans have not been made public, said the administration had concluded that Chinese enforcement against precursor exports had “stalled” since last autumn.",
          US, ["the administration had concluded that Chinese enforcement against precursor exports had “stalled” since last autumn"],
          "anonymous US officials speak for the US; participle clause between speaker and verb",
          [q("stalled", "Two U.S. officials", OFF, "United States")]),
    ])
    P.append([
        S("“We handed them a list of names in November.",
          US, ["We handed them a list of names in November"],
          "one pair over two sentences, filed here",
          [q("We handed them a list of names in November. Almost nothing has happened since,",
             "one of the officials", "unnamed U.S. official", "United States")]),
        S("Almost nothing has happened since,” one of the officials said.",
          US, ["Almost nothing has happened since"], "continues the official's quotation"),
    ])
    P.append([
        S("A senior Treasury official declined to discuss specific targets but said the department “will use every tool available” to disrupt the supply chain for the synthetic opioid, which U.S. authorities blame for tens of thousands of American deaths each year.",
          US, ["the department “will use every tool available” to disrupt the supply chain for the synthetic opioid",
               "tens of thousands of American deaths each year"],
          "declining is an act, 'said' is speech; relative clause carries a second US claim",
          [q("will use every tool available", "A senior Treasury official", "unnamed senior Treasury official", "United States")]),
        S("The White House National Security Council did not respond to a request for comment.",
          NONE, [], "no response is not a claim"),
    ])
    P.append([
        S("Chinese embassy spokesperson Wen Haoyu said in an emailed statement that China had “the strictest drug control policies in the world” and had scheduled all fentanyl-related substances as a class in 2019.",
          CN, ["China had “the strictest drug control policies in the world” and had scheduled all fentanyl-related substances as a class in 2019"],
          "embassy response by email",
          [q("the strictest drug control policies in the world", "Wen Haoyu", WEN, "China")]),
        S("“The U.S. side should reflect on its own problems instead of shifting the blame onto others,” Wen said, adding that unilateral sanctions “will only undermine the hard-won counternarcotics cooperation between the two countries.”",
          CN, ["The U.S. side should reflect on its own problems instead of shifting the blame onto others",
               "unilateral sanctions “will only undermine the hard-won counternarcotics cooperation between the two countries"],
          "surname alone; two pairs of marks",
          [q("The U.S. side should reflect on its own problems instead of shifting the blame onto others,", "Wen", WEN, "China"),
           q("will only undermine the hard-won counternarcotics cooperation between the two countries.", "Wen", WEN, "China")]),
    ])
    P.append([
        S("The two countries agreed in November 2023 to resume counternarcotics cooperation, and a bilateral working group has met several times since.",
          NONE, [], "narrator background"),
    ])
    P.append([
        S("Lawmakers from both parties have pressed the administration to go further.",
          US, ["go further"], "bare 'Lawmakers' in a US story are members of Congress; pressed X to ..."),
        S("In a report titled “Pipeline of Poison,” the House Select Committee on the Chinese Communist Party said in January that Chinese sellers were openly marketing precursor chemicals to Mexican cartels online.",
          US, ["Chinese sellers were openly marketing precursor chemicals to Mexican cartels online"],
          "congressional committee; the title is not a quotation",
          [title("Pipeline of Poison,")]),
    ])
    P.append([
        S("The sources said the timing of the announcement had been debated inside the administration because of a planned visit to Beijing by a deputy secretary of state later this month.",
          NONE, [], "sources: no side"),
    ])
    P.append([
        S("“Sanctions on a handful of shell companies will not change Beijing’s calculus,” said Derek Amsel, a former Treasury sanctions official who is now a partner at Keel Street Advisors in Washington.",
          NONE, [], "former official now at a consultancy: no side",
          [q("Sanctions on a handful of shell companies will not change Beijing’s calculus,", "Derek Amsel", AMS, "other")]),
        S("Amsel said naming a Chinese government official, if confirmed, would be “a significant escalation,” because it would signal that Washington holds provincial authorities responsible.",
          NONE, [], "no side",
          [q("a significant escalation,", "Amsel", AMS, "other")]),
    ])
    P.append([
        S("(Reporting by Daniel Okafor and Priya Raman in Washington; Additional reporting by Ethan Lau in Beijing; Editing by Marguerite Sollis)",
          NONE, [], "sign-off"),
    ])
    return write_article(OUT, 110, "reuters_fentanyl_sanctions", "Reuters wire datelined Washington: anonymous officials, sources, Chinese embassy emailed response; typographic quotes, 'WASHINGTON, March 3 (Reuters) -'", h, P)


# ---------------------------------------------------------------- 111
def a111():
    XU = "Xu Ran, spokesperson, Foreign Ministry"
    EMB = "U.S. Embassy in Beijing"
    MEN = "Carla Menéndez, law scholar, Asia Legal Policy Centre (Hong Kong)"
    h = S("China says American barred from leaving the country is a fraud suspect",
          CN, ["American barred from leaving the country is a fraud suspect"],
          "headline attribution to China")
    P = []
    P.append([
        S("BEIJING (AP) — China's Foreign Ministry said Tuesday that an American executive who has been barred from leaving the country for three months is \"involved in a criminal case\" and that his legal rights are being protected.",
          CN, ["an American executive who has been barred from leaving the country for three months is \"involved in a criminal case\"",
               "his legal rights are being protected"],
          "ministry; two that-clauses",
          [q("involved in a criminal case", "China's Foreign Ministry", "Foreign Ministry of China", "China")]),
    ])
    P.append([
        S("The executive, Brian Kessler, 52, of Columbus, Ohio, works for Meridian Fluid Systems, a U.S. maker of industrial pumps with a factory in the eastern city of Suzhou.",
          NONE, [], "narrator"),
        S("His family says he was stopped at Shanghai's Pudong International Airport in January as he tried to board a flight home.",
          NONE, [], "family: no side"),
    ])
    P.append([
        S("Asked about the case at a daily briefing, ministry spokesperson Xu Ran said Kessler was \"a suspect in a contract fraud case being handled by the public security authorities.\"",
          CN, ["Kessler was \"a suspect in a contract fraud case being handled by the public security authorities"],
          "",
          [q("a suspect in a contract fraud case being handled by the public security authorities.", "Xu Ran", XU, "China")]),
    ])
    P.append([
        S("\"China is a country governed by the rule of law.",
          CN, ["China is a country governed by the rule of law"],
          "one pair over two sentences, filed here",
          [q("China is a country governed by the rule of law. The relevant authorities will handle the case in accordance with the law and protect the lawful rights and interests of the person concerned,",
             "Xu", XU, "China")]),
        S("The relevant authorities will handle the case in accordance with the law and protect the lawful rights and interests of the person concerned,\" Xu said.",
          CN, ["The relevant authorities will handle the case in accordance with the law and protect the lawful rights and interests of the person concerned"],
          "continues Xu's quotation"),
        S("She did not say whether Kessler had been formally charged.",
          NONE, [], "not saying is not a claim"),
    ])
    P.append([
        S("The U.S. Embassy in Beijing said in a statement that it was \"aware of the reports\" and was providing consular assistance.",
          US, ["it was \"aware of the reports\" and was providing consular assistance"],
          "embassy",
          [q("aware of the reports", "The U.S. Embassy in Beijing", EMB, "United States")]),
    ])
    P.append([
        S("\"The arbitrary use of exit bans against U.S. citizens raises serious concerns for anyone doing business in China,\" the statement said.",
          US, ["The arbitrary use of exit bans against U.S. citizens raises serious concerns for anyone doing business in China"],
          "document noun as speaker",
          [q("The arbitrary use of exit bans against U.S. citizens raises serious concerns for anyone doing business in China,",
             "the statement", EMB, "United States")]),
        S("The State Department's travel advisory for China already warns of the risk of \"wrongful detentions\" and exit bans.",
          US, ["the risk of \"wrongful detentions\" and exit bans"],
          "a document of a US body 'warns'",
          [q("wrongful detentions", "The State Department's travel advisory", "U.S. State Department", "United States",
             "the advisory's own wording")]),
    ])
    P.append([
        S("Meridian said in a statement that it was cooperating with Chinese authorities and was \"confident that a full review of the facts will clear Mr. Kessler.\"",
          NONE, [], "company: no side",
          [q("confident that a full review of the facts will clear Mr. Kessler.", "Meridian", "Meridian Fluid Systems", "other")]),
    ])
    P.append([
        S("His wife, Laura Kessler, said in a telephone interview that he had not been shown any document explaining the ban.",
          NONE, [], "family: no side"),
        S("\"He calls every night and asks whether anyone in Washington is listening,\" she said.",
          NONE, [], "she = Laura Kessler",
          [q("He calls every night and asks whether anyone in Washington is listening,", "she", "Laura Kessler", "other")]),
    ])
    P.append([
        S("\"Exit bans are a low-cost lever.",
          NONE, [], "analyst; one pair over two sentences",
          [q("Exit bans are a low-cost lever. They keep a person in the country without the diplomatic price of an arrest,",
             "Carla Menéndez", MEN, "other")]),
        S("They keep a person in the country without the diplomatic price of an arrest,\" said Carla Menéndez, who studies Chinese law at the Asia Legal Policy Centre in Hong Kong.",
          NONE, [], "speaker after the quotation with a relative clause"),
        S("Menéndez said the timing, weeks before planned trade talks, suggested the case \"may be part of a broader message,\" though she cautioned that commercial disputes in China often lead to exit bans on their own.",
          NONE, [], "analyst",
          [q("may be part of a broader message,", "Menéndez", MEN, "other")]),
    ])
    P.append([
        S("Zhou Kaiming, an international relations scholar at Eastbridge University in Shanghai, called such links \"speculation\" and said foreign companies in China must respect Chinese law like everyone else.",
          NONE, [], "Chinese university scholar: no side",
          [q("speculation", "Zhou Kaiming", "Zhou Kaiming, Eastbridge University", "other",
             "his word, not a scare quote")]),
    ])
    P.append([
        S("Chinese law allows authorities to bar people from leaving the country if they are involved in unresolved civil or criminal cases.",
          NONE, [], "narrator background"),
        S("Beijing says such bans are an ordinary judicial measure, while Washington has described them as a tool of coercion against foreigners.",
          BOTH, ["such bans are an ordinary judicial measure", "them as a tool of coercion against foreigners"],
          "two attributions"),
        S("At least three other Americans are currently under exit bans in China, according to the State Department.",
          US, ["At least three other Americans are currently under exit bans in China"],
          "according to; a count that is a US position in the dispute, not a neutral statistic"),
    ])
    P.append([
        S("Associated Press researcher Wu Lingling contributed to this report.",
          NONE, [], "sign-off"),
    ])
    return write_article(OUT, 111, "ap_exit_ban_american", "AP wire datelined Beijing: foreign ministry spokesperson, US embassy statement, analysts; straight quotes, 'BEIJING (AP) —'", h, P)


# ---------------------------------------------------------------- 112
def a112():
    FANG = "Fang Jianmin, Vice Minister of Transport"
    MOT = "Ministry of Transport of China"
    h = S("Chinese vice minister slams US port fees as ‘harmful to global shipping’",
          CN, ["US port fees as ‘harmful to global shipping’"],
          "slams X as Y: content is X as Y",
          [q("harmful to global shipping", "Chinese vice minister", FANG, "China",
             "headline single marks; speaker is the subject of the clause")])
    P = []
    P.append([
        S("SHANGHAI, Sept. 18 (People’s Daily Online) -- Chinese Vice Minister of Transport Fang Jianmin said on Thursday that the US decision to levy fees on Chinese-built and Chinese-operated vessels calling at US ports would “harm global shipping and ultimately hurt American consumers.”",
          CN, ["the US decision to levy fees on Chinese-built and Chinese-operated vessels calling at US ports would “harm global shipping and ultimately hurt American consumers"],
          "vice minister",
          [q("harm global shipping and ultimately hurt American consumers.", "Fang Jianmin", FANG, "China")]),
    ])
    P.append([
        S("Addressing the opening ceremony of the Huangpu River International Shipping Forum, Fang said shipbuilding was a “highly globalized industry” and that China’s position as the world’s largest shipbuilder was the result of “hard work, innovation and open competition, not subsidies or unfair practices.”",
          CN, ["shipbuilding was a “highly globalized industry”",
               "China’s position as the world’s largest shipbuilder was the result of “hard work, innovation and open competition, not subsidies or unfair practices"],
          "rejects the US claim of subsidies; two partial quotations",
          [q("highly globalized industry", "Fang", FANG, "China"),
           q("hard work, innovation and open competition, not subsidies or unfair practices.", "Fang", FANG, "China")]),
        S("“Imposing punitive fees on ships because of where they were built violates the basic principles of the market economy and the rules of the World Trade Organization,” he said.",
          CN, ["Imposing punitive fees on ships because of where they were built violates the basic principles of the market economy and the rules of the World Trade Organization"],
          "he = Fang",
          [q("Imposing punitive fees on ships because of where they were built violates the basic principles of the market economy and the rules of the World Trade Organization,",
             "he", FANG, "China")]),
    ])
    P.append([
        S("“No country can revive its shipyards,” Fang said, “by taxing other people’s ships.”",
          CN, ["No country can revive its shipyards", "by taxing other people’s ships"],
          "split quotation: two records, one speaker",
          [q("No country can revive its shipyards,", "Fang", FANG, "China", "split quotation, first part"),
           q("by taxing other people’s ships.", "Fang", FANG, "China", "split quotation, second part")]),
        S("He called on the US side to “correct its wrong practices” and return to dialogue and consultation on an equal footing.",
          CN, ["“correct its wrong practices” and return to dialogue and consultation on an equal footing"],
          "called on X to ...: the infinitive clause, here opening with the quotation",
          [q("correct its wrong practices", "He", FANG, "China")]),
    ])
    P.append([
        S("In a statement released the same day, the Ministry of Transport said the fees, which took effect on Tuesday, were “discriminatory” and had already disrupted the schedules of several international container lines.",
          CN, ["the fees, which took effect on Tuesday, were “discriminatory” and had already disrupted the schedules of several international container lines"],
          "ministry statement; the relative clause is the reporter's but sits inside the span",
          [q("discriminatory", "the Ministry of Transport", MOT, "China")]),
        S("The ministry said it would take “firm countermeasures” to safeguard the legitimate rights and interests of Chinese enterprises, without giving details.",
          CN, ["it would take “firm countermeasures” to safeguard the legitimate rights and interests of Chinese enterprises"],
          "a threat reported as speech",
          [q("firm countermeasures", "The ministry", MOT, "China")]),
        S("The statement cited industry figures showing that Chinese shipyards accounted for more than half of global ship completions last year.",
          CN, ["Chinese shipyards accounted for more than half of global ship completions last year"],
          "document noun: the ministry's statement 'cited'"),
    ])
    P.append([
        S("China’s ship exports rose 23.4 percent year on year in the first eight months, according to the General Administration of Customs.",
          UNK, [], "statistic credited to a state agency, no stance"),
    ])
    P.append([
        S("The Office of the US Trade Representative has said the fees respond to what it calls China’s unreasonable targeting of the maritime, logistics and shipbuilding sectors for dominance, and are meant to help revive American shipyards.",
          US, ["the fees respond to what it calls China’s unreasonable targeting of the maritime, logistics and shipbuilding sectors for dominance, and are meant to help revive American shipyards"],
          "US response paraphrased"),
        S("A USTR spokesperson said on Wednesday that the measures were consistent with US trade law and that Washington remained open to talks, according to US media reports.",
          US, ["the measures were consistent with US trade law", "Washington remained open to talks"],
          "media only relay: the spokesperson is the source"),
    ])
    P.append([
        S("Huang Lizhi, a professor at Donghai Maritime University, told People’s Daily that shipping companies would pass the extra costs on to cargo owners within weeks.",
          NONE, [], "university scholar: no side"),
        S("“In the end, the fees will be paid by American importers and farmers who rely on affordable shipping,” Huang said.",
          NONE, [], "no side",
          [q("In the end, the fees will be paid by American importers and farmers who rely on affordable shipping,",
             "Huang", "Huang Lizhi, Donghai Maritime University", "other")]),
        S("Several European and Asian shipping lines have already announced plans to move Chinese-built vessels off US routes.",
          NONE, [], "companies announcing plans: an act, no side"),
    ])
    P.append([
        S("Fang’s remarks echoed those of Foreign Ministry spokesperson Qiao Mingyuan, who said on Monday that the fees “will backfire” on the United States.",
          CN, ["the fees “will backfire” on the United States"],
          "claim in a relative clause",
          [q("will backfire", "Qiao Mingyuan", "Qiao Mingyuan, spokesperson, Foreign Ministry", "China",
             "speaker is the relative pronoun 'who'")]),
    ])
    return write_article(OUT, 112, "pdo_port_fees_vice_minister", "People's Daily Online English: vice minister's speech and ministry statement, US response paraphrased; typographic quotes, 'SHANGHAI, Sept. 18 (People’s Daily Online) --'", h, P)


ARTICLES = [a105, a106, a107, a108, a109, a110, a111, a112]

if __name__ == "__main__":
    for fn in ARTICLES:
        name, words = fn()
        print("%-40s %d words" % (name, words))
    sys.exit(0)
