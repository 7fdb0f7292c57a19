"""Split "tuned" (articles 37-42): the house styles attribution rules currently fail on.
Each sentence is written with its gold label directly under it:
    a.s(TEXT, SIDES, CONTENT, note)      sentence
    a.q(TEXT, SPEAKER, RESOLVES, SIDE, kind, note)   quotation opening in the sentence above
"""
from lib import Article, N, C, U, B, Q

MFA = "Ding Jiawei, spokesperson of the Chinese Foreign Ministry"

# ---------------------------------------------------------------- 37
a = Article("37_mfa_chip_blacklist", "tuned",
            "Chinese Foreign Ministry regular press conference write-up, Q&A form, straight quotes")
a.h('''China vows "necessary measures" after US widens chip export blacklist''', C,
    ["necessary measures"], "vow = speech act; the vowed object is the content")
a.q("necessary measures", "China", MFA, "china")
a.p()
a.s('''BEIJING, March 12 -- China will take "necessary measures" to safeguard the rights of its companies, a Foreign Ministry spokesperson said on Wednesday, a day after the United States added 27 Chinese technology firms to its export blacklist.''', C,
    ['''China will take "necessary measures" to safeguard the rights of its companies'''],
    "dateline sentence; the 'a day after' clause is the narrator's act")
a.q("necessary measures", "a Foreign Ministry spokesperson", MFA, "china")
a.p()
a.s('''The US Commerce Department said on Tuesday that the companies, including the Shenzhen-based chip designer Qiyuan Microsystems, had helped China's military obtain high-end processors used to develop artificial intelligence for weapons systems.''', U,
    ["the companies, including the Shenzhen-based chip designer Qiyuan Microsystems, had helped China's military obtain high-end processors used to develop artificial intelligence for weapons systems"])
a.s('''Being placed on the Entity List means American suppliers must obtain a license, which is rarely granted, before shipping the companies any goods.''', N,
    note="background explanation by the narrator")
a.p()
a.s('''Asked at a regular press briefing whether Beijing would retaliate, spokesperson Ding Jiawei said China "firmly opposes" what she called Washington's abuse of export controls and its "overstretching of the concept of national security."''', C,
    ['''China "firmly opposes" what she called Washington's abuse of export controls and its "overstretching of the concept of national security."'''],
    "the 'Asked whether' clause is the reporter's question, not content")
a.q("firmly opposes", "spokesperson Ding Jiawei", MFA, "china")
a.q("overstretching of the concept of national security.", "spokesperson Ding Jiawei", MFA, "china")
a.p()
a.s('''"The US side keeps politicizing trade and technology issues and using them as tools and weapons," Ding said.''', C,
    ["The US side keeps politicizing trade and technology issues and using them as tools and weapons,"])
a.q("The US side keeps politicizing trade and technology issues and using them as tools and weapons,", "Ding", MFA, "china")
a.s('''"This will not stop China's development.''', C, ["This will not stop China's development."],
    "continues the quotation; no attribution of its own")
a.q("This will not stop China's development. It will only strengthen our resolve to achieve self-reliance in science and technology.",
    "Ding", MFA, "china", note="one pair enclosing two sentences, after the attribution sentence; speaker from the preceding 'Ding said'")
a.s('''It will only strengthen our resolve to achieve self-reliance in science and technology."''', C,
    ["It will only strengthen our resolve to achieve self-reliance in science and technology."],
    "second sentence inside the same pair of marks")
a.p()
a.s('''The spokesperson added that Beijing would "closely follow" how the rules were enforced and would "resolutely safeguard the legitimate rights and interests of Chinese enterprises."''', C,
    ['''Beijing would "closely follow" how the rules were enforced and would "resolutely safeguard the legitimate rights and interests of Chinese enterprises."'''],
    "role noun 'the spokesperson' = Ding")
a.q("closely follow", "The spokesperson", MFA, "china")
a.q("resolutely safeguard the legitimate rights and interests of Chinese enterprises.", "The spokesperson", MFA, "china")
a.p()
a.s('''When asked whether China would consider tightening its controls on exports of rare earths or other critical minerals in response, Ding said she had "nothing to announce" but that China's export control policy was "consistent and transparent."''', C,
    ['''she had "nothing to announce"''', '''China's export control policy was "consistent and transparent."'''])
a.q("nothing to announce", "Ding", MFA, "china")
a.q("consistent and transparent.", "Ding", MFA, "china")
a.s('''Beijing has imposed licensing requirements on exports of gallium, germanium, graphite and several rare earth elements over the past two years, steps widely seen as a response to US restrictions on chip technology.''', N,
    note="acts; 'widely seen as' is no side's attribution")
a.p()
a.s('''Qiyuan said in a statement posted on its website that it was "deeply disappointed" by the decision and that its products were used only for civilian purposes.''', N,
    note="a company is not a side (no office, not a public institution): other")
a.q("deeply disappointed", "Qiyuan", "Qiyuan Microsystems (company)", "other", note="company statement")
a.s('''The company's shares fell 9 percent in Shenzhen trading on Wednesday.''', N)
a.p()
a.s('''When asked about reports that the US State Department had begun reviewing the visas of Chinese students enrolled in science and engineering programs, Ding urged Washington to "stop harassing and interrogating" Chinese students at its borders.''', C,
    ['''Washington to "stop harassing and interrogating" Chinese students at its borders'''],
    "'reports that ...' is unattributed press reporting inside the reporter's question")
a.q("stop harassing and interrogating", "Ding", MFA, "china")
a.s('''"Chinese students have made positive contributions to exchanges between the two peoples," she said, adding that the United States should "provide a fair, just and non-discriminatory environment" for them.''', C,
    ["Chinese students have made positive contributions to exchanges between the two peoples,",
     '''the United States should "provide a fair, just and non-discriminatory environment" for them'''])
a.q("Chinese students have made positive contributions to exchanges between the two peoples,", "she", MFA, "china")
a.q("provide a fair, just and non-discriminatory environment", "she", MFA, "china")
a.p()
a.s('''The State Department has said it reviews every visa application case by case and that it continues to welcome international students.''', U,
    ["it reviews every visa application case by case", "it continues to welcome international students"])
a.s('''Neither the State Department nor the Commerce Department immediately responded to requests for comment on Ding's remarks.''', N,
    note="not responding is an act")
a.write()

# ---------------------------------------------------------------- 38
HAL = "Maj. Gen. Kent Halvorsen, Pentagon press secretary"
MND = "Ministry of National Defense of China"
a = Article("38_pentagon_intercept_transcript", "tuned",
            "US Defense Department briefing write-up with a transcript excerpt (Q: / GEN. HALVORSEN:), straight quotes")
a.h('''Pentagon says Chinese fighter flew within 20 feet of U.S. patrol plane''', U,
    ["Chinese fighter flew within 20 feet of U.S. patrol plane"])
a.p()
a.s('''WASHINGTON — A Chinese fighter jet flew within 20 feet of a U.S. Navy P-8A Poseidon surveillance aircraft over the South China Sea on Monday, forcing the American crew to take evasive action, the Pentagon said Thursday.''', U,
    ["A Chinese fighter jet flew within 20 feet of a U.S. Navy P-8A Poseidon surveillance aircraft over the South China Sea on Monday, forcing the American crew to take evasive action"],
    "attribution at the end of the sentence")
a.p()
a.s('''Air Force Maj. Gen. Kent Halvorsen, the Pentagon press secretary, told reporters that the J-16's maneuver was "unsafe and unprofessional" and fit what he called a pattern of risky behavior by the People's Liberation Army in the region.''', U,
    ['''the J-16's maneuver was "unsafe and unprofessional" and fit what he called a pattern of risky behavior by the People's Liberation Army in the region'''],
    "apposition between speaker and verb")
a.q("unsafe and unprofessional", "Air Force Maj. Gen. Kent Halvorsen, the Pentagon press secretary", HAL, "us")
a.s('''The P-8A was flying a routine mission in international airspace, he said, and returned safely to Kadena Air Base in Japan.''', U,
    ["The P-8A was flying a routine mission in international airspace", "returned safely to Kadena Air Base in Japan"],
    "parenthetical 'he said'; the clause after it continues the reported content")
a.p()
a.s('''China's Ministry of National Defense said in a statement on Wednesday that the U.S. plane had been conducting "close-in reconnaissance" of a Chinese naval flotilla and that Chinese pilots had responded "in a professional and standard manner."''', C,
    ['''the U.S. plane had been conducting "close-in reconnaissance" of a Chinese naval flotilla''',
     '''Chinese pilots had responded "in a professional and standard manner."'''])
a.q("close-in reconnaissance", "China's Ministry of National Defense", MND, "china")
a.q("in a professional and standard manner.", "China's Ministry of National Defense", MND, "china")
a.s('''Senior Col. Yao Dingbo, a ministry spokesman, said Washington should "stop such dangerous provocations" and "strictly restrain the actions of its front-line forces."''', C,
    ['''Washington should "stop such dangerous provocations" and "strictly restrain the actions of its front-line forces."'''])
a.q("stop such dangerous provocations", "Senior Col. Yao Dingbo, a ministry spokesman", "Senior Col. Yao Dingbo, spokesman of China's Ministry of National Defense", "china")
a.q("strictly restrain the actions of its front-line forces.", "Senior Col. Yao Dingbo, a ministry spokesman", "Senior Col. Yao Dingbo, spokesman of China's Ministry of National Defense", "china")
a.p()
a.s('''Halvorsen took several questions on the encounter.''', N)
a.s('''The following is an excerpt from the transcript released by the Defense Department:''', N)
a.p()
a.s('''Q: General, the Chinese side says the P-8 was conducting close-in reconnaissance of a carrier group.''', C,
    ["the P-8 was conducting close-in reconnaissance of a carrier group"],
    "a reporter's question that reports China's claim; the reporter is no side")
a.s('''Was that the mission?''', N, note="reporter's question")
a.p()
a.s('''GEN. HALVORSEN: I'm not going to get into the specifics of the mission.''', U,
    ["I'm not going to get into the specifics of the mission."],
    "transcript answer: speech without quotation marks; the speaker label is the source")
a.s('''What I can tell you is that this was a lawful flight in international airspace, the kind we've been flying for decades, and that it was the Chinese pilot who closed the distance, not the other way around.''', U,
    ["What I can tell you is that this was a lawful flight in international airspace, the kind we've been flying for decades, and that it was the Chinese pilot who closed the distance, not the other way around."],
    "continues Halvorsen's transcript answer")
a.p()
a.s('''Q: Has the secretary raised this with his Chinese counterpart?''', N, note="reporter's question")
a.p()
a.s('''GEN. HALVORSEN: We've conveyed our concerns through the appropriate diplomatic and military channels.''', U,
    ["We've conveyed our concerns through the appropriate diplomatic and military channels."])
a.s('''The secretary has been very clear that open lines of communication between our two militaries are essential, precisely so that incidents like this one don't spiral.''', U,
    ["The secretary has been very clear that open lines of communication between our two militaries are essential, precisely so that incidents like this one don't spiral."],
    "Halvorsen's answer (reporting the secretary's stance, also US)")
a.p()
a.s('''Q: Will the U.S. change its flight patterns as a result?''', N, note="reporter's question")
a.p()
a.s('''GEN. HALVORSEN: No.''', U, ["No."])
a.s('''The United States will continue to fly, sail and operate wherever international law allows, and we'd encourage every country to do the same, safely.''', U,
    ["The United States will continue to fly, sail and operate wherever international law allows, and we'd encourage every country to do the same, safely."])
a.p()
a.s('''The Pentagon also released a 40-second video that it said was filmed from the P-8A's cockpit, showing the J-16 banking sharply across the nose of the American aircraft.''', U,
    ["was filmed from the P-8A's cockpit"],
    "release is an act; the relative clause embeds the Pentagon's claim; 'showing ...' describes the video (narrator)")
a.s('''It was the third such intercept of a U.S. aircraft this year, according to U.S. Indo-Pacific Command.''', U,
    ["It was the third such intercept of a U.S. aircraft this year"])
a.s('''Military officials in Washington have said the number of risky encounters fell after the two countries restored military-to-military talks, but has begun to rise again in recent months.''', U,
    ["the number of risky encounters fell after the two countries restored military-to-military talks, but has begun to rise again in recent months"])
a.p()
a.s('''China claims sovereignty over almost all of the South China Sea, a position an international tribunal rejected in 2016, and routinely protests U.S. military flights and ship transits there.''', C,
    ["sovereignty over almost all of the South China Sea", "U.S. military flights and ship transits there"],
    "a territorial claim and a protest are China's stance; the tribunal's rejection is a third party's")
a.s('''The Philippines, Vietnam, Malaysia and Brunei have overlapping claims.''', N, note="third parties' claims: no side")
a.write()

# ---------------------------------------------------------------- 39
MSS = "Ministry of State Security of China (statement)"
a = Article("39_mss_cyber_paraphrase", "tuned",
            "one-sided paraphrase of a Chinese ministry statement: source named once, then 'the ministry', 'it', 'the statement', 'officials'; almost no quotation marks")
a.h('''China accuses US intelligence of cyberattacks on aerospace institute''', C,
    ["US intelligence of cyberattacks on aerospace institute"], "accuse = claim")
a.p()
a.s('''BEIJING, Sept. 3 — China's Ministry of State Security said on Wednesday that US intelligence agencies had carried out more than 4,000 cyberattacks on a state-run aerospace materials institute in the southwestern city of Chengdu over the past two years, stealing test data and design files.''', C,
    ["US intelligence agencies had carried out more than 4,000 cyberattacks on a state-run aerospace materials institute in the southwestern city of Chengdu over the past two years, stealing test data and design files"],
    "the only time the source is named")
a.p()
a.s('''In a statement posted on its official WeChat account, the ministry said the attackers had first gained access in the spring of 2023 by exploiting a flaw in email software used by the Southwest Institute of Aerospace Materials.''', C,
    ["the attackers had first gained access in the spring of 2023 by exploiting a flaw in email software used by the Southwest Institute of Aerospace Materials"])
a.s('''It said they then moved through the institute's internal network for months without being detected, planting programs designed to copy files and erase traces of their activity.''', C,
    ["they then moved through the institute's internal network for months without being detected, planting programs designed to copy files and erase traces of their activity"],
    "'It' = the ministry")
a.p()
a.s('''The ministry added that investigators had traced the intrusions to servers in several European and Asian countries, which it said had been rented through front companies to conceal the attackers' identity.''', C,
    ["investigators had traced the intrusions to servers in several European and Asian countries, which it said had been rented through front companies to conceal the attackers' identity"])
a.s('''According to the ministry, the operation was directed from the United States and most of the activity took place between midnight and 6 a.m. Beijing time, during working hours on the US East Coast.''', C,
    ["the operation was directed from the United States and most of the activity took place between midnight and 6 a.m. Beijing time, during working hours on the US East Coast"])
a.p()
a.s('''The statement also noted that the institute develops heat-resistant alloys and composite materials for China's commercial rockets and its crewed space programme.''', C,
    ["the institute develops heat-resistant alloys and composite materials for China's commercial rockets and its crewed space programme"],
    "reported with 'noted that', so the ministry's, even though uncontroversial")
a.s('''It said the stolen files included results of thermal stress tests and the specifications of several materials that had not yet entered production.''', C,
    ["the stolen files included results of thermal stress tests and the specifications of several materials that had not yet entered production"],
    "'It' = the statement")
a.p()
a.s('''Officials described the operation as one of the most sophisticated they had uncovered against a Chinese research body, and said it bore the hallmarks of tools that the US National Security Agency had used in earlier attacks on Chinese targets.''', C,
    ["the operation as one of the most sophisticated they had uncovered against a Chinese research body",
     "it bore the hallmarks of tools that the US National Security Agency had used in earlier attacks on Chinese targets"],
    "'Officials' = the ministry's officials, from context")
a.p()
a.s('''The ministry did not name the individuals involved or release technical evidence that could be independently verified.''', N,
    note="what the source did not do: narrator")
a.s('''It said the investigation was continuing and that its findings had been shared with the National Computer Virus Emergency Response Center, which would publish a technical report.''', C,
    ["the investigation was continuing", "its findings had been shared with the National Computer Virus Emergency Response Center, which would publish a technical report"])
a.p()
a.s('''The statement called on Washington to "immediately stop" its cyberattacks against China and warned that Beijing would take measures to protect its networks and its "core scientific assets".''', C,
    ['''Washington to "immediately stop" its cyberattacks against China''',
     '''Beijing would take measures to protect its networks and its "core scientific assets"'''])
a.q("immediately stop", "The statement", MSS, "china")
a.q("core scientific assets", "The statement", MSS, "china")
a.s('''It also accused Washington of hypocrisy, saying the United States had for years portrayed itself as a victim of hacking while running the world's largest cyber-espionage operations.''', C,
    ["Washington of hypocrisy", "the United States had for years portrayed itself as a victim of hacking while running the world's largest cyber-espionage operations"])
a.p()
a.s('''The US Embassy in Beijing did not respond to a request for comment.''', N)
a.p()
a.s('''Washington has repeatedly accused Beijing of sponsoring hacking groups that target American government agencies, defence contractors and infrastructure.''', U,
    ["Beijing of sponsoring hacking groups that target American government agencies, defence contractors and infrastructure"])
a.s('''In March, the US Justice Department charged 11 people it described as contractors working on behalf of Chinese security agencies.''', U,
    ["contractors working on behalf of Chinese security agencies"],
    "charging is an act; 'it described as' embeds the department's claim")
a.p()
a.s('''China has consistently denied such accusations and says it is itself one of the main victims of cyberattacks.''', C,
    ["such accusations", "it is itself one of the main victims of cyberattacks"],
    "denying a claim is a claim; content of the denial = the denied claim")
a.s('''The ministry, which rarely comments publicly on individual cases, has in recent years also accused US agencies of hacking a university and an earthquake monitoring network.''', C,
    ["US agencies of hacking a university and an earthquake monitoring network"],
    "relative clause between subject and verb is the narrator's")
a.write()

# ---------------------------------------------------------------- 40
a = Article("40_port_cranes_feature", "tuned",
            "magazine feature/analysis: scene-setting narration, third-country experts, a few sided quotes, scare quotes and a report title; curly quotes")
a.h('''Giants on the waterfront: why America’s Chinese-built cranes became a security question''', N)
a.p()
a.s('''LONG BEACH, California — Just after dawn, the first container of the day lifts off the deck of a freighter and glides, 130 feet up, toward a waiting truck.''', N,
    note="scene-setting")
a.s('''The operator sits in a glass cab at the top of a crane taller than a 20-story building, nudging a joystick while the morning fog burns off the harbor.''', N)
a.s('''The crane, like most of the others along this stretch of quay, was built by Donghai Port Machinery, a state-controlled company in Shanghai that makes roughly seven in ten of the world’s ship-to-shore cranes.''', N)
a.s('''Donghai has also marketed “smart port” systems that tie cranes, trucks and yard software into a single network.''', N,
    note="scare quotes around the marketing term")
a.q("smart port", "", "", "other", kind="scare", note="marketing term held at a distance")
a.p()
a.s('''To the dockworkers below, the machines are part of the scenery.''', N)
a.s('''To officials in Washington, they have become something else: a possible listening post inside the country’s supply chain.''', U,
    ["they have become something else: a possible listening post inside the country’s supply chain"],
    "'To X, ...' frames the view as US officials' (a stance attribution)")
a.p()
a.s('''A congressional report, “Steel on the Waterfront: Foreign-Built Cranes and the Security of American Ports,” concluded last year that cellular modems found on some of the cranes could let outsiders monitor or interfere with port operations, although investigators found no evidence that they had been used.''', U,
    ["cellular modems found on some of the cranes could let outsiders monitor or interfere with port operations, although investigators found no evidence that they had been used"],
    "a congressional report speaks for Congress (US); the title is not a quotation")
a.q("Steel on the Waterfront: Foreign-Built Cranes and the Security of American Ports,", "", "", "other", kind="title",
    note="report title (the comma sits inside the marks)")
a.s('''The modems, which the report says were not part of any contract the ports signed, have since been removed from the cranes it examined.''', U,
    ["were not part of any contract the ports signed"],
    "claim embedded in a relative clause; the removal is the narrator's fact")
a.s('''The administration has since offered ports federal grants to replace Chinese-built cranes, and the Coast Guard has ordered operators to report any unexplained equipment.''', N,
    note="acts")
a.p()
a.s('''“We’re not saying anyone has flipped a switch,” said Cmdr. Nathan Overby, who leads cyber inspections for the Coast Guard’s Pacific Area.''', U,
    ["We’re not saying anyone has flipped a switch,"],
    "inverted 'said X', relative clause after the speaker")
a.q("We’re not saying anyone has flipped a switch,", "Cmdr. Nathan Overby", "Cmdr. Nathan Overby, US Coast Guard Pacific Area", "us")
a.s('''“We’re saying the switch exists.”''', U, ["We’re saying the switch exists."], "continuation of Overby's quotation")
a.q("We’re saying the switch exists.", "Cmdr. Nathan Overby", "Cmdr. Nathan Overby, US Coast Guard Pacific Area", "us",
    note="separate pair after the attribution sentence; speaker from that sentence")
a.s('''Overby’s inspectors now spend much of their time on the software that serves as the “brain” of each crane, a control system the manufacturer can update remotely under its maintenance contracts.''', N)
a.q("brain", "", "", "other", kind="scare", note="narrator's metaphor")
a.p()
a.s('''The Chinese Embassy in Washington dismissed the concerns as “paranoia dressed up as policy.”''', C,
    ["the concerns as “paranoia dressed up as policy.”"], "dismissing a claim is a claim")
a.q("paranoia dressed up as policy.", "The Chinese Embassy in Washington", "Embassy of China in Washington", "china")
a.s('''“Chinese-made cranes have served ports in more than 100 countries for decades without a single security incident,” Gao Renjie, an embassy spokesman, said in an emailed statement.''', C,
    ["Chinese-made cranes have served ports in more than 100 countries for decades without a single security incident,"])
a.q("Chinese-made cranes have served ports in more than 100 countries for decades without a single security incident,",
    "Gao Renjie, an embassy spokesman", "Gao Renjie, spokesman of the Chinese Embassy in Washington", "china")
a.s('''He accused Washington of using security as a pretext to protect American and allied manufacturers that cannot compete on price.''', C,
    ["Washington of using security as a pretext to protect American and allied manufacturers that cannot compete on price"],
    "'He' = Gao")
a.s('''Donghai did not respond to questions sent by email.''', N)
a.p()
a.s('''Analysts outside the two countries tend to be more cautious than either government.''', N)
a.s('''“The honest answer is that nobody outside a handful of agencies knows how real the risk is,” said Lim Boon Keat, a senior fellow at the Straits Maritime Centre in Singapore.''', N,
    note="third-country expert: other")
a.q("The honest answer is that nobody outside a handful of agencies knows how real the risk is,", "Lim Boon Keat, a senior fellow at the Straits Maritime Centre in Singapore",
    "Lim Boon Keat, Straits Maritime Centre (Singapore)", "other")
a.s('''“What we do know is that replacing these machines is slow and expensive.”''', N, note="continuation of Lim (other)")
a.q("What we do know is that replacing these machines is slow and expensive.", "Lim Boon Keat",
    "Lim Boon Keat, Straits Maritime Centre (Singapore)", "other", note="continuation after the attribution sentence")
a.p()
a.s('''A new ship-to-shore crane costs between $12 million and $20 million and can take two years to deliver, according to Marieke Dekker, a port economist at the Rotterdam Institute for Maritime Economics.''', N,
    note="third-country expert: other")
a.s('''Dekker said only a handful of manufacturers outside China, in Finland, Germany, Japan and South Korea, can build them at scale, and most of those buy steel structures or components from Chinese suppliers.''', N)
a.s('''She calls Washington’s push to replace the cranes “friend-shoring with a very long waiting list.”''', N,
    note="'She' = Dekker (other)")
a.q("friend-shoring with a very long waiting list.", "She", "Marieke Dekker, Rotterdam Institute for Maritime Economics (Netherlands)", "other")
a.p()
a.s('''By mid-morning the freighter is half empty.''', N)
a.s('''Above it, the crane’s boom swings back toward the sea for another box, its maker’s name still painted in blue along the crossbeam.''', N)
a.write()

# ---------------------------------------------------------------- 41
HU = "Hu Zhiping, professor at Zhongyuan University of Political Science and Law"
ZH = "Zhuang Rui, Institute of American Studies, Beijing Academy of Global Governance"
RONG = "Rong Haibin, spokesperson of the Chinese Foreign Ministry"
a = Article("41_gt_fentanyl_experts", "tuned",
            "Global Times style: Chinese experts at named institutions, paraphrase of 'some US media' and US lawmakers; curly quotes")
a.h('''Chinese experts slam US lawmakers’ fentanyl bill as ‘political manipulation’''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("political manipulation", "Chinese experts", HU, "other", note="single marks in the headline; the phrase is Hu's in the body")
a.p()
a.s('''BEIJING, June 18 — Chinese experts on Wednesday slammed a bill proposed by a group of US lawmakers that would sanction Chinese chemical companies over fentanyl, calling it “political manipulation” that ignores China’s strict controls on narcotics and the root causes of the drug crisis in the US.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("political manipulation", "Chinese experts", HU, "other")
a.p()
a.s('''The bill, dubbed the “Precursor Accountability Act” by its sponsors, would require the US Treasury to freeze the assets of any Chinese company found to have sold fentanyl precursor chemicals to drug traffickers.''', N,
    note="a bill's name is a title; what the bill would do is the narrator's description")
a.q("Precursor Accountability Act", "", "", "other", kind="title", note="name of a bill")
a.s('''Representative Carl Mendenhall, a Republican from Ohio who introduced the bill last week, claimed that Chinese firms were “flooding” American communities with the ingredients of a poison that kills tens of thousands of Americans every year.''', U,
    ["Chinese firms were “flooding” American communities with the ingredients of a poison that kills tens of thousands of Americans every year"],
    "member of Congress; apposition + relative clause between speaker and verb")
a.q("flooding", "Representative Carl Mendenhall, a Republican from Ohio who introduced the bill last week",
    "Carl Mendenhall, US Representative (R-Ohio)", "us")
a.s('''Several Republican senators have put forward a similar proposal in the Senate, arguing that Beijing had failed to honor commitments it made during talks last year.''', U,
    ["Beijing had failed to honor commitments it made during talks last year"])
a.s('''Some US media outlets have also hyped the issue in recent weeks, accusing Beijing of turning a blind eye to the export of precursor chemicals.''', N,
    note="unnamed private US media are not a side (no office, not a state institution): other")
a.p()
a.s('''Hu Zhiping, a professor at the School of Public Security at Zhongyuan University of Political Science and Law, told the Global Times on Wednesday that China has one of the strictest drug control regimes in the world.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.s('''“China scheduled the entire category of fentanyl-related substances in 2019, the first country in the world to do so,” Hu said.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("China scheduled the entire category of fentanyl-related substances in 2019, the first country in the world to do so,", "Hu", HU, "other")
a.s('''“Blaming China is a typical political manipulation that lets Washington avoid facing its own problems of demand, regulation and treatment.”''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("Blaming China is a typical political manipulation that lets Washington avoid facing its own problems of demand, regulation and treatment.", "Hu", HU, "other",
    note="separate pair after the attribution sentence")
a.p()
a.s('''According to China’s Ministry of Public Security, Chinese police have cracked more than 300 cases involving the smuggling of precursor chemicals since 2019 and seized over 4,000 tons of such substances.''', C,
    ["Chinese police have cracked more than 300 cases involving the smuggling of precursor chemicals since 2019 and seized over 4,000 tons of such substances"],
    "a ministry's figures used as evidence in the dispute: a claim, not the stance-free statistic of the '?' case")
a.p()
a.s('''Zhuang Rui, deputy director of the Institute of American Studies at the Beijing Academy of Global Governance, said the bill reflected the “election-season logic” of some US politicians, who find it easier to blame foreign countries than to tackle addiction at home.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("election-season logic", "Zhuang Rui, deputy director of the Institute of American Studies at the Beijing Academy of Global Governance", ZH, "other")
a.s('''“Every time an election approaches, China becomes the scapegoat,” Zhuang said, noting that the two countries’ counternarcotics working group had met three times since it was set up.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("Every time an election approaches, China becomes the scapegoat,", "Zhuang", ZH, "other")
a.p()
a.s('''Chinese Foreign Ministry spokesperson Rong Haibin said at a regular press conference on Tuesday that China “firmly opposes” the bill.''', C,
    ["China “firmly opposes” the bill"])
a.q("firmly opposes", "Chinese Foreign Ministry spokesperson Rong Haibin", RONG, "china")
a.s('''Rong said the fentanyl crisis was “the US’ own problem” and that China had shown “humanitarian goodwill” by tightening controls at Washington’s request.''', C,
    ["the fentanyl crisis was “the US’ own problem”", "China had shown “humanitarian goodwill” by tightening controls at Washington’s request"])
a.q("the US’ own problem", "Rong", RONG, "china")
a.q("humanitarian goodwill", "Rong", RONG, "china")
a.p()
a.s('''In its annual “National Drug Threat Assessment” released in May, the US Drug Enforcement Administration said Chinese suppliers remained the main source of precursor chemicals used by Mexican cartels.''', U,
    ["Chinese suppliers remained the main source of precursor chemicals used by Mexican cartels"])
a.q("National Drug Threat Assessment", "", "", "other", kind="title", note="report title")
a.s('''But Hu noted that most of the fentanyl reaching the US is produced in Mexico and smuggled across the border, often by US citizens.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.p()
a.s('''Zhuang said cooperation rather than sanctions was the only way forward.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.s('''“If the US side really wants to solve its fentanyl problem, it should start by looking in the mirror,” he said.''', N,
    note="experts of a university or an academy with no stated state tie hold no office: other (set-5 review, as in sets 1-4)")
a.q("If the US side really wants to solve its fentanyl problem, it should start by looking in the mirror,", "he", ZH, "other")
a.write()

# ---------------------------------------------------------------- 42
WH = "Diane Whitford, US Senator (D-Oregon), leader of the Senate delegation"
LAN = "Lan Shuqing, spokeswoman of China's Taiwan Affairs Office"
ETC = "Eastern Theater Command, People's Liberation Army"
STATE = "US State Department spokesperson (unnamed)"
a = Article("42_wire_taiwan_senators", "tuned",
            "Reuters-style wire story: quotation running over several paragraphs, surname-only and pronoun references, 'according to'; straight quotes")
a.h('''China stages drills around Taiwan as U.S. senators visit Taipei''', N, note="two acts")
a.p()
a.s('''TAIPEI/BEIJING, Aug 14 (Reuters) - China's military staged what it called joint combat readiness patrols around Taiwan on Thursday, hours after a delegation of U.S. senators arrived on the island promising that Washington would stand by it "no matter what pressure Beijing applies."''', B,
    ["joint combat readiness patrols", '''Washington would stand by it "no matter what pressure Beijing applies."'''],
    "'what it called X' reports China's wording; the senators' promise is US")
a.q("no matter what pressure Beijing applies.", "a delegation of U.S. senators", WH, "us",
    note="the delegation's words; spoken by Whitford on arrival")
a.p()
a.s('''The Eastern Theater Command of the People's Liberation Army said the patrols, involving warships, fighter jets and bombers, were a "stern warning" to separatist forces and to "external forces" that it said were colluding with them.''', C,
    ['''the patrols, involving warships, fighter jets and bombers, were a "stern warning" to separatist forces and to "external forces" that it said were colluding with them'''])
a.q("stern warning", "The Eastern Theater Command of the People's Liberation Army", ETC, "china")
a.q("external forces", "The Eastern Theater Command of the People's Liberation Army", ETC, "china")
a.p()
a.s('''Senator Diane Whitford, an Oregon Democrat who leads the five-member bipartisan delegation, told reporters at Taipei's Songshan airport that the visit had been planned for months and was not intended to provoke anyone.''', U,
    ["the visit had been planned for months and was not intended to provoke anyone"],
    "apposition and relative clause between speaker and verb")
a.p()
a.s('''"We came here to listen, and to make clear that the commitment of the United States Congress to Taiwan is bipartisan and it is lasting," Whitford said.''', U,
    ["We came here to listen, and to make clear that the commitment of the United States Congress to Taiwan is bipartisan and it is lasting,"],
    "surname-only mention")
a.q("We came here to listen, and to make clear that the commitment of the United States Congress to Taiwan is bipartisan and it is lasting,", "Whitford", WH, "us")
a.s('''"Beijing does not get to decide who visits a democracy.''', U,
    ["Beijing does not get to decide who visits a democracy."],
    "opens a quotation that runs on over three paragraphs (no closing mark at the paragraph end)")
a.q("Beijing does not get to decide who visits a democracy. What we saw this morning is exactly why these visits matter. When you send warships every time a few senators get on a plane, you are telling the world something about yourself. And the people of Taiwan should know that we will keep coming back.",
    "Whitford", WH, "us", note="run-on over three paragraphs; pieces joined by one space, reopening marks dropped")
a.p()
a.s('''"What we saw this morning is exactly why these visits matter.''', U,
    ["What we saw this morning is exactly why these visits matter."], "run-on continues (reopening mark)")
a.s('''When you send warships every time a few senators get on a plane, you are telling the world something about yourself.''', U,
    ["When you send warships every time a few senators get on a plane, you are telling the world something about yourself."])
a.p()
a.s('''"And the people of Taiwan should know that we will keep coming back."''', U,
    ["And the people of Taiwan should know that we will keep coming back."], "last paragraph of the run-on; closes it")
a.p()
a.s('''Whitford and the other senators, two Democrats and two Republicans, are due to meet Taiwan's president and defence minister on Friday, according to Taiwan's foreign ministry.''', N,
    note="'according to' a third party (Taiwan's government): other")
a.p()
a.s('''Lan Shuqing, a spokeswoman for China's Taiwan Affairs Office, said the trip "seriously violated" the one-China principle and sent "a gravely wrong signal" to those seeking independence for the island.''', C,
    ['''the trip "seriously violated" the one-China principle and sent "a gravely wrong signal" to those seeking independence for the island'''])
a.q("seriously violated", "Lan Shuqing, a spokeswoman for China's Taiwan Affairs Office", LAN, "china")
a.q("a gravely wrong signal", "Lan Shuqing, a spokeswoman for China's Taiwan Affairs Office", LAN, "china")
a.s('''Lan said Beijing had lodged stern representations with Washington.''', C,
    ["Beijing had lodged stern representations with Washington"], "reported as speech, so not a bare act")
a.s('''She urged the United States to stop all official interaction with Taiwan and to "stop using Taiwan to contain China."''', C,
    ['''the United States to stop all official interaction with Taiwan and to "stop using Taiwan to contain China."'''],
    "pronoun = Lan")
a.q("stop using Taiwan to contain China.", "She", LAN, "china")
a.p()
a.s('''Taiwan's defence ministry said it had detected 32 Chinese military aircraft and nine navy ships around the island since early Thursday and had dispatched its own aircraft and ships to monitor them.''', N,
    note="Taiwan's government is a third party")
a.s('''According to the ministry, 19 of the aircraft crossed the median line of the Taiwan Strait, an unofficial buffer that China says it does not recognise.''', C,
    ["it does not recognise"],
    "Taiwan's ministry is other; the relative clause embeds China's claim")
a.p()
a.s('''A U.S. State Department spokesperson said Washington was "closely monitoring" the drills and urged Beijing to "refrain from further military pressure against Taiwan."''', U,
    ['''Washington was "closely monitoring" the drills''', '''Beijing to "refrain from further military pressure against Taiwan."'''])
a.q("closely monitoring", "A U.S. State Department spokesperson", STATE, "us")
a.q("refrain from further military pressure against Taiwan.", "A U.S. State Department spokesperson", STATE, "us")
a.s('''"Our commitment to Taiwan," the spokesperson added, "is rock-solid and contributes to maintaining peace and stability across the Taiwan Strait."''', U,
    ["Our commitment to Taiwan,", "is rock-solid and contributes to maintaining peace and stability across the Taiwan Strait."],
    "a quotation split by its attribution: two fragments, one speaker")
a.q("Our commitment to Taiwan,", "the spokesperson", STATE, "us", note="fragment 1 of 2")
a.q("is rock-solid and contributes to maintaining peace and stability across the Taiwan Strait.", "the spokesperson", STATE, "us", note="fragment 2 of 2")
a.p()
a.s('''China views democratically governed Taiwan as its own territory and has never renounced the use of force to bring the island under its control.''', C,
    ["democratically governed Taiwan as its own territory"],
    "'views X as Y' is a stance verb; not renouncing force is the narrator's fact")
a.s('''Taiwan's government rejects Beijing's sovereignty claims and says only the island's people can decide their future.''', N,
    note="third party")
a.s('''The United States, like most countries, has no formal diplomatic ties with Taipei but is bound by law to provide it with the means to defend itself.''', N)
a.write()
