"""Build articles 153-160 of validation set 19: text and gold written together.

Each sentence's gold label sits directly under the sentence; each quotation
record follows the sentence it opens in.  a.p() starts a new paragraph.
Straight-quote articles use ''' strings, typographic ones ordinary strings.
"""
import os
import sys

from lib import Article, CN, US, BOTH, NONE, UNDEC

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
def a153():
    a = Article(153, "cgtn_students_airport_checks",
                "CGTN online: 'BEIJING, <Month> <d> (CGTN) -- ' dateline, straight quotes, "
                "Foreign Ministry spokesperson plus a Chinese scholar, '(With input from Xinhua)' credit")
    a.h('''China urges U.S. to stop 'discriminatory' checks on Chinese students''',
        CN, ['''U.S. to stop 'discriminatory' checks on Chinese students'''],
        "headline: 'urges' is a directive speech act by China")
    a.qs('''discriminatory''', "China", "China", "China",
         "single-quoted word in headline, China's wording (see paragraph 1)")
    a.p()
    a.s('''BEIJING, June 12 (CGTN) -- China on Thursday urged the United States to stop what it called the "discriminatory interrogation and deportation" of Chinese students at U.S. ports of entry, after at least 11 students holding valid visas were turned away at American airports in recent weeks.''',
        CN, ['''the United States to stop what it called the "discriminatory interrogation and deportation" of Chinese students at U.S. ports of entry'''],
        "China urged (speech act); the after-clause is the reporter's background")
    a.qs('''discriminatory interrogation and deportation''', "it", "China", "China",
         "'what it called' quotes China's wording")
    a.p()
    a.s('''Foreign Ministry spokesperson Qiao Wenlan told a regular press briefing that the students had been questioned for up to eight hours, had their phones and laptops searched, and were then put on return flights without a clear explanation.''',
        CN, ['''the students had been questioned for up to eight hours, had their phones and laptops searched, and were then put on return flights without a clear explanation'''],
        "ministry spokesperson 'told ... that'")
    a.p()
    a.s('''"These are young people who went to study, not to spy.''',
        CN, ['''These are young people who went to study, not to spy.'''],
        "opens a two-sentence quotation by Qiao")
    a.qs('''These are young people who went to study, not to spy. Treating every Chinese student as a suspect is a political witch hunt, and it runs against America's own claims of openness,''',
         "Qiao", "Qiao Wenlan", "China", "one pair of marks enclosing two sentences")
    a.s('''Treating every Chinese student as a suspect is a political witch hunt, and it runs against America's own claims of openness," Qiao said.''',
        CN, ['''Treating every Chinese student as a suspect is a political witch hunt, and it runs against America's own claims of openness,'''],
        "second sentence of Qiao's quotation, with the cue")
    a.p()
    a.s('''She said China had lodged "stern representations" with the U.S. side and would "firmly safeguard the legitimate rights and interests of Chinese citizens abroad."''',
        CN, ['''China had lodged "stern representations" with the U.S. side and would "firmly safeguard the legitimate rights and interests of Chinese citizens abroad."'''],
        "pronoun she = Qiao; paraphrase with two quoted fragments")
    a.qs('''stern representations''', "She", "Qiao Wenlan", "China", "quoted fragment in reported clause")
    a.qs('''firmly safeguard the legitimate rights and interests of Chinese citizens abroad.''', "She", "Qiao Wenlan", "China",
         "quoted fragment in reported clause")
    a.p()
    a.s('''The U.S. Department of Homeland Security has said the checks target individuals suspected of ties to China's military research programs, not Chinese students as a group.''',
        US, ['''the checks target individuals suspected of ties to China's military research programs, not Chinese students as a group'''],
        "US agency 'has said'")
    a.s('''"Every traveler is screened under the same law, and each decision rests on individual conduct, not nationality," the department said in a statement to CGTN.''',
        US, ['''Every traveler is screened under the same law, and each decision rests on individual conduct, not nationality,'''],
        "the department = DHS, said in a statement")
    a.qs('''Every traveler is screened under the same law, and each decision rests on individual conduct, not nationality,''',
         "the department", "U.S. Department of Homeland Security", "United States")
    a.p()
    a.s('''Asked about that explanation, Qiao said Washington had "stretched the concept of national security beyond recognition" and had not produced evidence in any of the cases.''',
        CN, ['''Washington had "stretched the concept of national security beyond recognition" and had not produced evidence in any of the cases'''],
        "'Asked about ..., Qiao said'; only Qiao's answer is reported")
    a.qs('''stretched the concept of national security beyond recognition''', "Qiao", "Qiao Wenlan", "China")
    a.p()
    a.s('''Educational exchanges have been a sore point between the two countries since 2020, when Washington began restricting visas for some Chinese graduate researchers.''',
        NONE, [], "narrator background; restricting visas is an act")
    a.p()
    a.s('''The number of Chinese students in the United States has fallen by roughly a quarter from its peak, according to figures from the U.S. Department of Homeland Security.''',
        UNDEC, [], "statistic credited to an agency's figures, no stance in the dispute")
    a.p()
    a.s('''Wei Shuhang, a professor of international relations at Pujiang University of International Studies in Shanghai, said the screenings would have "a chilling effect far beyond the handful of students who were turned away."''',
        NONE, [], "scholar: analyst, no side (university is not a state body)")
    a.qs('''a chilling effect far beyond the handful of students who were turned away.''', "Wei Shuhang", "Wei Shuhang", "other",
         "scholar, third party")
    a.p()
    a.s('''"Parents are already asking me whether it is still safe to send their children to America," Wei told CGTN.''',
        NONE, [], "scholar's quotation, no side")
    a.qs('''Parents are already asking me whether it is still safe to send their children to America,''', "Wei", "Wei Shuhang", "other")
    a.s('''"That is a loss for American laboratories as much as for Chinese families."''',
        NONE, [], "continues Wei's speech in a new pair; Wei has no side")
    a.qs('''That is a loss for American laboratories as much as for Chinese families.''', "Wei", "Wei Shuhang", "other",
         "second pair, cue in the previous sentence")
    a.p()
    a.s('''He added that universities on both sides had quietly shelved joint programs, warning that "once trust is lost, it takes a generation to rebuild."''',
        NONE, [], "he = Wei; third party")
    a.qs('''once trust is lost, it takes a generation to rebuild.''', "He", "Wei Shuhang", "other")
    a.p()
    a.s('''Qiao said China would keep encouraging people-to-people exchanges with the United States.''',
        CN, ['''China would keep encouraging people-to-people exchanges with the United States'''],
        "spokesperson said")
    a.s('''"The door of China's universities remains open to American students, and we hope the U.S. side will stop putting obstacles in the way of ours," she said.''',
        CN, ['''The door of China's universities remains open to American students, and we hope the U.S. side will stop putting obstacles in the way of ours,'''],
        "she = Qiao")
    a.qs('''The door of China's universities remains open to American students, and we hope the U.S. side will stop putting obstacles in the way of ours,''',
         "she", "Qiao Wenlan", "China")
    a.p()
    a.s('''(With input from Xinhua)''', NONE, [], "credit line")
    return a


# ---------------------------------------------------------------------------
def a154():
    a = Article(154, "chinadaily_zhejiang_parcel_rule",
                "China Daily provincial story: 'HANGZHOU — ' dateline, typographic quotes, provincial "
                "commerce officials and local exporters react to a US measure, 'Contact the writer at' sign-off")
    a.h("Zhejiang exporters shrug off US parcel rule, vow to ‘go where the buyers are’",
        NONE, [], "headline: the vow is the exporters' (companies are no side)")
    a.qs("go where the buyers are", "Zhejiang exporters", "Fang Jiewen", "other",
         "single-quoted headline words; the body gives them to the exporter Fang")
    a.p()
    a.s("HANGZHOU — Cross-border e-commerce companies in East China’s Zhejiang province are shifting shipments to Europe, Southeast Asia and the Middle East after the United States scrapped the “de minimis” duty exemption for low-value parcels from China, a change local officials say will “cause short-term pain but cannot block the province’s trade.”",
        CN, ["will “cause short-term pain but cannot block the province’s trade.”"],
        "provincial officials speak for China by office; the companies' shift is the reporter's")
    a.qx("de minimis", "trade term held at a distance by the reporter")
    a.qs("cause short-term pain but cannot block the province’s trade.", "local officials", "Zhejiang provincial officials", "China",
         "local government officials")
    a.p()
    a.s("The US rule, which Washington says closes a loophole used to ship fentanyl precursors and counterfeit goods, took effect on May 2 and subjects every parcel from the Chinese mainland to duties and formal customs entry.",
        US, ["closes a loophole used to ship fentanyl precursors and counterfeit goods"],
        "US claim embedded in the narrator's sentence")
    a.p()
    a.s("“The so-called loophole is a pretext,” said Chen Yuanfeng, deputy director of the Zhejiang Provincial Department of Commerce.",
        CN, ["The so-called loophole is a pretext,"], "provincial official")
    a.qs("The so-called loophole is a pretext,", "Chen Yuanfeng", "Chen Yuanfeng", "China", "provincial commerce official")
    a.s("“What the US is really doing is raising costs for ordinary American shoppers in order to punish Chinese small businesses.”",
        CN, ["What the US is really doing is raising costs for ordinary American shoppers in order to punish Chinese small businesses."],
        "continues Chen's speech in a new pair")
    a.qs("What the US is really doing is raising costs for ordinary American shoppers in order to punish Chinese small businesses.",
         "Chen Yuanfeng", "Chen Yuanfeng", "China", "second pair, cue in the previous sentence")
    a.p()
    a.s("Chen said the department had set up a task force to help about 3,000 affected companies open overseas warehouses, find new buyers and apply for export credit insurance.",
        CN, ["the department had set up a task force to help about 3,000 affected companies open overseas warehouses, find new buyers and apply for export credit insurance"],
        "official 'said' reports the department's own step")
    a.p()
    a.s("Zhejiang’s cross-border e-commerce exports reached 352 billion yuan ($48.9 billion) last year, with about a third going to the US, according to Hangzhou Customs.",
        UNDEC, [], "statistic credited to a customs agency, no stance")
    a.p()
    a.s("At Lanshan Trading Co in Yiwu, which sells kitchenware on several US shopping platforms, general manager Fang Jiewen said American orders had fallen by nearly 40 percent since April.",
        NONE, [], "company manager: no side")
    a.p()
    a.s("“Our customers in Ohio and Texas still want the products.",
        NONE, [], "opens a two-sentence quotation by a company manager")
    a.qs("Our customers in Ohio and Texas still want the products. The tariff does not change what they need, only what they pay,",
         "Fang", "Fang Jiewen", "other", "company manager; one pair, two sentences")
    a.s("The tariff does not change what they need, only what they pay,” Fang said.",
        NONE, [], "continues the company manager's quotation")
    a.p()
    a.s("She said the company would open a warehouse in Poland in July.",
        NONE, [], "she = Fang, company")
    a.s("“We go where the buyers are, and right now the buyers are in Warsaw and Riyadh,” she said.",
        NONE, [], "company manager")
    a.qs("We go where the buyers are, and right now the buyers are in Warsaw and Riyadh,", "she", "Fang Jiewen", "other")
    a.p()
    a.s("Hangzhou Wenjiao Pet Technology, which makes smart pet feeders, said in a statement that it had moved part of its assembly to Vietnam “to stay close to our customers without giving up our engineers in Zhejiang.”",
        NONE, [], "company statement: no side")
    a.qs("to stay close to our customers without giving up our engineers in Zhejiang.", "Hangzhou Wenjiao Pet Technology",
         "Hangzhou Wenjiao Pet Technology", "other", "company statement")
    a.p()
    a.s("US Customs and Border Protection said in a notice last month that ending the exemption would let the agency “see what is actually coming into the country” instead of waving through millions of small packages a day.",
        US, ["ending the exemption would let the agency “see what is actually coming into the country” instead of waving through millions of small packages a day"],
        "US agency 'said in a notice'")
    a.qs("see what is actually coming into the country", "US Customs and Border Protection", "US Customs and Border Protection",
         "United States")
    a.p()
    a.s("Ding Haoran, a researcher at the Qiantang Institute for Open Economy, a think tank in Hangzhou, said the rule would speed up a shakeout that was already under way.",
        NONE, [], "think-tank researcher: analyst, no side")
    a.s("“The sellers that survive will be the ones that own their brands,” Ding said.",
        NONE, [], "analyst")
    a.qs("The sellers that survive will be the ones that own their brands,", "Ding", "Ding Haoran", "other")
    a.p()
    a.s("Chen said the province would hold trade fairs in Dubai and Sao Paulo in the second half of the year and would “keep the door open to American buyers who still want to work with us.”",
        CN, ["the province would hold trade fairs in Dubai and Sao Paulo in the second half of the year and would “keep the door open to American buyers who still want to work with us.”"],
        "provincial official")
    a.qs("keep the door open to American buyers who still want to work with us.", "Chen", "Chen Yuanfeng", "China")
    a.p()
    a.s("Contact the writer at zhoulanxin@chinadaily.com.cn", NONE, [], "sign-off line")
    return a


# ---------------------------------------------------------------------------
def a155():
    a = Article(155, "bloomberg_tianshu_entity_list",
                "Bloomberg News: '(Bloomberg) -- ' lede, straight quotes, title-case headline, markets and "
                "companies, 'people familiar with the matter', '--With assistance from' and copyright lines")
    a.h('''US Weighs Blacklisting Chinese Memory Chipmaker Tianshu''',
        NONE, [], "headline reports a deliberation, no source")
    a.p()
    a.s('''(Bloomberg) -- The US is considering adding Chinese memory chipmaker Tianshu Memory Technology Co. to a trade blacklist, a step that would cut the company off from American equipment and software, according to people familiar with the matter.''',
        NONE, [], "anonymous sources named by no institution: other")
    a.p()
    a.s('''The Commerce Department could decide as soon as next month, said the people, who asked not to be identified because the deliberations are private.''',
        NONE, [], "same unnamed sources: other")
    a.p()
    a.s('''"We are constantly assessing the threat landscape and will act to keep US technology out of the hands of China's military," a Commerce Department spokesperson said in an emailed statement, declining to comment on any specific company.''',
        US, ['''We are constantly assessing the threat landscape and will act to keep US technology out of the hands of China's military,'''],
        "US department spokesperson")
    a.qs('''We are constantly assessing the threat landscape and will act to keep US technology out of the hands of China's military,''',
         "a Commerce Department spokesperson", "US Commerce Department", "United States")
    a.p()
    a.s('''Tianshu, which is based in the central Chinese city of Hefei, didn't respond to a request for comment.''',
        NONE, [], "company silence; no claim")
    a.p()
    a.s('''Shares of Halvorsen Instruments Inc., a Massachusetts-based maker of chip deposition tools that gets about 18% of its revenue from China, fell as much as 4.2% in New York trading on Wednesday, the biggest intraday drop in two months.''',
        NONE, [], "market move, narrator")
    a.p()
    a.s('''In Shanghai, Qingyan Semiconductor Equipment Co. jumped by the 20% daily limit on bets that Chinese chipmakers would buy more local tools if US suppliers were shut out.''',
        NONE, [], "market move, narrator")
    a.p()
    a.s('''China's Foreign Ministry said it "firmly opposes" the US "overstretching the concept of national security" to suppress Chinese companies.''',
        CN, ['''it "firmly opposes" the US "overstretching the concept of national security" to suppress Chinese companies'''],
        "ministry said, two quoted fragments")
    a.qs('''firmly opposes''', "China's Foreign Ministry", "Chinese Foreign Ministry", "China")
    a.qs('''overstretching the concept of national security''', "China's Foreign Ministry", "Chinese Foreign Ministry", "China")
    a.p()
    a.s('''"China will take necessary measures to safeguard the legitimate rights of Chinese firms," spokeswoman Dai Ruoxi told reporters at a regular briefing in Beijing.''',
        CN, ['''China will take necessary measures to safeguard the legitimate rights of Chinese firms,'''],
        "ministry spokeswoman")
    a.qs('''China will take necessary measures to safeguard the legitimate rights of Chinese firms,''',
         "spokeswoman Dai Ruoxi", "Dai Ruoxi", "China")
    a.p()
    a.s('''Beijing has called earlier US export curbs an attempt to contain its development, while Washington says they target only military applications.''',
        BOTH, ['''earlier US export curbs an attempt to contain its development''', '''they target only military applications'''],
        "two attributions: 'has called' and 'says'")
    a.p()
    a.s('''Representative Colin Marsh, a Republican member of the House select committee on China, said in a post on X that Tianshu "should have been on the list two years ago."''',
        US, ['''Tianshu "should have been on the list two years ago."'''],
        "member of Congress speaks for the US by office")
    a.qs('''should have been on the list two years ago.''', "Representative Colin Marsh", "Colin Marsh", "United States")
    a.p()
    a.s('''A listing would be a serious setback for Tianshu's plans to expand output of the high-bandwidth memory used in artificial intelligence servers, analysts said.''',
        NONE, [], "analysts: no side")
    a.p()
    a.s('''"Tianshu is still dependent on US and Japanese tools for its most advanced lines, so a listing would freeze its expansion almost overnight," said Priya Raman, an analyst at Kestrel Bay Research in Singapore.''',
        NONE, [], "analyst")
    a.qs('''Tianshu is still dependent on US and Japanese tools for its most advanced lines, so a listing would freeze its expansion almost overnight,''',
         "Priya Raman", "Priya Raman", "other", "analyst at a research firm")
    a.p()
    a.s('''Raman estimated that the company buys about $2 billion of foreign equipment a year.''',
        NONE, [], "analyst's estimate")
    a.p()
    a.s('''China imported $38 billion of chipmaking machinery last year, up 14% from 2023, according to customs data.''',
        UNDEC, [], "statistic credited to customs data, no stance")
    a.p()
    a.s('''The deliberations come weeks before trade negotiators from the two countries are due to meet again, and some officials in Washington have argued that new curbs could derail the talks, the people said.''',
        US, ['''new curbs could derail the talks'''],
        "the unnamed people relay an argument by US officials; the officials are the source")
    a.p()
    a.s('''--With assistance from Ken Oduya.''', NONE, [], "credit line")
    a.p()
    a.s('''©2025 Bloomberg L.P.''', NONE, [], "copyright line")
    return a


# ---------------------------------------------------------------------------
def a156():
    a = Article(156, "kyodo_j16_p8_encounter",
                "Kyodo News: 'TOKYO (Kyodo) -- ' dateline, straight quotes, 'U.S.', Japan as third party with "
                "Chinese and US military statements, '==Kyodo' sign-off")
    a.h('''Japan voices concern after Chinese jet buzzes U.S. patrol plane''',
        NONE, [], "headline: Japan is a third party; 'buzzes' is an act")
    a.p()
    a.s('''TOKYO (Kyodo) -- Japan expressed concern Wednesday after a Chinese fighter jet flew within about 10 meters of a U.S. Navy patrol aircraft over the East China Sea, in an encounter the U.S. military described as "unsafe and unprofessional."''',
        US, ['''unsafe and unprofessional.'''],
        "Japan's concern is a third party's; the US military's description is embedded")
    a.qs('''unsafe and unprofessional.''', "the U.S. military", "U.S. Indo-Pacific Command", "United States")
    a.p()
    a.s('''The Chinese J-16 made an "aggressive pass" across the nose of the P-8A Poseidon on Monday while the American plane was flying in international airspace about 200 kilometers northwest of Okinawa, the U.S. Indo-Pacific Command said in a statement.''',
        US, ['''The Chinese J-16 made an "aggressive pass" across the nose of the P-8A Poseidon on Monday while the American plane was flying in international airspace about 200 kilometers northwest of Okinawa'''],
        "US command 'said in a statement'")
    a.qs('''aggressive pass''', "the U.S. Indo-Pacific Command", "U.S. Indo-Pacific Command", "United States")
    a.p()
    a.s('''"Our aircrews will continue to fly, sail and operate wherever international law allows," the command said, adding that the crew of the P-8A had kept the aircraft under control throughout.''',
        US, ['''Our aircrews will continue to fly, sail and operate wherever international law allows,''',
             '''the crew of the P-8A had kept the aircraft under control throughout'''],
        "the command = Indo-Pacific Command")
    a.qs('''Our aircrews will continue to fly, sail and operate wherever international law allows,''',
         "the command", "U.S. Indo-Pacific Command", "United States")
    a.p()
    a.s('''China's Defense Ministry rejected the U.S. account, saying the American plane had "repeatedly approached China's airspace for close-in reconnaissance" and that the Chinese pilot had acted "professionally and in accordance with the law."''',
        CN, ['''the American plane had "repeatedly approached China's airspace for close-in reconnaissance"''',
             '''the Chinese pilot had acted "professionally and in accordance with the law."'''],
        "rejecting an account (a claim) and saying")
    a.qs('''repeatedly approached China's airspace for close-in reconnaissance''', "China's Defense Ministry",
         "Chinese Ministry of National Defense", "China")
    a.qs('''professionally and in accordance with the law.''', "China's Defense Ministry",
         "Chinese Ministry of National Defense", "China")
    a.p()
    a.s('''"The root cause of such incidents is the U.S. side's frequent close-in surveillance of China," ministry spokesman Senior Col. Zhou Lingfeng told a monthly press conference in Beijing.''',
        CN, ['''The root cause of such incidents is the U.S. side's frequent close-in surveillance of China,'''],
        "Chinese defense ministry spokesman")
    a.qs('''The root cause of such incidents is the U.S. side's frequent close-in surveillance of China,''',
         "Senior Col. Zhou Lingfeng", "Zhou Lingfeng", "China")
    a.s('''"If the United States truly cares about safety, it should stop coming to China's doorstep."''',
        CN, ['''If the United States truly cares about safety, it should stop coming to China's doorstep.'''],
        "continues Zhou's speech in a new pair")
    a.qs('''If the United States truly cares about safety, it should stop coming to China's doorstep.''',
         "Senior Col. Zhou Lingfeng", "Zhou Lingfeng", "China", "second pair, cue in the previous sentence")
    a.p()
    a.s('''Beijing regards such flights as spying near its coast, while Washington says they are routine missions in international airspace.''',
        BOTH, ['''such flights as spying near its coast''', '''they are routine missions in international airspace'''],
        "two attributions: stance verb 'regards' and 'says'")
    a.p()
    a.s('''"Such dangerous behavior could lead to unintended accidents, and Japan is watching the situation with serious concern," Japan's top government spokesman told a separate press conference in Tokyo.''',
        NONE, [], "Japan is a third party")
    a.qs('''Such dangerous behavior could lead to unintended accidents, and Japan is watching the situation with serious concern,''',
         "Japan's top government spokesman", "Japanese government's top spokesman", "other", "third party (Japan)")
    a.p()
    a.s('''He said Tokyo had conveyed its position to both Beijing and Washington through diplomatic channels and called for "restraint and communication" between the two militaries.''',
        NONE, [], "he = Japan's spokesman; third party")
    a.qs('''restraint and communication''', "He", "Japanese government's top spokesman", "other")
    a.p()
    a.s('''Japan's Air Self-Defense Force scrambled jets 464 times against Chinese aircraft in the fiscal year that ended in March, according to Japan's Defense Ministry.''',
        UNDEC, [], "statistic credited to an agency, no stance in the China-US dispute")
    a.p()
    a.s('''A U.S. State Department spokesperson said Washington had raised the encounter with Chinese officials and urged Beijing to "respect the rules that keep everyone's pilots safe."''',
        US, ['''Washington had raised the encounter with Chinese officials and urged Beijing to "respect the rules that keep everyone's pilots safe."'''],
        "US spokesperson said")
    a.qs('''respect the rules that keep everyone's pilots safe.''', "A U.S. State Department spokesperson",
         "U.S. State Department", "United States")
    a.p()
    a.s('''Kenji Morisawa, a security expert at the Minato Institute for Security Studies, said the incident showed that military hotlines the two powers restored last year had done little to prevent risky encounters.''',
        NONE, [], "think-tank expert: no side")
    a.s('''"A hotline only works if someone picks up the phone in the first few minutes," Morisawa said.''',
        NONE, [], "analyst")
    a.qs('''A hotline only works if someone picks up the phone in the first few minutes,''', "Morisawa", "Kenji Morisawa", "other")
    a.p()
    a.s('''China and the United States have held working-level maritime safety talks twice since their militaries resumed regular contacts in late 2023.''',
        NONE, [], "narrator background")
    a.p()
    a.s('''==Kyodo''', NONE, [], "sign-off")
    return a


# ---------------------------------------------------------------------------
def a157():
    a = Article(157, "politico_senate_cisa_utility_hacks",
                "Politico-style Senate hearing story: 'WASHINGTON — ' opening, typographic quotes, senators as "
                "'Sen. Name (R-State)', agency witness, Chinese embassy statement, contributor line")
    a.h("Senators grill CISA over Chinese hackers hiding in ‘hundreds’ of utilities",
        US, ["Chinese hackers hiding in ‘hundreds’ of utilities"],
        "headline: the quoted word and claim are the CISA witness's")
    a.qs("hundreds", "CISA", "Nadia Ferris", "United States",
         "single-quoted headline word, the witness's testimony")
    a.p()
    a.s("WASHINGTON — Chinese government hackers have burrowed into the networks of “hundreds” of American water, power and pipeline operators and could switch off service during a crisis over Taiwan, a top federal cyber official told senators Tuesday.",
        US, ["Chinese government hackers have burrowed into the networks of “hundreds” of American water, power and pipeline operators and could switch off service during a crisis over Taiwan"],
        "federal official told senators")
    a.qs("hundreds", "a top federal cyber official", "Nadia Ferris", "United States")
    a.p()
    a.s("“They are not there to steal data.",
        US, ["They are not there to steal data."], "opens Ferris's two-sentence quotation")
    a.qs("They are not there to steal data. They are there to be ready,", "Nadia Ferris", "Nadia Ferris", "United States",
         "one pair, two sentences; CISA official")
    a.s("They are there to be ready,” Nadia Ferris, acting executive assistant director for cybersecurity at the Cybersecurity and Infrastructure Security Agency, said at a Senate Homeland Security and Governmental Affairs Committee hearing.",
        US, ["They are there to be ready,"], "second sentence of the quotation, with the cue")
    a.p()
    a.s("Ferris said the agency had confirmed intrusions at 212 utilities since January 2024 but had the staff to carry out on-site hunts at only about a quarter of them.",
        US, ["the agency had confirmed intrusions at 212 utilities since January 2024 but had the staff to carry out on-site hunts at only about a quarter of them"],
        "witness said")
    a.s("She said the hackers rely on so-called “living off the land” techniques, using a network’s own administrative tools so that their activity blends in.",
        US, ["the hackers rely on so-called “living off the land” techniques, using a network’s own administrative tools so that their activity blends in"],
        "she = Ferris; the marked term is held at a distance ('so-called'), not her quoted words")
    a.qx("living off the land", "'so-called' technical term")
    a.p()
    a.s("Sen. Curtis Brandt (R-Iowa), the committee’s chair, opened the hearing by asking why the government was still “finding these intruders years after they got in.”",
        US, ["why the government was still “finding these intruders years after they got in.”"],
        "senator's reported question is his speech")
    a.qs("finding these intruders years after they got in.", "Sen. Curtis Brandt", "Curtis Brandt", "United States")
    a.p()
    a.s("“My constituents in Flint know exactly what happens when a water system fails,” said Sen. Margaret Holloway (D-Mich.).",
        US, ["My constituents in Flint know exactly what happens when a water system fails,"], "senator")
    a.qs("My constituents in Flint know exactly what happens when a water system fails,", "Sen. Margaret Holloway",
         "Margaret Holloway", "United States", "first fragment")
    a.s("“Now you’re telling me a foreign military could do it with a keyboard, and that we don’t have enough people to go and look.",
        US, ["Now you’re telling me a foreign military could do it with a keyboard, and that we don’t have enough people to go and look."],
        "Holloway continues; quotation runs on into the next paragraph")
    a.qs("Now you’re telling me a foreign military could do it with a keyboard, and that we don’t have enough people to go and look. I want a number from you today: how many more hunters do you need, and by when?",
         "Sen. Margaret Holloway", "Margaret Holloway", "United States",
         "run-on over two paragraphs (no closing mark at paragraph end), one record")
    a.p()
    a.s("“I want a number from you today: how many more hunters do you need, and by when?”",
        US, ["I want a number from you today: how many more hunters do you need, and by when?"],
        "continuation paragraph of Holloway's run-on quotation")
    a.p()
    a.s("Ferris answered that CISA would need roughly 400 more threat hunters and had requested money for them in its fiscal 2026 budget.",
        US, ["CISA would need roughly 400 more threat hunters and had requested money for them in its fiscal 2026 budget"],
        "witness answered that")
    a.p()
    a.s("Sen. Dale Okafor (R-Texas) said the agency had “spent years on misinformation panels instead of the job Congress gave it,” a criticism Ferris did not directly address.",
        US, ["the agency had “spent years on misinformation panels instead of the job Congress gave it,”"],
        "senator; a US-internal criticism is still a US voice")
    a.qs("spent years on misinformation panels instead of the job Congress gave it,", "Sen. Dale Okafor", "Dale Okafor",
         "United States")
    a.p()
    a.s("Researchers at Ardent Loop, a Virginia cybersecurity firm, traced the intrusions to contractors working for China’s Ministry of State Security in a report released in March titled “Quiet Footholds.”",
        NONE, [], "private firm: no side; report title in marks")
    a.qt("Quiet Footholds.")
    a.p()
    a.s("In a statement after the hearing, Chinese Embassy spokesperson Ma Chuanlin called the allegations “groundless smears” and said the United States “is itself the world’s biggest hacking empire.”",
        CN, ["the allegations “groundless smears”", "the United States “is itself the world’s biggest hacking empire.”"],
        "embassy spokesperson; 'called' and 'said'")
    a.qs("groundless smears", "Chinese Embassy spokesperson Ma Chuanlin", "Ma Chuanlin", "China")
    a.qs("is itself the world’s biggest hacking empire.", "Chinese Embassy spokesperson Ma Chuanlin", "Ma Chuanlin", "China")
    a.p()
    a.s("“China firmly opposes and combats all forms of cyberattacks, and we urge the U.S. side to stop smearing China in the name of cybersecurity,” Ma said.",
        CN, ["China firmly opposes and combats all forms of cyberattacks, and we urge the U.S. side to stop smearing China in the name of cybersecurity,"],
        "Ma = embassy spokesperson")
    a.qs("China firmly opposes and combats all forms of cyberattacks, and we urge the U.S. side to stop smearing China in the name of cybersecurity,",
         "Ma", "Ma Chuanlin", "China")
    a.p()
    a.s("Roughly 50,000 community water systems operate in the United States, according to the Environmental Protection Agency.",
        UNDEC, [], "statistic credited to an agency, no stance")
    a.p()
    a.s("Brandt said the committee would mark up a bill next month that would let CISA hire threat hunters outside normal civil service rules.",
        US, ["the committee would mark up a bill next month that would let CISA hire threat hunters outside normal civil service rules"],
        "senator said")
    a.s("“We are out of time to be polite about this,” he said.",
        US, ["We are out of time to be polite about this,"], "he = Brandt")
    a.qs("We are out of time to be polite about this,", "he", "Curtis Brandt", "United States")
    a.p()
    a.s("Maggie Ostrander contributed to this report.", NONE, [], "contributor line")
    return a


# ---------------------------------------------------------------------------
def a158():
    a = Article(158, "xinhua_mofcom_port_fees",
                "Xinhua English: 'BEIJING, <Mon.> <d> (Xinhua) -- ' dateline, straight quotes, unnamed MOFCOM "
                "spokesperson answering a question ('said Thursday when asked about'), 'Enditem'")
    a.h('''China firmly opposes U.S. port fees on Chinese ships: MOFCOM spokesperson''',
        CN, ['''China firmly opposes U.S. port fees on Chinese ships'''],
        "headline with source after the colon")
    a.p()
    a.s('''BEIJING, Oct. 16 (Xinhua) -- A spokesperson for the Ministry of Commerce (MOFCOM) said Thursday when asked about the U.S. port fees on Chinese ships that China firmly opposes the measures, which "seriously violate WTO rules and the principle of non-discrimination."''',
        CN, ['''China firmly opposes the measures, which "seriously violate WTO rules and the principle of non-discrimination."'''],
        "ministry spokesperson said when asked; the question itself is the reporter's")
    a.qs('''seriously violate WTO rules and the principle of non-discrimination.''',
         "A spokesperson for the Ministry of Commerce (MOFCOM)", "MOFCOM spokesperson", "China")
    a.p()
    a.s('''The U.S. side on Tuesday began collecting the fees from vessels owned, operated or built in China when they call at U.S. ports, in what Washington calls an effort to revive American shipbuilding.''',
        US, ['''an effort to revive American shipbuilding'''],
        "act plus an embedded US characterization ('what Washington calls')")
    a.p()
    a.s('''"The U.S. measures are typical unilateralism and protectionism.''',
        CN, ['''The U.S. measures are typical unilateralism and protectionism.'''],
        "opens a two-sentence quotation by the spokesperson")
    a.qs('''The U.S. measures are typical unilateralism and protectionism. They will not revive the U.S. shipbuilding industry, but will only disrupt global supply chains and push up shipping costs,''',
         "the spokesperson", "MOFCOM spokesperson", "China", "one pair, two sentences")
    a.s('''They will not revive the U.S. shipbuilding industry, but will only disrupt global supply chains and push up shipping costs," the spokesperson said.''',
        CN, ['''They will not revive the U.S. shipbuilding industry, but will only disrupt global supply chains and push up shipping costs,'''],
        "second sentence of the quotation, with the cue")
    a.p()
    a.s('''The spokesperson said the fees would in the end be paid by American consumers and businesses, and that the U.S. side had ignored the opinions of the shipping industry at home and abroad.''',
        CN, ['''the fees would in the end be paid by American consumers and businesses, and that the U.S. side had ignored the opinions of the shipping industry at home and abroad'''],
        "spokesperson said")
    a.p()
    a.s('''The spokesperson noted that China had begun levying special port fees on U.S.-linked vessels on Tuesday, describing the countermeasures as "a necessary step to safeguard the legitimate rights and interests of Chinese enterprises."''',
        CN, ['''China had begun levying special port fees on U.S.-linked vessels on Tuesday''',
             '''the countermeasures as "a necessary step to safeguard the legitimate rights and interests of Chinese enterprises."'''],
        "'noted that' and 'describing ... as' are speech")
    a.qs('''a necessary step to safeguard the legitimate rights and interests of Chinese enterprises.''', "The spokesperson",
         "MOFCOM spokesperson", "China")
    a.p()
    a.s('''Asked whether China would hold talks with the United States on the issue, the spokesperson said China's door to dialogue "remains open," but that any consultation "must be based on equality, respect and mutual benefit."''',
        CN, ['''China's door to dialogue "remains open," but that any consultation "must be based on equality, respect and mutual benefit."'''],
        "question reported as 'Asked whether'; the answer is China's")
    a.qs('''remains open,''', "the spokesperson", "MOFCOM spokesperson", "China")
    a.qs('''must be based on equality, respect and mutual benefit.''', "the spokesperson", "MOFCOM spokesperson", "China")
    a.p()
    a.s('''"We urge the U.S. side to immediately correct its wrong practices and return to the right track of resolving differences through dialogue and consultation," the spokesperson said.''',
        CN, ['''We urge the U.S. side to immediately correct its wrong practices and return to the right track of resolving differences through dialogue and consultation,'''],
        "spokesperson")
    a.qs('''We urge the U.S. side to immediately correct its wrong practices and return to the right track of resolving differences through dialogue and consultation,''',
         "the spokesperson", "MOFCOM spokesperson", "China")
    a.p()
    a.s('''The Office of the U.S. Trade Representative has said the fees respond to China's "targeted dominance" of the maritime, logistics and shipbuilding sectors.''',
        US, ['''the fees respond to China's "targeted dominance" of the maritime, logistics and shipbuilding sectors'''],
        "US trade office 'has said'")
    a.qs('''targeted dominance''', "The Office of the U.S. Trade Representative", "Office of the U.S. Trade Representative",
         "United States")
    a.s('''Washington has in recent years repeatedly cited so-called "national security" concerns to restrict Chinese companies.''',
        US, ['''"national security" concerns'''],
        "'cited ... concerns' reports a US claim; 'so-called' and the marks are the outlet's distancing, not US words")
    a.qx('''national security''', "'so-called': the outlet holds the phrase at a distance")
    a.p()
    a.s('''China's shipbuilding completions accounted for 55.7 percent of the world total in the first three quarters of this year, according to the Ministry of Industry and Information Technology.''',
        UNDEC, [], "statistic credited to a ministry, no stance")
    a.p()
    a.s('''"The U.S. measures harm others without benefiting itself," said Liang Qiming, a researcher with the Huangpu Maritime Research Institute, adding that several shipping lines had already begun rerouting vessels to avoid the charges.''',
        NONE, [], "institute researcher: analyst, no side")
    a.qs('''The U.S. measures harm others without benefiting itself,''', "Liang Qiming", "Liang Qiming", "other",
         "researcher, third party")
    a.p()
    a.s('''Liang said the fees would also raise costs for U.S. exporters of farm goods and energy, who rely heavily on Chinese-built bulk carriers and tankers.''',
        NONE, [], "analyst")
    a.p()
    a.s('''Enditem''', NONE, [], "sign-off")
    return a


# ---------------------------------------------------------------------------
def a159():
    a = Article(159, "wapo_taiwan_arms_sale_analysis",
                "Washington Post-style news analysis: 'TAIPEI, Taiwan — ' dateline, typographic quotes, US officials "
                "on condition of anonymity, think-tank and Taiwan analysts, Chinese embassy spokesperson, contributor line")
    a.h("Taiwan arms sale tests how hard Beijing will push back",
        NONE, [], "headline, narrator")
    a.p()
    a.s("TAIPEI, Taiwan — When the State Department approved a $2.1 billion package of air-defense missiles and radar for Taiwan last week, a protest from Beijing was a foregone conclusion.",
        NONE, [], "approval is an act; the rest is the reporter's framing")
    a.s("What surprised officials in Washington, two senior U.S. officials said, was how quickly China answered with more than words.",
        US, ["What surprised officials in Washington", "was how quickly China answered with more than words."],
        "US officials said; the cue interrupts the content")
    a.p()
    a.s("Within 48 hours, Chinese coast guard vessels had entered the restricted waters around Taiwan’s outlying Kinmen islands four times, and China’s Commerce Ministry had added three American defense contractors to its “unreliable entity list.”",
        NONE, [], "acts; the list's name is a title in marks")
    a.qt("unreliable entity list.", "name of an official list")
    a.p()
    a.s("“They are showing us they have a ladder, and that they can climb it one rung at a time,” said one of the officials, who, like others interviewed for this article, spoke on the condition of anonymity to discuss internal assessments.",
        US, ["They are showing us they have a ladder, and that they can climb it one rung at a time,"],
        "anonymous US official")
    a.qs("They are showing us they have a ladder, and that they can climb it one rung at a time,", "one of the officials",
         "senior U.S. official (anonymous)", "United States")
    a.p()
    a.s("The officials said the administration had no plans to delay the sale and had privately warned Beijing that any move to choke Taiwan’s supply lines would draw a response.",
        US, ["the administration had no plans to delay the sale and had privately warned Beijing that any move to choke Taiwan’s supply lines would draw a response"],
        "anonymous US officials said")
    a.p()
    a.s("In a statement, the State Department said the sale “is consistent with our one China policy” and would help Taiwan maintain “a sufficient self-defense capability.”",
        US, ["the sale “is consistent with our one China policy” and would help Taiwan maintain “a sufficient self-defense capability.”"],
        "State Department statement")
    a.qs("is consistent with our one China policy", "the State Department", "U.S. State Department", "United States")
    a.qs("a sufficient self-defense capability.", "the State Department", "U.S. State Department", "United States")
    a.p()
    a.s("“This is the playbook we have watched for a decade,” said Maren Solvik, a senior fellow at the Halyard Institute, a Washington think tank.",
        NONE, [], "think-tank analyst: no side")
    a.qs("This is the playbook we have watched for a decade,", "Maren Solvik", "Maren Solvik", "other")
    a.s("“Beijing calibrates.",
        NONE, [], "opens a second, two-sentence pair by Solvik")
    a.qs("Beijing calibrates. It punishes the companies, not the government, and it leaves itself room to escalate.",
         "Maren Solvik", "Maren Solvik", "other", "second pair, cue in the previous sentence; two sentences")
    a.s("It punishes the companies, not the government, and it leaves itself room to escalate.”",
        NONE, [], "continues Solvik's quotation")
    a.p()
    a.s("In a statement to The Washington Post, Chinese Embassy spokesperson Ge Yunfei said the Taiwan question was “at the very core of China’s core interests” and accused Washington of “sending a seriously wrong signal to ‘Taiwan independence’ separatist forces.”",
        CN, ["the Taiwan question was “at the very core of China’s core interests”",
             "Washington of “sending a seriously wrong signal to ‘Taiwan independence’ separatist forces.”"],
        "embassy spokesperson said and accused; the nested single quotes are part of the quotation")
    a.qs("at the very core of China’s core interests", "Chinese Embassy spokesperson Ge Yunfei", "Ge Yunfei", "China")
    a.qs("sending a seriously wrong signal to ‘Taiwan independence’ separatist forces.", "Chinese Embassy spokesperson Ge Yunfei",
         "Ge Yunfei", "China", "contains a nested single-quoted phrase")
    a.p()
    a.s("“The Chinese side will take resolute and forceful measures to defend its sovereignty and territorial integrity,” Ge said.",
        CN, ["The Chinese side will take resolute and forceful measures to defend its sovereignty and territorial integrity,"],
        "Ge = embassy spokesperson")
    a.qs("The Chinese side will take resolute and forceful measures to defend its sovereignty and territorial integrity,",
         "Ge", "Ge Yunfei", "China")
    a.s("Beijing calls such sales interference in China’s internal affairs, while Washington says they are required under the Taiwan Relations Act.",
        BOTH, ["such sales interference in China’s internal affairs", "they are required under the Taiwan Relations Act"],
        "two attributions: 'calls' and 'says'")
    a.p()
    a.s("Taiwan’s Ministry of National Defense condemned what it called Beijing’s “gray-zone harassment” and said it had tracked 34 Chinese military aircraft around the island on Sunday.",
        NONE, [], "Taiwan's government is a third party")
    a.qs("gray-zone harassment", "Taiwan’s Ministry of National Defense", "Taiwan’s Ministry of National Defense", "other",
         "'what it called': Taiwan's wording, so speech, not scare quotes")
    a.p()
    a.s("Huang Yi-chen, who studies cross-strait relations at Formosa Pacific University in Taipei, said the additions to the entity list were largely symbolic because the three contractors sell nothing in China.",
        NONE, [], "academic analyst: no side")
    a.s("“The coast guard is the real message,” Huang said.",
        NONE, [], "analyst")
    a.qs("The coast guard is the real message,", "Huang", "Huang Yi-chen", "other")
    a.s("“Kinmen is where Beijing can change the facts on the water without firing a shot.”",
        NONE, [], "continues Huang in a new pair")
    a.qs("Kinmen is where Beijing can change the facts on the water without firing a shot.", "Huang", "Huang Yi-chen", "other",
         "second pair, cue in the previous sentence")
    a.p()
    a.s("The officials in Washington say their worry is less about any single move than about the pattern.",
        US, ["their worry is less about any single move than about the pattern"], "anonymous US officials say")
    a.s("“The risk,” one of them said, “is that each side starts reading restraint as weakness.”",
        US, ["The risk,", "is that each side starts reading restraint as weakness."],
        "quotation split by its attribution: two fragments, one speaker")
    a.qs("The risk,", "one of them", "senior U.S. official (anonymous)", "United States", "first fragment")
    a.qs("is that each side starts reading restraint as weakness.", "one of them", "senior U.S. official (anonymous)",
         "United States", "second fragment")
    a.p()
    a.s("Will Beijing go further?", NONE, [], "the reporter's own question")
    a.s("Solvik said the next signal to watch was whether China restricted exports of the rare earth magnets used in missile guidance systems.",
        NONE, [], "analyst")
    a.p()
    a.s("Rachel Ambrose in Washington contributed to this report.", NONE, [], "contributor line")
    return a


# ---------------------------------------------------------------------------
def a160():
    a = Article(160, "efe_journalist_visas",
                "EFE English from Beijing: 'Beijing, <d> <Mon> (EFE).- ' dateline, typographic quotes, Foreign "
                "Ministry regular press conference, 'EFE' sign-off paragraph")
    a.h("China warns of ‘reciprocal’ response to US curbs on Chinese journalists",
        CN, ["‘reciprocal’ response to US curbs on Chinese journalists"],
        "headline: 'warns of' reports China's statement")
    a.qs("reciprocal", "China", "China", "China", "single-quoted headline word")
    a.p()
    a.s("Beijing, 14 Mar (EFE).- China on Friday warned that it would respond “in a reciprocal manner” to a US decision to limit visas for Chinese journalists to 90 days, and accused Washington of “politically suppressing” Chinese media.",
        CN, ["it would respond “in a reciprocal manner” to a US decision to limit visas for Chinese journalists to 90 days",
             "Washington of “politically suppressing” Chinese media"],
        "China warned and accused")
    a.qs("in a reciprocal manner", "China", "China", "China")
    a.qs("politically suppressing", "China", "China", "China")
    a.p()
    a.s("“The US side keeps talking about press freedom, but it is the one expelling journalists and refusing visas,” Foreign Ministry spokesperson Tang Yuheng said at the ministry’s regular press conference.",
        CN, ["The US side keeps talking about press freedom, but it is the one expelling journalists and refusing visas,"],
        "Foreign Ministry spokesperson")
    a.qs("The US side keeps talking about press freedom, but it is the one expelling journalists and refusing visas,",
         "Foreign Ministry spokesperson Tang Yuheng", "Tang Yuheng", "China")
    a.p()
    a.s("Tang said the measure, announced by the US Department of Homeland Security on Tuesday, would force some 60 Chinese correspondents to leave the country or reapply for their visas every three months.",
        CN, ["the measure, announced by the US Department of Homeland Security on Tuesday, would force some 60 Chinese correspondents to leave the country or reapply for their visas every three months"],
        "spokesperson said; the DHS announcement is mentioned, not reported as speech")
    a.p()
    a.s("“If the US insists on going down this wrong path, China will have no choice but to take resolute countermeasures,” he added, without specifying what steps were being considered.",
        CN, ["If the US insists on going down this wrong path, China will have no choice but to take resolute countermeasures,"],
        "he = Tang")
    a.qs("If the US insists on going down this wrong path, China will have no choice but to take resolute countermeasures,",
         "he", "Tang Yuheng", "China")
    a.p()
    a.s("Asked whether American journalists working in China could be affected, Tang said the country “has always welcomed foreign media to report in China in accordance with the law” but would “act on the principle of reciprocity.”",
        CN, ["the country “has always welcomed foreign media to report in China in accordance with the law” but would “act on the principle of reciprocity.”"],
        "reporter's question reported as 'Asked whether'; answer is China's")
    a.qs("has always welcomed foreign media to report in China in accordance with the law", "Tang", "Tang Yuheng", "China")
    a.qs("act on the principle of reciprocity.", "Tang", "Tang Yuheng", "China")
    a.p()
    a.s("According to the Foreign Ministry, 28 journalists from US media outlets held accreditation in China at the end of last year.",
        UNDEC, [], "bare count credited to a ministry, no stance")
    a.p()
    a.s("The US Department of Homeland Security has said the shorter visas are needed to “prevent abuse” of the journalist category by people it describes as working for Chinese state propaganda organs.",
        US, ["the shorter visas are needed to “prevent abuse” of the journalist category by people it describes as working for Chinese state propaganda organs"],
        "US agency 'has said'")
    a.qs("prevent abuse", "The US Department of Homeland Security", "US Department of Homeland Security", "United States",
         "DHS's wording, not scare quotes")
    a.p()
    a.s("The US Embassy in Beijing said in a statement that Chinese state media reporters in the United States “enjoy freedoms that American reporters in China can only dream of.”",
        US, ["Chinese state media reporters in the United States “enjoy freedoms that American reporters in China can only dream of.”"],
        "US embassy statement")
    a.qs("enjoy freedoms that American reporters in China can only dream of.", "The US Embassy in Beijing", "US Embassy in Beijing",
         "United States")
    a.p()
    a.s("In 2020 the two countries expelled dozens of each other’s journalists in a series of tit-for-tat measures, and the number of American correspondents in China has not recovered since.",
        NONE, [], "narrator background")
    a.s("Beijing maintains that its state media outlets are independent news organizations, while Washington considers them instruments of the Chinese Communist Party.",
        BOTH, ["its state media outlets are independent news organizations", "them instruments of the Chinese Communist Party"],
        "two attributions: 'maintains that' and stance verb 'considers'")
    a.p()
    a.s("The Beijing Foreign Press Association, which represents international journalists in China, said in its annual report, “Under Watch,” that 81 percent of its members had experienced interference in their work last year.",
        NONE, [], "press association: third party; report title in marks")
    a.qt("Under Watch,")
    a.p()
    a.s("“Journalists should not be pawns in a diplomatic dispute,” the association said, calling on both governments to restore normal visa arrangements.",
        NONE, [], "press association: no side")
    a.qs("Journalists should not be pawns in a diplomatic dispute,", "the association", "Beijing Foreign Press Association", "other")
    a.p()
    a.s("EFE", NONE, [], "sign-off")
    return a


ARTICLES = [a153, a154, a155, a156, a157, a158, a159, a160]


def main():
    for f in ARTICLES:
        name = f().write(HERE)
        print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
