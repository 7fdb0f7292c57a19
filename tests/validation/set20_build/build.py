"""Build set20: articles 161-168.  Each sentence's gold sits directly under it; each quotation
record follows the sentence its opening mark is in.  Run: python3 build.py"""
import os
from lib import Article, CN, US, BOTH, N, U

HERE = os.path.dirname(os.path.abspath(__file__))
SPEECH_ONLY = "sentence is the quotation plus its cue; content is the quoted words"


def a161():
    a = Article(161, "us_caps_chinese_media_visas", "AFP wire from Washington: 'Washington (AFP) - ' dateline, "
                "straight quotes, White House and Chinese embassy voices, initials sign-off", "straight")
    a.head("China vows ‘firm’ response as US caps visas for state media reporters", CN, ["‘firm’ response"],
           "headline reports China’s vow and quotes its word; the US cap is an act")
    a.q("firm", "China", "Chinese government (embassy in Washington)", "China",
        note="single-quoted headline word taken from the embassy’s statement")
    a.p().s("Washington (AFP) - The United States on Tuesday cut the number of visas available to Chinese state "
            "media journalists by nearly half, prompting Beijing’s embassy to accuse the administration of "
            "“political manipulation” and vow a “firm and proportionate” response.", CN,
            ["the administration of “political manipulation”", "a “firm and proportionate” response"],
            "the US visa cut is narrated as an act; the embassy’s accusation and vow are China’s claims")
    a.q("political manipulation", "Beijing’s embassy", "Chinese embassy in Washington", "China",
        note="embassy’s accusation")
    a.q("firm and proportionate", "Beijing’s embassy", "Chinese embassy in Washington", "China",
        note="same speaker, second fragment")
    a.p().s("Under the new rules, which the State Department said would take effect in 30 days, no more than 60 "
            "employees of five Chinese state-run outlets, including Xinhua news agency and China Global "
            "Television Network, will be allowed to work in the United States, down from about 110.", US,
            ["would take effect in 30 days"],
            "embedded ‘which the State Department said’ clause is a US attribution; the rest is narrator fact")
    a.p().s("“For too long, Beijing has treated foreign reporters as hostages while its own propaganda outlets "
            "operate freely here,” White House press secretary Dana Whitcombe told reporters.", US,
            ["For too long, Beijing has treated foreign reporters as hostages while its own propaganda outlets "
             "operate freely here,"], "White House press secretary speaks for the US; " + SPEECH_ONLY)
    a.q("For too long, Beijing has treated foreign reporters as hostages while its own propaganda outlets "
        "operate freely here,", "White House press secretary Dana Whitcombe",
        "Dana Whitcombe, White House press secretary", "United States", note="told reporters")
    a.s("“That imbalance ends now.”", US, ["That imbalance ends now."],
        "a sentence that only continues Whitcombe’s quotation belongs to her side")
    a.q("That imbalance ends now.", "Dana Whitcombe", "Dana Whitcombe, White House press secretary",
        "United States", note="second pair with no cue of its own; speaker carried from the previous sentence")
    a.p().s("Whitcombe said the cap mirrored limits Beijing had placed on American correspondents, several of "
            "whom have been refused visa renewals in recent years.", US,
            ["the cap mirrored limits Beijing had placed on American correspondents, several of whom have been "
             "refused visa renewals in recent years"], "surname-only reference to the press secretary; that-clause")
    a.p().s("In a statement posted on its website, the Chinese embassy said the decision “exposes the hypocrisy "
            "of a country that lectures others on press freedom.”", CN,
            ["the decision “exposes the hypocrisy of a country that lectures others on press freedom.”"],
            "embassy statement; partial quotation inside the reported clause")
    a.q("exposes the hypocrisy of a country that lectures others on press freedom.", "the Chinese embassy",
        "Chinese embassy in Washington", "China", note="said in a statement")
    a.p().s("“Chinese journalists in the United States abide by the law and report objectively,” embassy "
            "spokesman Gao Ruilin said.", CN,
            ["Chinese journalists in the United States abide by the law and report objectively,"],
            "embassy spokesman speaks for China; " + SPEECH_ONLY)
    a.q("Chinese journalists in the United States abide by the law and report objectively,",
        "embassy spokesman Gao Ruilin", "Gao Ruilin, Chinese embassy spokesman", "China", note="title before name")
    a.s("“The US side should stop suppressing Chinese media on the excuse of security, or China "
        "will be forced to respond.”", CN,
        ["The US side should stop suppressing Chinese media on the excuse of security, or China "
         "will be forced to respond."], "continues Gao’s quotation")
    a.q("The US side should stop suppressing Chinese media on the excuse of security, or China "
        "will be forced to respond.", "Gao Ruilin", "Gao Ruilin, Chinese embassy spokesman", "China",
        note="second pair without its own cue")
    a.p().s("The embassy did not specify what steps Beijing was weighing.", N,
            [], "reports the absence of a claim; narrator")
    a.p().s("The Chinese foreign ministry has previously described American coverage of China as “biased and "
            "ideologically driven,” and Beijing has not approved a new resident visa for a US newspaper "
            "correspondent in more than a year.", CN,
            ["American coverage of China as “biased and ideologically driven,”"],
            "first clause is the ministry’s description; the visa record is narrator fact")
    a.q("biased and ideologically driven,", "The Chinese foreign ministry", "Chinese Ministry of Foreign Affairs",
        "China", note="described ... as")
    a.p().s("The move drew criticism from press freedom advocates, who warned it could set off a fresh round of "
            "expulsions.", N, [], "advocacy groups are a third party")
    a.p().s("“Journalists should never become bargaining chips between governments,” said Miriam Osei, Asia "
            "program director at the Committee for Open Reporting, a New York-based group.", N, [],
            "third-party advocate; her quotation is other")
    a.q("Journalists should never become bargaining chips between governments,", "Miriam Osei",
        "Miriam Osei, Committee for Open Reporting", "other", note="NGO, no side")
    a.s("“Both capitals are punishing the people whose job is to explain them to each other.”", N, [],
        "continues a third party’s quotation")
    a.q("Both capitals are punishing the people whose job is to explain them to each other.", "Miriam Osei",
        "Miriam Osei, Committee for Open Reporting", "other", note="second pair, no cue")
    a.p().s("Asked whether the cap was linked to ongoing trade negotiations, a State Department official, "
            "speaking on condition of anonymity, said the two issues were “entirely separate.”", US,
            ["the two issues were “entirely separate.”"],
            "question reported as ‘Asked whether’; the answer is a US official’s claim")
    a.q("entirely separate.", "a State Department official", "unnamed US State Department official",
        "United States", note="anonymous official, side by office")
    a.p().s("According to the department, Beijing has issued only nine press credentials to American reporters "
            "this year, while 14 Chinese journalists received US visas.", US,
            ["Beijing has issued only nine press credentials to American reporters this year, while 14 Chinese "
             "journalists received US visas"],
            "‘according to’ a US body; the figures argue the reciprocity case, so not the neutral-statistic ‘?’")
    a.p().s("dw/jm", N, [], "AFP initials sign-off")
    return a


def a162():
    a = Article(162, "hk_officials_sanctions", "South China Morning Post (Hong Kong): curly quotes, British "
                "punctuation outside marks, mainland offices, US consulate, local analysts", "curly")
    a.head("‘Crude meddling’: Beijing hits back after US sanctions six Hong Kong officials", CN,
           ["‘Crude meddling’"], "headline quotes Beijing’s words")
    a.q("Crude meddling", "Beijing", "Hong Kong and Macau Affairs Office (Chinese central government)",
        "China", note="single-quoted headline words from the office’s statement")
    a.p().s("HONG KONG — Beijing has vowed “a forceful answer” after Washington imposed sanctions on six "
            "Hong Kong officials, including two senior prosecutors and a deputy police commissioner, over their "
            "roles in national security prosecutions.", CN, ["a forceful answer"],
            "vow is China’s claim; the sanctions are narrated as an act")
    a.q("a forceful answer", "Beijing", "Chinese central government", "China", note="vowed")
    a.p().s("The Hong Kong and Macau Affairs Office said on Tuesday night that the US move was “a crude "
            "meddling in affairs that are China’s alone” and “bound to come to nothing”.", CN,
            ["the US move was “a crude meddling in affairs that are China’s alone” and “bound to come to nothing”"],
            "mainland office; two quoted fragments inside one that-clause")
    a.q("a crude meddling in affairs that are China’s alone", "The Hong Kong and Macau Affairs Office",
        "Hong Kong and Macau Affairs Office", "China", note="first fragment")
    a.q("bound to come to nothing", "The Hong Kong and Macau Affairs Office", "Hong Kong and Macau Affairs Office",
        "China", note="second fragment, same cue")
    a.p().s("“Any attempt to intimidate the officials who safeguard national security in Hong Kong will only "
            "strengthen our resolve,” a spokesman for the office said, adding that Beijing would “use every "
            "means at its disposal” to protect them.", CN,
            ["Any attempt to intimidate the officials who safeguard national security in Hong Kong will only "
             "strengthen our resolve,", "Beijing would “use every means at its disposal” to protect them"],
            "quotation plus an ‘adding that’ clause, one speaker")
    a.q("Any attempt to intimidate the officials who safeguard national security in Hong Kong will only "
        "strengthen our resolve,", "a spokesman for the office", "spokesman, Hong Kong and Macau Affairs Office",
        "China", note="unnamed spokesman, side by office")
    a.q("use every means at its disposal", "a spokesman for the office",
        "spokesman, Hong Kong and Macau Affairs Office", "China", note="inside ‘adding that’")
    a.p().s("The US Treasury Department said the six had been involved in “the transnational repression of Hong "
            "Kong activists”, including issuing arrest warrants and bounties for dissidents living overseas.", US,
            ["the six had been involved in “the transnational repression of Hong Kong activists”, including "
             "issuing arrest warrants and bounties for dissidents living overseas"],
            "US agency; the ‘including’ phrase is part of the reported clause")
    a.q("the transnational repression of Hong Kong activists", "The US Treasury Department",
        "US Department of the Treasury", "United States", note="said")
    a.p().s("The sanctions freeze any assets the officials hold in the United States and bar Americans from "
            "dealing with them.", N, [], "effect of the sanctions stated by the narrator")
    a.p().s("In a statement, the US consulate general in Hong Kong said Washington “remains on the side of "
            "Hong Kong’s people” and would continue to hold to account those who “erode the city’s freedoms”.", US,
            ["Washington “remains on the side of Hong Kong’s people” and would continue to hold to account those who "
             "“erode the city’s freedoms”"], "US consulate statement")
    a.q("remains on the side of Hong Kong’s people", "the US consulate general in Hong Kong",
        "US Consulate General in Hong Kong", "United States", note="in a statement")
    a.q("erode the city’s freedoms", "the US consulate general in Hong Kong", "US Consulate General in Hong Kong",
        "United States", note="second fragment")
    a.p().s("The city’s government condemned the sanctions in the “strongest terms”, with a spokeswoman saying "
            "the officials had acted “fairly and in accordance with the law”.", CN,
            ["the sanctions in the “strongest terms”",
             "the officials had acted “fairly and in accordance with the law”"],
            "the Hong Kong SAR government is a Chinese state body; condemnation is a stance (cue verb left out of content), plus a saying-clause")
    a.q("strongest terms", "The city’s government", "Hong Kong SAR government", "China",
        note="quoted words of the government’s condemnation")
    a.q("fairly and in accordance with the law", "a spokeswoman", "spokeswoman, Hong Kong SAR government",
        "China", note="saying-clause")
    a.p().s("Analysts said the measures were largely symbolic but showed Washington’s willingness to keep Hong "
            "Kong on the agenda despite a recent thaw in trade talks.", N, [], "analysts are a third party")
    a.p().s("“The officials named have almost no exposure to the American financial system, so the direct cost "
            "is close to zero,” said Dr Ivy Lam Hoi-ying, a political scientist at the Harbourview Institute of "
            "Public Affairs.", N, [], "third-party academic")
    a.q("The officials named have almost no exposure to the American financial system, so the direct cost is "
        "close to zero,", "Dr Ivy Lam Hoi-ying", "Ivy Lam Hoi-ying, Harbourview Institute of Public Affairs",
        "other", note="analyst")
    a.p().s("“But the message to Beijing is that Hong Kong remains a live issue in the relationship, and that is "
            "exactly why the reaction has been so sharp,” Lam added.", N, [], "same analyst, surname only")
    a.q("But the message to Beijing is that Hong Kong remains a live issue in the relationship, and that is "
        "exactly why the reaction has been so sharp,", "Lam",
        "Ivy Lam Hoi-ying, Harbourview Institute of Public Affairs", "other", note="surname alone")
    a.p().s("Foreign ministry spokeswoman Hou Meiling told a regular press briefing in Beijing on Wednesday that "
            "China would “not sit idly by”, but declined to give details.", CN,
            ["China would “not sit idly by”"], "ministry spokeswoman; declining to give details is an act")
    a.q("not sit idly by", "Foreign ministry spokeswoman Hou Meiling", "Hou Meiling, Chinese foreign ministry "
        "spokeswoman", "China", note="told a regular press briefing")
    a.p().s("Asked whether Beijing might target American businesses in the city, Hou said foreign firms that "
            "“respect the law” had nothing to fear.", CN, ["foreign firms that “respect the law” had nothing to fear"],
            "‘Asked whether’ frame; Hou’s answer")
    a.q("respect the law", "Hou", "Hou Meiling, Chinese foreign ministry spokeswoman", "China", note="surname alone")
    a.p().s("The Harbour Business Council, which represents about 300 foreign companies in the city, said it was "
            "“monitoring developments closely” and urged both sides to avoid steps that could harm Hong Kong’s "
            "standing as a financial centre.", N, [], "business group is a third party")
    a.q("monitoring developments closely", "The Harbour Business Council", "Harbour Business Council", "other",
        note="business group")
    a.p().s("According to the council’s latest survey, 38 per cent of its members are considering moving some "
            "staff out of the city.", N, [],
            "survey by a third-party business group, not a side; narrator-level")
    a.p().s("Additional reporting by Jasper Tsang", N, [], "credit line")
    return a


def a163():
    a = Article(163, "mfa_presser_intercept", "Chinese Foreign Ministry regular press conference transcript: short "
                "intro with dateline, then 'Q:' and spokesperson-labelled answers, straight quotes", "straight")
    a.head("Foreign Ministry Spokesperson Tang Minru’s Regular Press Conference on June 11", N, [],
           "transcript title")
    a.p().s("Beijing, June 11 — Foreign Ministry Spokesperson Tang Minru took questions on Wednesday about "
            "Monday’s encounter between a Chinese fighter jet and a US Navy patrol aircraft over the South China "
            "Sea, which the Pentagon has called “reckless and needlessly dangerous.”", US,
            ["reckless and needlessly dangerous."], "embedded ‘which the Pentagon has called’ is a US attribution")
    a.q("reckless and needlessly dangerous.", "the Pentagon", "US Department of Defense", "United States",
        note="embedded relative clause")
    a.s("The following is an excerpt of the transcript.", N, [], "editorial note")
    a.p().s("Q: On Monday, the US Indo-Pacific Command said a Chinese J-16 fighter flew within six meters of a "
            "US Navy P-8A aircraft and performed an “aggressive maneuver” in international airspace.", US,
            ["a Chinese J-16 fighter flew within six meters of a US Navy P-8A aircraft and performed an "
             "“aggressive maneuver” in international airspace"],
            "journalist reports a US command’s claim")
    a.q("aggressive maneuver", "the US Indo-Pacific Command", "US Indo-Pacific Command", "United States",
        note="quoted inside the journalist’s question")
    a.s("What is China’s response?", N, [], "journalist’s question; no side")
    a.p().s("Tang Minru: The US account turns the facts upside down.", CN,
            ["The US account turns the facts upside down."],
            "speaker label makes the answer the spokesperson’s speech; content is the sentence minus the label")
    a.s("The US aircraft came all the way to China’s doorstep to conduct close-in reconnaissance, seriously "
        "threatening China’s national security.", CN,
        ["The US aircraft came all the way to China’s doorstep to conduct close-in reconnaissance, seriously "
         "threatening China’s national security."], "continues the spokesperson’s answer")
    a.s("The Chinese pilot handled the situation in a professional and lawful manner.", CN,
        ["The Chinese pilot handled the situation in a professional and lawful manner."],
        "continues the answer")
    a.s("The Ministry of National Defense has made it clear that the US side must “stop its close-in "
        "reconnaissance and provocations at China’s doorstep.”", CN,
        ["The Ministry of National Defense has made it clear that the US side must “stop its close-in "
         "reconnaissance and provocations at China’s doorstep.”"],
        "spokesperson’s sentence citing the defence ministry; both Chinese")
    a.q("stop its close-in reconnaissance and provocations at China’s doorstep.", "The Ministry of National Defense",
        "Chinese Ministry of National Defense", "China", note="cited by the spokesperson")
    a.p().s("Q: A US State Department spokesperson said on Tuesday that American aircraft would “keep operating "
            "safely and lawfully in international airspace, as they always have.”", US,
            ["American aircraft would “keep operating safely and lawfully in international airspace, as they "
             "always have.”"], "journalist reports a US spokesperson’s claim")
    a.q("keep operating safely and lawfully in international airspace, as they always have.",
        "A US State Department spokesperson", "US State Department spokesperson", "United States",
        note="quoted in the question")
    a.s("I wonder whether China is considering any countermeasures.", N, [], "journalist’s request; no side")
    a.p().s("Tang Minru: The so-called “freedom of navigation” that the US keeps talking about is nothing but a "
            "pretext for military provocation.", CN,
            ["The so-called “freedom of navigation” that the US keeps talking about is nothing but a pretext for "
             "military provocation."], "spokesperson’s answer; the marked phrase is a scare quote")
    a.scare("freedom of navigation", "‘so-called’: a phrase held at a distance, not a quotation")
    a.s("China will act as needed to protect its sovereignty and security.", CN,
        ["China will act as needed to protect its sovereignty and security."],
        "continues the answer")
    a.s("Countries in the region do not want to see the South China Sea turned into an arena for big-power "
        "rivalry.", CN, ["Countries in the region do not want to see the South China Sea turned into an arena for "
                         "big-power rivalry."], "spokesperson’s claim about the region")
    a.p().s("Q: Australia’s defense ministry said on Tuesday that it was “concerned by the pattern of unsafe "
            "intercepts” in the region and urged both militaries to use their hotlines.", N, [],
            "third party (an ally) quoted in the question")
    a.q("concerned by the pattern of unsafe intercepts", "Australia’s defense ministry",
        "Australian Department of Defence", "other", note="third-party government")
    a.s("Does China have any comment?", N, [], "journalist’s question")
    a.p().s("Tang Minru: China and the US maintain communication through military channels.", CN,
            ["China and the US maintain communication through military channels."], "spokesperson’s answer")
    a.s("We hope the relevant country will view the matter objectively and not simply repeat the US narrative.",
        CN, ["We hope the relevant country will view the matter objectively and not simply repeat the US "
             "narrative."], "continues the answer")
    a.p().s("Q: On Tuesday, a group of US lawmakers introduced the “Safe Skies Accountability Act,” which would "
            "require the Pentagon to report every intercept by Chinese aircraft to Congress.", N, [],
            "introducing a bill is an act; the marks enclose its title")
    a.title("Safe Skies Accountability Act,", "name of a bill")
    a.s("Representative Carla Voss, one of the sponsors, said the bill would “shine a light on Beijing’s "
        "recklessness.”", US, ["the bill would “shine a light on Beijing’s recklessness.”"],
        "member of Congress speaks for the US")
    a.q("shine a light on Beijing’s recklessness.", "Representative Carla Voss", "Carla Voss, US Representative",
        "United States", note="member of Congress")
    a.s("Please share your comment.", N, [], "journalist’s request")
    a.p().s("Tang Minru: Certain US politicians keep hyping up the so-called “China threat” for their own "
            "political agendas.", CN,
            ["Certain US politicians keep hyping up the so-called “China threat” for their own political agendas."],
            "spokesperson’s answer; scare quote inside")
    a.scare("China threat", "‘so-called’ phrase held at a distance")
    a.s("We urge them to set aside their zero-sum thinking and do more to build mutual trust between the two "
        "militaries.", CN, ["We urge them to set aside their zero-sum thinking and do more to build mutual trust "
                            "between the two militaries."], "continues the answer")
    return a


def a164():
    a = Article(164, "fentanyl_chemical_sanctions", "Voice of America: 'WASHINGTON — ' dateline, straight quotes, "
                "US officials, Chinese ministry via state media, analyst, VOA contribution line", "straight")
    a.head("US Sanctions Chinese Chemical Firms Over Fentanyl Ingredients", N, [], "headline reports an act")
    a.p().s("WASHINGTON — The United States on Thursday imposed sanctions on four Chinese chemical companies and "
            "seven people it accuses of supplying ingredients used to make fentanyl, the synthetic opioid blamed "
            "for tens of thousands of American deaths each year.", US,
            ["supplying ingredients used to make fentanyl"],
            "sanctions are an act; ‘it accuses of’ embeds a US claim")
    a.p().s("“These companies knowingly ship precursor chemicals to cartels that are poisoning our communities,” "
            "Treasury official Mark Ellison said in a statement.", US,
            ["These companies knowingly ship precursor chemicals to cartels that are poisoning our communities,"],
            "Treasury official; " + SPEECH_ONLY)
    a.q("These companies knowingly ship precursor chemicals to cartels that are poisoning our communities,",
        "Treasury official Mark Ellison", "Mark Ellison, US Treasury official", "United States",
        note="said in a statement")
    a.p().s("“We will use every tool we have to cut off this supply chain at its source,” he added.", US,
            ["We will use every tool we have to cut off this supply chain at its source,"], "pronoun cue")
    a.q("We will use every tool we have to cut off this supply chain at its source,", "he",
        "Mark Ellison, US Treasury official", "United States", note="pronoun across paragraphs")
    a.p().s("The companies, based in Hubei and Zhejiang provinces, advertised the chemicals on open websites and "
            "took payment in cryptocurrency, according to the Treasury Department.", US,
            ["The companies, based in Hubei and Zhejiang provinces, advertised the chemicals on open websites and "
             "took payment in cryptocurrency"], "trailing ‘according to’ a US body")
    a.p().s("The designations freeze any assets the companies and individuals hold in the United States and bar "
            "Americans from doing business with them.", N, [], "effect of the sanctions stated by the narrator")
    a.p().s("China’s Ministry of Commerce said the sanctions amounted to “one-sided coercion” and that Beijing "
            "would take “firm steps” to protect Chinese firms, the official Xinhua news agency "
            "reported.", CN,
            ["the sanctions amounted to “one-sided coercion”",
             "Beijing would take “firm steps” to protect Chinese firms"],
            "the ministry is the source, not the outlet that carried it")
    a.q("one-sided coercion", "China’s Ministry of Commerce", "Chinese Ministry of Commerce", "China",
        note="via Xinhua")
    a.q("firm steps", "China’s Ministry of Commerce", "Chinese Ministry of Commerce", "China",
        note="second fragment")
    a.p().s("“China has some of the world’s strictest controls on fentanyl-related substances and has cooperated "
            "with the United States in good faith,” the ministry said, according to Xinhua.", CN,
            ["China has some of the world’s strictest controls on fentanyl-related substances and has cooperated "
             "with the United States in good faith,"], "ministry quoted via state media")
    a.q("China has some of the world’s strictest controls on fentanyl-related substances and has cooperated with "
        "the United States in good faith,", "the ministry", "Chinese Ministry of Commerce", "China",
        note="according to Xinhua")
    a.p().s("The Global Times, a tabloid published by the Communist Party’s People’s Daily, went further in an "
            "editorial, calling the sanctions “a cynical attempt to blame others for America’s own drug "
            "crisis.”", CN, ["the sanctions “a cynical attempt to blame others for America’s own drug crisis.”"],
            "a state-media editorial is the party paper’s own voice, counted as China")
    a.q("a cynical attempt to blame others for America’s own drug crisis.", "The Global Times",
        "Global Times editorial (Chinese state media)", "China", note="state-media editorial speaking for itself")
    a.p().s("U.S. officials acknowledge that Beijing has tightened some controls in recent years but say "
            "enforcement remains uneven.", US,
            ["Beijing has tightened some controls in recent years", "enforcement remains uneven"],
            "two reported clauses of US officials")
    a.p().s("According to the Centers for Disease Control and Prevention, about 48,000 Americans died of synthetic "
            "opioid overdoses last year.", U, [], "agency statistic with no stance in the dispute")
    a.p().s("Rep. Lisa Moreland, an Ohio Republican who sits on the House select committee on China, said the "
            "sanctions were “overdue” and “only a first step.”", US,
            ["the sanctions were “overdue” and “only a first step.”"], "member of Congress")
    a.q("overdue", "Rep. Lisa Moreland", "Lisa Moreland, US Representative", "United States", note="first fragment")
    a.q("only a first step.", "Rep. Lisa Moreland", "Lisa Moreland, US Representative", "United States",
        note="second fragment")
    a.p().s("“Sanctions make a political point, but the chemical trade simply moves to new shell companies within "
            "weeks,” Elena Marquez, who studies drug policy at the Meridian Policy Institute in Washington, told "
            "VOA.", N, [], "think-tank analyst is a third party")
    a.q("Sanctions make a political point, but the chemical trade simply moves to new shell companies within weeks,",
        "Elena Marquez", "Elena Marquez, Meridian Policy Institute", "other", note="analyst")
    a.p().s("“Without real cooperation between the two governments, this is a game of whack-a-mole,” she said.", N,
            [], "same analyst, pronoun")
    a.q("Without real cooperation between the two governments, this is a game of whack-a-mole,", "she",
        "Elena Marquez, Meridian Policy Institute", "other", note="pronoun")
    a.p().s("The Chinese Embassy in Washington did not respond to a VOA request for comment.", N, [],
            "absence of a response; narrator")
    a.p().s("VOA’s Mandarin Service contributed to this report.", N, [], "contribution line")
    return a


def a165():
    a = Article(165, "chip_tool_export_curbs", "Nikkei Asia: 'TOKYO -- ' dateline, curly quotes, supply-chain angle, "
                "companies, both governments and Japan's ministry, additional-reporting line", "curly")
    a.head("Japanese chip toolmakers brace for fallout as US widens China export curbs", N, [],
           "headline: narrator")
    a.p().s("TOKYO -- Japanese semiconductor equipment makers are bracing for a drop in China sales after "
            "Washington expanded export controls on advanced chipmaking tools this week, a move Beijing denounced "
            "as “a high-tech blockade.”", CN, ["a high-tech blockade."],
            "Beijing’s denunciation is its claim; the US expansion is an act")
    a.q("a high-tech blockade.", "Beijing", "Chinese government (Ministry of Commerce)", "China",
        note="denounced as")
    a.p().s("The U.S. Commerce Department’s Bureau of Industry and Security on Tuesday added 28 Chinese entities "
            "to its Entity List and tightened rules on etching and deposition equipment, saying the tools could "
            "help China make chips for “military modernization.”", US,
            ["the tools could help China make chips for “military modernization.”"],
            "the listing is an act; the ‘saying’ clause is the US claim")
    a.q("military modernization.", "The U.S. Commerce Department’s Bureau of Industry and Security",
        "US Bureau of Industry and Security", "United States", note="saying")
    a.p().s("“We are focused on keeping the most advanced technology out of the hands of the People’s Liberation "
            "Army,” Commerce Department official Rachel Dunmore told reporters in Washington.", US,
            ["We are focused on keeping the most advanced technology out of the hands of the People’s Liberation "
             "Army,"], "US official; " + SPEECH_ONLY)
    a.q("We are focused on keeping the most advanced technology out of the hands of the People’s Liberation Army,",
        "Commerce Department official Rachel Dunmore", "Rachel Dunmore, US Commerce Department official",
        "United States", note="told reporters")
    a.p().s("China’s Ministry of Commerce said in a statement on Wednesday that it “strongly objects to” the measures, "
            "which it said “throw the world’s chip supply networks into disorder.”", CN,
            ["it “strongly objects to” the measures", "throw the world’s chip supply networks into disorder."],
            "ministry statement; nested ‘which it said’")
    a.q("strongly objects to", "China’s Ministry of Commerce", "Chinese Ministry of Commerce", "China",
        note="said in a statement")
    a.q("throw the world’s chip supply networks into disorder.", "it", "Chinese Ministry of Commerce", "China",
        note="pronoun in the relative clause")
    a.p().s("The ministry said Beijing would “do whatever is required to shield Chinese companies from unjust "
            "treatment.”", CN,
            ["Beijing would “do whatever is required to shield Chinese companies from unjust treatment.”"],
            "same ministry")
    a.q("do whatever is required to shield Chinese companies from unjust treatment.",
        "The ministry", "Chinese Ministry of Commerce", "China", note="said")
    a.p().s("Shares of Kizuna Electron, a Tokyo-based maker of deposition equipment, fell 6% on Wednesday, while "
            "rival Hoshida Precision dropped 4%.", N, [], "market fact")
    a.p().s("China accounted for 41% of Kizuna’s revenue in the fiscal year ended March, according to the "
            "company’s annual report.", N, [], "‘according to’ a company: third party")
    a.p().s("“We are still assessing which of our products fall under the new rules, and we expect clarity from "
            "the Japanese government in the coming weeks,” Kizuna President Takeshi Morimura said at a briefing "
            "on Wednesday.", N, [], "company executive is a third party")
    a.q("We are still assessing which of our products fall under the new rules, and we expect clarity from the "
        "Japanese government in the coming weeks,", "Kizuna President Takeshi Morimura",
        "Takeshi Morimura, Kizuna Electron president", "other", note="company")
    a.p().s("Japan’s Ministry of Economy, Trade and Industry said it was “closely studying” the U.S. measures and "
            "had no immediate plan to introduce matching controls.", N, [], "an ally’s ministry is a third party")
    a.q("closely studying", "Japan’s Ministry of Economy, Trade and Industry",
        "Japan Ministry of Economy, Trade and Industry", "other", note="third-party government")
    a.p().s("According to China’s General Administration of Customs, imports of chipmaking machines rose 22% in "
            "the first four months of the year.", U, [], "agency statistic with no stance")
    a.s("Chinese chipmakers have been stockpiling tools in anticipation of tighter curbs, industry executives in "
        "Shanghai said.", N, [], "industry executives are a third party")
    a.p().s("Analysts say the controls could speed up Beijing’s drive for self-sufficiency.", N, [],
            "analysts: third party")
    a.p().s("“Every new round of restrictions works like a subsidy for Chinese domestic toolmakers,” said Kenji "
            "Arakawa, a semiconductor analyst at Sakura Hill Securities in Singapore.", N, [], "analyst")
    a.q("Every new round of restrictions works like a subsidy for Chinese domestic toolmakers,", "Kenji Arakawa",
        "Kenji Arakawa, Sakura Hill Securities", "other", note="analyst")
    a.s("“The question is how fast they can close the gap, and the answer is probably faster than Washington "
        "expects.”", N, [], "continues the analyst’s quotation")
    a.q("The question is how fast they can close the gap, and the answer is probably faster than Washington "
        "expects.", "Kenji Arakawa", "Kenji Arakawa, Sakura Hill Securities", "other",
        note="second pair, speaker carried over")
    a.p().s("Additional reporting by Chen Wanting in Taipei.", N, [], "credit line")
    return a


def a166():
    a = Article(166, "chinese_students_screening", "Guardian feature from Beijing: 'Name in Beijing' byline, curly "
                "quotes, surnames only, long quotations and run-ons over paragraphs", "curly")
    a.head("‘We feel like suspects’: Chinese students weigh the cost of studying in America", N, [],
           "headline quotes a student, a third party")
    a.q("We feel like suspects", "Zhou", "Zhou, Beijing student", "other",
        note="headline words from the student’s quotation; speaker as written in the body")
    a.p().s("Thea Marlowe in Beijing", N, [], "Guardian byline-dateline")
    a.p().s("For most of her teenage years, Zhou had a single plan: finish her degree in Beijing, win a place at a "
            "graduate school in California, and stay long enough to find out whether the America she had grown "
            "up watching in films was real.", N, [], "narrator scene-setting")
    a.p().s("Now, a month before she is due to fly to Los Angeles, the 23-year-old computer science student, who "
            "asked that only her surname be used, is no longer sure she will board the plane.", N, [], "narrator")
    a.p().s("“My friends who went last year tell me about being pulled aside at the airport and questioned for "
            "hours about their professors, their parents, whether they ever did military training at school,” "
            "she said, sitting in a cafe near her campus in Haidian district.", N, [],
            "a private person: third party")
    a.q("My friends who went last year tell me about being pulled aside at the airport and questioned for hours "
        "about their professors, their parents, whether they ever did military training at school,", "she",
        "Zhou, Beijing student", "other", note="pronoun")
    a.s("“One of them was sent home after six hours.", N, [], "opens a run-on quotation by the student")
    a.q("One of them was sent home after six hours. Nobody told him why. So yes, I am afraid. We feel like "
        "suspects before we have done anything at all.", "she", "Zhou, Beijing student", "other",
        note="run-on over two paragraphs; cue in the previous sentence")
    a.s("Nobody told him why.", N, [], "continues the student’s quotation")
    a.p().s("“So yes, I am afraid.", N, [], "run-on continues")
    a.s("We feel like suspects before we have done anything at all.”", N, [], "run-on ends")
    a.p().s("The US State Department said in a statement that the extra screening targeted “a small number of "
            "individuals with ties to China’s military-industrial complex” and that the vast majority of Chinese "
            "applicants remained “welcome to study in the United States”.", US,
            ["the extra screening targeted “a small number of individuals with ties to China’s "
             "military-industrial complex”",
             "the vast majority of Chinese applicants remained “welcome to study in the United States”"],
            "two that-clauses from a US statement")
    a.q("a small number of individuals with ties to China’s military-industrial complex", "The US State Department",
        "US State Department", "United States", note="in a statement")
    a.q("welcome to study in the United States", "The US State Department", "US State Department",
        "United States", note="second that-clause")
    a.p().s("Washington says the checks protect American laboratories from espionage, a claim Beijing dismisses as "
            "a pretext for harassment.", BOTH,
            ["the checks protect American laboratories from espionage", "a pretext for harassment"],
            "two attributions: ‘says’ and ‘dismisses as’")
    a.p().s("China’s foreign ministry has repeatedly accused US border officers of “arbitrary, humiliating and "
            "politically driven” treatment of Chinese travellers, and last month the education ministry issued "
            "a study-abroad alert warning students of “risks” in some American states.", CN,
            ["US border officers of “arbitrary, humiliating and politically driven” treatment of Chinese "
             "travellers", "students of “risks” in some American states"],
            "two Chinese ministries: an accusation and a warning")
    a.q("arbitrary, humiliating and politically driven", "China’s foreign ministry",
        "Chinese Ministry of Foreign Affairs", "China", note="accused")
    a.q("risks", "the education ministry", "Chinese Ministry of Education", "China",
        note="one quoted word from the alert; the ministry’s own wording, not a scare quote")
    a.p().s("At a briefing in March, a foreign ministry spokesperson went further.", N, [],
            "narrator introduces the quotation; no claim yet")
    a.p().s("“The United States talks endlessly about openness and exchanges between peoples, yet it treats young "
            "Chinese people as spies the moment they land,” the spokesperson said.", CN,
            ["The United States talks endlessly about openness and exchanges between peoples, yet it treats young "
             "Chinese people as spies the moment they land,"], "ministry spokesperson")
    a.q("The United States talks endlessly about openness and exchanges between peoples, yet it treats young Chinese "
        "people as spies the moment they land,", "the spokesperson", "Chinese foreign ministry spokesperson",
        "China", note="said")
    a.s("“What kind of openness is that?", CN, ["What kind of openness is that?"],
        "rhetorical question inside the spokesperson’s quotation")
    a.q("What kind of openness is that? It is a betrayal of the very values America claims to champion.",
        "the spokesperson", "Chinese foreign ministry spokesperson", "China",
        note="one pair enclosing two sentences, filed under the first")
    a.s("It is a betrayal of the very values America claims to champion.”", CN,
        ["It is a betrayal of the very values America claims to champion."], "continues the quotation")
    a.p().s("Not everyone in Beijing blames Washington alone.", N, [], "narrator transition")
    a.p().s("Liang, a Shanghai consultant who has advised families on study abroad for two decades and who asked "
            "that his full name be withheld, said Chinese families were now making “a quiet calculation” that went well beyond "
            "politics.", N, [], "private consultant: third party")
    a.q("a quiet calculation", "Liang", "Liang, Shanghai study-abroad consultant", "other", note="private consultant")
    a.p().s("“Parents used to see an American degree as the golden ticket, the thing that would change a family’s "
            "fortune for a generation.", N, [], "opens the academic’s run-on quotation")
    a.q("Parents used to see an American degree as the golden ticket, the thing that would change a family’s fortune "
        "for a generation. Now they see visa rules that change every few months, tuition that keeps rising, and a "
        "government at home that also asks questions when the children come back. They ask themselves whether it "
        "is worth it, and more and more of them are choosing Britain, or Singapore, or Hong Kong,", "he",
        "Liang, Shanghai study-abroad consultant", "other", note="run-on over two paragraphs; cue at the end")
    a.s("Now they see visa rules that change every few months, tuition that keeps rising, and a government at home "
        "that also asks questions when the children come back.", N, [], "continues the run-on")
    a.p().s("“They ask themselves whether it is worth it, and more and more of them are choosing Britain, or "
            "Singapore, or Hong Kong,” he said.", N, [], "run-on closes with its cue")
    a.p().s("According to US government figures, the number of student visas issued to Chinese nationals fell by "
            "about a fifth last year.", U, [], "government statistic with no stance")
    a.p().s("Zhou has until the end of the month to confirm her place.", N, [], "narrator")
    a.p().s("“If I go, I go with my eyes open,” she said.", N, [], "student")
    a.q("If I go, I go with my eyes open,", "she", "Zhou, Beijing student", "other", note="pronoun")
    a.s("“If I stay, maybe that is what both governments wanted all along.”", N, [], "continues the student")
    a.q("If I stay, maybe that is what both governments wanted all along.", "she", "Zhou, Beijing student", "other",
        note="second pair, speaker carried over")
    a.p().s("Additional research by Chen Xiaoman", N, [], "credit line")
    return a


def a167():
    a = Article(167, "shipbuilder_sanctions_port_fees", "Yonhap from Seoul: 'SEOUL, Oct. 15 (Yonhap) -- ' dateline, "
                "straight quotes, South Korea as third party, both sides quoted, e-mail and (END) sign-off",
                "straight")
    a.head("S. Korea ‘closely monitoring’ China’s sanctions on shipbuilder’s US units", N, [],
           "headline quotes South Korea, a third party")
    a.q("closely monitoring", "S. Korea", "South Korean trade ministry", "other",
        note="single-quoted headline words; third-party government")
    a.p().s("SEOUL, Oct. 15 (Yonhap) -- South Korea is “closely monitoring” China’s decision to sanction five "
            "U.S.-based subsidiaries of a South Korean shipbuilder and will work to minimize any impact on local "
            "firms, the trade ministry said Wednesday.", N, [], "South Korea is a third party")
    a.q("closely monitoring", "the trade ministry", "South Korean trade ministry", "other", note="third party")
    a.p().s("China’s commerce ministry on Tuesday barred Chinese companies from doing business with the American "
            "units of Daehan Ocean Shipbuilding Co., saying they had “assisted and supported” a U.S. "
            "investigation that “endangers China’s industrial security.”", CN,
            ["they had “assisted and supported” a U.S. investigation that “endangers China’s industrial "
             "security.”"], "the ban is an act; the ‘saying’ clause is China’s claim")
    a.q("assisted and supported", "China’s commerce ministry", "Chinese Ministry of Commerce", "China",
        note="saying")
    a.q("endangers China’s industrial security.", "China’s commerce ministry",
        "Chinese Ministry of Commerce", "China", note="second fragment")
    a.p().s("The measure came a day after Washington began charging fees on Chinese-built and Chinese-operated "
            "vessels calling at American ports, a step the Office of the U.S. Trade Representative says is "
            "needed to “revive American shipbuilding and end China’s unfair dominance of the industry.”", US,
            ["is needed to “revive American shipbuilding and end China’s unfair dominance of the industry.”"],
            "fees are an act; the embedded ‘says’ clause is the USTR’s claim")
    a.q("revive American shipbuilding and end China’s unfair dominance of the industry.",
        "the Office of the U.S. Trade Representative", "Office of the US Trade Representative", "United States",
        note="embedded says-clause")
    a.p().s("Beijing responded by imposing its own special fees on U.S.-linked ships docking at Chinese ports.", N,
            [], "an act")
    a.p().s("“The U.S. side’s practice of politicizing trade and shipping issues seriously disrupts the global "
            "maritime order,” a commerce ministry spokesperson said in a statement posted online.", CN,
            ["The U.S. side’s practice of politicizing trade and shipping issues seriously disrupts the global "
             "maritime order,"], "ministry spokesperson; " + SPEECH_ONLY)
    a.q("The U.S. side’s practice of politicizing trade and shipping issues seriously disrupts the global maritime "
        "order,", "a commerce ministry spokesperson", "spokesperson, Chinese Ministry of Commerce", "China",
        note="said in a statement")
    a.p().s("The spokesperson added that foreign companies should “not become accomplices” to Washington’s "
            "measures.", CN, ["foreign companies should “not become accomplices” to Washington’s measures"],
            "same spokesperson")
    a.q("not become accomplices", "The spokesperson", "spokesperson, Chinese Ministry of Commerce", "China",
        note="added that")
    a.p().s("An official at the U.S. Embassy in Seoul told Yonhap News Agency that Beijing’s action was “a textbook "
            "case of economic coercion” aimed at “punishing a close U.S. ally for investing in America.”", US,
            ["Beijing’s action was “a textbook case of economic coercion” aimed at “punishing a close U.S. ally "
             "for investing in America.”"], "US embassy official speaks for the US")
    a.q("a textbook case of economic coercion", "An official at the U.S. Embassy in Seoul",
        "unnamed official, US Embassy in Seoul", "United States", note="told Yonhap")
    a.q("punishing a close U.S. ally for investing in America.", "An official at the U.S. Embassy in Seoul",
        "unnamed official, US Embassy in Seoul", "United States", note="second fragment")
    a.p().s("Daehan Ocean said in a regulatory filing that the sanctioned units accounted for less than 2 percent of "
            "its annual revenue and that it did not expect “any material impact” on its operations.", N, [],
            "company: third party")
    a.q("any material impact", "Daehan Ocean", "Daehan Ocean Shipbuilding Co.", "other", note="company filing")
    a.p().s("A senior trade ministry official, who requested anonymity, said Seoul had conveyed its concerns to "
            "Beijing through diplomatic channels.", N, [], "South Korean official: third party")
    a.p().s("“We are in close communication with both the U.S. and Chinese sides, and we hope the issue will be "
            "resolved through dialogue,” the official told reporters.", N, [], "same Korean official")
    a.q("We are in close communication with both the U.S. and Chinese sides, and we hope the issue will be resolved "
        "through dialogue,", "the official", "senior South Korean trade ministry official", "other",
        note="third-party government")
    a.p().s("South Korean shipbuilders have emerged as key partners in Washington’s push to revive its shipbuilding "
            "industry, with Daehan Ocean pledging to invest US$5 billion in American shipyards.", N, [],
            "narrator background")
    a.p().s("“Seoul is caught in the middle again, and this time the pressure point is one of its most competitive "
            "industries,” said Park Seung-mo, a research fellow at the Hanbit Institute for Maritime Studies.", N,
            [], "analyst")
    a.q("Seoul is caught in the middle again, and this time the pressure point is one of its most competitive "
        "industries,", "Park Seung-mo", "Park Seung-mo, Hanbit Institute for Maritime Studies", "other",
        note="analyst")
    a.p().s("mslee@yna.co.kr", N, [], "reporter e-mail sign-off")
    a.p().s("(END)", N, [], "Yonhap end mark")
    return a


def a168():
    a = Article(168, "presidents_call_taiwan_arms", "White House readout story: 'WASHINGTON — ' dateline, straight "
                "quotes, both readouts quoted and each described in the reporter's voice, contributor line",
                "straight")
    a.head("US, Chinese presidents spar over Taiwan arms sale in first call in months", N, [],
           "headline: narrator’s characterisation")
    a.p().s("WASHINGTON — The U.S. and Chinese presidents spoke by phone for more than an hour on Thursday, with the "
            "White House describing a “frank and businesslike” conversation while Beijing said Washington’s "
            "latest arms sale to Taiwan had “gone past the point of tolerance.”", BOTH,
            ["a “frank and businesslike” conversation",
             "Washington’s latest arms sale to Taiwan had “gone past the point of tolerance.”"],
            "two attributions, one per side")
    a.q("frank and businesslike", "the White House", "White House", "United States", note="describing")
    a.q("gone past the point of tolerance.", "Beijing", "Chinese government (Chinese readout)", "China", note="said")
    a.p().s("It was the leaders’ first conversation since the State Department approved a $2.1 billion package of "
            "air defense systems for Taiwan last month.", N, [], "background act")
    a.p().s("In its readout of the call, the White House said the president “pressed for calm and predictability "
            "in the Taiwan Strait” and that U.S. policy toward the island “has not changed.”", US,
            ["the president “pressed for calm and predictability in the Taiwan Strait”",
             "U.S. policy toward the island “has not changed.”"], "White House readout, two that-clauses")
    a.q("pressed for calm and predictability in the Taiwan Strait", "the White House", "White House (readout)",
        "United States", note="readout")
    a.q("has not changed.", "the White House", "White House (readout)", "United States", note="second clause")
    a.p().s("The four-paragraph statement did not mention the arms package by name and gave as much space to "
            "fentanyl and trade as it did to Taiwan.", N, [], "reporter’s description of the US readout")
    a.p().s("The Chinese account, carried by the official Xinhua News Agency, was nearly three times as long and "
            "considerably sharper in tone.", N, [], "reporter’s description of the Chinese readout")
    a.s("It quoted the Chinese president as telling his counterpart that Taiwan was “the one matter on which China "
        "will never bargain” and that Washington should “stop arming separatist forces under the banner of "
        "defense.”", CN,
        ["Taiwan was “the one matter on which China will never bargain”",
         "Washington should “stop arming separatist forces under the banner of defense.”"],
        "the quoted president is the source, not the readout carrying him")
    a.q("the one matter on which China will never bargain", "the Chinese president", "Chinese president", "China",
        note="quoted by the Chinese readout")
    a.q("stop arming separatist forces under the banner of defense.", "the Chinese president", "Chinese president",
        "China", note="second fragment")
    a.p().s("“No arms package, however large, will change the fact that Taiwan is part of China,” the readout "
            "quoted him as saying.", CN,
            ["No arms package, however large, will change the fact that Taiwan is part of China,"],
            "pronoun for the Chinese president")
    a.q("No arms package, however large, will change the fact that Taiwan is part of China,", "him",
        "Chinese president", "China", note="pronoun, via the readout")
    a.p().s("Beijing’s version made no reference to fentanyl at all.", N, [], "reporter’s description of an omission")
    a.p().s("Asked about the gap between the two accounts, White House deputy press secretary Owen Castellano told "
            "reporters that the president had been “clear and direct” about U.S. commitments to Taiwan.", US,
            ["the president had been “clear and direct” about U.S. commitments to Taiwan"], "‘Asked about’ frame")
    a.q("clear and direct", "White House deputy press secretary Owen Castellano",
        "Owen Castellano, White House deputy press secretary", "United States", note="told reporters")
    a.p().s("“We’re not going to litigate every adjective in their readout,” Castellano said.", US,
            ["We’re not going to litigate every adjective in their readout,"], "surname alone")
    a.q("We’re not going to litigate every adjective in their readout,", "Castellano",
        "Owen Castellano, White House deputy press secretary", "United States", note="said")
    a.s("“What matters is that the lines of communication are open, and they are.”", US,
        ["What matters is that the lines of communication are open, and they are."], "continues Castellano")
    a.q("What matters is that the lines of communication are open, and they are.", "Castellano",
        "Owen Castellano, White House deputy press secretary", "United States", note="second pair, no cue")
    a.p().s("Taiwan’s Presidential Office thanked Washington for its “steadfast support” and said the weapons were "
            "purely defensive.", N, [], "Taiwan’s government is a third party")
    a.q("steadfast support", "Taiwan’s Presidential Office", "Taiwan Presidential Office", "other",
        note="third party")
    a.p().s("“The two readouts read like accounts of two different phone calls,” said Harriet Lowe, a China "
            "specialist at the Calder Center for Strategic Studies in Washington.", N, [], "analyst")
    a.q("The two readouts read like accounts of two different phone calls,", "Harriet Lowe",
        "Harriet Lowe, Calder Center for Strategic Studies", "other", note="analyst")
    a.s("“That’s normal.", N, [], "continues the analyst")
    a.q("That’s normal. What’s unusual is how little effort either side made to hide it.", "Harriet Lowe",
        "Harriet Lowe, Calder Center for Strategic Studies", "other",
        note="one pair over two sentences, speaker carried over")
    a.s("What’s unusual is how little effort either side made to hide it.”", N, [], "continues the analyst")
    a.p().s("Staff writer Wen Qiao in Beijing contributed to this report.", N, [], "contributor line")
    return a


ARTICLES = [a161, a162, a163, a164, a165, a166, a167, a168]

if __name__ == "__main__":
    for f in ARTICLES:
        art = f()
        art.write(HERE)
        print(art.name, len(art.txt().split()), "words")
