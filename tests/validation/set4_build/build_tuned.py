"""Builder for set 4, split "tuned" (articles 29-32). Text and gold are written together."""
from lib import build

BLOCK = r'''
ARTICLE 29 fm_presser_entity_list | tuned | Chinese Foreign Ministry regular press conference write-up (Xinhua)
H: China urges US to stop overstretching concept of national security
L: C | to stop overstretching concept of national security | headline; "urges" reports a demand made in speech
P:
S: BEIJING, March 14 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Lijun on Thursday urged the United States to stop overstretching the concept of national security and to lift what she called unreasonable restrictions on Chinese technology companies.
L: C | to stop overstretching the concept of national security and to lift what she called unreasonable restrictions on Chinese technology companies | dateline sentence; invented spokesperson (not a real one)
P:
S: Mao made the remarks at a regular press briefing when asked about a rule announced by the US Commerce Department on Wednesday that adds 14 Chinese companies, including the Shenzhen-based chip designer Hengxin Microelectronics, to its entity list.
L: - | | "made the remarks" reports no content; adding firms to a list is an act; the reporter's question is paraphrased without any side's claim
P:
S: "The US side has once again abused export control measures and wielded state power to suppress Chinese companies," Mao said, adding that the move "seriously violates the principles of market economy and fair competition."
L: C | The US side has once again abused export control measures and wielded state power to suppress Chinese companies, || the move "seriously violates the principles of market economy and fair competition." |
Q: The US side has once again abused export control measures and wielded state power to suppress Chinese companies, | Mao | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech |
Q: seriously violates the principles of market economy and fair competition. | Mao | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech | second quotation in the same sentence, introduced by "adding that"
P:
S: China will take necessary measures to firmly safeguard the legitimate rights and interests of Chinese enterprises, she said.
L: C | China will take necessary measures to firmly safeguard the legitimate rights and interests of Chinese enterprises | indirect speech, no marks; "she" = Mao
S: China's Ministry of Commerce said in a separate statement on Wednesday evening that it firmly opposed the US decision.
L: C | it firmly opposed the US decision |
P:
S: According to the Commerce Department, the companies were added because they had supported the modernization of China's military, a claim the spokesperson dismissed as "groundless."
L: CU | the companies were added because they had supported the modernization of China's military || "groundless." | "According to" the (US) Commerce Department + the Chinese spokesperson dismissing the claim
Q: groundless. | the spokesperson | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech |
P:
S: Asked about the passage of a US Navy destroyer through the Taiwan Strait on Tuesday, which the US 7th Fleet described as routine, Mao said the Chinese side had tracked and monitored the vessel throughout its passage.
L: CU | routine || the Chinese side had tracked and monitored the vessel throughout its passage | US claim embedded in the paraphrased question ("described as routine")
S: She said such moves sent a wrong signal to "Taiwan independence" separatist forces.
L: C | such moves sent a wrong signal to "Taiwan independence" separatist forces |
Q: Taiwan independence | - | - | O | scare | Xinhua's distancing quotation marks, not Mao's quoted words
P:
S: "China firmly opposes this and urges the US to stop its provocative acts," Mao said.
L: C | China firmly opposes this and urges the US to stop its provocative acts, |
Q: China firmly opposes this and urges the US to stop its provocative acts, | Mao | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech | first fragment of a quotation split by its attribution
S: "The Taiwan question is at the very core of China's core interests."
L: C | The Taiwan question is at the very core of China's core interests. | sentence only continues Mao's quotation
Q: The Taiwan question is at the very core of China's core interests. | Mao | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech | second fragment
P:
S: A reporter asked about reports that a Chinese graduate student had been questioned for eight hours and then deported upon arrival at Boston Logan International Airport last week.
L: - | | reporter's question about media reports; no side speaks
S: Mao said the Chinese Consulate General in New York had lodged solemn representations with the US side and was providing assistance to the student.
L: C | the Chinese Consulate General in New York had lodged solemn representations with the US side and was providing assistance to the student |
S: "The selective and discriminatory law enforcement by the US side against Chinese students severely disrupts normal people-to-people exchanges," she said.
L: C | The selective and discriminatory law enforcement by the US side against Chinese students severely disrupts normal people-to-people exchanges, |
Q: The selective and discriminatory law enforcement by the US side against Chinese students severely disrupts normal people-to-people exchanges, | she | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech |
S: US Customs and Border Protection, which said in a statement that the student had been found inadmissible, has not disclosed the reason.
L: U | the student had been found inadmissible | US claim embedded in a relative clause; "has not disclosed" is narrator
P:
S: Asked about a joint statement issued by the foreign ministers of Japan and the Philippines on maritime security, Mao said China's position on the South China Sea issue was consistent and clear.
L: C | China's position on the South China Sea issue was consistent and clear | Japan and the Philippines are third parties; their statement is mentioned, its content not reported
S: "Relevant countries should not allow themselves to be used as pawns by countries outside the region," Mao said.
L: C | Relevant countries should not allow themselves to be used as pawns by countries outside the region, |
Q: Relevant countries should not allow themselves to be used as pawns by countries outside the region, | Mao | Mao Lijun, Chinese Foreign Ministry spokesperson | C | speech |
P:
S: In response to a question on the upcoming China-US economic and trade consultations in Geneva, the spokesperson said she had no information to release at the moment.
L: C | she had no information to release at the moment | a non-answer is still reported speech
P:
S: The ministry later posted a full transcript of the briefing on its website.
L: - | | act
'''

BLOCK += r'''
ARTICLE 30 stateDaily_bus_rule | tuned | Chinese state daily (People's Daily / Global Times style): long titles, experts, "it is reported", paraphrase
H: Chinese officials, experts slam US bus ban as protectionism in disguise
L: C | US bus ban as protectionism in disguise | headline; "slam" reports a claim
P:
S: BEIJING, April 7 (People's Daily Online) -- Chinese officials and experts on Sunday lashed out at a new US rule that bars public transit agencies from using federal funds to buy electric buses made by Chinese companies, calling it a typical act of protectionism dressed up as national security.
L: C | a typical act of protectionism dressed up as national security | dateline sentence; the describing of the rule is the narrator's, the "calling it" clause is China's
P:
S: It is reported that the rule, published by the US Department of Transportation on Friday, will take effect on July 1 and affects at least 11 transit agencies that have ordered buses from Chinese manufacturers.
L: - | | "it is reported" credits unnamed reports, no side; facts about an act
P:
S: The US department claimed in a notice that the buses’ onboard software could allow “remote access by foreign adversaries,” an allegation it did not support with any evidence.
L: U | the buses’ onboard software could allow “remote access by foreign adversaries,” | the trailing judgement is the state daily's own (narrator)
Q: remote access by foreign adversaries, | The US department | US Department of Transportation | U | speech |
P:
S: Zhou Mingyuan, spokesperson of the Ministry of Commerce, said at a press conference on Sunday that China firmly opposes the US move, which he said “seriously distorts the principle of fair competition and undermines the legitimate rights and interests of Chinese enterprises.”
L: C | China firmly opposes the US move, which he said “seriously distorts the principle of fair competition and undermines the legitimate rights and interests of Chinese enterprises.” |
Q: seriously distorts the principle of fair competition and undermines the legitimate rights and interests of Chinese enterprises. | he | Zhou Mingyuan, spokesperson of the Ministry of Commerce | C | speech |
P:
S: Zhou noted that Chinese-made electric buses have been operating safely in more than 40 countries and regions, and that the US side has failed to provide any evidence of a security risk.
L: C | Chinese-made electric buses have been operating safely in more than 40 countries and regions, and that the US side has failed to provide any evidence of a security risk | "noted" as a speech verb
S: “The Chinese side urges the US to immediately correct its wrong practices and provide a fair, just and non-discriminatory environment for Chinese companies,” he said.
L: C | The Chinese side urges the US to immediately correct its wrong practices and provide a fair, just and non-discriminatory environment for Chinese companies, |
Q: The Chinese side urges the US to immediately correct its wrong practices and provide a fair, just and non-discriminatory environment for Chinese companies, | he | Zhou Mingyuan, spokesperson of the Ministry of Commerce | C | speech |
P:
S: Liang Hongbo, deputy director-general of the Department of North American and Oceanian Affairs of the Ministry of Foreign Affairs, told a symposium in Beijing on Saturday that the United States was “turning trade issues into security issues, and security issues into political ones.”
L: C | the United States was “turning trade issues into security issues, and security issues into political ones.” | long title; official of the foreign ministry
Q: turning trade issues into security issues, and security issues into political ones. | Liang Hongbo, deputy director-general of the Department of North American and Oceanian Affairs of the Ministry of Foreign Affairs | Liang Hongbo, Chinese Ministry of Foreign Affairs | C | speech |
S: Liang said such practices would eventually hurt American commuters and taxpayers, who would have to pay more for cleaner public transport.
L: C | such practices would eventually hurt American commuters and taxpayers, who would have to pay more for cleaner public transport |
P:
S: Gao Lingyun, a research fellow at the Institute of Transport Policy under the Ministry of Transport, told the Global Times that the rule was aimed less at security than at shielding US bus makers that have struggled to compete on price.
L: C | the rule was aimed less at security than at shielding US bus makers that have struggled to compete on price | expert whose apposition names a Chinese state institution (an invented institute under the Ministry of Transport) -> China -- unsure, per "title or apposition names a Chinese institution"
S: “The so-called security risk is a pretext,” Gao said.
L: C | The so-called security risk is a pretext, | "so-called" is inside Gao's words, no scare marks
Q: The so-called security risk is a pretext, | Gao | Gao Lingyun, Institute of Transport Policy (Ministry of Transport) | C | speech | first fragment
S: “What Washington really fears is competition.”
L: C | What Washington really fears is competition. | continuation of Gao's quotation
Q: What Washington really fears is competition. | Gao | Gao Lingyun, Institute of Transport Policy (Ministry of Transport) | C | speech | second fragment
P:
S: Another expert, who asked not to be named, said the rule was likely to be challenged at the World Trade Organization, though such disputes usually take years to resolve.
L: - | | unnamed expert with no institution -> other
P:
S: A US Department of Transportation spokesperson was quoted by US media as saying that the agency “will not compromise on the security of America’s transit systems.”
L: U | the agency “will not compromise on the security of America’s transit systems.” | the quoted person is the source, not the outlet
Q: will not compromise on the security of America’s transit systems. | A US Department of Transportation spokesperson | US Department of Transportation spokesperson | U | speech |
S: It is reported that several US bus operators had asked the department for exemptions, arguing that alternative suppliers could not deliver buses on time.
L: - | | private operators are no side; "it is reported"
P:
S: According to data from the China Electric Bus Industry Alliance, China exported more than 9,000 electric buses last year, up 23 percent year-on-year.
L: ? | | statistic credited to an (invented) industry alliance, no stance in the dispute
P:
S: Chinese observers noted that this is not the first time Washington has targeted Chinese-made transport equipment, citing earlier restrictions on port cranes and rail cars.
L: - | | "Chinese observers": nationality, no institution -> other
S: The ministry said China will closely follow the implementation of the rule and take necessary measures to safeguard the rights of its companies.
L: C | China will closely follow the implementation of the rule and take necessary measures to safeguard the rights of its companies | "the ministry" = Ministry of Commerce
'''

BLOCK += r'''
ARTICLE 31 reuters_analog_chip_probe | tuned | Reuters, datelined Beijing: dateline-convention bodies, unnamed sources, lowercase bodies, a side calling something
H: China launches anti-dumping probe into U.S. analog chips, calls lawmakers' push 'bullying'
L: C | lawmakers' push 'bullying' | launching the probe is an act; the calling is China's claim
Q: bullying | China | Chinese Foreign Ministry | C | speech | headline; the word is the Foreign Ministry spokesperson's (body)
P:
S: BEIJING, Sept 12 (Reuters) - China's commerce ministry on Thursday launched an anti-dumping investigation into analog chips imported from the United States, days after a group of U.S. lawmakers urged the Commerce Department to restrict Chinese-made legacy chips.
L: U | to restrict Chinese-made legacy chips | launching is an act; "a group of U.S. lawmakers urged" reports members of Congress (US) making a demand
P:
S: The ministry said in a statement that imports of the chips, used in everything from cars to medical devices, had surged 37% over the past four years and that their prices had fallen sharply, hurting domestic producers.
L: C | imports of the chips, used in everything from cars to medical devices, had surged 37% over the past four years and that their prices had fallen sharply, hurting domestic producers | "the ministry" = China's commerce ministry; the figure is the ministry's claim, not a neutral statistic
S: It named Corvane Semiconductor and Tessaline Devices, two Texas-based companies, as the main targets of the probe, which it said would normally be completed within a year.
L: C | would normally be completed within a year | naming targets is an act; the embedded "it said" clause is China's
P:
S: Neither company responded immediately to requests for comment.
L: - | |
P:
S: At a regular news briefing, Foreign Ministry spokesperson Huang Yiming called the lawmakers' proposal "bullying" and said Washington was "weaponizing" trade.
L: C | the lawmakers' proposal "bullying" || Washington was "weaponizing" trade | "Foreign Ministry" by the Beijing dateline = China's
Q: bullying | Foreign Ministry spokesperson Huang Yiming | Huang Yiming, Chinese Foreign Ministry spokesperson | C | speech | a side's own word, not a scare quote
Q: weaponizing | Foreign Ministry spokesperson Huang Yiming | Huang Yiming, Chinese Foreign Ministry spokesperson | C | speech |
S: "The U.S. side keeps stretching the concept of national security and abusing state power to suppress Chinese firms," Huang said.
L: C | The U.S. side keeps stretching the concept of national security and abusing state power to suppress Chinese firms, |
Q: The U.S. side keeps stretching the concept of national security and abusing state power to suppress Chinese firms, | Huang | Huang Yiming, Chinese Foreign Ministry spokesperson | C | speech | first fragment
S: "China will take resolute measures."
L: C | China will take resolute measures. | continuation
Q: China will take resolute measures. | Huang | Huang Yiming, Chinese Foreign Ministry spokesperson | C | speech | second fragment
P:
S: The investigation is widely seen as a response to the lawmakers' letter, which called Chinese legacy chips a "national security threat" and urged the Commerce Department to consider tariffs of up to 100%.
L: U | Chinese legacy chips a "national security threat" || to consider tariffs of up to 100% | "widely seen" is unattributed (narrator); the letter is the lawmakers' (US)
Q: national security threat | the lawmakers' letter | a group of U.S. lawmakers | U | speech |
P:
S: Two people familiar with the matter said the commerce ministry had also summoned representatives of several U.S. chip firms in Beijing last week.
L: - | | unnamed sources with no institution -> other; a summons is an act
S: One of the people said officials at the meeting had told the firms that their market access could be reviewed if they backed the lawmakers' push.
L: C | their market access could be reviewed if they backed the lawmakers' push | nested: an unnamed source relays what Chinese officials told the firms; the officials are the source of the claim (cf. the state-media rule)
S: The people declined to be identified because the matter is not public.
L: - | |
P:
S: The commerce ministry did not respond to a faxed request for comment on the meeting.
L: - | |
P:
S: A spokesperson for the U.S. embassy in Beijing said Washington "will not hesitate" to protect American workers and companies from unfair trade practices.
L: U | Washington "will not hesitate" to protect American workers and companies from unfair trade practices |
Q: will not hesitate | A spokesperson for the U.S. embassy in Beijing | U.S. embassy in Beijing | U | speech |
S: A U.S. official, who spoke on condition of anonymity, said the administration had seen no evidence of dumping by U.S. firms and viewed the probe as retaliation.
L: U | the administration had seen no evidence of dumping by U.S. firms and viewed the probe as retaliation | anonymous but titled as a U.S. official -> US
P:
S: Industry associations in both countries said the dispute risked disrupting supply chains that were already under strain.
L: - | | lowercase industry bodies are no side
P:
S: China imported $2.9 billion worth of U.S.-made analog chips last year, according to Chinese customs data.
L: ? | | statistic credited to an agency, no stance
P:
S: The United States has since 2022 imposed sweeping restrictions on exports of advanced chips and chipmaking tools to China, measures Washington says are needed to keep cutting-edge technology out of the hands of China's military.
L: U | are needed to keep cutting-edge technology out of the hands of China's military | act plus an embedded US claim
S: Beijing has retaliated with curbs on exports of gallium, germanium and other minerals.
L: - | | act
P:
S: (Reporting by Laura Chen and Tom Whitby; Editing by Martin Doyle)
L: - | | credit line
'''

BLOCK += r'''
ARTICLE 32 ap_jet_intercept | tuned | AP: nested claims, one side speaks much more, surname-only later mentions, pronouns, multi-paragraph quotation
H: US admiral says Chinese fighter jet’s intercept of Navy plane was deliberate
L: U | Chinese fighter jet’s intercept of Navy plane was deliberate | headline
P:
S: WASHINGTON (AP) — A Chinese fighter jet flew within 20 feet of a U.S. Navy surveillance plane over the South China Sea this week in what the top U.S. Navy commander in the Pacific on Thursday called a deliberate and “reckless” maneuver.
L: U | a deliberate and “reckless” maneuver | dateline sentence; the distance is stated by the narrator, the characterisation is the admiral's
Q: reckless | the top U.S. Navy commander in the Pacific | Adm. Caroline Whitcomb, commander of the U.S. Pacific Fleet | U | speech | speaker named only in the next paragraph
P:
S: Adm. Caroline Whitcomb, commander of the U.S. Pacific Fleet, said the Chinese J-16 approached the P-8A Poseidon from below on Tuesday, released flares and then crossed directly in front of its nose, forcing the crew to fly through the jet’s wake turbulence.
L: U | the Chinese J-16 approached the P-8A Poseidon from below on Tuesday, released flares and then crossed directly in front of its nose, forcing the crew to fly through the jet’s wake turbulence |
P:
S: Whitcomb, speaking to reporters in Honolulu, said: “This was not an accident.
L: U | This was not an accident. | opens a run-on quotation over two paragraphs
Q: This was not an accident. The pilot made a deliberate choice to put a crew of nine at risk, and he did it in international airspace.\n\n“We will keep flying where international law allows, and we will do it safely and professionally, as we always have. The question is whether Beijing will do the same. | Whitcomb | Adm. Caroline Whitcomb, commander of the U.S. Pacific Fleet | U | speech | one quotation: the paragraph ends without a closing mark and the next opens with one
S: The pilot made a deliberate choice to put a crew of nine at risk, and he did it in international airspace.
L: U | The pilot made a deliberate choice to put a crew of nine at risk, and he did it in international airspace. | continuation; "he" is the Chinese pilot inside Whitcomb's words
P:
S: “We will keep flying where international law allows, and we will do it safely and professionally, as we always have.
L: U | We will keep flying where international law allows, and we will do it safely and professionally, as we always have. | continuation of the run-on quotation
S: The question is whether Beijing will do the same.”
L: U | The question is whether Beijing will do the same. | continuation
P:
S: She said the intercept lasted about 40 minutes and was the most dangerous her command had recorded this year.
L: U | the intercept lasted about 40 minutes and was the most dangerous her command had recorded this year | "She" = Whitcomb
S: She did not release video of the encounter but said the Navy was reviewing whether to do so.
L: U | the Navy was reviewing whether to do so | not releasing is an act; the "said" clause is US
P:
S: Whitcomb said that, in a call over a military hotline on Wednesday, Chinese officers had accused the U.S. crew of “trespassing” and of ignoring repeated radio warnings, a charge she rejected.
L: CU | Chinese officers had accused the U.S. crew of “trespassing” and of ignoring repeated radio warnings || a charge she rejected | NESTED across sides: the US admiral reports the Chinese accusation; labelled both (China's claim is reported, via a US source) -- unsure
Q: trespassing | Chinese officers | PLA officers on the military hotline | C | speech | nested: the word is the Chinese officers' as relayed by Whitcomb
S: “Our crew answered every call, in English and in Mandarin,” she said.
L: U | Our crew answered every call, in English and in Mandarin, |
Q: Our crew answered every call, in English and in Mandarin, | she | Adm. Caroline Whitcomb, commander of the U.S. Pacific Fleet | U | speech |
P:
S: She also said Philippine officials had accused Chinese coast guard vessels of shadowing a Philippine supply mission near the same area the day before, which she called part of “a pattern of coercion.”
L: U | Philippine officials had accused Chinese coast guard vessels of shadowing a Philippine supply mission near the same area the day before, which she called part of “a pattern of coercion.” | nested with a third party (the Philippines, no side) inside a US claim -> US only
Q: a pattern of coercion. | she | Adm. Caroline Whitcomb, commander of the U.S. Pacific Fleet | U | speech |
P:
S: Sen. Raymond Ashby, a Republican from Idaho who sits on the Armed Services Committee, said Pentagon officials had told him the Chinese pilot appeared to be showing off for a second jet flying nearby.
L: U | Pentagon officials had told him the Chinese pilot appeared to be showing off for a second jet flying nearby | nested US-in-US; invented senator
S: He said he would ask the Navy to brief the committee next week.
L: U | he would ask the Navy to brief the committee next week | "He" = Ashby
S: “If we don’t push back on this, the next one ends with a funeral,” Ashby said.
L: U | If we don’t push back on this, the next one ends with a funeral, |
Q: If we don’t push back on this, the next one ends with a funeral, | Ashby | Sen. Raymond Ashby | U | speech |
P:
S: The Pentagon said in a statement that the intercept was “unsafe and unprofessional” and that the U.S. had raised the matter with Beijing through diplomatic channels.
L: U | the intercept was “unsafe and unprofessional” and that the U.S. had raised the matter with Beijing through diplomatic channels |
Q: unsafe and unprofessional | The Pentagon | US Department of Defense | U | speech |
P:
S: In Beijing, China’s Defense Ministry said the U.S. aircraft had “deliberately intruded” into airspace near the Paracel Islands, which China claims, and that its pilots had acted in a “professional and standard” manner.
L: C | the U.S. aircraft had “deliberately intruded” into airspace near the Paracel Islands || its pilots had acted in a “professional and standard” manner | "which China claims" is the narrator's background
Q: deliberately intruded | China’s Defense Ministry | Chinese Ministry of National Defense | C | speech |
Q: professional and standard | China’s Defense Ministry | Chinese Ministry of National Defense | C | speech |
S: The ministry urged Washington to stop sending ships and planes to “provoke” China at its doorstep.
L: C | to stop sending ships and planes to “provoke” China at its doorstep |
Q: provoke | The ministry | Chinese Ministry of National Defense | C | speech |
S: It did not address the U.S. account of the flares.
L: - | | an omission reported by the narrator; mentions the US account without reporting it
P:
S: Mara Lindqvist, a maritime security researcher at the Singapore-based Straits Policy Institute, said such close encounters had become more frequent since 2021.
L: - | | third-party researcher -> other
S: “Both militaries have hotlines now, but hotlines only help if someone picks up and listens,” she said.
L: - | | "she" = Lindqvist, not Whitcomb
Q: Both militaries have hotlines now, but hotlines only help if someone picks up and listens, | she | Mara Lindqvist, Straits Policy Institute | O | speech | pronoun resolves to the nearest named person, a third party
P:
S: The Chinese Embassy in Washington did not immediately respond to a request for comment.
L: - | |
'''

if __name__ == "__main__":
    build(BLOCK)
