"""Builder for set 4, split "untouched" (articles 33-36). Written only after 29-32 were built and checked."""
from lib import build

BLOCK = r'''
ARTICLE 33 xinhua_seafood_listing | untouched | Xinhua news item on a US measure
H: U.S. blacklists 9 Chinese seafood firms, China vows to protect companies' rights
L: C | to protect companies' rights | headline; blacklisting is an act, "vows" is speech
P:
S: WASHINGTON, June 3 (Xinhua) -- The U.S. Department of Homeland Security (DHS) on Monday added nine Chinese seafood processors to a list of entities whose goods are barred from entering the United States, citing allegations of forced labor in their supply chains.
L: U | allegations of forced labor in their supply chains | "citing allegations" reports the department's stated ground -- unsure (could be read as narrator's account of an act)
P:
S: In a statement, the department said the companies had used labor transferred from the Xinjiang Uygur Autonomous Region under "state-sponsored programs" and that their products "pose an unacceptable risk" to American consumers and workers.
L: U | the companies had used labor transferred from the Xinjiang Uygur Autonomous Region under "state-sponsored programs" and that their products "pose an unacceptable risk" to American consumers and workers |
Q: state-sponsored programs | the department | U.S. Department of Homeland Security | U | speech |
Q: pose an unacceptable risk | the department | U.S. Department of Homeland Security | U | speech |
P:
S: The measure, which takes effect on June 17, covers shrimp, squid and processed fish fillets worth an estimated 310 million U.S. dollars a year, according to U.S. trade data.
L: ? | | statistic credited to trade data, no stance
P:
S: Tan Yuxin, spokesperson for the Chinese Embassy in the United States, said the so-called "forced labor" in Xinjiang is a lie fabricated by anti-China forces.
L: C | the so-called "forced labor" in Xinjiang is a lie fabricated by anti-China forces |
Q: forced labor | - | - | O | scare | "so-called" + marks hold the phrase at a distance; not a quotation of the DHS
S: "The U.S. side, under the pretext of human rights, is engaging in economic coercion and trade protectionism," Tan said in an emailed response to Xinhua.
L: C | The U.S. side, under the pretext of human rights, is engaging in economic coercion and trade protectionism, |
Q: The U.S. side, under the pretext of human rights, is engaging in economic coercion and trade protectionism, | Tan | Tan Yuxin, Chinese Embassy spokesperson | C | speech | first fragment
S: "This severely disrupts normal cooperation between the Chinese and U.S. fishing industries."
L: C | This severely disrupts normal cooperation between the Chinese and U.S. fishing industries. | continuation
Q: This severely disrupts normal cooperation between the Chinese and U.S. fishing industries. | Tan | Tan Yuxin, Chinese Embassy spokesperson | C | speech | second fragment
P:
S: The Chinese side will take all necessary measures to resolutely safeguard the legitimate rights and interests of Chinese companies, he said.
L: C | The Chinese side will take all necessary measures to resolutely safeguard the legitimate rights and interests of Chinese companies | "he" = Tan
P:
S: U.S. media reported that the decision followed a report by an advocacy group, Maritime Labor Watch, which alleged that workers at the plants had their passports confiscated.
L: - | | outlet and advocacy group are no side
P:
S: A DHS official was quoted by Politico as saying the department had applied "a high bar" for such listings and that the evidence had met it.
L: U | the department had applied "a high bar" for such listings and that the evidence had met it | the quoted official is the source, not the outlet
Q: a high bar | A DHS official | U.S. Department of Homeland Security official | U | speech |
S: The Gulf Coast Shrimpers Association, a U.S. industry group that has long lobbied for tighter controls on imports from China, welcomed the decision.
L: - | | industry group -> other
P:
S: Zhang Yanfei, a researcher at the Center for International Trade Studies under the Ministry of Commerce, told Xinhua that the listing was "a typical case of politicizing trade" and would raise costs for U.S. restaurants and consumers.
L: C | the listing was "a typical case of politicizing trade" and would raise costs for U.S. restaurants and consumers | apposition names a Chinese state institution (an invented centre under MOFCOM) -> China
Q: a typical case of politicizing trade | Zhang Yanfei, a researcher at the Center for International Trade Studies under the Ministry of Commerce | Zhang Yanfei, Center for International Trade Studies (Ministry of Commerce) | C | speech |
P:
S: Since the law took effect in June 2022, more than 100 Chinese companies have been added to the list.
L: - | | unattributed fact
S: China has repeatedly urged the United States to stop interfering in its internal affairs under the pretext of Xinjiang-related issues.
L: C | to stop interfering in its internal affairs under the pretext of Xinjiang-related issues | "urged" = speech (demand)
'''

BLOCK += r'''
ARTICLE 34 bloomberg_yuan_battery_tariffs | untouched | Bloomberg markets-and-policy story with analysts
H: Yuan Slides, Chinese Stocks Drop as US Widens Tariffs on Battery Parts
L: - | | headline reports market moves and an act
P:
S: HONG KONG (Bloomberg) -- China’s yuan fell to its weakest level in three months and Hong Kong-listed battery makers tumbled after the US said it would extend tariffs to a wider range of Chinese lithium-ion battery components.
L: U | it would extend tariffs to a wider range of Chinese lithium-ion battery components | an announced act reported as speech ("the US said it would") -> US
P:
S: The onshore yuan weakened as much as 0.4% to 7.2950 per dollar on Tuesday, while a gauge of Chinese battery and energy storage stocks dropped 3.8%, the most since August.
L: - | | market data stated by the narrator
P:
S: The Office of the US Trade Representative said late Monday that the new 25% duties would apply to separators, cathode materials and battery management systems from Jan. 1, arguing that China’s "non-market policies" had left American suppliers unable to compete.
L: U | the new 25% duties would apply to separators, cathode materials and battery management systems from Jan. 1 || China’s "non-market policies" had left American suppliers unable to compete |
Q: non-market policies | The Office of the US Trade Representative | Office of the US Trade Representative | U | speech |
S: China’s Ministry of Commerce said on Tuesday it "firmly opposes" the move and would take "necessary measures" in response, without giving details.
L: C | it "firmly opposes" the move and would take "necessary measures" in response | "without giving details" is the reporter's
Q: firmly opposes | China’s Ministry of Commerce | Chinese Ministry of Commerce | C | speech |
Q: necessary measures | China’s Ministry of Commerce | Chinese Ministry of Commerce | C | speech |
P:
S: "The market had priced in some escalation, but not this quickly," said Wen Haoran, a strategist at Pelham Harbour Securities in Hong Kong.
L: - | | analyst -> other
Q: The market had priced in some escalation, but not this quickly, | Wen Haoran, a strategist at Pelham Harbour Securities in Hong Kong | Wen Haoran, Pelham Harbour Securities | O | speech | first fragment
S: "The risk now is that Beijing responds with export curbs on graphite or lithium processing technology."
L: - | | continuation of the analyst's quotation; mentions Beijing but reports no side's claim
Q: The risk now is that Beijing responds with export curbs on graphite or lithium processing technology. | Wen Haoran | Wen Haoran, Pelham Harbour Securities | O | speech | second fragment
P:
S: Traders said state-owned banks were seen selling dollars near 7.29 to slow the yuan’s decline, a pattern often read as a signal that authorities want to avoid rapid depreciation.
L: - | | traders -> other; the banks' selling is an act
S: The People’s Bank of China set its daily reference rate for the yuan at 7.1894 per dollar, stronger than the average estimate in a Bloomberg survey of analysts and traders.
L: ? | | the fixing is an act, compared against a survey statistic -- unsure between ? and []
P:
S: Chinese exports of lithium-ion batteries to the US rose 12% to $13.5 billion in the first nine months of the year, according to customs data.
L: ? | | statistic credited to an agency, no stance
P:
S: The measure is the latest in a series of steps that Washington says are aimed at reducing reliance on Chinese supply chains for clean-energy technology.
L: U | are aimed at reducing reliance on Chinese supply chains for clean-energy technology | embedded US claim
S: A Treasury Department spokesperson said separately that the administration remained open to talks with Beijing on "a more balanced trade relationship."
L: U | the administration remained open to talks with Beijing on "a more balanced trade relationship." |
Q: a more balanced trade relationship. | A Treasury Department spokesperson | US Treasury Department spokesperson | U | speech |
S: Beijing has accused the US of using tariffs to shield its industries at the expense of global climate goals, a charge US officials reject.
L: CU | the US of using tariffs to shield its industries at the expense of global climate goals || a charge US officials reject | accusation (China) + rejection of a claim (US); the rejection has no words of its own, so its content is the rejecting phrase
P:
S: Analysts at Corliss Brothers wrote in a note that the tariffs could shave 0.1 percentage point off China’s export growth next year but would do little to slow the expansion of Chinese battery makers into Europe and Southeast Asia.
L: - | | analysts -> other
P:
S: Shares of Ningbo Kaitong New Energy, which derives about a fifth of its revenue from US customers, fell as much as 9.2%.
L: - | |
S: The company said in a filing to the Shenzhen exchange that it was assessing the impact and that its overseas plants in Hungary and Thailand could supply some US orders.
L: - | | a Chinese company is not an office of the state -> other
P:
S: Hong Kong’s Hang Seng Index closed down 1.1%.
L: - | |
'''

BLOCK += r'''
ARTICLE 35 dod_briefing_taiwan_drills | untouched | US Defense Department briefing write-up (DOD News) with Q&A transcript excerpt
H: Pentagon Says Chinese Drills Near Taiwan 'Destabilizing,' Seeks Military Talks
L: U | Chinese Drills Near Taiwan 'Destabilizing,' | headline; "Seeks Military Talks" is an act (a request)
Q: Destabilizing, | Pentagon | US Department of Defense | U | speech | headline; comma inside the marks (US style)
P:
S: WASHINGTON — The Defense Department considers China's large-scale military exercises around Taiwan this week "destabilizing and unnecessary," Pentagon Press Secretary Erik Halvorsen told reporters at a briefing today.
L: U | The Defense Department considers China's large-scale military exercises around Taiwan this week "destabilizing and unnecessary," | attribution after the content; invented press secretary
Q: destabilizing and unnecessary, | Pentagon Press Secretary Erik Halvorsen | Erik Halvorsen, Pentagon press secretary | U | speech |
P:
S: Halvorsen said the drills, which involved more than 70 aircraft and 20 naval vessels, according to Taiwan's defense ministry, were "part of a pattern of coercive activity" that raises the risk of miscalculation.
L: U | the drills || were "part of a pattern of coercive activity" that raises the risk of miscalculation | Taiwan's figures are a third party's, embedded in the US claim
Q: part of a pattern of coercive activity | Halvorsen | Erik Halvorsen, Pentagon press secretary | U | speech |
S: He said the secretary of defense had requested a call with his Chinese counterpart but that Beijing had not yet responded.
L: U | the secretary of defense had requested a call with his Chinese counterpart but that Beijing had not yet responded | "He" = Halvorsen
P:
S: China's Eastern Theater Command has described the exercises as a "stern warning" to separatist forces and "external interference."
L: C | the exercises as a "stern warning" to separatist forces and "external interference." |
Q: stern warning | China's Eastern Theater Command | PLA Eastern Theater Command | C | speech |
Q: external interference. | China's Eastern Theater Command | PLA Eastern Theater Command | C | speech |
P:
S: Halvorsen pointed to the department's latest annual assessment, "Indo-Pacific Force Posture Review," which says China has nearly doubled the number of aircraft it sends into Taiwan's air defense identification zone since 2022.
L: U | China has nearly doubled the number of aircraft it sends into Taiwan's air defense identification zone since 2022 | a US department's report has a stance in the dispute -> US, not ?
Q: Indo-Pacific Force Posture Review, | - | - | O | title | invented report title
P:
S: During the question-and-answer portion of the briefing, reporters pressed Halvorsen on whether U.S. forces in the region had changed their posture.
L: - | |
P:
S: Q: Have any U.S. ships or aircraft been moved in response to the exercises?
L: - | | reporter's question in the transcript
P:
S: HALVORSEN: We're not going to get into specific operational movements.
L: U | We're not going to get into specific operational movements. | transcript answer: speech without quotation marks
S: What I can tell you is that our forces in the Indo-Pacific remain postured to deter aggression and to support our allies and partners, and that hasn't changed.
L: U | What I can tell you is that our forces in the Indo-Pacific remain postured to deter aggression and to support our allies and partners, and that hasn't changed. | continuation of the transcript answer
P:
S: Q: The Chinese Foreign Ministry said yesterday that the U.S. is the "biggest troublemaker" in the Taiwan Strait.
L: C | the U.S. is the "biggest troublemaker" in the Taiwan Strait | a reporter's question that reports China's claim
Q: biggest troublemaker | The Chinese Foreign Ministry | Chinese Foreign Ministry | C | speech | quoted inside a reporter's question
S: Do you have a response?
L: - | |
P:
S: HALVORSEN: I've seen those comments.
L: U | I've seen those comments. |
S: I'd just say that it's not the United States that sent 70 aircraft around Taiwan this week.
L: U | it's not the United States that sent 70 aircraft around Taiwan this week |
P:
S: Halvorsen also addressed a report by the cybersecurity firm Grayline Labs that a China-linked hacking group had breached networks at two defense contractors.
L: - | | the firm's claim is a third party's; Halvorsen's answer is not reported in this sentence
S: He said the department was "aware of the reporting" and was working with the FBI, but he declined to attribute the intrusion to the Chinese government.
L: U | the department was "aware of the reporting" and was working with the FBI | declining to attribute is an act
Q: aware of the reporting | He | Erik Halvorsen, Pentagon press secretary | U | speech |
S: The Chinese Embassy in Washington has denied any involvement, calling the accusations "groundless smears."
L: C | any involvement || the accusations "groundless smears." | denial of a claim is a claim
Q: groundless smears. | The Chinese Embassy in Washington | Chinese Embassy in Washington | C | speech |
P:
S: Asked about Japan's decision to send a destroyer through the Taiwan Strait last month, Halvorsen said the United States "welcomes" allies exercising their navigation rights.
L: U | the United States "welcomes" allies exercising their navigation rights | Japan's act is narrated
Q: welcomes | Halvorsen | Erik Halvorsen, Pentagon press secretary | U | speech |
S: Japan's Defense Ministry has said the transit was consistent with international law.
L: - | | Japan is a third party
P:
S: The briefing lasted about 35 minutes.
L: - | |
'''

BLOCK += r'''
ARTICLE 36 efe_un_cable_ship | untouched | EFE story: UN mediates, both sides respond by statement
H: China and US accept UN mediation over detained cable ship
L: - | | acceptance of an offer is an act
P:
S: Geneva, May 21 (EFE).- China and the United States on Wednesday accepted an offer from the United Nations to mediate in their dispute over a US-flagged cable-laying vessel detained by the Chinese coast guard in the East China Sea, UN officials said.
L: - | | attributed to UN officials (third party); both sides' acts, not claims
P:
S: The Pacific Meridian, operated by the Delaware-registered company Seaborne Lattice, was boarded on May 9 about 80 nautical miles east of Zhejiang province with 23 crew members on board, among them seven US citizens.
L: - | |
P:
S: Beijing maintains that the ship was conducting an unauthorised survey of the seabed in waters under Chinese jurisdiction, while Washington says it was repairing a damaged commercial cable in international waters with all the required notifications.
L: CU | the ship was conducting an unauthorised survey of the seabed in waters under Chinese jurisdiction || it was repairing a damaged commercial cable in international waters with all the required notifications | two attributions
P:
S: The UN envoy appointed to lead the talks, the Norwegian diplomat Ingrid Solberg-Aasen, told reporters in Geneva that the first round would be held next week and that both delegations had agreed to keep the details confidential.
L: - | | mediator is a third party (invented person)
S: “Both sides have shown that they want to lower the temperature, and that is already a good start,” she said.
L: - | |
Q: Both sides have shown that they want to lower the temperature, and that is already a good start, | she | Ingrid Solberg-Aasen, UN envoy | O | speech |
P:
S: In a statement released in Beijing, the Chinese Foreign Ministry said it “welcomes the good offices” of the UN but stressed that the case would be “handled in accordance with Chinese law.”
L: C | it “welcomes the good offices” of the UN || the case would be “handled in accordance with Chinese law.” |
Q: welcomes the good offices | the Chinese Foreign Ministry | Chinese Foreign Ministry | C | speech |
Q: handled in accordance with Chinese law. | the Chinese Foreign Ministry | Chinese Foreign Ministry | C | speech |
S: “China’s sovereignty and jurisdictional rights in the relevant waters are not up for negotiation,” the ministry said, adding that the crew were in good health and had been allowed consular visits.
L: C | China’s sovereignty and jurisdictional rights in the relevant waters are not up for negotiation, || the crew were in good health and had been allowed consular visits |
Q: China’s sovereignty and jurisdictional rights in the relevant waters are not up for negotiation, | the ministry | Chinese Foreign Ministry | C | speech |
P:
S: The US State Department said in a separate statement that it had accepted the mediation “in the interest of bringing our citizens home,” and repeated its demand that the vessel and its crew be released without conditions.
L: U | it had accepted the mediation “in the interest of bringing our citizens home,” || that the vessel and its crew be released without conditions |
Q: in the interest of bringing our citizens home, | The US State Department | US State Department | U | speech |
S: “The Pacific Meridian was engaged in lawful activity.
L: U | The Pacific Meridian was engaged in lawful activity. | one pair of marks enclosing two sentences; the quotation is filed under the sentence it opens in
Q: The Pacific Meridian was engaged in lawful activity. Its detention has no basis in international law, | the statement | US State Department | U | speech | a pair enclosing two sentences is one quotation
S: Its detention has no basis in international law,” the statement said.
L: U | Its detention has no basis in international law, | second sentence inside the same pair of marks; attribution follows
P:
S: The European Union, whose member states’ companies own a large share of the undersea cables in the region, also welcomed the mediation and called on both sides to exercise restraint.
L: - | | EU is a third party
S: Japan’s Foreign Ministry said it was following the case closely, as the cable in question also carries traffic to Japanese networks.
L: - | | Japan is a third party
P:
S: According to the UN, the talks will be held at the Palais des Nations and will include officials from the Chinese Foreign Ministry, the China Coast Guard, the State Department and the US Coast Guard.
L: - | | "according to the UN": third-party attribution
P:
S: The China Coast Guard said last week that the Pacific Meridian had ignored repeated orders to leave the area, an account that the ship’s operator, Seaborne Lattice, has disputed.
L: C | the Pacific Meridian had ignored repeated orders to leave the area | the operator (a company) is no side
P:
S: The incident comes amid rising tension over undersea infrastructure, after Taiwan accused a Chinese-crewed freighter in February of severing one of its cables, an accusation Beijing rejected as a “smear.” EFE
L: C | a “smear.” | Taiwan (third party) accuses; Beijing rejecting an accusation is a claim; sign-off "EFE" kept in the last sentence
Q: smear. | Beijing | Chinese government | C | speech |
'''

if __name__ == "__main__":
    build(BLOCK)
