"""Split "untouched" (articles 43-48): other topics and house styles, written only after
37-42 were built and checked. Same conventions as build_tuned.py:
    a.s(TEXT, SIDES, CONTENT, note)      sentence
    a.q(TEXT, SPEAKER, RESOLVES, SIDE, kind, note)   quotation opening in the sentence above
"""
from lib import Article, N, C, U, B, Q

# ---------------------------------------------------------------- 43
SC = "U.S. Space Command (statement)"
SUN = "Sun Lihua, spokeswoman of the Chinese Foreign Ministry"
MOR = "Kenji Morioka, Japan's Chief Cabinet Secretary"
a = Article("43_kyodo_satellite_approach", "untouched",
            "Kyodo wire story from Tokyo, both sides respond plus Japan's government; U.S. with periods; straight quotes")
a.h('''U.S. says Chinese satellite made "unsafe" approach, China calls claim "groundless"''', B,
    ['''Chinese satellite made "unsafe" approach''', '''claim "groundless"'''],
    "two attributions")
a.q("unsafe", "U.S.", SC, "us")
a.q("groundless", "China", SUN, "china")
a.p()
a.s('''TOKYO, Nov. 6 (Kyodo) -- The United States on Wednesday accused China of maneuvering a military satellite to within about 1 kilometer of a U.S. communications satellite in geostationary orbit, while Beijing dismissed the allegation as "groundless hype."''', B,
    ["China of maneuvering a military satellite to within about 1 kilometer of a U.S. communications satellite in geostationary orbit",
     '''the allegation as "groundless hype."'''])
a.q("groundless hype.", "Beijing", SUN, "china")
a.p()
a.s('''U.S. Space Command said in a statement that the Chinese satellite, Xingchen-14, drifted toward the American spacecraft over several days in late October and stayed close to it for about 30 hours, an approach it called "unsafe and irresponsible."''', U,
    ['''the Chinese satellite, Xingchen-14, drifted toward the American spacecraft over several days in late October and stayed close to it for about 30 hours, an approach it called "unsafe and irresponsible."'''])
a.q("unsafe and irresponsible.", "it", SC, "us", note="'it' = U.S. Space Command")
a.s('''Gen. Warren Kessel, who heads the command, said the maneuver was consistent with what he described as China's effort to develop the ability to "inspect, disable or destroy" other countries' satellites.''', U,
    ['''the maneuver was consistent with what he described as China's effort to develop the ability to "inspect, disable or destroy" other countries' satellites'''],
    "relative clause between speaker and verb")
a.q("inspect, disable or destroy", "Gen. Warren Kessel, who heads the command", "Gen. Warren Kessel, commander of U.S. Space Command", "us")
a.p()
a.s('''Chinese Foreign Ministry spokeswoman Sun Lihua told a regular press conference in Beijing that China's activities in outer space have "always been peaceful" and that the satellite was conducting "normal technical verification."''', C,
    ['''China's activities in outer space have "always been peaceful"''', '''the satellite was conducting "normal technical verification."'''])
a.q("always been peaceful", "Chinese Foreign Ministry spokeswoman Sun Lihua", SUN, "china")
a.q("normal technical verification.", "Chinese Foreign Ministry spokeswoman Sun Lihua", SUN, "china")
a.s('''"The United States is the biggest threat to security in outer space," said Sun, adding that Washington had set up a separate military service for space and openly named China as its main rival.''', C,
    ["The United States is the biggest threat to security in outer space,",
     "Washington had set up a separate military service for space and openly named China as its main rival"],
    "inverted 'said Sun'")
a.q("The United States is the biggest threat to security in outer space,", "Sun", SUN, "china")
a.p()
a.s('''Japan's top government spokesman, Chief Cabinet Secretary Kenji Morioka, said at a press conference in Tokyo that Japan was "deeply concerned" about any behavior that raises the risk of collisions in space.''', N,
    note="Japan is an ally, a third party: other")
a.q("deeply concerned", "Japan's top government spokesman, Chief Cabinet Secretary Kenji Morioka", MOR, "other")
a.s('''Morioka said Japan would keep working with the United States and other partners to set norms for "responsible behavior" in orbit.''', N)
a.q("responsible behavior", "Morioka", MOR, "other")
a.s('''U.S. and Japanese defense officials said the two countries would expand the sharing of space-tracking data under an agreement reached last year.''', U,
    ["the two countries would expand the sharing of space-tracking data under an agreement reached last year"],
    "'X and Y said' with a US and a third-party speaker: the US share makes it US")
a.p()
a.s('''More than 11,000 active satellites were in orbit as of October, according to a catalog maintained by the U.S. Space Force.''', Q,
    note="statistic credited to a US agency, no stance in the dispute: undecidable")
a.s('''Only a few hundred of them are in geostationary orbit, about 36,000 kilometers above the equator, where a satellite keeps pace with the Earth's rotation.''', N)
a.p()
a.s('''Washington announced in 2022 that it would not conduct destructive anti-satellite missile tests and has urged other countries to follow suit.''', U,
    ["it would not conduct destructive anti-satellite missile tests", "other countries to follow suit"],
    "announced that / urged: reported as speech")
a.s('''China, which destroyed one of its own weather satellites with a missile in 2007, creating thousands of pieces of debris, has not made a similar pledge.''', N,
    note="acts and a non-act")
a.s('''Beijing argues that a treaty banning weapons in space, which it has proposed together with Russia, would be more effective than voluntary pledges.''', C,
    ["a treaty banning weapons in space, which it has proposed together with Russia, would be more effective than voluntary pledges"])
a.s('''The United States has rejected the proposal, saying such a ban would be impossible to verify.''', U,
    ["such a ban would be impossible to verify"],
    "rejecting a proposal is an act, but 'saying ...' adds a claim")
a.p()
a.s('''The issue is expected to come up at a U.N. meeting on outer space in Vienna next month.''', N)
a.write()

# ---------------------------------------------------------------- 44
MOF = "Ministry of Commerce of China (MOFCOM)"
MOFS = "MOFCOM spokesperson (unnamed)"
a = Article("44_xinhua_mofcom_export_control", "untouched",
            "Xinhua-style state-media paraphrase of a Commerce Ministry statement and a spokesperson's answer to a reporter's question; straight quotes")
a.h('''China imposes export controls on 8 U.S. defense firms''', N, note="an act")
a.p()
a.s('''BEIJING, Jan. 9 (Xinhua) -- China's Ministry of Commerce (MOFCOM) on Thursday announced that it has added eight U.S. defense companies to its export control list, banning the export of dual-use items to them with immediate effect.''', C,
    ["it has added eight U.S. defense companies to its export control list, banning the export of dual-use items to them with immediate effect"],
    "the act is reported as speech ('announced that'), so China")
a.p()
a.s('''The decision was made in accordance with China's Export Control Law and other relevant laws and regulations, in order to safeguard national security and interests and fulfill international obligations such as non-proliferation, the ministry said in a statement.''', C,
    ["The decision was made in accordance with China's Export Control Law and other relevant laws and regulations, in order to safeguard national security and interests and fulfill international obligations such as non-proliferation"],
    "attribution at the end")
a.p()
a.s('''The companies, whose names were listed in the statement, include Ashgrove Aerospace Systems and Redmond Tactical Electronics, both major suppliers to the U.S. Department of Defense.''', N)
a.s('''Exporters are prohibited from supplying the listed companies with dual-use items, and any ongoing exports must be stopped immediately, according to the statement.''', C,
    ["Exporters are prohibited from supplying the listed companies with dual-use items, and any ongoing exports must be stopped immediately"])
a.s('''Foreign organizations and individuals are also barred from transferring Chinese-origin dual-use items to the companies, it said.''', C,
    ["Foreign organizations and individuals are also barred from transferring Chinese-origin dual-use items to the companies"],
    "'it' = the statement")
a.p()
a.s('''A MOFCOM spokesperson said in response to a reporter's question that the companies had in recent years taken part in arms sales to China's Taiwan region, seriously undermining China's sovereignty, security and development interests.''', C,
    ["the companies had in recent years taken part in arms sales to China's Taiwan region, seriously undermining China's sovereignty, security and development interests"])
a.s('''"China's export control measures target only a very small number of U.S. military companies," the spokesperson said.''', C,
    ["China's export control measures target only a very small number of U.S. military companies,"])
a.q("China's export control measures target only a very small number of U.S. military companies,", "the spokesperson", MOFS, "china")
a.s('''"Law-abiding foreign companies and individuals have nothing to worry about."''', C,
    ["Law-abiding foreign companies and individuals have nothing to worry about."], "continuation")
a.q("Law-abiding foreign companies and individuals have nothing to worry about.", "the spokesperson", MOFS, "china",
    note="separate pair after the attribution sentence")
a.p()
a.s('''The spokesperson stressed that the Taiwan question is at the very core of China's core interests and the first red line that must not be crossed in China-U.S. relations.''', C,
    ["the Taiwan question is at the very core of China's core interests and the first red line that must not be crossed in China-U.S. relations"])
a.s('''The U.S. side has claimed that its arms sales to Taiwan are consistent with its "long-standing policy," a claim the spokesperson said "lacks any legal or factual basis."''', B,
    ['''its arms sales to Taiwan are consistent with its "long-standing policy,"''', "lacks any legal or factual basis."],
    "a US claim and China's rejection of it in one sentence")
a.q("long-standing policy,", "The U.S. side", "United States government", "us")
a.q("lacks any legal or factual basis.", "the spokesperson", MOFS, "china")
a.p()
a.s('''MOFCOM and the General Administration of Customs will jointly supervise the implementation of the measures, the statement said.''', C,
    ["MOFCOM and the General Administration of Customs will jointly supervise the implementation of the measures"])
a.p()
a.s('''China has previously imposed sanctions on several U.S. defense contractors and their senior executives over arms sales to Taiwan.''', N,
    note="imposing sanctions is an act")
a.s('''Thursday's move came after the U.S. Commerce Department last month added 36 Chinese entities to its Entity List, restricting their access to American technology.''', N,
    note="acts")
a.p()
a.s('''According to the General Administration of Customs, China-U.S. trade in goods totaled 4.4 trillion yuan (about 610 billion U.S. dollars) in the first 11 months of last year, up 3.6 percent year on year.''', Q,
    note="statistic credited to a Chinese agency, no stance: undecidable")
a.p()
a.s('''The spokesperson added that China "is willing to strengthen dialogue and cooperation" with all countries on export control "to jointly maintain the security and stability of global industrial and supply chains."''', C,
    ['''China "is willing to strengthen dialogue and cooperation" with all countries on export control "to jointly maintain the security and stability of global industrial and supply chains."'''])
a.q("is willing to strengthen dialogue and cooperation", "The spokesperson", MOFS, "china")
a.q("to jointly maintain the security and stability of global industrial and supply chains.", "The spokesperson", MOFS, "china")
a.write()

# ---------------------------------------------------------------- 45
WHR = "White House (readout of the call)"
HAN = "Han Zhiyuan, Chinese Foreign Minister (as reported in the Chinese Foreign Ministry's readout)"
BR = "Julia Brandt, senior fellow, Center for Pacific Security (Washington)"
a = Article("45_ap_call_readouts", "untouched",
            "AP-style wire story contrasting a White House readout of a call with the Chinese readout; curly quotes")
a.h('''US and China give differing accounts of call between top officials''', N,
    note="says accounts differ but reports no claim of either side")
a.p()
a.s('''WASHINGTON (AP) — U.S. national security adviser Ryan Castellano told China’s foreign minister in a phone call Tuesday that Beijing must do more to stop the flow of chemicals used to make fentanyl, the White House said, while China’s account of the call focused almost entirely on Taiwan.''', U,
    ["Beijing must do more to stop the flow of chemicals used to make fentanyl"],
    "nested: the White House said Castellano told ...; the last clause is the narrator's description of the Chinese account, not its claim")
a.p()
a.s('''The White House readout said Castellano and Foreign Minister Han Zhiyuan held “candid and constructive” discussions and agreed to keep channels of communication open ahead of a planned meeting of the two countries’ presidents later this year.''', U,
    ["Castellano and Foreign Minister Han Zhiyuan held “candid and constructive” discussions and agreed to keep channels of communication open ahead of a planned meeting of the two countries’ presidents later this year"])
a.q("candid and constructive", "The White House readout", WHR, "us")
a.s('''Castellano also “raised serious concerns” about Chinese companies’ sales of drone components to Russia, according to the readout.''', U,
    ["Castellano also “raised serious concerns” about Chinese companies’ sales of drone components to Russia"])
a.q("raised serious concerns", "the readout", WHR, "us")
a.p()
a.s('''In Beijing, the Foreign Ministry said Han told Castellano that the Taiwan question was “the first red line that must not be crossed” and urged Washington to stop arming the island.''', C,
    ["the Taiwan question was “the first red line that must not be crossed”", "Washington to stop arming the island"],
    "nested: the ministry reports Han; the quoted person is the source")
a.q("the first red line that must not be crossed", "Han", HAN, "china")
a.s('''Han said the two sides should “properly manage differences” and that Washington should lift what he called “unreasonable sanctions” on Chinese companies.''', C,
    ["the two sides should “properly manage differences”", "Washington should lift what he called “unreasonable sanctions” on Chinese companies"])
a.q("properly manage differences", "Han", HAN, "china")
a.q("unreasonable sanctions", "he", HAN, "china")
a.s('''The Chinese statement, which ran to about 600 characters, did not mention fentanyl or Russia.''', N,
    note="what the statement did not say: narrator")
a.p()
a.s('''The call came two weeks before a 90-day pause on planned tariff increases is due to expire, and as officials on both sides try to arrange the presidents’ meeting.''', N)
a.p()
a.s('''“The call was a chance to make sure there are no surprises,” said Dana Whitcombe, a spokesperson for the National Security Council, who added that Castellano had pressed “very directly” on fentanyl.''', U,
    ["The call was a chance to make sure there are no surprises,", "Castellano had pressed “very directly” on fentanyl"],
    "'said X, a spokesperson for ...' followed by a relative clause that is itself an attribution")
a.q("The call was a chance to make sure there are no surprises,", "Dana Whitcombe, a spokesperson for the National Security Council",
    "Dana Whitcombe, National Security Council spokesperson", "us")
a.q("very directly", "Dana Whitcombe, a spokesperson for the National Security Council",
    "Dana Whitcombe, National Security Council spokesperson", "us", note="speaker reached through 'who added'")
a.p()
a.s('''U.S. imports from China fell about 18% in the first half of the year compared with a year earlier, according to Census Bureau data.''', Q,
    note="statistic credited to a US agency, no stance: undecidable")
a.s('''Chinese customs figures show a similar decline.''', Q,
    note="statistic credited to a Chinese agency, no stance: undecidable")
a.p()
a.s('''Julia Brandt, a senior fellow at the Washington-based Center for Pacific Security, said the two readouts showed each government speaking mainly to its own audience.''', N,
    note="a fellow of a private think tank holds no office: other (set-5 review: institution = a state body, as in sets 1-4)")
a.s('''“Washington wants to be seen as tough on fentanyl, and Beijing wants to be seen as tough on Taiwan,” she said.''', N)
a.q("Washington wants to be seen as tough on fentanyl, and Beijing wants to be seen as tough on Taiwan,", "she", BR, "other")
a.s('''“Both can be true at once.”''', N, note="continuation of Brandt")
a.q("Both can be true at once.", "she", BR, "other", note="separate pair after the attribution sentence")
a.s('''Tom Reilly, who served as the National Security Council’s China director until last year, said the absence of Russia from the Chinese readout was “a signal in itself.”''', N,
    note="a former official holds no office: other")
a.q("a signal in itself.", "Tom Reilly, who served as the National Security Council’s China director until last year",
    "Tom Reilly, former NSC China director", "other")
a.p()
a.s('''The Chinese Embassy in Washington did not respond to a request for comment, and the White House declined to elaborate beyond its readout.''', N,
    note="not responding / declining are acts")
a.write()

# ---------------------------------------------------------------- 46
LQ = "Gary Lindqvist, US Representative (R-Ohio)"
OY = "Teresa Oyelaran, US Representative (D-Calif.)"
ZX = "Zhou Xinyi, spokesperson of the Chinese Embassy in Washington"
a = Article("46_hearing_students_labs", "untouched",
            "congressional hearing story (Politico/The Hill style): several US lawmakers, an FBI and a university witness, a Chinese embassy response; straight quotes")
a.h('''China hawks say defense-funded labs are an open door for Beijing''', U,
    ["defense-funded labs are an open door for Beijing"], "'China hawks' = the lawmakers in the story")
a.p()
a.s('''WASHINGTON — Members of the House Select Committee on the Chinese Communist Party on Tuesday accused the Pentagon and U.S. universities of failing to keep track of Chinese graduate students and researchers working in laboratories that receive defense funding.''', U,
    ["the Pentagon and U.S. universities of failing to keep track of Chinese graduate students and researchers working in laboratories that receive defense funding"])
a.p()
a.s('''Rep. Gary Lindqvist, an Ohio Republican who leads the committee's task force on research security, said in his opening statement that at least 1,200 Chinese nationals had worked on Pentagon-funded projects at American universities over the past five years, many of them in fields such as hypersonics and quantum computing.''', U,
    ["at least 1,200 Chinese nationals had worked on Pentagon-funded projects at American universities over the past five years, many of them in fields such as hypersonics and quantum computing"],
    "a lawmaker's figure is his claim, not a '?' statistic")
a.s('''"We are paying for the research, and then we are mailing it to Beijing," Lindqvist said.''', U,
    ["We are paying for the research, and then we are mailing it to Beijing,"])
a.q("We are paying for the research, and then we are mailing it to Beijing,", "Lindqvist", LQ, "us")
a.p()
a.s('''Rep. Teresa Oyelaran, a California Democrat who has often criticized the committee's tone, said she shared the concern but warned against "treating every Chinese student as a spy."''', U,
    ['''she shared the concern''', '''treating every Chinese student as a spy.'''],
    "relative clause between speaker and verb; a US lawmaker critical of US policy is still the US side")
a.q("treating every Chinese student as a spy.", "Rep. Teresa Oyelaran, a California Democrat who has often criticized the committee's tone", OY, "us")
a.s('''"The moment we do that, we lose the talent and we hand Beijing a propaganda victory," she said.''', U,
    ["The moment we do that, we lose the talent and we hand Beijing a propaganda victory,"])
a.q("The moment we do that, we lose the talent and we hand Beijing a propaganda victory,", "she", OY, "us")
a.p()
a.s('''Lindqvist and Rep. Martin Cole, a Texas Republican, said they would introduce legislation requiring universities to disclose the nationality of every researcher on defense-funded projects.''', U,
    ["they would introduce legislation requiring universities to disclose the nationality of every researcher on defense-funded projects"],
    "'X and Y said'")
a.p()
a.s('''Laura Brennick, an assistant director in the FBI's Counterintelligence Division, testified that the bureau was investigating more than 100 cases involving attempts by Chinese state-linked actors to obtain sensitive research from American campuses.''', U,
    ["the bureau was investigating more than 100 cases involving attempts by Chinese state-linked actors to obtain sensitive research from American campuses"],
    "testify = speech")
a.s('''She declined to say how many involved students, citing ongoing investigations.''', U,
    ["ongoing investigations"], "declining is an act; citing a reason is a claim")
a.p()
a.s('''Another witness, Helen Marsh, who directs research compliance at Whitmore University in Pennsylvania, said universities already screen researchers on defense projects and that new disclosure rules would "bury compliance offices in paperwork" without making labs any safer.''', N,
    note="a university's compliance director holds no office: other (set-5 review: institution = a state body, as in sets 1-4)")
a.q("bury compliance offices in paperwork", "Another witness, Helen Marsh, who directs research compliance at Whitmore University in Pennsylvania",
    "Helen Marsh, Whitmore University", "other")
a.p()
a.s('''The accusations are "baseless and full of Cold War mentality," said Zhou Xinyi, a spokesperson for the Chinese Embassy in Washington, in an emailed statement.''', C,
    ['''The accusations are "baseless and full of Cold War mentality,"'''],
    "'said X, a spokesperson for ...'; the content starts outside the marks")
a.q("baseless and full of Cold War mentality,", "Zhou Xinyi, a spokesperson for the Chinese Embassy in Washington", ZX, "china")
a.s('''Zhou said Chinese students in the United States should not be "harassed, interrogated or deported" because of their nationality, and urged Washington to "stop politicizing" educational exchanges.''', C,
    ['''Chinese students in the United States should not be "harassed, interrogated or deported" because of their nationality''',
     '''Washington to "stop politicizing" educational exchanges'''])
a.q("harassed, interrogated or deported", "Zhou", ZX, "china")
a.q("stop politicizing", "Zhou", ZX, "china")
a.p()
a.s('''The State Department revoked the visas of hundreds of Chinese graduate students last year under a 2020 proclamation that bars those with ties to military-linked universities, a measure the administration says is narrowly targeted.''', U,
    ["is narrowly targeted"], "an act plus an embedded US claim")
a.s('''Beijing has called the policy discriminatory.''', C, ["the policy discriminatory"])
a.p()
a.s('''Chinese nationals received about 87,000 F-1 student visas in the last fiscal year, down from more than 100,000 a decade earlier, according to State Department figures.''', Q,
    note="statistic credited to a US agency, no stance: undecidable")
a.s('''The committee's chairman said the panel would hold a closed-door session with Pentagon officials next month.''', U,
    ["the panel would hold a closed-door session with Pentagon officials next month"], "role noun for a member of Congress")
a.write()

# ---------------------------------------------------------------- 47
GAC = "General Administration of Customs of China (notice)"
USTR = "spokesperson of the Office of the US Trade Representative (unnamed)"
a = Article("47_scmp_geoduck_suspension", "untouched",
            "South China Morning Post style: unnamed sources, an anonymous official, 'analysts say', US$ and mainland; curly quotes, punctuation outside the marks")
a.h('''China halts US geoduck imports citing toxins, as sources point to tariff row''', C,
    ["toxins"], "'citing X' gives China's stated reason; the unnamed sources are no side")
a.p()
a.s('''HONG KONG — China has suspended imports of geoduck clams from two US states after customs inspectors found what they said were excessive levels of paralytic shellfish toxin, a move people familiar with the matter say is also linked to Washington’s latest tariffs on Chinese goods.''', C,
    ["were excessive levels of paralytic shellfish toxin"],
    "'what they said were' embeds the Chinese inspectors' claim; 'people familiar with the matter' are other")
a.p()
a.s('''The General Administration of Customs said in a notice on its website on Monday that shipments harvested in Washington state and Alaska would be suspended “with immediate effect” until US authorities could guarantee that they met mainland safety standards.''', C,
    ["shipments harvested in Washington state and Alaska would be suspended “with immediate effect” until US authorities could guarantee that they met mainland safety standards"])
a.q("with immediate effect", "The General Administration of Customs", GAC, "china")
a.s('''The notice said toxin levels in two recent consignments had exceeded the national limit by more than three times.''', C,
    ["toxin levels in two recent consignments had exceeded the national limit by more than three times"])
a.p()
a.s('''A person familiar with Beijing’s thinking on trade, who declined to be named because of the sensitivity of the matter, said the timing of the suspension was “not a coincidence”.''', N,
    note="unnamed source with no institution named: other")
a.q("not a coincidence", "A person familiar with Beijing’s thinking on trade", "unnamed source familiar with Beijing's trade thinking", "other")
a.s('''“Food safety is a real concern, but it is also a tool,” the person said.''', N)
a.q("Food safety is a real concern, but it is also a tool,", "the person", "unnamed source familiar with Beijing's trade thinking", "other")
a.p()
a.s('''A Chinese commerce official, speaking on condition of anonymity, rejected that view, saying the decision was “purely technical” and based on test results.''', C,
    ["that view", "the decision was “purely technical” and based on test results"],
    "anonymous, but the title names a Chinese institution; rejecting a view is a claim")
a.q("purely technical", "A Chinese commerce official", "unnamed Chinese commerce official", "china")
a.p()
a.s('''A spokesperson for the Office of the US Trade Representative said Washington was “seeking clarification” from Chinese authorities and urged Beijing to base its decisions “on science, not politics”.''', U,
    ["Washington was “seeking clarification” from Chinese authorities", "Beijing to base its decisions “on science, not politics”"])
a.q("seeking clarification", "A spokesperson for the Office of the US Trade Representative", USTR, "us")
a.q("on science, not politics", "A spokesperson for the Office of the US Trade Representative", USTR, "us")
a.p()
a.s('''US exports of geoduck to mainland China were worth about US$48 million last year, according to the US Department of Agriculture.''', Q,
    note="statistic credited to a US agency, no stance: undecidable")
a.s('''The clams, which can live for more than 100 years, are a prized banquet delicacy on the mainland, where a single one can sell for more than 1,000 yuan.''', N)
a.p()
a.s('''Marcus Lyle, executive director of the Pacific Geoduck Growers Alliance, said the suspension would hit dozens of small harvesters, many of them from tribal communities.''', N,
    note="an industry association is not a side: other")
a.s('''“We test every lot.''', N, note="a pair enclosing two sentences; other")
a.q("We test every lot. We have the paperwork,", "he", "Marcus Lyle, Pacific Geoduck Growers Alliance", "other",
    note="one pair enclosing two sentences, filed under the sentence it opens in")
a.s('''We have the paperwork,” he said.''', N)
a.p()
a.s('''Analysts say Beijing has long used food safety inspections as leverage in trade disputes, pointing to past curbs on Australian wine, Norwegian salmon and Japanese seafood.''', N,
    note="'analysts say': third party")
a.s('''“The message is calibrated: painful for one industry, but not big enough to derail talks,” said Wendy Chau, chief Asia economist at Halvard Capital in Singapore.''', N,
    note="a company economist in a third country: other")
a.q("The message is calibrated: painful for one industry, but not big enough to derail talks,", "Wendy Chau, chief Asia economist at Halvard Capital in Singapore",
    "Wendy Chau, Halvard Capital (Singapore)", "other")
a.s('''Beijing imposed a similar ban on geoduck from the US west coast in 2013, citing arsenic and toxin levels, and lifted it five months later.''', C,
    ["arsenic and toxin levels"], "the ban and its lifting are acts; 'citing X' is China's stated reason")
a.p()
a.s('''Trade negotiators from the two countries are due to meet later this month.''', N)
a.write()

# ---------------------------------------------------------------- 48
WEI = "Wei Chengzhi, spokesperson of the Chinese Foreign Ministry"
a = Article("48_explainer_drone_ban", "untouched",
            "Al Jazeera-style explainer with Q&A subheadings; curly quotes, punctuation outside the marks")
a.h('''Why is the US banning new Chinese-made drones, and what happens next?''', N, note="question about an act")
a.p()
a.s('''Washington, DC – The United States has barred new models of Chinese-made drones from being sold in the country, a move Washington says will protect Americans’ data but which Beijing has called “naked protectionism”.''', B,
    ["will protect Americans’ data", "naked protectionism"], "two embedded attributions")
a.q("naked protectionism", "Beijing", WEI, "china", note="Wei's phrase in the body")
a.s('''Here is what we know.''', N)
a.p()
a.s('''What has happened?''', N, note="subheading")
a.p()
a.s('''On Monday, the Federal Communications Commission (FCC) added drones and key components made by foreign companies that it considers a national security risk to its Covered List, meaning new models cannot receive the authorisation needed to be sold in the US.''', U,
    ["a national security risk"], "an act with an embedded stance ('that it considers ...')")
a.s('''Drones already on the market can still be bought and flown, the commission said.''', U,
    ["Drones already on the market can still be bought and flown"])
a.s('''The largest manufacturer affected is SkyPeak Technology, a Shenzhen-based company whose drones are widely used by farmers, filmmakers and police departments.''', N)
a.s('''SkyPeak models account for more than half of the roughly 820,000 drones registered with the Federal Aviation Administration, according to FAA data.''', Q,
    note="statistic credited to a US agency, no stance: undecidable")
a.p()
a.s('''Why does Washington say the drones are a risk?''', U, ["the drones are a risk"],
    "the subheading question reports (presupposes) Washington's claim")
a.p()
a.s('''US officials argue that drones made by Chinese companies could send flight logs, images and maps of sensitive sites to servers in China, and that Chinese law requires companies to cooperate with state intelligence work when asked.''', U,
    ["drones made by Chinese companies could send flight logs, images and maps of sensitive sites to servers in China",
     "Chinese law requires companies to cooperate with state intelligence work when asked"])
a.s('''“We cannot have the eyes in our skies answering to Beijing,” FCC commissioner Rachel Dunmore said in a statement.''', U,
    ["We cannot have the eyes in our skies answering to Beijing,"])
a.q("We cannot have the eyes in our skies answering to Beijing,", "FCC commissioner Rachel Dunmore", "Rachel Dunmore, FCC commissioner", "us")
a.s('''SkyPeak says its drones do not send data to China unless users choose to upload it, and that it has passed independent security audits.''', N,
    note="a company is not a side: other")
a.p()
a.s('''What has China said?''', N, note="subheading")
a.p()
a.s('''Chinese Foreign Ministry spokesperson Wei Chengzhi said on Tuesday that the US was “abusing state power” to suppress Chinese companies and had “never provided any evidence” that SkyPeak’s products posed a threat.''', C,
    ["the US was “abusing state power” to suppress Chinese companies and had “never provided any evidence” that SkyPeak’s products posed a threat"])
a.q("abusing state power", "Chinese Foreign Ministry spokesperson Wei Chengzhi", WEI, "china")
a.q("never provided any evidence", "Chinese Foreign Ministry spokesperson Wei Chengzhi", WEI, "china")
a.s('''“This is naked protectionism,” Wei said, adding that China would take “necessary measures” to protect the rights of its firms.''', C,
    ["This is naked protectionism,", "China would take “necessary measures” to protect the rights of its firms"])
a.q("This is naked protectionism,", "Wei", WEI, "china")
a.q("necessary measures", "Wei", WEI, "china")
a.p()
a.s('''Who will be affected?''', N, note="subheading")
a.p()
a.s('''Police and fire departments are among the biggest users.''', N)
a.s('''A survey last year by the National Association of Public Safety Drone Operators found that nearly 80 percent of its members flew Chinese-made models.''', N,
    note="a third party's survey: no side, so not '?'")
a.s('''Mark Ellison, the governor of North Dakota, where drones are widely used on farms, said the ban would “hurt the people it claims to protect” and asked the FCC to exempt agricultural models.''', U,
    ["the ban would “hurt the people it claims to protect”", "the FCC to exempt agricultural models"],
    "a state governor speaks for the US side by office, even against federal policy")
a.q("hurt the people it claims to protect", "Mark Ellison, the governor of North Dakota, where drones are widely used on farms",
    "Mark Ellison, Governor of North Dakota", "us")
a.p()
a.s('''What happens next?''', N, note="subheading")
a.p()
a.s('''SkyPeak said it was “evaluating all options”, including a legal challenge.''', N, note="company: other")
a.q("evaluating all options", "SkyPeak", "SkyPeak Technology (company)", "other")
a.s('''The Commerce Department is separately reviewing whether to restrict the use of Chinese drones already in the country, a step that would go much further than the FCC’s decision.''', N,
    note="a review is an act")
a.s('''Beijing has said it will respond if that happens.''', C, ["it will respond if that happens"])
a.write()
