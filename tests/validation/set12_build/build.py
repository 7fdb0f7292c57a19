"""Builds articles 97-104 of set12. One function per article; each sentence carries its gold
right under its text (sides, content, note, and the quotation records that open in it)."""
import os
import sys

from lib import S, Q, TITLE, SCARE, NONE, CN, US, BOTH, UND, write_article

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles")


def a97():
    h = S("China vows 'firm response' as US curbs exports of battery-making machines",
          CN, ["firm response"], "headline: China's vow, single-quoted phrase from the embassy",
          quotes=[Q("firm response", "China", "China (the Chinese Embassy in Washington)", "China",
                    note="headline single marks; speaker is the subject of the clause")])
    p = []
    p.append([S("WASHINGTON (AP) — The Commerce Department on Tuesday barred U.S. companies from shipping advanced battery-manufacturing equipment to China without a license, widening a campaign to keep cutting-edge technology out of Beijing's hands.",
                NONE, note="dateline; taking a measure is an act")])
    p.append([S("The rule, which department officials said is aimed at keeping China's military from building long-range drones and missiles powered by next-generation batteries, covers electrode-coating machines, dry-room systems and some laser welders.",
                US, ["is aimed at keeping China's military from building long-range drones and missiles powered by next-generation batteries"],
                "claim of Commerce officials embedded in a relative clause")])
    p.append([S("\"We are not going to let our most advanced tools be used to build weapons that could one day be pointed at Americans,\" Undersecretary of Commerce Alan V. Brightwater said in a statement.",
                US, ["We are not going to let our most advanced tools be used to build weapons that could one day be pointed at Americans"],
                "title with an initial after the quotation",
                quotes=[Q("We are not going to let our most advanced tools be used to build weapons that could one day be pointed at Americans,",
                          "Undersecretary of Commerce Alan V. Brightwater", "Alan V. Brightwater, Undersecretary of Commerce", "United States")]),
              S("Brightwater added that the department had consulted allies in Japan, South Korea and Europe and expected them to adopt similar controls within months.",
                US, ["the department had consulted allies in Japan, South Korea and Europe and expected them to adopt similar controls within months"],
                "surname alone after the full name")])
    p.append([S("\"The U.S. side has once again abused export controls to suppress Chinese companies, and China will make a firm response,\" embassy spokesperson Zhao Minghui said in an emailed statement.",
                CN, ["The U.S. side has once again abused export controls to suppress Chinese companies, and China will make a firm response"],
                "embassy spokesperson",
                quotes=[Q("The U.S. side has once again abused export controls to suppress Chinese companies, and China will make a firm response,",
                          "embassy spokesperson Zhao Minghui", "Zhao Minghui, spokesperson of the Chinese Embassy in Washington", "China")])])
    p.append([S("Zhao, who accused Washington of \"weaponizing\" trade, said the restrictions would also hurt American firms that sell equipment to Chinese battery makers.",
                CN, ["Washington of \"weaponizing\" trade", "the restrictions would also hurt American firms that sell equipment to Chinese battery makers"],
                "accusation in a relative clause plus a said-clause; one-word quotation is Zhao's wording",
                quotes=[Q("weaponizing", "Zhao", "Zhao Minghui, Chinese Embassy spokesperson", "China")])])
    p.append([S("Sen. Margaret Hadley of Ohio, the top Republican on the Senate Banking Committee, and Sen. Paul Ostrander, a Delaware Democrat, said the rule did not go far enough.",
                US, ["the rule did not go far enough"], "'X and Y said': two members of Congress, appositions between speakers and verb")])
    p.append([S("\"Every month we wait, Chinese factories stock up on American machines,\" Hadley said.",
                US, ["Every month we wait, Chinese factories stock up on American machines"], "",
                quotes=[Q("Every month we wait, Chinese factories stock up on American machines,", "Hadley", "Sen. Margaret Hadley", "United States")]),
              S("\"This should have been done two years ago.\"",
                US, ["This should have been done two years ago"], "sentence that only continues the speaker's quotation",
                quotes=[Q("This should have been done two years ago.", "Hadley", "Sen. Margaret Hadley", "United States",
                          note="second pair of marks, same speaker")])])
    p.append([S("Lawmakers from both parties have introduced a bill that would require the department to decide every license request for battery equipment within 30 days.",
                NONE, note="lawmakers are US, but introducing a bill is an act")])
    p.append([S("Industry groups were more cautious.", NONE, note="stance of a no-side group, no claim reported"),
              S("The Advanced Manufacturing Equipment Alliance, a trade group based in Arlington, Virginia, said its members sold about $1.2 billion worth of the affected machines to Chinese customers last year and warned that Japanese and European competitors \"will happily fill the gap.\"",
                NONE, note="industry group: no side",
                quotes=[Q("will happily fill the gap.", "The Advanced Manufacturing Equipment Alliance", "Advanced Manufacturing Equipment Alliance (trade group)", "other")])])
    p.append([S("U.S. imports of lithium-ion batteries from China rose 27% last year to $15.4 billion, according to Census Bureau data.",
                UND, note="statistic credited to a US agency's data, no stance")])
    p.append([S("Kevin Osei, a trade analyst at the Pell Institute for Economic Security, a Washington think tank, said the rule marked a shift from restricting chips to restricting the machines that make strategic goods.",
                NONE, note="analyst at a private think tank: no side"),
              S("\"It tells Beijing the list is going to keep growing,\" he said.",
                NONE, note="pronoun refers to the analyst",
                quotes=[Q("It tells Beijing the list is going to keep growing,", "he", "Kevin Osei, Pell Institute for Economic Security", "other")])])
    p.append([S("The department's notice, a statement of intent as much as a finished rule, invites public comment until March 15.",
                NONE, note="'statement' is a noun here, not a cue")])
    p.append([S("Zhao's statement did not say what form China's response would take, but Beijing has in the past restricted exports of gallium, germanium and graphite, materials critical to chip and battery production.",
                NONE, note="document noun, but the sentence reports no claim of it")])
    p.append([S("China's Commerce Ministry said in December that it would \"resolutely safeguard\" the rights of Chinese firms and treat foreign companies in China fairly.",
                CN, ["it would \"resolutely safeguard\" the rights of Chinese firms and treat foreign companies in China fairly"], "",
                quotes=[Q("resolutely safeguard", "China's Commerce Ministry", "Ministry of Commerce of China", "China")])])
    return write_article(OUT, 97, "ap_battery_equipment_curbs",
                         "AP: Washington dateline, straight quotes, 'said' after name, Sen./party apposition, surnames after first mention",
                         h, p)


def a98():
    h = S("China puts three U.S. drone makers on export control list over Taiwan arms sale",
          NONE, note="headline: an act")
    p = []
    p.append([S("BEIJING, March 3 (Reuters) - China on Friday added three U.S. drone makers to its export control list, saying their sales of equipment to Taiwan had harmed its sovereignty and security interests.",
                CN, ["their sales of equipment to Taiwan had harmed its sovereignty and security interests"],
                "dateline; an act that also reports a claim ('saying')")])
    p.append([S("The companies — Skyline Aeronautics, Corvane Systems and Redtail Robotics — will be barred from receiving any dual-use items from China, the Ministry of Commerce said in a statement, adding that the measures took effect immediately.",
                CN, ["The companies — Skyline Aeronautics, Corvane Systems and Redtail Robotics — will be barred from receiving any dual-use items from China",
                     "the measures took effect immediately"],
                "speaker after the reported clause; 'adding that' gives a second content")])
    p.append([S("According to the ministry, the three companies have supplied drones or drone components to Taiwan’s armed forces since 2019.",
                CN, ["the three companies have supplied drones or drone components to Taiwan’s armed forces since 2019"],
                "'according to' is an attribution")])
    p.append([S("“The U.S. side has ignored China’s repeated solemn representations and persisted in selling weapons to the Taiwan region,” the ministry said.",
                CN, ["The U.S. side has ignored China’s repeated solemn representations and persisted in selling weapons to the Taiwan region"], "",
                quotes=[Q("The U.S. side has ignored China’s repeated solemn representations and persisted in selling weapons to the Taiwan region,",
                          "the ministry", "Ministry of Commerce of China", "China")]),
              S("“China will take necessary measures to firmly defend its national sovereignty.”",
                CN, ["China will take necessary measures to firmly defend its national sovereignty"], "continues the ministry's quotation",
                quotes=[Q("China will take necessary measures to firmly defend its national sovereignty.", "the ministry", "Ministry of Commerce of China", "China")])])
    p.append([S("The move follows Washington’s approval last month of a $620 million package that includes surveillance drones and spare parts for Taiwan’s F-16 fighter jets.",
                NONE, note="an act")])
    p.append([S("A U.S. State Department spokesperson said the sales were consistent with Washington’s longstanding policy and “contribute to the maintenance of peace and stability across the Taiwan Strait.”",
                US, ["the sales were consistent with Washington’s longstanding policy and “contribute to the maintenance of peace and stability across the Taiwan Strait"],
                "unnamed US official by title",
                quotes=[Q("contribute to the maintenance of peace and stability across the Taiwan Strait.",
                          "A U.S. State Department spokesperson", "US State Department spokesperson (unnamed)", "United States")])])
    p.append([S("A senior U.S. administration official, speaking on condition of anonymity, told Reuters that Washington had expected Beijing to retaliate and did not believe the listings would disrupt production at any of the three firms.",
                US, ["Washington had expected Beijing to retaliate and did not believe the listings would disrupt production at any of the three firms"],
                "anonymous official whose title names a US state body")])
    p.append([S("Two people familiar with the matter said, however, that Corvane relies on Chinese suppliers for the magnets used in its drone motors and had been stockpiling parts since January.",
                NONE, note="people familiar with the matter: no side")])
    p.append([S("“This list is designed to bite,” said Hannah Roewe, a senior analyst at Singapore-based consultancy Meridian Straits Advisory.",
                NONE, note="analyst; speaker after the quotation with an apposition",
                quotes=[Q("This list is designed to bite,", "Hannah Roewe", "Hannah Roewe, Meridian Straits Advisory", "other")]),
              S("“Earlier rounds hit defence contractors that barely buy anything from China.",
                NONE, note="one pair of marks enclosing two sentences; filed here where it opens",
                quotes=[Q("Earlier rounds hit defence contractors that barely buy anything from China. These firms do.",
                          "Roewe", "Hannah Roewe, Meridian Straits Advisory", "other",
                          note="speaker not named in the pair's sentences; resolved from the previous sentence")]),
              S("These firms do.”", NONE, note="continues the analyst's quotation")])
    p.append([S("China’s exports of rare-earth permanent magnets fell 9.4% in February from a year earlier, according to customs data released on Thursday.",
                UND, note="statistic credited to a Chinese state agency's data, no stance")])
    p.append([S("Beijing has put more than two dozen U.S. defence firms on various lists since 2022, though analysts say the practical effect has often been limited because many of the companies do little business in China.",
                NONE, note="listing is an act; the claim is the analysts'")])
    p.append([S("The ministry’s statement did not name the arms package, but a ministry official, who asked not to be identified, told reporters that Washington should “stop arming Taiwan” and “stop sending wrong signals to ‘Taiwan independence’ separatist forces.”",
                CN, ["Washington should “stop arming Taiwan” and “stop sending wrong signals to ‘Taiwan independence’ separatist forces"],
                "first clause: a document noun with no claim; second: an unnamed ministry official; single marks inside a quotation get no record",
                quotes=[Q("stop arming Taiwan", "a ministry official", "unnamed official of China's Ministry of Commerce", "China"),
                        Q("stop sending wrong signals to ‘Taiwan independence’ separatist forces.", "a ministry official",
                          "unnamed official of China's Ministry of Commerce", "China")])])
    p.append([S("The U.S. embassy in Beijing did not immediately respond to a request for comment.",
                NONE, note="no claim reported")])
    p.append([S("(Reporting by Liang Wei and Ella Cartwright; Additional reporting by Sun Yifan in Shanghai; Editing by Kieran Moss)",
                NONE, note="sign-off line")])
    return write_article(OUT, 98, "reuters_drone_makers_export_list",
                         "Reuters: Beijing dateline with date, typographic quotes, ministry statement, unnamed US official, people familiar, sign-off line",
                         h, p)


def a99():
    h = S("China says US spy plane ‘provoked’ close intercept near Taiwan",
          CN, ["US spy plane ‘provoked’ close intercept near Taiwan"], "headline: China's claim",
          quotes=[Q("provoked", "China", "China (PLA Eastern Theater Command)", "China",
                    note="headline single marks; speaker is the subject of the clause")])
    p = []
    p.append([S("Taipei (AFP) - A Chinese fighter jet flew within 30 metres of a US Navy patrol plane over the Taiwan Strait on Tuesday in what the US military called an “unsafe and unprofessional” intercept, while Beijing accused Washington of deliberate provocation.",
                BOTH, ["unsafe and unprofessional", "Washington of deliberate provocation"],
                "dateline; 'what X called' gives the US claim, 'accused' the Chinese one",
                quotes=[Q("unsafe and unprofessional", "the US military", "US military (Indo-Pacific Command)", "United States")])])
    p.append([S("The P-8A Poseidon was flying in international airspace when a J-16 fighter from the People’s Liberation Army’s Eastern Theater Command “performed an aggressive manoeuvre” and crossed directly in front of its nose, US Indo-Pacific Command said in a statement.",
                US, ["The P-8A Poseidon was flying in international airspace when a J-16 fighter from the People’s Liberation Army’s Eastern Theater Command “performed an aggressive manoeuvre” and crossed directly in front of its nose"],
                "speaker after the reported clause",
                quotes=[Q("performed an aggressive manoeuvre", "US Indo-Pacific Command", "US Indo-Pacific Command", "United States")])])
    p.append([S("“The PLA pilot’s actions forced our aircrew to fly through the fighter’s wake turbulence,” the statement said, adding that none of the nine crew members had been injured.",
                US, ["The PLA pilot’s actions forced our aircrew to fly through the fighter’s wake turbulence", "none of the nine crew members had been injured"],
                "document noun as speaker",
                quotes=[Q("The PLA pilot’s actions forced our aircrew to fly through the fighter’s wake turbulence,", "the statement",
                          "US Indo-Pacific Command (its statement)", "United States")])])
    p.append([S("China’s account was starkly different.", NONE, note="announces an account but reports no claim")])
    p.append([S("Senior Colonel Zhang Heng, a spokesman for the Eastern Theater Command, said the US aircraft had “provoked” the encounter by flying into an area where Chinese forces were holding drills and had ignored repeated radio warnings.",
                CN, ["the US aircraft had “provoked” the encounter by flying into an area where Chinese forces were holding drills and had ignored repeated radio warnings"],
                "military spokesman; apposition between speaker and verb",
                quotes=[Q("provoked", "Senior Colonel Zhang Heng", "Zhang Heng, Eastern Theater Command spokesman", "China")])])
    p.append([S("“The US side hyped up a so-called unsafe interception to mislead international public opinion,” Zhang said.",
                CN, ["The US side hyped up a so-called unsafe interception to mislead international public opinion"], "",
                quotes=[Q("The US side hyped up a so-called unsafe interception to mislead international public opinion,", "Zhang",
                          "Zhang Heng, Eastern Theater Command spokesman", "China")]),
              S("“Our pilots acted in a lawful, professional and restrained manner.”",
                CN, ["Our pilots acted in a lawful, professional and restrained manner"], "continues Zhang's quotation",
                quotes=[Q("Our pilots acted in a lawful, professional and restrained manner.", "Zhang", "Zhang Heng, Eastern Theater Command spokesman", "China")])])
    p.append([S("The Pentagon and China’s defence ministry both said the military hotline between the two sides had not been used during the encounter.",
                BOTH, ["the military hotline between the two sides had not been used during the encounter"],
                "'X and Y said' with one speaker from each side"),
              S("Washington said it had since proposed a call between the heads of Indo-Pacific Command and the Eastern Theater Command, but Beijing rejected the request.",
                US, ["it had since proposed a call between the heads of Indo-Pacific Command and the Eastern Theater Command"],
                "rejecting a request is an act, not a Chinese claim")])
    p.append([S("Taiwan’s defence ministry, which monitors Chinese military activity around the island daily, said it had tracked 27 Chinese military aircraft and seven navy vessels near Taiwan in the 24 hours to 6:00 am on Tuesday (2200 GMT Monday).",
                NONE, note="Taiwan's government is a third party")])
    p.append([S("“We are watching closely, and our air force is on alert,” a ministry official told AFP, asking not to be named.",
                NONE, note="Taiwanese official: third party",
                quotes=[Q("We are watching closely, and our air force is on alert,", "a ministry official", "unnamed official of Taiwan's defence ministry", "other")])])
    p.append([S("In Taichung, home to an air base used by Taiwan’s F-16 fleet, residents said they had grown used to the roar of jets.",
                NONE, note="local people: no side"),
              S("“You hear them every day now, so you stop looking up,” said Hsu Mei-ling, a 58-year-old noodle seller.",
                NONE, note="local third party",
                quotes=[Q("You hear them every day now, so you stop looking up,", "Hsu Mei-ling", "Hsu Mei-ling, noodle seller in Taichung", "other")])])
    p.append([S("Beijing claims Taiwan as part of its territory and has not ruled out using force to bring the self-ruled island under its control.",
                CN, ["Taiwan as part of its territory"], "stance verb 'claims' reports China's claim; the rest is reported as a fact")])
    p.append([S("Washington switched diplomatic recognition from Taipei to Beijing in 1979 but remains Taiwan’s most important security partner and its biggest arms supplier.",
                NONE, note="background")])
    p.append([S("In 2001, a collision between a US EP-3 surveillance plane and a Chinese fighter killed the Chinese pilot and set off a diplomatic standoff that lasted 11 days.",
                NONE, note="background")])
    p.append([S("“Each intercept like this is a roll of the dice, and sooner or later the dice come up wrong,” said Chiang Yu-hsuan, who studies cross-strait security at the Formosa Strategic Forum, a private think tank in Taipei.",
                NONE, note="private think tank: no side; speaker after the quotation with an apposition and a relative clause",
                quotes=[Q("Each intercept like this is a roll of the dice, and sooner or later the dice come up wrong,", "Chiang Yu-hsuan",
                          "Chiang Yu-hsuan, Formosa Strategic Forum", "other")])])
    return write_article(OUT, 99, "afp_taiwan_strait_intercept",
                         "AFP: Taipei (AFP) dateline, British spelling, typographic quotes, both militaries and a Taiwanese third party",
                         h, p)


def a100():
    h = S("China says US visa curbs over Tibet are ‘interference’ in its internal affairs",
          CN, ["US visa curbs over Tibet are ‘interference’ in its internal affairs"], "headline: China's claim",
          quotes=[Q("interference", "China", "China (Foreign Ministry)", "China",
                    note="headline single marks; speaker is the subject of the clause")])
    p = []
    p.append([S("Beijing, Nov 14 (EFE).- China on Thursday lodged a formal protest with the United States over Washington’s decision to impose visa restrictions on Chinese officials it accuses of blocking foreign diplomats, journalists and tourists from entering Tibet, a measure that Beijing described as a serious interference in its internal affairs.",
                BOTH, ["blocking foreign diplomats, journalists and tourists from entering Tibet", "a serious interference in its internal affairs"],
                "dateline; lodging a protest is an act, but the sentence embeds the US accusation and China's description")])
    p.append([S("Foreign Ministry spokeswoman Lin Qiaoyun told a regular press conference that Tibetan affairs “are purely China’s internal affairs” and that “no external force has the right to interfere,” adding that Beijing had made “stern representations” to the US side.",
                CN, ["Tibetan affairs “are purely China’s internal affairs", "no external force has the right to interfere",
                     "Beijing had made “stern representations” to the US side"],
                "three that-clauses; three quotation fragments",
                quotes=[Q("are purely China’s internal affairs", "Foreign Ministry spokeswoman Lin Qiaoyun", "Lin Qiaoyun, Chinese Foreign Ministry spokeswoman", "China"),
                        Q("no external force has the right to interfere,", "Foreign Ministry spokeswoman Lin Qiaoyun", "Lin Qiaoyun, Chinese Foreign Ministry spokeswoman", "China"),
                        Q("stern representations", "Foreign Ministry spokeswoman Lin Qiaoyun", "Lin Qiaoyun, Chinese Foreign Ministry spokeswoman", "China")])])
    p.append([S("“The so-called reciprocal access issue is nothing but a pretext used by the US to smear China’s policies in Tibet and meddle in China’s internal affairs,” the spokeswoman said, adding that Tibet is open to “friendly foreigners” who abide by Chinese law.",
                CN, ["The so-called reciprocal access issue is nothing but a pretext used by the US to smear China’s policies in Tibet and meddle in China’s internal affairs",
                     "Tibet is open to “friendly foreigners” who abide by Chinese law"],
                "role noun 'the spokeswoman' as speaker",
                quotes=[Q("The so-called reciprocal access issue is nothing but a pretext used by the US to smear China’s policies in Tibet and meddle in China’s internal affairs,",
                          "the spokeswoman", "Lin Qiaoyun, Chinese Foreign Ministry spokeswoman", "China"),
                        Q("friendly foreigners", "the spokeswoman", "Lin Qiaoyun, Chinese Foreign Ministry spokeswoman", "China",
                          note="the spokeswoman's own phrase, not a scare quote by the reporter")])])
    p.append([S("Lin warned that China would take “resolute countermeasures” if Washington did not reverse the decision, although she did not specify what those measures might be.",
                CN, ["China would take “resolute countermeasures” if Washington did not reverse the decision"],
                "surname alone; the concessive clause is the reporter's",
                quotes=[Q("resolute countermeasures", "Lin", "Lin Qiaoyun, Chinese Foreign Ministry spokeswoman", "China")])])
    p.append([S("The US State Department announced the restrictions on Wednesday under the Reciprocal Access to Tibet Act, a law passed by Congress in 2018 that requires Washington to deny visas to Chinese officials responsible for restricting access to the region.",
                NONE, note="announcing a measure is an act; the law's requirement is background")])
    p.append([S("In a statement, the State Department said that the Chinese government “continues to systematically obstruct” travel to Tibet by US diplomats, journalists and tourists, while Chinese officials “enjoy far greater access to the United States.”",
                US, ["the Chinese government “continues to systematically obstruct” travel to Tibet by US diplomats, journalists and tourists, while Chinese officials “enjoy far greater access to the United States"],
                "'In a statement' before the speaker",
                quotes=[Q("continues to systematically obstruct", "the State Department", "US State Department", "United States"),
                        Q("enjoy far greater access to the United States.", "the State Department", "US State Department", "United States")])])
    p.append([S("The statement did not name the officials affected, and a department spokesman consulted by EFE declined to say how many there were, although he added that Washington would keep pressing for “meaningful and unfettered access” to the region.",
                US, ["Washington would keep pressing for “meaningful and unfettered access” to the region"],
                "document noun with no claim, a refusal (act), then 'he added' with a claim",
                quotes=[Q("meaningful and unfettered access", "he", "unnamed US State Department spokesman", "United States")])])
    p.append([S("It is not the first time that Washington has taken such a step, since the State Department imposed similar restrictions in 2020 and 2023, to which China responded with sanctions on US officials and lawmakers who, it said, had behaved “egregiously” on Tibet-related issues.",
                CN, ["had behaved “egregiously” on Tibet-related issues"],
                "sanctions are acts; the parenthetical 'it said' embeds China's claim",
                quotes=[Q("egregiously", "it", "China (Chinese government)", "China")])])
    p.append([S("Tibet, whose capital Lhasa receives millions of domestic tourists every year, requires foreigners to obtain a special permit in addition to a Chinese visa, a requirement that Beijing justifies on the grounds of the region’s high altitude and fragile ecology, although human rights groups say it serves to limit scrutiny of the situation there.",
                CN, ["the region’s high altitude and fragile ecology"],
                "stance verb 'justifies' reports China's reason; the rights groups are no side")])
    p.append([S("According to the regional tourism department, Tibet received more than 55 million tourist visits in 2023, a record for the region.",
                UND, note="statistic credited to a Chinese regional agency, no stance")])
    p.append([S("The dispute over Tibet adds to a long list of frictions between the world’s two largest economies, which include trade, technology, Taiwan and the South China Sea, although both governments have tried to keep a “floor” under relations since their leaders met last year.",
                NONE, note="background; a scare quote held at a distance by the reporter",
                quotes=[SCARE("floor", "reporter's distancing marks, no speaker")]),
              S("EFE", NONE, note="agency sign-off at the end of the last paragraph")])
    return write_article(OUT, 100, "efe_tibet_visa_restrictions",
                         "EFE English: 'Beijing, Nov 14 (EFE).- ' dateline, long sentences, 'the spokeswoman', 'he added', closing 'EFE'",
                         h, p)


def a101():
    h = S("Chinese FM urges U.S. to stop ‘abusing’ export controls",
          CN, ["stop ‘abusing’ export controls"], "headline: 'urges X to' gives the infinitive clause",
          quotes=[Q("abusing", "Chinese FM", "Chinese Foreign Ministry (spokesperson Gao Yuning)", "China",
                    note="headline single marks; speaker is the subject of the clause")])
    p = []
    p.append([S("BEIJING, May 2 (Xinhua) -- Chinese Foreign Ministry spokesperson Gao Yuning on Thursday urged the United States to stop abusing export control measures and correct its “wrong practices” of suppressing Chinese enterprises.",
                CN, ["stop abusing export control measures and correct its “wrong practices” of suppressing Chinese enterprises"],
                "dateline; 'urged X to' gives the infinitive clause",
                quotes=[Q("wrong practices", "Chinese Foreign Ministry spokesperson Gao Yuning", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China")])])
    p.append([S("When asked about a U.S. Commerce Department decision to add 11 Chinese entities to its export control list, Gao told a regular press briefing that China “firmly opposes” the move.",
                CN, ["China “firmly opposes” the move"], "the question concerns an act, so only China's answer is reported",
                quotes=[Q("firmly opposes", "Gao", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China")])])
    p.append([S("“The U.S. side has repeatedly abused export controls and overstretched the concept of national security,” she said, adding that such practices “seriously undermine” the stability of global industrial and supply chains.",
                CN, ["The U.S. side has repeatedly abused export controls and overstretched the concept of national security",
                     "such practices “seriously undermine” the stability of global industrial and supply chains"],
                "pronoun refers to Gao",
                quotes=[Q("The U.S. side has repeatedly abused export controls and overstretched the concept of national security,", "she",
                          "Gao Yuning, Chinese Foreign Ministry spokesperson", "China"),
                        Q("seriously undermine", "she", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China")])])
    p.append([S("China will take necessary measures to firmly safeguard the legitimate rights and interests of Chinese companies, Gao added.",
                CN, ["China will take necessary measures to firmly safeguard the legitimate rights and interests of Chinese companies"],
                "cue after an unquoted reported clause")])
    p.append([S("When asked about remarks by a senior U.S. defense official who described China as “the pacing challenge” for the U.S. military, Gao said the U.S. side should abandon its Cold War mentality and view China’s development in an objective and rational way.",
                BOTH, ["China as “the pacing challenge” for the U.S. military",
                       "the U.S. side should abandon its Cold War mentality and view China’s development in an objective and rational way"],
                "the question relays a US official's claim; the answer is China's",
                quotes=[Q("the pacing challenge", "a senior U.S. defense official", "unnamed senior US defense official", "United States")])])
    p.append([S("“China’s national defense policy is defensive in nature.",
                CN, ["China’s national defense policy is defensive in nature"],
                "one pair of marks enclosing two sentences; the cue is in the next sentence",
                quotes=[Q("China’s national defense policy is defensive in nature. We never seek hegemony, expansion or spheres of influence,",
                          "she", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China")]),
              S("We never seek hegemony, expansion or spheres of influence,” she said.",
                CN, ["We never seek hegemony, expansion or spheres of influence"], "end of the two-sentence quotation")])
    p.append([S("Responding to a question about media reports that a U.S. congressional delegation plans to visit China’s Taiwan region next week, Gao said the Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-U.S. relations.",
                CN, ["the Taiwan question is at the very core of China’s core interests and the first red line that must not be crossed in China-U.S. relations"],
                "media reports are no side; only the answer is sided")])
    p.append([S("“We urge the U.S. side to abide by the one-China principle,” Gao said, “and stop all forms of official interaction with the Taiwan region.”",
                CN, ["We urge the U.S. side to abide by the one-China principle", "and stop all forms of official interaction with the Taiwan region"],
                "split quotation: two fragments, one speaker",
                quotes=[Q("We urge the U.S. side to abide by the one-China principle,", "Gao", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China"),
                        Q("and stop all forms of official interaction with the Taiwan region.", "Gao", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China",
                          note="second fragment of a split quotation")])])
    p.append([S("Asked to comment on a report titled “Beyond the Pacing Challenge,” released by the Washington-based Halden Center for Strategic Studies, which accused China of rapidly expanding its nuclear arsenal, Gao said the report was “full of ideological bias” and “not worth refuting.”",
                CN, ["the report was “full of ideological bias” and “not worth refuting"],
                "a title in marks; the think tank's accusation is no side",
                quotes=[TITLE("Beyond the Pacing Challenge,", "report title"),
                        Q("full of ideological bias", "Gao", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China"),
                        Q("not worth refuting.", "Gao", "Gao Yuning, Chinese Foreign Ministry spokesperson", "China")])])
    p.append([S("She reiterated that China is committed to keeping its nuclear forces at the minimum level required for national security and to its policy of no first use of nuclear weapons at any time and under any circumstances.",
                CN, ["China is committed to keeping its nuclear forces at the minimum level required for national security and to its policy of no first use of nuclear weapons at any time and under any circumstances"],
                "pronoun across paragraphs")])
    p.append([S("Gao also announced that China will host a ministerial meeting on global supply chain cooperation in the northern city of Tianjin from May 20 to 22.",
                NONE, note="announcing an event is an act by convention, though phrased with a that-clause")])
    p.append([S("Representatives from more than 40 countries and international organizations are expected to attend the meeting, which will be chaired by Chinese Commerce Minister Liu Zhenhai.",
                NONE, note="Xinhua's own narration")])
    return write_article(OUT, 101, "xinhua_fm_press_conference",
                         "Xinhua English: 'BEIJING, May 2 (Xinhua) -- ' dateline, FM regular press conference, 'When asked about ..., Gao said ...', typographic quotes",
                         h, p)


def a102():
    h = S("US investment curbs on robotics ‘harm both sides’, ministry says",
          CN, ["US investment curbs on robotics ‘harm both sides"], "headline: cue at the end",
          quotes=[Q("harm both sides", "ministry", "Ministry of Commerce of China", "China",
                    note="headline single marks; speaker is the subject of 'says'")])
    p = []
    p.append([S("BEIJING — China firmly opposes a US decision to restrict American investment in Chinese robotics and automation companies and will take necessary measures to protect the legitimate rights of Chinese firms, the Ministry of Commerce said on Wednesday.",
                CN, ["China firmly opposes a US decision to restrict American investment in Chinese robotics and automation companies and will take necessary measures to protect the legitimate rights of Chinese firms"],
                "dateline; cue at the end")])
    p.append([S("The US Treasury Department on Monday expanded its outbound investment rules to cover Chinese developers of industrial robots, machine-vision systems and motion-control chips, saying the technologies could be used to modernize China’s military.",
                US, ["the technologies could be used to modernize China’s military"], "an act that also reports a claim ('saying')")])
    p.append([S("“The US side has once again politicized and weaponized economic and trade issues under the pretext of national security, which will only harm both sides,” ministry spokeswoman Tang Yanhong said in a statement posted on the ministry’s website.",
                CN, ["The US side has once again politicized and weaponized economic and trade issues under the pretext of national security, which will only harm both sides"], "",
                quotes=[Q("The US side has once again politicized and weaponized economic and trade issues under the pretext of national security, which will only harm both sides,",
                          "ministry spokeswoman Tang Yanhong", "Tang Yanhong, spokeswoman of China's Ministry of Commerce", "China")])])
    p.append([S("Tang said the measure would disrupt normal business cooperation and “ultimately hurt the interests of American investors themselves”.",
                CN, ["the measure would disrupt normal business cooperation and “ultimately hurt the interests of American investors themselves"],
                "final period outside the closing mark",
                quotes=[Q("ultimately hurt the interests of American investors themselves", "Tang", "Tang Yanhong, MOFCOM spokeswoman", "China")])])
    p.append([S("In a brief statement, the Treasury said the rule was “narrowly targeted” and would “ensure that American capital and know-how do not fuel the military modernization of countries of concern”.",
                US, ["the rule was “narrowly targeted” and would “ensure that American capital and know-how do not fuel the military modernization of countries of concern"],
                "the short US statement",
                quotes=[Q("narrowly targeted", "the Treasury", "US Treasury Department", "United States"),
                        Q("ensure that American capital and know-how do not fuel the military modernization of countries of concern", "the Treasury",
                          "US Treasury Department", "United States")])])
    p.append([S("Tang rejected the claims about military use, saying that most of the companies on the list make robots for car factories, warehouses and food processing plants.",
                CN, ["the claims about military use", "most of the companies on the list make robots for car factories, warehouses and food processing plants"],
                "rejecting a claim is China's claim (its object is the content, as in 'rejected the accusation'); 'the claims' refers to the US claim without reporting it, so not US")])
    p.append([S("Chinese experts said the move would backfire.", NONE,
                note="'experts' as a group are no side, even when Chinese")])
    p.append([S("Zhou Xinran, a researcher at the Institute of International Trade Policy, which is affiliated with the Ministry of Commerce, said Washington was trying to “slow down China’s industrial upgrading” but would find that the robotics supply chain could not easily be rebuilt elsewhere.",
                CN, ["Washington was trying to “slow down China’s industrial upgrading” but would find that the robotics supply chain could not easily be rebuilt elsewhere"],
                "research institute under a ministry takes its side; relative clause between speaker and verb",
                quotes=[Q("slow down China’s industrial upgrading", "Zhou Xinran", "Zhou Xinran, Institute of International Trade Policy (MOFCOM)", "China")])])
    p.append([S("“China has the complete industrial system, the engineers and the market.",
                CN, ["China has the complete industrial system, the engineers and the market"],
                "two sentences in one pair of marks; cue in the next sentence",
                quotes=[Q("China has the complete industrial system, the engineers and the market. Capital will find its way,", "Zhou",
                          "Zhou Xinran, Institute of International Trade Policy (MOFCOM)", "China")]),
              S("Capital will find its way,” Zhou said.",
                CN, ["Capital will find its way"], "")])
    p.append([S("China’s output of industrial robots rose 28 percent year-on-year in the first four months to about 180,000 units, according to the National Bureau of Statistics.",
                UND, note="statistic credited to a Chinese state agency, no stance")])
    p.append([S("Li Mengyao, a professor of international economics at Huaxin University of Finance and Economics in Shanghai, said the measure was less about security than about competition.",
                NONE, note="university professor: no side"),
              S("“If this were only about the military, the list would be much shorter,” she said.",
                NONE, note="pronoun refers to Li",
                quotes=[Q("If this were only about the military, the list would be much shorter,", "she",
                          "Li Mengyao, Huaxin University of Finance and Economics", "other")])])
    p.append([S("Wang Peiyu, secretary-general of the Yangtze Robotics Industry Association, said none of its members had yet been asked by US partners to leave joint ventures, but that “uncertainty itself is a cost”.",
                NONE, note="industry association: no side",
                quotes=[Q("uncertainty itself is a cost", "Wang Peiyu", "Wang Peiyu, Yangtze Robotics Industry Association", "other")])])
    p.append([S("The ministry said it would closely follow the implementation of the rule and assess its impact on Chinese companies.",
                CN, ["it would closely follow the implementation of the rule and assess its impact on Chinese companies"], "")])
    return write_article(OUT, 102, "chinadaily_robotics_investment_curbs",
                         "China Daily: 'BEIJING — ' dateline, ministry statement and Chinese experts, short US statement, typographic quotes with punctuation outside",
                         h, p)


def a103():
    h = S("State Department says China is using exit bans as 'bargaining chips'",
          US, ["China is using exit bans as 'bargaining chips"], "headline: US claim",
          quotes=[Q("bargaining chips", "State Department", "US State Department (spokesperson Daniel Halvorsen)", "United States",
                    note="headline single marks; speaker is the subject of the clause")])
    p = []
    p.append([S("WASHINGTON — The State Department on Monday accused China of holding an American businessman as leverage in trade talks and called on Beijing to lift an exit ban that has kept him in the country for more than eight months.",
                US, ["China of holding an American businessman as leverage in trade talks",
                     "lift an exit ban that has kept him in the country for more than eight months"],
                "dateline; an accusation plus 'called on X to' (infinitive clause)")])
    p.append([S("\"We have seen a pattern in which the PRC uses exit bans on U.S. citizens as bargaining chips, and that is unacceptable,\" department spokesperson Daniel Halvorsen told reporters at the daily press briefing.",
                US, ["We have seen a pattern in which the PRC uses exit bans on U.S. citizens as bargaining chips, and that is unacceptable"], "",
                quotes=[Q("We have seen a pattern in which the PRC uses exit bans on U.S. citizens as bargaining chips, and that is unacceptable,",
                          "department spokesperson Daniel Halvorsen", "Daniel Halvorsen, State Department spokesperson", "United States")])])
    p.append([S("Halvorsen, a former Foreign Service officer who took over the podium in January, said the department had raised the case of Michael Ferrante, a 46-year-old supply-chain consultant from Ohio, \"at the highest levels\" in both Beijing and Washington.",
                US, ["the department had raised the case of Michael Ferrante, a 46-year-old supply-chain consultant from Ohio, \"at the highest levels\" in both Beijing and Washington"],
                "'former' officer in the apposition, but he speaks in his current office",
                quotes=[Q("at the highest levels", "Halvorsen", "Daniel Halvorsen, State Department spokesperson", "United States")])])
    p.append([S("Ferrante's employer, Lakeshore Sourcing Group, said in a statement that he had \"done nothing wrong\" and had cooperated fully with Chinese authorities.",
                NONE, note="a company: no side",
                quotes=[Q("done nothing wrong", "Ferrante's employer, Lakeshore Sourcing Group", "Lakeshore Sourcing Group", "other")])])
    p.append([S("China's Foreign Ministry has said Ferrante is \"involved in a criminal case\" and that his lawful rights are being protected.",
                CN, ["Ferrante is \"involved in a criminal case", "his lawful rights are being protected"], "",
                quotes=[Q("involved in a criminal case", "China's Foreign Ministry", "Foreign Ministry of China", "China")])])
    p.append([S("At least 30 Americans are barred from leaving China, according to the State Department, which says many of them have never been charged with a crime.",
                US, ["At least 30 Americans are barred from leaving China", "many of them have never been charged with a crime"],
                "a figure from a state body that takes a stance in the dispute is a claim, not '?'")])
    p.append([S("The Chinese Embassy in Washington did not respond to a request for comment on Monday.", NONE, note="no claim")])
    p.append([S("An excerpt from the exchange follows:", NONE, note="narration introducing the transcript")])
    p.append([S("QUESTION: Chinese officials say Mr. Ferrante is under investigation for commercial bribery.",
                CN, ["Mr. Ferrante is under investigation for commercial bribery"], "the reporter's question relays China's claim"),
              S("Do you have any reason to believe that's true?", NONE, note="question")])
    p.append([S("MR. HALVORSEN: We've seen no evidence to support that.",
                US, ["We've seen no evidence to support that"], "transcript line: the spokesperson's own words"),
              S("And frankly, if there were a real case, we would expect the PRC to have charged him by now instead of holding him in limbo for eight months.",
                US, ["And frankly, if there were a real case, we would expect the PRC to have charged him by now instead of holding him in limbo for eight months"],
                "continues the transcript line; content is the whole utterance, as for a quotation")])
    p.append([S("QUESTION: Is the department considering a \"wrongfully detained\" designation?",
                NONE, note="question; the legal term is mentioned, not quoted from a speaker",
                quotes=[SCARE("wrongfully detained", "term of art held at a distance by the questioner")])])
    p.append([S("MR. HALVORSEN: I'm not going to get ahead of that process.",
                US, ["I'm not going to get ahead of that process"], "transcript line: the spokesperson's own words, even a refusal to comment"),
              S("But I can tell you we are reviewing every element of Mr. Ferrante's case, and we will use every tool we have to bring him home.",
                US, ["But I can tell you we are reviewing every element of Mr. Ferrante's case, and we will use every tool we have to bring him home"], "")])
    p.append([S("QUESTION: Will this come up at the trade talks in Geneva next week?", NONE, note="question")])
    p.append([S("MR. HALVORSEN: Our concerns about Americans detained in China come up in every conversation we have with the PRC, and I'd expect next week to be no different.",
                US, ["Our concerns about Americans detained in China come up in every conversation we have with the PRC, and I'd expect next week to be no different"],
                "transcript line")])
    p.append([S("After the briefing, Rep. Laura K. Whitcombe, an Ohio Republican whose district includes Ferrante's hometown of Medina, said the administration should make his release \"a condition for any deal.\"",
                US, ["the administration should make his release \"a condition for any deal"],
                "member of Congress; title with an initial and an apposition with a relative clause",
                quotes=[Q("a condition for any deal.", "Rep. Laura K. Whitcombe", "Rep. Laura K. Whitcombe", "United States")])])
    p.append([S("\"Michael is not a bargaining chip,\" she said in a statement.",
                US, ["Michael is not a bargaining chip"], "",
                quotes=[Q("Michael is not a bargaining chip,", "she", "Rep. Laura K. Whitcombe", "United States")]),
              S("\"He's a father of three who went to China to do his job.\"",
                US, ["He's a father of three who went to China to do his job"], "continues Whitcombe's quotation",
                quotes=[Q("He's a father of three who went to China to do his job.", "she", "Rep. Laura K. Whitcombe", "United States")])])
    p.append([S("The department's travel advisory for mainland China, which warns of the \"arbitrary enforcement of local laws, including in relation to exit bans,\" currently stands at Level 3, \"Reconsider Travel.\"",
                US, ["the \"arbitrary enforcement of local laws, including in relation to exit bans"],
                "a State Department document speaking in a relative clause; the level's name is a title",
                quotes=[Q("arbitrary enforcement of local laws, including in relation to exit bans,", "The department's travel advisory for mainland China",
                          "US State Department (travel advisory)", "United States"),
                        TITLE("Reconsider Travel.", "name of an advisory level")])])
    return write_article(OUT, 103, "statedept_exit_ban_briefing",
                         "US State Department press briefing write-up: WASHINGTON dateline, straight quotes, transcript excerpt with 'QUESTION:' and 'MR. HALVORSEN:' labels",
                         h, p)


def a104():
    h = S("In a Chinese Fishing Port, U.S. Sanctions Land on the Docks", NONE, note="feature headline, no claim")
    p = []
    p.append([S("ZHOUSHAN, China — For 23 years, Chen Aiping has waited on the same stretch of concrete for her husband’s boat to come home.",
                NONE, note="dateline; feature lede")])
    p.append([S("This spring, it did not.", NONE, note="'it' is the boat"),
              S("The Haifeng 708, a squid jigger owned by Zhoushan Ocean Star Fisheries, has been idle in a South American port since April, when the United States barred imports of seafood from the company, citing evidence of forced labor aboard its fleet.",
                US, ["evidence of forced labor aboard its fleet"], "an act that also reports a claim ('citing')")])
    p.append([S("“They took his boat away like he was a criminal,” Ms. Chen, 51, said as she mended a net in the doorway of her two-room house.",
                NONE, note="ordinary person: no side",
                quotes=[Q("They took his boat away like he was a criminal,", "Ms. Chen", "Chen Aiping, fisherman's wife", "other")]),
              S("“My husband has a contract, a salary, a phone.",
                NONE, note="opens a quotation that runs on into the next paragraph",
                quotes=[Q("My husband has a contract, a salary, a phone. He sends money every month. Now nothing comes. Who is protecting him?",
                          "Ms. Chen", "Chen Aiping, fisherman's wife", "other",
                          note="run-on: the paragraph ends without a closing mark and the next opens with one")]),
              S("He sends money every month.", NONE, note="inside the run-on quotation")])
    p.append([S("“Now nothing comes.", NONE, note="continuation paragraph of the run-on"),
              S("Who is protecting him?”", NONE, note="end of the run-on")])
    p.append([S("U.S. Customs and Border Protection said in April that it had found indications of debt bondage, withheld wages and physical abuse on vessels operated by the company, which supplies squid to processors in China, Thailand and the United States.",
                US, ["it had found indications of debt bondage, withheld wages and physical abuse on vessels operated by the company"],
                "US agency; the relative clause is the reporter's")])
    p.append([S("“No American should unknowingly buy seafood caught by men who cannot leave the ship,” said Denise Albright, a senior official in the agency’s Office of Trade, in a statement at the time.",
                US, ["No American should unknowingly buy seafood caught by men who cannot leave the ship"],
                "speaker after the quotation, official by apposition",
                quotes=[Q("No American should unknowingly buy seafood caught by men who cannot leave the ship,", "Denise Albright",
                          "Denise Albright, U.S. Customs and Border Protection", "United States")])])
    p.append([S("In Beijing, the Foreign Ministry called the accusations “lies fabricated out of thin air” and said Washington was using human rights “as a pretext to suppress China’s fishing industry.”",
                CN, ["the accusations “lies fabricated out of thin air", "Washington was using human rights “as a pretext to suppress China’s fishing industry"],
                "'the accusations' is the object of China's claim, not a US report",
                quotes=[Q("lies fabricated out of thin air", "the Foreign Ministry", "Foreign Ministry of China", "China"),
                        Q("as a pretext to suppress China’s fishing industry.", "the Foreign Ministry", "Foreign Ministry of China", "China")])])
    p.append([S("Local officials have been more guarded.", NONE, note="characterises, reports no claim"),
              S("Wu Jianhua, a deputy director of the fisheries bureau in Shenjiamen, Zhoushan’s main fishing district, said the city had opened an inquiry into the company’s labor practices but had found “no systematic problems.”",
                CN, ["the city had opened an inquiry into the company’s labor practices but had found “no systematic problems"],
                "local government official by apposition",
                quotes=[Q("no systematic problems.", "Wu Jianhua", "Wu Jianhua, Shenjiamen fisheries bureau", "China")])])
    p.append([S("“We take every complaint seriously,” he said in an interview at the bureau’s offices.",
                CN, ["We take every complaint seriously"], "pronoun refers to Wu",
                quotes=[Q("We take every complaint seriously,", "he", "Wu Jianhua, Shenjiamen fisheries bureau", "China")]),
              S("“But we will not accept being judged by one country’s rules.”",
                CN, ["But we will not accept being judged by one country’s rules"], "continues Wu's quotation",
                quotes=[Q("But we will not accept being judged by one country’s rules.", "he", "Wu Jianhua, Shenjiamen fisheries bureau", "China")])])
    p.append([S("Lin Guodong, 34, who worked on a sister ship for three years before quitting last year, described a different life at sea.",
                NONE, note="ordinary person; 'described' with no content")])
    p.append([S("“You work 18 hours, sometimes 20, and the captain keeps your passport,” Mr. Lin said.",
                NONE, note="ordinary person",
                quotes=[Q("You work 18 hours, sometimes 20, and the captain keeps your passport,", "Mr. Lin", "Lin Guodong, former deckhand", "other")]),
              S("“Nobody hit me.", NONE, note="opens a run-on quotation",
                quotes=[Q("Nobody hit me. But I saw a man from Yunnan beaten for falling asleep on deck. I told the company, and they said, ‘If you don’t like it, swim home.’",
                          "Mr. Lin", "Lin Guodong, former deckhand", "other",
                          note="run-on over two paragraphs; the inner single marks get no record")]),
              S("But I saw a man from Yunnan beaten for falling asleep on deck.", NONE, note="inside the run-on")])
    p.append([S("“I told the company, and they said, ‘If you don’t like it, swim home.’”", NONE, note="end of the run-on")])
    p.append([S("The company did not respond to repeated requests for comment.", NONE, note="no claim"),
              S("In a notice posted on its website in May, it said it had “always respected the rights of crew members” and called the American decision “unfair and unscientific.”",
                NONE, note="a company, even with 'in a notice': no side",
                quotes=[Q("always respected the rights of crew members", "it", "Zhoushan Ocean Star Fisheries", "other"),
                        Q("unfair and unscientific.", "it", "Zhoushan Ocean Star Fisheries", "other")])])
    p.append([S("A report by the Oceanwatch Labor Project, a nonprofit group in Washington, titled “Out of Sight: Forced Labor on the High Seas,” documented 14 deaths aboard Chinese squid vessels between 2019 and 2023.",
                NONE, note="nonprofit: no side; a title in marks",
                quotes=[TITLE("Out of Sight: Forced Labor on the High Seas,", "report title")])])
    p.append([S("In New Bedford, Mass., Tom Ricci, who runs a seafood processing company, said squid prices had risen about 12 percent since the ban.",
                NONE, note="businessman: no side"),
              S("“If it’s true about the forced labor, good riddance,” he said.",
                NONE, note="",
                quotes=[Q("If it’s true about the forced labor, good riddance,", "he", "Tom Ricci, New Bedford seafood processor", "other")])])
    p.append([S("Representative Joanna Pires, a Democrat whose district includes New Bedford, has introduced a bill that would require importers to trace squid to the vessel that caught it.",
                NONE, note="member of Congress, but introducing a bill is an act"),
              S("“Right now the Chinese distant-water fleet is a black box,” she said in a phone interview.",
                US, ["Right now the Chinese distant-water fleet is a black box"], "pronoun refers to the congresswoman",
                quotes=[Q("Right now the Chinese distant-water fleet is a black box,", "she", "Rep. Joanna Pires", "United States")])])
    p.append([S("Back on the dock, Ms. Chen said she had stopped watching the news.", NONE, note="ordinary person"),
              S("“Americans, Chinese, everybody talks,” she said.",
                NONE, note="",
                quotes=[Q("Americans, Chinese, everybody talks,", "she", "Chen Aiping, fisherman's wife", "other")]),
              S("“My husband just wants to come home.”", NONE, note="continues Ms. Chen's quotation",
                quotes=[Q("My husband just wants to come home.", "she", "Chen Aiping, fisherman's wife", "other")])])
    return write_article(OUT, 104, "feature_zhoushan_squid_sanctions",
                         "New York Times-style feature: 'ZHOUSHAN, China — ' dateline, Ms./Mr. honorifics, run-on quotations over paragraphs, ordinary people and officials of both sides",
                         h, p)


ARTICLES = [a97, a98, a99, a100, a101, a102, a103, a104]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".txt") or f.endswith(".gold.json"):
            os.remove(os.path.join(OUT, f))
    for fn in ARTICLES:
        name, words = fn()
        print("%-45s %4d words" % (name, words))
