"""WORRIES stated by legal claims, in three scripts: a wrong a party claims of a named company (said it used works
unlawfully / without permission, 未经许可, 擅自), outlets claiming it together in a list, the product the wrong went
into, a lawsuit told after the fact (lost / won its case against, 在与…的诉讼中败诉), a suit after a time phrase, a
suit in a later clause of another subject, an act named as a noun (its owner or agent against whom: "Acme's suit
against Zenith", "the case brought by Acme against Zenith", settled; 对X的诉讼/约谈), and "who" after the names it
refers to. Each class with cases that must find nothing (negated, hedged, a person speaking or sued, an outlet alone
reporting, a company's own news or probe, a settled partnership)."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a wrong claimed of a named company: the one who claims it is worried
    ("Disney said Midjourney unlawfully copied its characters.", {("midjourney", "disney", "worries.found")}),
    ("Disney said in a statement that Midjourney was copying films without permission.",
     {("midjourney", "disney", "worries.found")}),
    ("迪士尼表示，Midjourney未经许可使用其角色。", {("midjourney", "disney", "worries.found")}),
    ("迪士尼表示，Midjourney未經許可使用其角色。", {("midjourney", "disney", "worries.found")}),
    ("迪士尼称，Midjourney擅自使用其角色。", {("midjourney", "disney", "worries.found")}),
    ("迪士尼稱，Midjourney抄襲其角色設計。", {("midjourney", "disney", "worries.found")}),
    # a claim owned by the party ("X's claim that…"), and the product the wrong went into
    ("The case centred on Disney's claim that Stability AI unlawfully used its films to train the image system "
     "Stable Diffusion.", {("stability-ai", "disney", "worries.found"), ("stable-diffusion", "disney", "worries.found")}),
    # must find nothing: negated, hedged, the speaker itself, a person, a product launch, no wrong of taking
    ("Disney said Midjourney did not copy its characters without permission.", set()),
    ("Disney said Midjourney may have unlawfully copied its characters.", set()),
    ("Disney said it unlawfully copied nothing.", set()),
    ("Jane Roe said Midjourney unlawfully copied her drawings.", set()),
    ("Disney said Midjourney launched a new model without a license fee.", set()),
    ("迪士尼表示，Midjourney未发现任何风险。", set()),
    # must find nothing: the name is no subject of the act, or the wrong names a thing, no act
    ("Disney said content on Midjourney was used without permission.", set()),
    ("迪士尼表示，Midjourney上的非法内容已被删除。", set()),
    ("迪士尼表示，Midjourney平台存在非法内容。", set()),
    ("迪士尼表示，Midjourney可能未經許可使用其角色。", set()),
])
def test_worries_claimed_wrong(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # outlets claiming a wrong together act as parties, an unknown name listed with them too; one outlet, of its own work
    ("In a statement, Zentrix, Disney and Warner Bros said Midjourney was copying films without permission.",
     {("midjourney", "zentrix", "worries.found"), ("midjourney", "disney", "worries.found"),
      ("midjourney", "warner-bros-discovery", "worries.found")}),
    ("In a statement, Getty Images and Shutterstock said Midjourney was copying photos without permission.",
     {("midjourney", "organization-getty-images", "worries.found"), ("midjourney", "shutterstock", "worries.found")}),
    ("The Guardian said Midjourney unlawfully copied its articles.",
     {("midjourney", "organization-the-guardian", "worries.found")}),
    ("衛報表示，Midjourney未經許可使用其文章。", {("midjourney", "organization-the-guardian", "worries.found")}),
    # must find nothing: an outlet alone reporting someone else's claim stays a source
    ("Reuters said Midjourney was copying films without permission.", set()),
    ("Getty Images said Midjourney was copying photos without permission.", set()),
])
def test_worries_claims_of_listed_outlets(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lawsuit told after the fact: the one who sued is worried by whom it sued
    ("Disney has largely lost its copyright case against Midjourney.", {("midjourney", "disney", "worries.probe")}),
    ("Disney won its legal battle against Midjourney, in a ruling on Tuesday.", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼在与Midjourney的版权诉讼中基本败诉。", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼在與Midjourney的版權訴訟中基本敗訴。", {("midjourney", "disney", "worries.probe")}),
    ("Getty Images has largely lost its legal battle against Stability AI.",
     {("stability-ai", "organization-getty-images", "worries.probe")}),
    # a suit after a time phrase; a suit in a later clause of another subject is not the first subject's
    ("The New York Times in 2023 sued OpenAI.", {("openai", "organization-nyt", "worries.probe")}),
    ("The New York Times sued OpenAI, and Dow Jones, the owner of the Journal, sued Perplexity.",
     {("openai", "organization-nyt", "worries.probe")}),
    # must find nothing: a settled partnership, a company's own product news
    ("Disney settled its partnership with OpenAI.", set()),
    ("Disney and OpenAI settled their partnership terms.", set()),
    ("迪士尼与OpenAI的合作进展顺利。", set()),
    ("Disney announced its new model was trained on licensed films.", set()),
])
def test_worries_lawsuits_after_the_fact(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal or regulatory act named as a noun: its owner or agent is worried by whom it is against
    ("Disney's suit against Midjourney was dismissed in part.", {("midjourney", "disney", "worries.act")}),
    ("The lawsuit brought by Disney and Universal against Midjourney seeks damages.",
     {("midjourney", "disney", "worries.act"), ("midjourney", "universal", "worries.act")}),
    ("The case brought by the New York Times against OpenAI goes to trial.",
     {("openai", "organization-nyt", "worries.act")}),
    ("An investigation by the FTC into OpenAI began in July.", {("openai", "ftc", "worries.act")}),
    ("The FTC's fine against OpenAI was upheld.", {("openai", "ftc", "worries.act")}),
    ("Midjourney agreed to pay 10 million dollars to settle a lawsuit brought by Disney.",
     {("midjourney", "disney", "worries.act")}),
    ("迪士尼对Midjourney的版权诉讼仍在进行。", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼對Midjourney的版權訴訟仍在進行。", {("midjourney", "disney", "worries.probe")}),
    ("國家網信辦對英偉達的約談引發關注。", {("nvidia", "cac", "worries.probe")}),
    ("国家网信办对英伟达的约谈引发关注。", {("nvidia", "cac", "worries.probe")}),
    # an act opening its sentence with its agent in the passive: against the one company the article sued before
    ("Seventeen writers are suing OpenAI for theft. The writers alleged infringements. The suit was organised by the "
     "Authors Guild.", {("openai", "authors-guild", "worries.act")}),
    # must find nothing: a person sued, a company's own probe, a partnership, a story by an outlet; a passive suit
    # after two companies sued, or with no suit before, or organised by a person
    ("Seventeen writers are suing OpenAI. Others sued Microsoft. The suit was organised by the Authors Guild.", set()),
    ("The suit was organised by the Authors Guild.", set()),
    ("Seventeen writers are suing OpenAI. The suit was organised by Jane Roe.", set()),
    ("Disney's lawsuit against Jane Roe was dismissed.", set()),
    ("Goldman's case against Nvidia rests on valuation.", set()),  # an argument: a case only with its agent after it
    ("Disney's investigation into Midjourney continues.", set()),
    ("Disney's partnership with Midjourney was renewed.", set()),
    ("A story by the New York Times about OpenAI ran on Monday.", set()),
    ("迪士尼与Midjourney的合作仍在进行。", set()),
])
def test_worries_named_acts(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who" opening a clause refers to the names right before it
    ("Microsoft and Meta, who voiced concerns that the AI Act would stifle innovation, lobbied hard.",
     {("eu-ai-act", "microsoft", "worries.experiencer"), ("eu-ai-act", "meta", "worries.experiencer")}),
    ("It was the opposition from tech giants like Microsoft and Meta, who voiced concerns that the AI Act would "
     "stifle innovation, that won.",
     {("eu-ai-act", "microsoft", "worries.experiencer"), ("eu-ai-act", "meta", "worries.experiencer")}),
    ("微软和Meta均对欧盟人工智能法案表示担忧。",
     {("eu-ai-act", "microsoft", "worries.experiencer"), ("eu-ai-act", "meta", "worries.experiencer")}),
    ("微軟和Meta均對歐盟人工智慧法案表示擔憂。",
     {("eu-ai-act", "microsoft", "worries.experiencer"), ("eu-ai-act", "meta", "worries.experiencer")}),
    # must find nothing: "who" after a person or a description, not the company
    ("Microsoft hired the researcher, who voiced concerns about the AI Act.", set()),
    ("Microsoft's Jane Roe, who voiced concerns that the AI Act would stifle innovation, left.", set()),
    ("微软表示，这位研究员对欧盟人工智能法案表示担忧。", set()),
])
def test_worries_relative_who(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a refusal to sign: a described company (a place only qualifying it), a pronoun, a speaker framing the clause
    ("Meta's policy chief, Jane Roe, said that the U.S. tech giant will not sign the AI Act.",
     {("eu-ai-act", "meta", "worries.opposed")}),
    ("We have reviewed the AI Act and Meta won't be signing it.", {("eu-ai-act", "meta", "worries.opposed")}),
    ("Meta表示，不会签署欧盟人工智能法案。", {("eu-ai-act", "meta", "worries.opposed")}),
    ("Meta表示，其不會簽署歐盟人工智慧法案。", {("eu-ai-act", "meta", "worries.opposed")}),
    # must find nothing: a signature, a clause with a subject of its own that is no party
    ("Meta said it will sign the AI Act.", set()),
    ("Meta表示，将签署欧盟人工智能法案。", set()),
    ("Meta表示，欧盟批评了该法案。", set()),
])
def test_worries_refusals_to_sign(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a regulator consulting on whether a company or a deal harms: a probe (a deal's both sides)
    ("The CMA is inviting stakeholders to comment on whether Microsoft's partnership with OpenAI is impacting "
     "competition.", {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("The FTC is seeking comments on whether OpenAI's chatbot harms consumers.", {("openai", "ftc", "worries.probe")}),
    ("英国竞争与市场管理局就微软与OpenAI的合作是否影响竞争征求意见。",
     {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("英國競爭及市場管理局就微軟與OpenAI的合作是否影響競爭徵求意見。",
     {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    # must find nothing: a company consulting its users, a regulator consulting on its own rules
    ("Microsoft is inviting developers to comment on whether OpenAI's new model is useful.", set()),
    ("The CMA is inviting comments on whether to change its rules.", set()),
    ("微软就OpenAI的新模型是否好用征求开发者意见。", set()),
])
def test_worries_consultations(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet's name in brackets right after an organisation's is its abbreviation in the article
    ("The Italian Data Protection Authority (DPA) fined Zentrix. Later the DPA imposed a temporary ban on Replika's "
     "operations in Italy.", {("replika", "garante", "worries.ban")}),
    # must find nothing: the news agency itself, in brackets after no organisation
    ("The German news agency (DPA) reported that the DPA imposed nothing on Replika.", set()),
])
def test_worries_abbreviation_of_a_body(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a misuse of a named product that a party notices
    ("The PCPD noted that Grok can be used to generate indecent images.", {("grok", "hk-pcpd", "worries.found")}),
    ("私隐专员公署留意到聊天机器人Grok可被用作生成不雅或恶意照片。", {("grok", "hk-pcpd", "worries.found")}),
    ("私隱專員公署留意到聊天機械人Grok可被用作生成不雅或惡意照片。", {("grok", "hk-pcpd", "worries.found")}),
    # must find nothing: hedged, no harm named, negated
    ("The PCPD noted that Grok could be used to generate indecent images.", set()),
    ("The PCPD noted that Grok can be used to generate images.", set()),
    ("私隐专员公署留意到Grok可被用作生成图片。", set()),
    ("私隱專員公署並未留意到Grok可被用作生成不雅照片。", set()),
])
def test_worries_noticed_misuse(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
