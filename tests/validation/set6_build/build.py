"""Build set 6 (articles 49-56, split "untouched").

Every sentence is written once, with its gold label directly under it:
    a.s(TEXT, SIDES, [CONTENT substrings], NOTE)
and every quotation mark pair is filed right after the sentence it opens in:
    a.q(TEXT, SPEAKER_AS_WRITTEN, RESOLVES_TO, SIDE, KIND, NOTE)
Run:  python3 build.py   (writes the 16 files next to this script)
"""
import os
from lib import Article, C, U, CU, N, Q

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation
ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


# ---------------------------------------------------------------------------
# 49  Reuters, Washington dateline, fentanyl sanctions, embassy email at the end
# ---------------------------------------------------------------------------
@article
def a49():
    a = Article("49_fentanyl_sanctions",
                "Reuters wire story, Washington dateline, straight quotes, Chinese embassy response by email at the end")
    EMB = "Chinese embassy in Washington"
    WHIT = "Dana Whitlock, US Treasury under secretary for terrorism and financial intelligence"
    ZHOU = "Zhou Mingyuan, spokesperson of the Chinese embassy in Washington"

    a.head("US sanctions Chinese chemical firms over fentanyl; China calls it 'bullying'",
           C, ["it 'bullying'"],
           "Imposing sanctions is an act (narrator); 'calls it bullying' is China's claim (the embassy's response, in headline shorthand).")
    a.q("bullying", "China", EMB, "China", "speech",
        "Headline single quotes; fragment of the embassy's 'unilateral bullying'.")

    a.p()
    a.s("WASHINGTON, Oct 14 (Reuters) - The United States on Tuesday imposed sanctions on six China-based chemical companies and two of their executives, saying they had sold the ingredients for fentanyl to Mexican cartels that supply the deadly opioid to American cities.",
        U, ["they had sold the ingredients for fentanyl to Mexican cartels that supply the deadly opioid to American cities"],
        "Dateline sentence. The sanctions are an act; the participial 'saying ...' clause is the US claim.")

    a.p()
    a.s('''The Treasury Department's Office of Foreign Assets Control said the companies, most of them based in the central province of Hubei, advertised precursor chemicals on public websites and shipped them in packages labeled as dog food or industrial dye.''',
        U, ["the companies, most of them based in the central province of Hubei, advertised precursor chemicals on public websites and shipped them in packages labeled as dog food or industrial dye"],
        "US agency, speech verb; the apposition inside the reported clause stays in the content.")

    a.p()
    a.s('''"These companies knew exactly who their customers were and what their products would become," said Dana Whitlock, the Treasury's under secretary for terrorism and financial intelligence.''',
        U, ["These companies knew exactly who their customers were and what their products would become,"],
        "Inverted attribution 'said X, <title>'; the title names the Treasury, so US.")
    a.q("These companies knew exactly who their customers were and what their products would become,",
        "Dana Whitlock", WHIT, "United States")
    a.s('''"We will keep using every tool we have to cut off the supply."''',
        U, ["We will keep using every tool we have to cut off the supply."],
        "Continues Whitlock's quotation in a new pair of marks; no attribution of its own.")
    a.q("We will keep using every tool we have to cut off the supply.",
        "Dana Whitlock", WHIT, "United States",
        "speech", "Second pair of marks with no cue of its own; speaker carried from the previous sentence.")

    a.p()
    a.s("The action freezes any U.S. assets held by the firms and generally bars Americans from dealing with them.",
        N, [], "Narrator explains the legal effect of the sanctions.")

    a.p()
    a.s("It comes two weeks before counternarcotics officials from both countries are due to meet in Geneva, talks that U.S. officials say must yield a firmer commitment from Beijing to police its chemical industry.",
        U, ["must yield a firmer commitment from Beijing to police its chemical industry"],
        "Embedded claim in a relative clause ('talks that U.S. officials say ...').")

    a.p()
    a.s("A senior administration official, who briefed reporters on condition of anonymity, said the sanctions had not been timed to pressure Beijing ahead of the meeting.",
        U, ["the sanctions had not been timed to pressure Beijing ahead of the meeting"],
        "Unnamed, but 'administration official' names the US executive; relative clause between speaker and verb.")
    a.s('''"This is about evidence, not the calendar," the official said.''',
        U, ["This is about evidence, not the calendar,"],
        "Role noun 'the official' resolves to the senior administration official.")
    a.q("This is about evidence, not the calendar,", "the official",
        "senior US administration official (unnamed)", "United States")

    a.p()
    a.s("Synthetic opioids, chiefly fentanyl, killed about 48,000 people in the United States last year, according to provisional data from the Centers for Disease Control and Prevention.",
        Q, [], "Statistic credited to a US agency, no stance in the dispute: the guidelines' undecidable case.")

    a.p()
    a.s("Beijing has long said it controls fentanyl more strictly than most countries and that the United States must address demand for the drug at home.",
        C, ["it controls fentanyl more strictly than most countries",
            "the United States must address demand for the drug at home"],
        "Two coordinated reported clauses under one cue.")

    a.p()
    a.s("China placed all fentanyl-related substances under control as a class in 2019, and last year it added several precursor chemicals to its list of regulated substances.",
        N, [], "Acts, reported by the narrator.")

    a.p()
    a.s("The Justice Department said a federal grand jury in New York had indicted two of the executives on charges of conspiring to import controlled substances.",
        U, ["a federal grand jury in New York had indicted two of the executives on charges of conspiring to import controlled substances"],
        "US department, speech verb.")
    a.s("Neither could be reached for comment.", N, [], "Narrator.")

    a.p()
    a.s('''One of the companies, Wuhan Xinrui Chemical Technology, said in a statement on its website that it had "never knowingly sold any product to criminal groups" and would cooperate with any lawful investigation.''',
        N, [], "A company is no side (workbook convention), even a Chinese one; its quotation is 'other'.")
    a.q("never knowingly sold any product to criminal groups", "Wuhan Xinrui Chemical Technology",
        "Wuhan Xinrui Chemical Technology (invented company)", "other")

    a.p()
    a.s("The Treasury did not say whether it had shared its evidence with Chinese authorities.",
        N, [], "Negated speech with no reported claim.")

    a.p()
    a.s('''In an emailed response, the Chinese embassy in Washington said the sanctions were "unilateral bullying" that would "poison the atmosphere" before the Geneva talks.''',
        C, ['the sanctions were "unilateral bullying" that would "poison the atmosphere" before the Geneva talks'],
        "Embassy = Chinese state body. Two quoted fragments inside the paraphrase.")
    a.q("unilateral bullying", "the Chinese embassy in Washington", EMB, "China")
    a.q("poison the atmosphere", "the Chinese embassy in Washington", EMB, "China")

    a.p()
    a.s('''"China has done more than any other country to fight fentanyl, and the U.S. side should stop smearing Chinese companies and shifting the blame for its own problems," embassy spokesperson Zhou Mingyuan said in the email.''',
        C, ["China has done more than any other country to fight fentanyl, and the U.S. side should stop smearing Chinese companies and shifting the blame for its own problems,"],
        "Embassy spokesperson; title before the name.")
    a.q("China has done more than any other country to fight fentanyl, and the U.S. side should stop smearing Chinese companies and shifting the blame for its own problems,",
        "Zhou Mingyuan", ZHOU, "China")
    a.s('''"Cooperation requires mutual respect."''',
        C, ["Cooperation requires mutual respect."],
        "Continuation of Zhou's quotation in its own pair of marks.")
    a.q("Cooperation requires mutual respect.", "Zhou Mingyuan", ZHOU, "China",
        "speech", "No cue of its own; speaker carried from the previous sentence.")
    return a


# ---------------------------------------------------------------------------
# 50  Xinhua / China Daily, MOFCOM spokesperson at the regular press conference
# ---------------------------------------------------------------------------
@article
def a50():
    a = Article("50_mofcom_port_fees",
                "Xinhua / China Daily item on a MOFCOM spokesperson's regular press conference, straight quotes")
    TANG = "Tang Minghui, spokesperson of China's Ministry of Commerce (MOFCOM)"

    a.head("China firmly opposes US port fees on Chinese ships, vows countermeasures: MOFCOM",
           C, ["China firmly opposes US port fees on Chinese ships, vows countermeasures"],
           "Headline attribution by a trailing colon and source ('...: MOFCOM'); everything before the colon is MOFCOM's claim.")

    a.p()
    a.s("BEIJING, Nov 6 (Xinhua) -- China firmly opposes the US decision to levy special fees on Chinese-built and Chinese-operated vessels calling at US ports and will take necessary measures to safeguard its legitimate rights and interests, a spokesperson for the Ministry of Commerce (MOFCOM) said Thursday.",
        C, ["China firmly opposes the US decision to levy special fees on Chinese-built and Chinese-operated vessels calling at US ports and will take necessary measures to safeguard its legitimate rights and interests"],
        "Dateline sentence; reported clause first, attribution at the end.")

    a.p()
    a.s('''Speaking at a regular press conference, spokesperson Tang Minghui said the measure, which the Office of the US Trade Representative (USTR) announced last month after a year-long investigation, "seriously violates" World Trade Organization rules and the principle of non-discrimination.''',
        C, ['the measure, which the Office of the US Trade Representative (USTR) announced last month after a year-long investigation, "seriously violates" World Trade Organization rules and the principle of non-discrimination'],
        "The relative clause about the USTR's announcement reports an act, not a US claim, so no US side.")
    a.q("seriously violates", "Tang Minghui", TANG, "China")

    a.p()
    a.s('''"The US side has ignored the facts and shifted the blame for the decline of its own shipbuilding industry onto China," the spokesperson said, adding that the fees would raise costs for American importers and consumers and disrupt the stability of global supply chains.''',
        C, ["The US side has ignored the facts and shifted the blame for the decline of its own shipbuilding industry onto China,",
            "the fees would raise costs for American importers and consumers and disrupt the stability of global supply chains"],
        "Role noun 'the spokesperson'; quotation plus an 'adding that' clause.")
    a.q("The US side has ignored the facts and shifted the blame for the decline of its own shipbuilding industry onto China,",
        "the spokesperson", TANG, "China")

    a.p()
    a.s('''He noted that the development of China's shipbuilding industry is the result of technological progress, fair competition and the country's deep participation in the global division of labor, rather than of so-called "non-market practices."''',
        C, ['the development of China\'s shipbuilding industry is the result of technological progress, fair competition and the country\'s deep participation in the global division of labor, rather than of so-called "non-market practices."'],
        "Pronoun 'he' = Tang. The marked phrase after 'so-called' is a scare quote, not a quotation.")
    a.q("non-market practices.", "", "none (scare quote: the term of the US accusation held at a distance)",
        "other", "scare", "'so-called' + marks; no side's quotation per the guidelines even though it sits inside Tang's claim.")

    a.p()
    a.s("According to the spokesperson, China has lodged solemn representations with the US side through the bilateral economic and trade consultation mechanism and urged it to correct its wrong practices immediately.",
        C, ["China has lodged solemn representations with the US side through the bilateral economic and trade consultation mechanism and urged it to correct its wrong practices immediately"],
        "'According to' attribution.")

    a.p()
    a.s("The USTR said in October that vessels built or operated by Chinese companies would be charged a fee for each net ton of cargo capacity at their first US port of call, with the rate rising every year until 2028.",
        U, ["vessels built or operated by Chinese companies would be charged a fee for each net ton of cargo capacity at their first US port of call, with the rate rising every year until 2028"],
        "US agency, speech verb.")

    a.p()
    a.s("Washington has said the fees are meant to revive American shipbuilding, an industry the USTR says now accounts for less than 1 percent of global output.",
        U, ["the fees are meant to revive American shipbuilding", "now accounts for less than 1 percent of global output"],
        "Two US attributions, the second embedded in an appositive relative clause.")

    a.p()
    a.s("In response, China's Ministry of Transport began collecting special port fees on vessels owned or operated by US enterprises last week, and MOFCOM added five US-linked shipping and logistics firms to its unreliable entity list.",
        N, [], "Acts (fees collected, firms listed), not speech.")

    a.p()
    a.s('''In a separate statement posted on its website Thursday, the ministry said it had launched an investigation into whether the US measures constitute discriminatory practices under China's Foreign Trade Law.''',
        C, ["it had launched an investigation into whether the US measures constitute discriminatory practices under China's Foreign Trade Law"],
        "Reported as speech ('the ministry said it had launched'), so China even though the content is an act.")
    a.s("It said the investigation would normally be concluded within six months.",
        C, ["the investigation would normally be concluded within six months"],
        "'It' = the ministry (pronoun across sentences).")

    a.p()
    a.s('''Asked whether the two sides would discuss the matter at the next round of trade consultations, Tang said China's door to dialogue "remains open," but stressed that any dialogue must be based on equality and mutual respect.''',
        C, ['China\'s door to dialogue "remains open,"', "any dialogue must be based on equality and mutual respect"],
        "The reporter's question ('Asked whether ...') is not content.")
    a.q("remains open,", "Tang", TANG, "China")

    a.p()
    a.s('''"If the US side insists on going its own way, China will resolutely take countermeasures and fight to the end," he said.''',
        C, ["If the US side insists on going its own way, China will resolutely take countermeasures and fight to the end,"],
        "Pronoun speaker.")
    a.q("If the US side insists on going its own way, China will resolutely take countermeasures and fight to the end,",
        "he", TANG, "China")

    a.p()
    a.s("China accounted for 55.7 percent of the world's newly received shipbuilding orders in the first three quarters of this year, according to data from the Ministry of Industry and Information Technology.",
        Q, [], "Statistic credited to a Chinese ministry's data, no stance of its own: undecidable.")

    a.p()
    a.s("Wang Lixin, a researcher with the Chinese Academy of International Trade and Economic Cooperation under MOFCOM, said the US fees would do little to rebuild American shipyards and would instead push up freight costs for US farmers and retailers.",
        C, ["the US fees would do little to rebuild American shipyards and would instead push up freight costs for US farmers and retailers"],
        "Workbook convention: a research body placed under a ministry is a state body, so China.")

    a.p()
    a.s("Zhao Pei, a professor of maritime economics at Shanghai Maritime University, said shipping companies were already rerouting Chinese-built vessels away from US ports, which could lengthen delivery times on trans-Pacific routes.",
        N, [], "University: no side under the workbook convention.")
    return a


# ---------------------------------------------------------------------------
# 51  AFP, Manila dateline, ramming at Second Thomas Shoal, third parties
# ---------------------------------------------------------------------------
@article
def a51():
    a = Article("51_shoal_ramming",
                "AFP wire story, Manila dateline, curly quotes, Philippine and allied third parties plus both sides' reactions")
    ESG = "Colonel Ramon Esguerra, spokesman of the Armed Forces of the Philippines"
    QIAO = "Qiao Yunfeng, spokesman of the China Coast Guard"
    HAL = "Jennifer Halloway, US Ambassador to the Philippines"
    EMB = "Chinese embassy in Manila"

    a.head("Philippines accuses China of ramming resupply boat in South China Sea",
           N, [], "The accuser is the Philippines, a third party; the US and China do not speak here.")

    a.p()
    a.s("Manila (AFP) - The Philippines on Sunday accused China’s coast guard of ramming and firing water cannon at a boat carrying supplies to Filipino troops in the disputed South China Sea, injuring three sailors, in the latest clash over the strategic waterway.",
        N, [], "Dateline sentence; the accusation is a third party's.")

    a.p()
    a.s("The incident happened shortly after dawn near Second Thomas Shoal, where a handful of Filipino marines live aboard a rusting warship that Manila deliberately grounded in 1999, military spokesman Colonel Ramon Esguerra said.",
        N, [], "Philippine military spokesman: third party.")

    a.p()
    a.s("“They rammed our boat twice and then blasted it with water cannon at point-blank range,” Esguerra told reporters.",
        N, [], "Third-party quotation.")
    a.q("They rammed our boat twice and then blasted it with water cannon at point-blank range,",
        "Esguerra", ESG, "other")
    a.s("“This was not an accident.", N, [], "Opens a pair of marks holding two sentences.")
    a.q("This was not an accident. This was deliberate.", "Esguerra", ESG, "other",
        "speech", "One pair enclosing two sentences: filed under the first; no cue of its own.")
    a.s("This was deliberate.”", N, [], "Second sentence inside the same pair of marks.")

    a.p()
    a.s("China’s coast guard gave a sharply different account, saying the Philippine vessel had ignored repeated warnings and “deliberately and dangerously” approached a Chinese ship on patrol.",
        C, ["the Philippine vessel had ignored repeated warnings and “deliberately and dangerously” approached a Chinese ship on patrol"],
        "China Coast Guard is a Chinese state body; the claim is the 'saying ...' clause.")
    a.q("deliberately and dangerously", "China’s coast guard", "China Coast Guard", "China")

    a.p()
    a.s("“The Philippine side has repeatedly sent vessels into the waters adjacent to Ren’ai Jiao without the permission of the Chinese government,” said Qiao Yunfeng, a spokesman for the China Coast Guard.",
        C, ["The Philippine side has repeatedly sent vessels into the waters adjacent to Ren’ai Jiao without the permission of the Chinese government,"],
        "Inverted 'said X, a spokesman for ...'. The apostrophe in Ren’ai is not a mark.")
    a.q("The Philippine side has repeatedly sent vessels into the waters adjacent to Ren’ai Jiao without the permission of the Chinese government,",
        "Qiao Yunfeng", QIAO, "China")
    a.s("“All responsibility lies with Manila.”",
        C, ["All responsibility lies with Manila."], "Continuation of Qiao's quotation.")
    a.q("All responsibility lies with Manila.", "Qiao Yunfeng", QIAO, "China",
        "speech", "No cue of its own; speaker carried from the previous sentence.")

    a.p()
    a.s("Beijing claims almost all of the South China Sea, despite a 2016 international tribunal ruling that its assertion has no legal basis.",
        C, ["almost all of the South China Sea"],
        "Decision: 'claims' (territory) is read as a stance verb reporting China's claim; the tribunal is a third party.")

    a.p()
    a.s("In Washington’s first reaction, US Ambassador to the Philippines Jennifer Halloway said on X that the United States “stands with our ally” and condemned what she called China’s “dangerous and escalatory actions.”",
        U, ["the United States “stands with our ally”", "China’s “dangerous and escalatory actions.”"],
        "Ambassador = US state office. 'what she called' introduces a second quoted fragment by the same speaker.")
    a.q("stands with our ally", "Jennifer Halloway", HAL, "United States")
    a.q("dangerous and escalatory actions.", "she", HAL, "United States")

    a.p()
    a.s("She said the 1951 Mutual Defense Treaty between the two countries extends to armed attacks on Philippine armed forces, public vessels and aircraft, including those of its coast guard, anywhere in the South China Sea.",
        U, ["the 1951 Mutual Defense Treaty between the two countries extends to armed attacks on Philippine armed forces, public vessels and aircraft, including those of its coast guard, anywhere in the South China Sea"],
        "Pronoun 'she' = Halloway.")

    a.p()
    a.s("China’s embassy in Manila said in a statement late Sunday that the United States was “not a party to the South China Sea issue” and had “no right to interfere” in maritime matters between China and the Philippines.",
        C, ["the United States was “not a party to the South China Sea issue” and had “no right to interfere” in maritime matters between China and the Philippines"],
        "Chinese embassy; two quoted fragments in one that-clause.")
    a.q("not a party to the South China Sea issue", "China’s embassy in Manila", EMB, "China")
    a.q("no right to interfere", "China’s embassy in Manila", EMB, "China")

    a.p()
    a.s("Beijing calls the resupply missions provocations aimed at cementing an illegal occupation, while Washington says Manila has every right to supply its troops.",
        CU, ["the resupply missions provocations aimed at cementing an illegal occupation", "Manila has every right to supply its troops"],
        "Two attributions, one per side.")

    a.p()
    a.s("Japan’s foreign ministry and the Australian embassy in Manila said they were “seriously concerned” by the incident and urged all sides to respect international law.",
        N, [], "'X and Y said' with two third parties.")
    a.q("seriously concerned", "Japan’s foreign ministry and the Australian embassy in Manila",
        "Japan's Ministry of Foreign Affairs and the Australian embassy in Manila", "other")

    a.p()
    a.s("The Philippine foreign ministry said it had summoned a senior Chinese diplomat to lodge a protest, its 40th this year.",
        N, [], "Third party; summoning a Chinese diplomat is not China speaking.")

    a.p()
    a.s("Analysts said the ramming marked an escalation from earlier encounters, in which Chinese vessels mostly used water cannon and military-grade lasers.",
        N, [], "Analysts: third party.")

    a.p()
    a.s("“Each incident pushes the line a little further, and each time the cost of a miscalculation goes up,” said Teresa Lim, a maritime security researcher at the Manila-based Pacific Shoals Institute.",
        N, [], "Private institute: other.")
    a.q("Each incident pushes the line a little further, and each time the cost of a miscalculation goes up,",
        "Teresa Lim", "Teresa Lim, Pacific Shoals Institute (invented think tank)", "other")

    a.p()
    a.s("The three injured sailors were flown to a military hospital on Palawan island and were in stable condition, the military said.",
        N, [], "'the military' here is the Philippine military (context): third party.")
    return a


# ---------------------------------------------------------------------------
# 52  New York Times-style analysis, chips export controls
# ---------------------------------------------------------------------------
@article
def a52():
    a = Article("52_chip_controls_debate",
                "New York Times-style news analysis, Washington dateline, curly quotes, anonymous sourcing, one Chinese foreign ministry quote")
    SAO = "one senior US administration official (unnamed)"
    DENG = "Deng Huaiyu, spokesman of the Chinese Foreign Ministry"

    a.head("Inside the Administration’s Fight Over How Far to Cut China Off From Chips",
           N, [], "Narrator headline.")

    a.p()
    a.s("WASHINGTON — The administration is preparing to tighten restrictions on the sale of advanced semiconductors and chipmaking equipment to China, according to people familiar with the matter, in what would be the most significant expansion of export controls in two years.",
        N, [], "Dateline sentence. 'People familiar with the matter' name no institution, so no side, although what they describe is a US plan.")

    a.p()
    a.s("The new rules, which could be published as soon as next month, would extend existing controls to a class of high-bandwidth memory chips used in artificial intelligence systems and bar American engineers from servicing certain machines already installed in Chinese factories, the people said.",
        N, [], "Same unnamed sources ('the people'): no side.")

    a.p()
    a.s("Administration officials said the goal was narrow: to keep China’s military from acquiring the computing power it needs to design weapons and run surveillance systems, not to hold back China’s economy as a whole.",
        U, ["the goal was narrow: to keep China’s military from acquiring the computing power it needs to design weapons and run surveillance systems, not to hold back China’s economy as a whole"],
        "'Administration officials' = US executive.")

    a.p()
    a.s("“We are not trying to stop China from growing,” said one senior administration official, who, like others interviewed for this article, spoke on the condition of anonymity to discuss internal deliberations.",
        U, ["We are not trying to stop China from growing,"],
        "Inverted 'said X, who ...' with a long relative clause after the speaker.")
    a.q("We are not trying to stop China from growing,", "one senior administration official", SAO, "United States")
    a.s("“We are trying to stop the most advanced technology from ending up in their weapons.”",
        U, ["We are trying to stop the most advanced technology from ending up in their weapons."],
        "Continuation in its own pair of marks.")
    a.q("We are trying to stop the most advanced technology from ending up in their weapons.",
        "one senior administration official", SAO, "United States",
        "speech", "No cue of its own; speaker carried from the previous sentence.")

    a.p()
    a.s("But the path to that goal has divided the administration.",
        N, [], "Narrator's analysis.")
    a.s("Officials at the Commerce Department, which writes and enforces the rules, have argued that moving too fast could push allies like the Netherlands and Japan to break ranks, and that American companies would lose billions of dollars in sales to Chinese competitors without slowing Beijing very much.",
        U, ["moving too fast could push allies like the Netherlands and Japan to break ranks",
            "American companies would lose billions of dollars in sales to Chinese competitors without slowing Beijing very much"],
        "Long paraphrase; relative clause between source and cue.")

    a.p()
    a.s("National Security Council officials have pressed for broader restrictions, contending that every quarter of delay gives Chinese firms more time to stockpile equipment.",
        U, ["every quarter of delay gives Chinese firms more time to stockpile equipment"],
        "'pressed for' is advocacy (act); 'contending that' reports the claim.")

    a.p()
    a.s("The disagreement has already pushed back the rules at least twice, two people familiar with the matter said.",
        N, [], "Unnamed sources with no institution.")

    a.p()
    a.s("The chip industry, meanwhile, has lobbied hard against new limits.",
        N, [], "An act by a third party.")
    a.s("Marcus Feld, the chief executive of Aldera Semiconductor, a memory chip maker based in Boise, Idaho, told investors last month that China accounted for nearly a third of the company’s revenue and that “any further restriction lands directly on our income statement.”",
        N, [], "Company executive: no side.")
    a.q("any further restriction lands directly on our income statement.", "Marcus Feld",
        "Marcus Feld, chief executive of Aldera Semiconductor (invented company)", "other")

    a.p()
    a.s("Lawmakers have pushed in the opposite direction.",
        N, [], "Decision: 'pushed in the opposite direction' reports pressure (an act), not a claim with content.")
    a.s("Representative Dale Kessler, an Ohio Republican who sits on the House select committee on China, wrote to the commerce secretary in September that the existing rules were “full of holes that Chinese companies drive trucks through.”",
        U, ["the existing rules were “full of holes that Chinese companies drive trucks through.”"],
        "Member of Congress; 'wrote ... that' is a speech cue.")
    a.q("full of holes that Chinese companies drive trucks through.", "Dale Kessler",
        "Representative Dale Kessler (R-Ohio), member of the US House of Representatives", "United States")

    a.p()
    a.s("In Beijing, the reaction to the reports was swift.",
        N, [], "Describes that a reaction happened; no content.")
    a.s("Deng Huaiyu, a spokesman for the Chinese Foreign Ministry, said on Tuesday that China “firmly opposes the U.S. overstretching the concept of national security and abusing export control measures to maliciously block and suppress Chinese companies.”",
        C, ["China “firmly opposes the U.S. overstretching the concept of national security and abusing export control measures to maliciously block and suppress Chinese companies.”"],
        "Apposition between speaker and verb. The only Chinese foreign ministry quote.")
    a.q("firmly opposes the U.S. overstretching the concept of national security and abusing export control measures to maliciously block and suppress Chinese companies.",
        "Deng Huaiyu", DENG, "China")
    a.s("He said China would take firm measures to protect the rights of its companies.",
        C, ["China would take firm measures to protect the rights of its companies"],
        "Pronoun 'he' = Deng; paraphrase without marks.")

    a.p()
    a.s("Chinese officials have long argued that the controls will only speed China’s drive to build its own chip industry, and there is some evidence for that.",
        C, ["the controls will only speed China’s drive to build its own chip industry"],
        "The second conjunct is the narrator's judgment.")
    a.s("Chinese makers of chipmaking equipment have roughly doubled their share of their home market since 2022, according to estimates by Halvard Research, a consulting firm in Hong Kong.",
        N, [], "Private consultancy: third party, so [] (not '?', which is kept for state agencies' statistics).")

    a.p()
    a.s("Some former officials doubt that another round of rules will change that trajectory.",
        N, [], "Former officials give no side (workbook convention).")
    a.s("“Every time we move the line, the Chinese learn exactly where it is and build right up to it,” said Nora Eastman, who oversaw export enforcement at the Commerce Department until last year and is now a fellow at the Potomac Technology Forum, a research group in Washington.",
        N, [], "Former Commerce official now at a private think tank: other, even though a US department is named in the relative clause.")
    a.q("Every time we move the line, the Chinese learn exactly where it is and build right up to it,",
        "Nora Eastman", "Nora Eastman, former Commerce Department official, Potomac Technology Forum (invented think tank)", "other")

    a.p()
    a.s("Administration officials said they planned to brief allied governments before publishing any rules, and one said the timing could depend on whether a planned call between the president and China’s leader goes ahead.",
        U, ["they planned to brief allied governments before publishing any rules",
            "the timing could depend on whether a planned call between the president and China’s leader goes ahead"],
        "'one' = one of the administration officials.")
    return a


# ---------------------------------------------------------------------------
# 53  State Department press briefing write-up, journalists' visas
# ---------------------------------------------------------------------------
@article
def a53():
    a = Article("53_journalist_visas_briefing",
                "Write-up of a State Department press briefing with a transcript excerpt, curly quotes, Chinese foreign ministry rebuttal")
    DOS = "US Department of State"
    HALV = "Tom Halvorsen, US State Department spokesperson"
    FANG = "Fang Qiming, Chinese Foreign Ministry spokesperson"

    a.head("US says China’s refusal to renew reporters’ visas “will not go unanswered”",
           U, ["China’s refusal to renew reporters’ visas “will not go unanswered”"],
           "Headline paraphrase plus a quoted fragment of the State Department's statement.")
    a.q("will not go unanswered", "US", DOS, "United States", "speech",
        "Headline; the same words are quoted from the department in the first paragraph.")

    a.p()
    a.s("WASHINGTON, March 11 — The State Department on Tuesday called China’s refusal to renew the visas of three American correspondents “an unacceptable attack on press freedom” and said the decision “will not go unanswered,” but declined to say what steps Washington might take.",
        U, ["China’s refusal to renew the visas of three American correspondents “an unacceptable attack on press freedom”",
            "the decision “will not go unanswered,”"],
        "Dateline sentence. 'called X Y' and 'said' are both attributions; 'declined to say' adds nothing.")
    a.q("an unacceptable attack on press freedom", "The State Department", DOS, "United States")
    a.q("will not go unanswered,", "The State Department", DOS, "United States")

    a.p()
    a.s("The three reporters, who work for the Atlantic Ledger, Meridian News and the National Wire Service, learned last week that their press credentials would not be renewed and must leave China by the end of the month, their employers said.",
        N, [], "Private news organizations as source: no side.")

    a.p()
    a.s("At the department’s regular briefing, spokesperson Tom Halvorsen said the decision fit “a pattern of intimidation” against foreign media in China, which he said now hosts fewer American reporters than at any time since the two countries established diplomatic relations.",
        U, ["the decision fit “a pattern of intimidation” against foreign media in China",
            "now hosts fewer American reporters than at any time since the two countries established diplomatic relations"],
        "Second claim embedded in a relative clause ('which he said ...').")
    a.q("a pattern of intimidation", "Tom Halvorsen", HALV, "United States")

    a.p()
    a.s("In a written statement, the department said: “For years, the People’s Republic of China has used visas as a weapon against foreign journalists, delaying renewals, shortening accreditation periods and pressuring the Chinese citizens who work alongside them.",
        U, ["For years, the People’s Republic of China has used visas as a weapon against foreign journalists, delaying renewals, shortening accreditation periods and pressuring the Chinese citizens who work alongside them."],
        "Opens a quotation that runs on into the next paragraph (no closing mark here).")
    a.q("For years, the People’s Republic of China has used visas as a weapon against foreign journalists, delaying renewals, shortening accreditation periods and pressuring the Chinese citizens who work alongside them. Expelling reporters will not change the facts they report. It only tells the world that Beijing has something to hide.",
        "the department", DOS, "United States", "speech",
        "Run-on quotation over two paragraphs: pieces joined by one space, reopening mark dropped; filed under the sentence it opens in.")

    a.p()
    a.s("“Expelling reporters will not change the facts they report.",
        U, ["Expelling reporters will not change the facts they report."],
        "Paragraph reopens the run-on quotation.")
    a.s("It only tells the world that Beijing has something to hide.”",
        U, ["It only tells the world that Beijing has something to hide."],
        "Still inside the run-on quotation.")

    a.p()
    a.s("An excerpt from the briefing transcript follows.", N, [], "Narrator.")

    a.p()
    a.s("QUESTION: Will the United States retaliate by expelling Chinese journalists?",
        N, [], "A reporter's question: no side, no claim.")

    a.p()
    a.s("MR. HALVORSEN: I’m not going to preview any steps we might take.",
        U, ["I’m not going to preview any steps we might take."],
        "Transcript: the speaker label is the source; no quotation marks, so no quotation record.")
    a.s("What I will say is that Chinese journalists in the United States report freely, and American journalists in China deserve exactly the same treatment.",
        U, ["Chinese journalists in the United States report freely, and American journalists in China deserve exactly the same treatment"],
        "Continues the spokesperson's transcript turn.")

    a.p()
    a.s("QUESTION: The Chinese foreign ministry says the reporters broke Chinese law.",
        C, ["the reporters broke Chinese law"],
        "The reporter relays a Chinese claim: the source is the Chinese foreign ministry, not the questioner.")
    a.s("Do you have any response to that?", N, [], "The question proper.")

    a.p()
    a.s("MR. HALVORSEN: We’ve seen no evidence of that at all.",
        U, ["We’ve seen no evidence of that at all."], "Transcript turn; a counter-claim.")
    a.s("These are reporters doing their jobs, and they should be allowed to keep doing them.",
        U, ["These are reporters doing their jobs, and they should be allowed to keep doing them."],
        "Same turn.")

    a.p()
    a.s("Hours earlier in Beijing, foreign ministry spokesperson Fang Qiming told reporters that the three journalists had “engaged in activities inconsistent with their status” and that China handled the affairs of foreign media “in accordance with laws and regulations.”",
        C, ["the three journalists had “engaged in activities inconsistent with their status”",
            "China handled the affairs of foreign media “in accordance with laws and regulations.”"],
        "Chinese foreign ministry; two that-clauses each with a quoted fragment.")
    a.q("engaged in activities inconsistent with their status", "Fang Qiming", FANG, "China")
    a.q("in accordance with laws and regulations.", "Fang Qiming", FANG, "China")

    a.p()
    a.s("“China welcomes foreign media to report in China objectively and fairly,” Fang said.",
        C, ["China welcomes foreign media to report in China objectively and fairly,"], "Surname speaker.")
    a.q("China welcomes foreign media to report in China objectively and fairly,", "Fang", FANG, "China")
    a.s("“But we will never accept so-called journalists who fabricate stories and serve as tools of anti-China forces.”",
        C, ["But we will never accept so-called journalists who fabricate stories and serve as tools of anti-China forces."],
        "Continuation; 'so-called' here has no marks of its own.")
    a.q("But we will never accept so-called journalists who fabricate stories and serve as tools of anti-China forces.",
        "Fang", FANG, "China", "speech", "No cue of its own; speaker carried from the previous sentence.")

    a.p()
    a.s("He dismissed the US accusation of intimidation as “groundless,” saying it was Washington that had first expelled Chinese journalists in 2020 and capped the number of Chinese citizens that state media outlets could employ in the United States.",
        C, ["the US accusation of intimidation as “groundless,”",
            "it was Washington that had first expelled Chinese journalists in 2020 and capped the number of Chinese citizens that state media outlets could employ in the United States"],
        "Dismissing a claim is itself a claim. 'the US accusation' is only named, its content not reported, so no US side.")
    a.q("groundless,", "He", FANG, "China")

    a.p()
    a.s("Beijing rejected a US proposal in January to restore the number of each other’s correspondents to the levels before the 2020 expulsions.",
        N, [], "Rejecting a proposal is an act the reporter reports (guidelines), not a claim.")

    a.p()
    a.s("The Atlantic Ledger and Meridian News said in a joint statement that their reporters had done nothing wrong and had “reported accurately and fairly on China for years.”",
        N, [], "'X and Y said' with two private news organizations: other.")
    a.q("reported accurately and fairly on China for years.", "The Atlantic Ledger and Meridian News",
        "Atlantic Ledger and Meridian News (invented news organizations)", "other")

    a.p()
    a.s("The State Department said it had raised the matter with the Chinese embassy in Washington.",
        U, ["it had raised the matter with the Chinese embassy in Washington"],
        "Reported as speech, so US even though the content is an act.")
    a.s("The embassy did not respond to a request for comment.", N, [], "No claim.")
    return a


# ---------------------------------------------------------------------------
# 54  Global Times, Taiwan Strait transit, defense ministry spokesperson
# ---------------------------------------------------------------------------
@article
def a54():
    a = Article("54_taiwan_strait_transit",
                "Global Times news piece in editorial register, straight quotes, scare quotes, unnamed Chinese defense ministry spokesperson, 'US media reports'")
    ETC = "Eastern Theater Command of the Chinese People's Liberation Army"
    MND = "spokesperson of China's Ministry of National Defense (unnamed)"
    FLEET = "US Navy 7th Fleet"

    a.head("PLA tracks US destroyer through Taiwan Strait, says it will firmly counter any provocation",
           C, ["it will firmly counter any provocation"],
           "Tracking is an act; the 'says' clause is the PLA's claim.")

    a.p()
    a.s("BEIJING, Aug 22 (Global Times) - The Eastern Theater Command of the Chinese People's Liberation Army (PLA) organized naval and air forces on Thursday to track and monitor the transit of US guided-missile destroyer USS Whitfield through the Taiwan Strait, and kept the situation under control throughout, the command said.",
        C, ["The Eastern Theater Command of the Chinese People's Liberation Army (PLA) organized naval and air forces on Thursday to track and monitor the transit of US guided-missile destroyer USS Whitfield through the Taiwan Strait, and kept the situation under control throughout"],
        "Dateline sentence. The trailing 'the command said' makes the whole preceding clause the PLA's report, acts included.")

    a.p()
    a.s('''In a statement, the command said the US had "publicly hyped" the transit, and that troops in the theater remain on high alert at all times and will resolutely safeguard national sovereignty, security and regional peace and stability.''',
        C, ['the US had "publicly hyped" the transit',
            "troops in the theater remain on high alert at all times and will resolutely safeguard national sovereignty, security and regional peace and stability"],
        "Two reported clauses; 'hyped' characterizes US conduct but is China's claim.")
    a.q("publicly hyped", "the command", ETC, "China")

    a.p()
    a.s('''A Chinese defense ministry spokesperson said on Thursday that the US has frequently sent warships through the strait to "flex its muscles," sending the wrong signals to "Taiwan independence" separatist forces and deliberately undermining peace and stability in the region.''',
        C, ['the US has frequently sent warships through the strait to "flex its muscles," sending the wrong signals to "Taiwan independence" separatist forces and deliberately undermining peace and stability in the region'],
        "Unnamed, but 'defense ministry spokesperson' names a Chinese state body.")
    a.q("flex its muscles,", "A Chinese defense ministry spokesperson", MND, "China")
    a.q("Taiwan independence", "", "none (scare quote, Global Times house style)", "other", "scare",
        "Term held at a distance, not a quotation.")

    a.p()
    a.s('''"The US side should stop its provocative moves and stop sending wrong signals," the spokesperson said, "or it will only get burned by playing with fire."''',
        C, ["The US side should stop its provocative moves and stop sending wrong signals,",
            "or it will only get burned by playing with fire."],
        "Quotation split by its attribution: two fragments, one speaker.")
    a.q("The US side should stop its provocative moves and stop sending wrong signals,", "the spokesperson", MND, "China")
    a.q("or it will only get burned by playing with fire.", "the spokesperson", MND, "China",
        "speech", "Second fragment of the split quotation.")

    a.p()
    a.s("The Taiwan question is purely China's internal affair, the spokesperson stressed, and no external force has the right to interfere.",
        C, ["The Taiwan question is purely China's internal affair", "no external force has the right to interfere"],
        "Parenthetical attribution in mid-sentence without marks; both halves are the spokesperson's.")

    a.p()
    a.s("According to US media reports, the Whitfield's passage was the third by a US warship this year, and the Pentagon is considering making such transits more frequent.",
        N, [], "Decision: unspecified 'US media' name no state body, so no side; the Pentagon's plan is reported by the media, the Pentagon does not speak.")

    a.p()
    a.s('''The US Navy's 7th Fleet claimed in a statement that the transit "demonstrates the United States' commitment to a free and open Indo-Pacific" and took place in waters "beyond the territorial sea of any coastal state."''',
        U, ['the transit "demonstrates the United States\' commitment to a free and open Indo-Pacific" and took place in waters "beyond the territorial sea of any coastal state."'],
        "'claimed' is a (hostile) speech cue; the apostrophe in United States' is not a mark.")
    a.q("demonstrates the United States' commitment to a free and open Indo-Pacific", "The US Navy's 7th Fleet", FLEET, "United States")
    a.q("beyond the territorial sea of any coastal state.", "The US Navy's 7th Fleet", FLEET, "United States")

    a.p()
    a.s('''Chinese experts said the so-called "freedom of navigation" is nothing but a pretext for Washington to meddle in China's internal affairs.''',
        N, [], "'Chinese experts' name no institution: no side. The marked phrase is a scare quote.")
    a.q("freedom of navigation", "", "none (scare quote)", "other", "scare", "'so-called' + marks.")

    a.p()
    a.s('''"Sending one destroyer through the strait changes nothing on the ground, but it is a political show aimed at the secessionists on the island and at US allies," Gao Yanming, a Beijing-based military affairs expert, told the Global Times on Thursday.''',
        N, [], "Independent expert: other. The outlet he spoke to (state media) is not the source.")
    a.q("Sending one destroyer through the strait changes nothing on the ground, but it is a political show aimed at the secessionists on the island and at US allies,",
        "Gao Yanming", "Gao Yanming, Beijing-based military affairs expert (no institution)", "other")

    a.p()
    a.s('''Li Haitao, a research fellow at the PLA Academy of Military Sciences, said the PLA's close tracking showed it had "full control" of the situation in the strait and could respond to any contingency.''',
        C, ['the PLA\'s close tracking showed it had "full control" of the situation in the strait and could respond to any contingency'],
        "Workbook convention: a research body of the military is a state body, so China.")
    a.q("full control", "Li Haitao", "Li Haitao, research fellow at the PLA Academy of Military Sciences", "China")

    a.p()
    a.s("The transit came days after the US State Department approved a possible $500 million arms sale to the island of Taiwan, a move Beijing said seriously violates the one-China principle.",
        C, ["seriously violates the one-China principle"],
        "The approval is a US act (no US side); the appositive 'a move Beijing said ...' embeds China's claim.")

    a.p()
    a.s('''The Democratic Progressive Party authorities on the island welcomed the transit, with the island's so-called "defense ministry" claiming it had monitored the ship's passage throughout.''',
        N, [], "Taiwan's authorities are a third party; the marked phrase is a scare quote.")
    a.q("defense ministry", "", "none (scare quote)", "other", "scare", "'so-called' + marks.")

    a.p()
    a.s("Observers noted that the transit came as the two countries' trade teams were preparing for a new round of economic and trade consultations.",
        N, [], "Observers: third party.")
    return a


# ---------------------------------------------------------------------------
# 55  Bloomberg markets story, rare-earth magnets
# ---------------------------------------------------------------------------
@article
def a55():
    a = Article("55_rare_earth_magnets",
                "Bloomberg markets story, straight quotes, customs data, analysts, a company statement, one US official")
    RAMAN = "Priya Raman, analyst at Castlegate Economics (invented firm)"

    a.head("China's Rare-Earth Magnet Exports Slump as Licensing Curbs Bite",
           N, [], "Narrator headline.")

    a.p()
    a.s("SINGAPORE (Bloomberg) -- China's exports of rare-earth magnets fell for a third straight month in July as a licensing system introduced by Beijing in April continued to choke supplies to carmakers and defense contractors in the US and Europe.",
        N, [], "Dateline sentence; the licensing system is an act; no attribution.")

    a.p()
    a.s("Overseas shipments of the magnets dropped 38% from a year earlier to 2,870 tons, according to data released Monday by the General Administration of Customs.",
        Q, [], "Statistic credited to a Chinese state agency, no stance: undecidable.")
    a.s("Exports to the US plunged 71%, the figures showed.",
        Q, [], "Same customs figures.")

    a.p()
    a.s("The slump is feeding concern that Beijing is using the permits as leverage ahead of a new round of trade talks with Washington, and has pushed up prices of the materials outside China.",
        N, [], "Narrator; the 'concern' is nobody's attributed claim.")

    a.p()
    a.s('''"The licensing system has become a tap that Beijing can turn on and off depending on the state of the negotiations," said Priya Raman, an analyst at Castlegate Economics in Singapore.''',
        N, [], "Private analyst: other.")
    a.q("The licensing system has become a tap that Beijing can turn on and off depending on the state of the negotiations,",
        "Priya Raman", RAMAN, "other")
    a.s('''"Buyers have no visibility at all, so they're hoarding whatever they can get."''',
        N, [], "Continuation of the analyst's quotation.")
    a.q("Buyers have no visibility at all, so they're hoarding whatever they can get.",
        "Priya Raman", RAMAN, "other", "speech", "No cue of its own.")

    a.p()
    a.s("China's Commerce Ministry has said the controls are in line with international practice and are meant to safeguard national security, rather than to target any country.",
        C, ["the controls are in line with international practice and are meant to safeguard national security, rather than to target any country"],
        "Chinese ministry, speech verb.")
    a.s("State broadcaster CCTV reported over the weekend that the ministry had started approving some applications under a faster procedure for trusted buyers.",
        C, ["the ministry had started approving some applications under a faster procedure for trusted buyers"],
        "Workbook convention: a state media outlet is a Chinese state body, so its own report is China's (no one else is quoted).")
    a.s("The ministry has approved a growing number of applications from European buyers in recent weeks but relatively few from US companies, according to people familiar with the matter who asked not to be identified.",
        N, [], "The ministry's approvals are an act, reported by unnamed sources with no institution: no side.")
    a.s("The ministry didn't respond to a faxed request for comment on Monday.",
        N, [], "No claim.")

    a.p()
    a.s("Kestrel Motors Inc., a Michigan-based maker of electric pickup trucks, said in a statement Monday that it had temporarily halted one of its two assembly lines because of a shortage of the magnets, which are used in drive motors.",
        N, [], "Company: no side.")
    a.s('''The company said it was "working closely with suppliers and government partners" to secure other sources and expected to resume full production in September.''',
        N, [], "Company: its quotation is other.")
    a.q("working closely with suppliers and government partners", "The company",
        "Kestrel Motors Inc. (invented company)", "other")

    a.p()
    a.s('''A senior official at the US Commerce Department, who asked not to be identified discussing private conversations, said Washington had raised the licensing delays "at every level" with Chinese counterparts and considered them inconsistent with commitments Beijing made during talks in May.''',
        U, ['Washington had raised the licensing delays "at every level" with Chinese counterparts and considered them inconsistent with commitments Beijing made during talks in May'],
        "The one US official; relative clause between speaker and verb. 'commitments Beijing made' is an act inside the US claim, not a Chinese claim.")
    a.q("at every level", "A senior official at the US Commerce Department",
        "senior US Commerce Department official (unnamed)", "United States")

    a.p()
    a.s("US imports of rare-earth compounds and metals fell 40% in the first half of the year, according to Census Bureau data.",
        Q, [], "Statistic credited to a US agency: undecidable.")

    a.p()
    a.s("Shares of Ningbo Hengci Magnetics Co. fell as much as 4.2% in Shenzhen on Monday, while US-listed Pinnacle Rare Metals Corp., which is building a magnet plant in Texas, rose 9% in premarket trading, extending its gain this year to more than 150%.",
        N, [], "Market moves, narrator.")
    a.s("Prices of neodymium-praseodymium oxide, a key input for magnets, rose 3% to 612,000 yuan a ton, according to Lianyou Metals Data, a Shanghai-based price reporting agency.",
        N, [], "Private price agency: third party, so [] rather than '?'.")

    a.p()
    a.s("Analysts at Northmoor Capital and Tideway Research said in separate notes that exports were likely to recover only gradually even if the two governments reach a deal, because licenses take weeks to process.",
        N, [], "'X and Y said' with two private firms.")

    a.p()
    a.s('''"Even in the best case, the backlog won't clear before the fourth quarter," said Chen Yiwen, a metals strategist at Jinhai Futures Co. in Shanghai.''',
        N, [], "Private strategist in China: other.")
    a.q("Even in the best case, the backlog won't clear before the fourth quarter,", "Chen Yiwen",
        "Chen Yiwen, metals strategist at Jinhai Futures Co. (invented firm)", "other")
    return a


# ---------------------------------------------------------------------------
# 56  BBC-style explainer, utility hacking blamed on China
# ---------------------------------------------------------------------------
@article
def a56():
    a = Article("56_utility_hacking_explainer",
                "BBC-style explainer, one-line subheadings, curly quotes with British punctuation, quotes from both governments, a report title")
    DWY = "Karen Dwyer, FBI assistant director for cyber operations"
    XU = "Xu Wenhao, Chinese Foreign Ministry spokesman"
    HOR = "Emily Horwath, researcher at the Lindqvist Institute for Security Studies (invented think tank)"

    a.head("US utility hacking: What we know about the accusations against China",
           N, [], "Names the accusations without reporting their content.")

    a.p()
    a.s("Washington, 14 May – The US has accused hackers working for the Chinese state of breaking into the computer networks of dozens of American water and power utilities, in what officials describe as preparation for disruptive attacks in the event of a conflict over Taiwan.",
        U, ["hackers working for the Chinese state of breaking into the computer networks of dozens of American water and power utilities",
            "preparation for disruptive attacks in the event of a conflict over Taiwan"],
        "Dateline sentence. 'accused X of Y' is a claim; 'officials' are US officials by context.")

    a.p()
    a.s("China has denied the accusation, calling it “a smear campaign”.",
        C, ["the accusation", "it “a smear campaign”"],
        "Denying a claim is a claim; 'calling it ...' adds China's wording.")
    a.q("a smear campaign", "China", "Chinese government (Foreign Ministry)", "China")

    a.p()
    a.s("Here is what we know.", N, [], "Narrator.")

    a.p()
    a.s("What happened?", N, [], "Subheading as a one-line paragraph.")

    a.p()
    a.s("In a joint advisory published on Tuesday, the FBI, the National Security Agency and the Cybersecurity and Infrastructure Security Agency (Cisa) said a group they call Jade Drift had gained access to at least 40 utilities in 17 states since 2023.",
        U, ["a group they call Jade Drift had gained access to at least 40 utilities in 17 states since 2023"],
        "Three US agencies as one source ('X, Y and Z said').")

    a.p()
    a.s("The agencies said the hackers had not damaged any equipment or disrupted supplies, but had stolen network diagrams and passwords that would allow them to do so.",
        U, ["the hackers had not damaged any equipment or disrupted supplies, but had stolen network diagrams and passwords that would allow them to do so"],
        "Role noun 'the agencies'.")
    a.s("In several cases, the intruders went undetected for more than a year.",
        N, [], "Decision: unattributed statement of fact, so narrator, although it plausibly comes from the advisory.")

    a.p()
    a.s("Who is behind it?", N, [], "Subheading.")

    a.p()
    a.s("US officials say Jade Drift is run by China’s Ministry of State Security, the country’s main civilian intelligence agency.",
        U, ["Jade Drift is run by China’s Ministry of State Security, the country’s main civilian intelligence agency"],
        "A Chinese ministry is named inside a US claim; it does not speak.")

    a.p()
    a.s("Karen Dwyer, the FBI’s assistant director for cyber operations, told reporters: “They are not there to steal secrets.",
        U, ["They are not there to steal secrets."],
        "Colon-introduced quotation; one pair of marks enclosing two sentences opens here.")
    a.q("They are not there to steal secrets. They are getting into position, so that if a crisis comes they can turn off the water.",
        "Karen Dwyer", DWY, "United States", "speech",
        "One pair enclosing two sentences: filed under the first.")
    a.s("They are getting into position, so that if a crisis comes they can turn off the water.”",
        U, ["They are getting into position, so that if a crisis comes they can turn off the water."],
        "Second sentence inside the same pair of marks.")

    a.p()
    a.s("A report published last month by Northgate Security, a private cyber security firm in Virginia, titled “Quiet Footholds: State-Backed Intrusions into American Utilities”, traced servers used in the campaign to a company in the south-western Chinese city of Chengdu.",
        N, [], "Private firm's finding: no side. The marked words are a report title.")
    a.q("Quiet Footholds: State-Backed Intrusions into American Utilities", "",
        "none (title of a report by Northgate Security, invented firm)", "other", "title",
        "Title in quotation marks, not a quotation.")

    a.p()
    a.s("What does China say?", N, [], "Subheading.")

    a.p()
    a.s("Beijing rejects the allegations.", C, ["the allegations"],
        "Rejecting a claim (not a proposal) is a claim.")
    a.s("At a regular press briefing, foreign ministry spokesman Xu Wenhao said the US was “the world’s biggest hacking empire” and had “no credibility” to accuse other countries of cyber attacks.",
        C, ["the US was “the world’s biggest hacking empire” and had “no credibility” to accuse other countries of cyber attacks"],
        "Chinese foreign ministry; two quoted fragments.")
    a.q("the world’s biggest hacking empire", "Xu Wenhao", XU, "China")
    a.q("no credibility", "Xu Wenhao", XU, "China")

    a.p()
    a.s("“China firmly opposes and combats all forms of cyber attacks in accordance with the law,” Mr Xu said.",
        C, ["China firmly opposes and combats all forms of cyber attacks in accordance with the law,"],
        "BBC honorific without a full stop ('Mr Xu').")
    a.q("China firmly opposes and combats all forms of cyber attacks in accordance with the law,", "Mr Xu", XU, "China")
    a.s("“We urge the US side to stop spreading disinformation about so-called Chinese hacking.”",
        C, ["We urge the US side to stop spreading disinformation about so-called Chinese hacking."],
        "Continuation of Xu's quotation.")
    a.q("We urge the US side to stop spreading disinformation about so-called Chinese hacking.", "Mr Xu", XU, "China",
        "speech", "No cue of its own; speaker carried from the previous sentence.")

    a.p()
    a.s("China’s National Computer Virus Emergency Response Center, a state agency, has published its own reports accusing US intelligence agencies of hacking Chinese universities and technology companies, although they have offered little technical detail.",
        C, ["US intelligence agencies of hacking Chinese universities and technology companies"],
        "Chinese state agency making an accusation through its reports; the 'although' clause is the narrator's.")

    a.p()
    a.s("Why does it matter?", N, [], "Subheading.")

    a.p()
    a.s("Most American utilities are small, locally run operations with little money to spend on cyber security.",
        N, [], "Narrator.")
    a.s("There are about 50,000 community water systems in the US, according to the Environmental Protection Agency.",
        Q, [], "Statistic credited to a US agency, no stance in the dispute: undecidable.")

    a.p()
    a.s("“The worry is not espionage, it is sabotage,” said Emily Horwath, a researcher at the Lindqvist Institute for Security Studies in Stockholm.",
        N, [], "Private institute: other.")
    a.q("The worry is not espionage, it is sabotage,", "Emily Horwath", HOR, "other")
    a.s("“Water is the one service nobody can go without for long.”",
        N, [], "Continuation of a third party's quotation.")
    a.q("Water is the one service nobody can go without for long.", "Emily Horwath", HOR, "other",
        "speech", "No cue of its own.")

    a.p()
    a.s("Washington says the intrusions are preparation for war; Beijing says they are a fiction invented to distract from America’s own hacking.",
        CU, ["the intrusions are preparation for war", "they are a fiction invented to distract from America’s own hacking"],
        "Two attributions in one sentence.")

    a.p()
    a.s("What happens next?", N, [], "Subheading.")

    a.p()
    a.s("On Thursday, the US Treasury imposed sanctions on the Chengdu company, which it said had provided servers and technical support to the hackers.",
        U, ["had provided servers and technical support to the hackers"],
        "The sanctions are an act; the relative clause 'which it said ...' embeds the Treasury's claim.")
    a.s("Congress is also weighing a bill that would give small utilities federal grants to upgrade their systems.",
        N, [], "Legislative activity (an act), no claim.")
    return a


def main():
    for fn in ARTICLES:
        a = fn()
        a.write(OUT)
        print(a.name, len(a.txt().split()), "words", len(a.sentences), "sentences", len(a.quotations), "quotations")


if __name__ == "__main__":
    main()
