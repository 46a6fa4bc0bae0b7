"""Portuguese wire copy (Lusa/Agência Brasil/G1 style, Brazil and Portugal, some of it
machine-translated): sentences written for this test, over several stories (Gaza, Sudan, the
South China Sea, Russia and Ukraine, the Koreas, a Sahel coup, floods)."""

from __future__ import annotations

import pytest
from tests.claims.test_news_support import Case, E, case, check

NAMES = {
    "Coreia do Norte": "KP", "Rússia": "RU", "Ucrânia": "UA", "Estados Unidos": "US",
    "EUA": "US", "Coreia do Sul": "KR", "Japão": "JP", "China": "CN", "Israel": "IL",
    "Egito": "EG", "Egipto": "EG", "Catar": "QA", "Sudão": "SD", "Filipinas": "PH",
    "Vietnã": "VN", "Vietname": "VN", "Irã": "IR", "Irão": "IR", "Turquia": "TR",
    "Alemanha": "DE", "União Europeia": "EU", "UE": "EU", "ONU": "UN", "Hamas": "hamas",
    "Hezbollah": "hezbollah", "Forças de Apoio Rápido": "rsf", "FAR": "rsf",
    "Exército sudanês": "saf", "Kremlin": "kremlin", "Pentágono": "pentagon",
    "Benjamin Netanyahu": "netanyahu", "Netanyahu": "netanyahu", "Erdogan": "erdogan",
    "Zelensky": "zelensky", "Volodymyr Zelensky": "zelensky", "Olaf Scholz": "scholz",
    "Wang Yi": "wangyi", "Xi Jinping": "xi", "Vladimir Putin": "putin", "Putin": "putin",
    "Kim Jong Un": "kim", "Serguei Lavrov": "lavrov", "Lavrov": "lavrov",
    "Choe Son Hui": "choe", "Biden": "biden", "Joe Biden": "biden",
    "Antony Blinken": "blinken", "Blinken": "blinken", "Jerusalém": "jerusalem",
    "Gaza": "gaza", "Rafah": "rafah", "Cairo": "cairo", "El Fasher": "elfasher",
    "Cartum": "khartoum", "Manila": "manila", "Pequim": "beijing", "Hanói": "hanoi",
    "Kiev": "kyiv", "Moscou": "moscow", "Moscovo": "moscow", "Pyongyang": "pyongyang",
    "Seul": "seoul", "Kursk": "kursk", "TASS": "tass", "Reuters": "reuters",
    "Xinhua": "xinhua", "Marcos": "marcos", "Mohamed Hamdan Dagalo": "dagalo",
    "Níger": "NE", "Bazoum": "bazoum", "Niamey": "niamey",
}

CASES = [
    # --- Russia, the Koreas, Ukraine
    case("O presidente russo, Vladimir Putin, reuniu-se com Kim Jong Un em Pyongyang na "
         "quarta-feira.", E("MEET", {"putin", "kim"}, date="2024-10-30"),
         times={"na quarta-feira": "2024-10-30"}),
    case("Putin se reuniu com Kim Jong Un em Moscou.", E("MEET", {"putin", "kim"})),
    case("Putin e Kim Jong Un assinaram um tratado de parceria estratégica abrangente.",
         E("AGREE", {"putin", "kim"})),
    case("A Coreia do Norte enviou cerca de 10 mil soldados para a Rússia, segundo o "
         "Pentágono.",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality="reported", source="pentagon"),
         quantities={"10 mil soldados": (10000, "soldiers")}),
    case("O Kremlin negou que haja tropas norte-coreanas na região de Kursk.",
         E("DENY", {"kremlin"}), names={"norte-coreanas": "KP"}),
    case("A Coreia do Sul condenou o envio de tropas para a Rússia.",
         E("ACCUSE", {"KR"}, {"RU"})),
    case("A Coreia do Sul alertou que poderá fornecer armas letais à Ucrânia.",
         E("WARN", {"KR"}), tolerate=("SUPPLY_ARMS",)),
    case("A Rússia lançou mais de 100 mísseis e drones contra a Ucrânia durante a noite.",
         E("ATTACK", {"RU"}, {"UA"})),
    case("A Ucrânia foi atacada pela Rússia com mísseis balísticos.",
         E("ATTACK", {"RU"}, {"UA"})),
    case("O ataque da Rússia contra Kiev deixou pelo menos oito mortos.",
         E("ATTACK", {"RU"}, {"kyiv"}), E("CASUALTIES")),
    case("A defesa aérea ucraniana derrubou 30 drones russos sobre Kiev.",
         E("ATTACK", {"UA"}), names={"ucraniana": "UA", "russos": "RU"}),
    case("Lavrov viajou para Pyongyang para se reunir com Choe Son Hui.",
         E("VISIT", {"lavrov"}, {"pyongyang"}), tolerate=("MEET",)),
    case("Putin visitará Pyongyang na próxima semana, anunciou o Kremlin.",
         E("VISIT", {"putin"}, {"pyongyang"}, modality="expected")),
    case("Putin vai visitar a Coreia do Norte em junho.",
         E("VISIT", {"putin"}, {"KP"}, modality="expected")),
    case("A visita de Putin a Pyongyang foi a primeira em 24 anos.",
         E("VISIT", {"putin"}, {"pyongyang"})),
    case("Zelensky conversou por telefone com Olaf Scholz na segunda-feira.",
         E("PHONE_CALL", {"zelensky", "scholz"})),
    case("Segundo Seul, a Coreia do Norte teria enviado projéteis de artilharia à Rússia.",
         E("SUPPLY_ARMS", {"KP"}, {"RU"}, modality="speculated")),
    case("Os Estados Unidos impuseram novas sanções à Rússia pela cooperação militar com a "
         "Coreia do Norte.", E("SANCTION", {"US"}, {"RU"})),
    case("A União Europeia aprovou um novo pacote de sanções contra Moscovo.",
         E("SANCTION", {"EU"}, {"moscow"})),
    case("A Coreia do Norte não enviou tropas para a Rússia, garantiu o seu embaixador.",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality="denied")),
    case("A Duma Estatal ratificou o tratado com a Coreia do Norte.",
         E("RATIFY", {"duma"}), names={"Duma Estatal": "duma"}),
    case("A Rússia treina soldados norte-coreanos no Extremo Oriente.",
         E("TRAIN", {"RU"}), names={"norte-coreanos": "KP"}),
    case("Blinken instou a China a usar sua influência sobre a Coreia do Norte.",
         E("REQUEST", {"blinken"}, {"CN"})),
    case("Kim Jong Un manifestou pleno apoio à Rússia.", E("SUPPORT", {"kim"}, {"RU"})),
    case("A Coreia do Norte disparou um míssil balístico em direção ao mar do Japão.",
         E("ATTACK", {"KP"}), tolerate=("WEAPONS_TEST",)),
    case("A Coreia do Norte realizou um teste de míssil de longo alcance.",
         E("WEAPONS_TEST", {"KP"})),
    case("A Coreia do Sul e os Estados Unidos iniciaram exercícios militares conjuntos.",
         tolerate=("DRILL",)),
    case("Soldados norte-coreanos desertaram das suas unidades em Kursk, segundo Seul.",
         E("DEFECT", modality=("reported", "asserted")), names={"norte-coreanos": "KP"}),
    # --- Israel, Gaza, Lebanon
    case("O primeiro-ministro israelense, Benjamin Netanyahu, reuniu-se com Antony Blinken em "
         "Jerusalém.", E("MEET", {"netanyahu", "blinken"}), names={"israelense": "IL"}),
    case("Israel e o Hamas chegaram a um acordo de cessar-fogo, segundo mediadores do Catar e "
         "do Egito.", E("AGREE", {"IL", "hamas"}, modality=("reported", "asserted")),
         tolerate=("CEASEFIRE",)),
    case("O Hamas aceitou a proposta de cessar-fogo apresentada pelo Egito e pelo Catar.",
         E("AGREE", {"hamas"})),
    case("O exército israelense bombardeou dezenas de alvos do Hamas em Gaza.",
         E("ATTACK", {"IL"}, {"hamas"}), names={"israelense": "IL"}),
    case("Pelo menos 35 pessoas morreram num bombardeamento israelita em Rafah.",
         E("CASUALTIES"), tolerate=("ATTACK",), names={"israelita": "IL"},
         quantities={"35 pessoas": (35, "people")}),
    case("O Hezbollah lançou dezenas de foguetes contra o norte de Israel no domingo.",
         E("ATTACK", {"hezbollah"}, {"IL"})),
    case("O Egito alertou que uma ofensiva terrestre israelense em Rafah teria consequências "
         "graves.", E("WARN", {"EG"}), tolerate=("ATTACK",), names={"israelense": "IL"}),
    case("O Irã prometeu retaliação pelo ataque de Israel.", E("WARN", {"IR"}),
         tolerate=("ATTACK",)),
    case("Milhares de pessoas fugiram de Rafah em direção ao sul.", E("DISPLACE")),
    case("A ONU pediu um cessar-fogo imediato em Gaza.", E("REQUEST", {"UN"})),
    case("A Turquia condenou veementemente o ataque ao campo de refugiados.",
         E("ACCUSE", {"TR"}), tolerate=("ATTACK",)),
    case("Israel libertou 30 prisioneiros palestinos em troca de reféns.",
         E("RELEASE", {"IL"})),
    case("O Hamas mantém como reféns dezenas de israelenses.", E("ARREST", {"hamas"}),
         names={"israelenses": "IL"}),
    # --- Sudan
    case("As Forças de Apoio Rápido (FAR) atacaram a cidade de El Fasher e mataram pelo menos "
         "40 civis, segundo ativistas.",
         E("ATTACK", {"rsf"}, {"elfasher"}, modality="reported"),
         E("CASUALTIES", modality="reported"),
         quantities={"40 civis": (40, "civilians")}),
    case("Os Estados Unidos impuseram sanções ao líder das FAR, Mohamed Hamdan Dagalo.",
         E("SANCTION", {"US"}, {"dagalo"})),
    case("O Exército sudanês retomou o controle de Cartum, segundo a televisão estatal.",
         E("SEIZE", {"saf"}, {"khartoum"}, modality=("reported", "asserted"))),
    case("Mais de dez mil pessoas foram deslocadas pelos combates em El Fasher.",
         E("DISPLACE")),
    # --- South China Sea
    case("Navios da guarda costeira chinesa dispararam canhões de água contra uma embarcação "
         "filipina, disse Manila.",
         E("ATTACK", {"CN"}, modality="reported", source="manila"),
         names={"chinesa": "CN", "filipina": "PH"}),
    case("O Ministério das Relações Exteriores chinês rejeitou as acusações e classificou-as "
         "de infundadas.", E("DENY", {"CN"}), names={"chinês": "CN"}),
    case("As Filipinas convocaram o embaixador da China para protestar contra o incidente.",
         E("ACCUSE", {"PH"}, {"CN"})),
    case("O presidente filipino, Marcos, visitará Hanói na próxima semana.",
         E("VISIT", {"marcos"}, {"hanoi"}, modality="expected"), names={"filipino": "PH"}),
    case("Wang Yi chegou a Hanói para uma visita oficial de dois dias.",
         E("VISIT", {"wangyi"}, {"hanoi"})),
    # --- a coup in the Sahel, protests
    case("Militares deram um golpe de Estado no Níger e depuseram o presidente Bazoum.",
         E("COUP"), tolerate=("COUP",)),
    case("Milhares de manifestantes saíram às ruas de Niamey em apoio à junta.",
         E("PROTEST"), tolerate=("SUPPORT",)),
    # --- floods and disaster
    case("As enchentes deixaram mais de 150 mortos em Porto Alegre, no sul do Brasil.",
         E("CASUALTIES"), names={"Porto Alegre": "portoalegre"}),
    case("A Defesa Civil evacuou milhares de moradores de Gaza.", E("DISPLACE")),
    # --- modality
    case("A Coreia do Norte enviará mais tropas para a Rússia?",
         E("DEPLOY_TROOPS", {"KP"}, {"RU"}, modality="speculated")),
    case("Se Israel atacar Rafah, as consequências humanitárias serão enormes.",
         xfail="'se' is mostly a clitic: 'if' is told only before an article ('se a Rússia')"),
    case("Se a Rússia atacar Kiev, as consequências serão enormes."),
    case("Putin poderia visitar a Coreia do Norte este ano, segundo fontes diplomáticas.",
         E("VISIT", {"putin"}, {"KP"}, modality=("speculated", "expected"))),
    case("Espera-se que Lavrov se reúna com Wang Yi em Pequim.",
         E("MEET", {"lavrov", "wangyi"}, modality="expected")),
    case("Segundo a agência TASS, Putin recebeu o líder Kim Jong Un no Kremlin.",
         E("MEET", {"putin"}, {"kim"}, modality="reported", source="tass")),
    case("Israel nunca atacou civis, afirmou Netanyahu.",
         E("ATTACK", {"IL"}, modality="denied")),
    # --- no claim
    case("Netanyahu enfrenta críticas no seu país pela gestão da crise dos reféns."),
    case("Lavrov disse que as sanções contra a Rússia são ilegais."),
    case("A inflação na Rússia subiu para 9 por cento, a mais alta desde 2023."),
    case("O Kremlin disse que as conversações foram construtivas."),
    case("A economia da Rússia cresceu 3,6 por cento no ano passado, segundo o instituto de "
         "estatística."),
    case("Os analistas acreditam que sanções como o teto ao preço do petróleo são pouco "
         "eficazes contra a Rússia."),
    case("O tratado obriga ambas as partes a enviar tropas se uma delas for atacada."),
    case("Não só a Rússia mas também a China mantém relações comerciais com a Coreia do "
         "Norte."),
    case("O preço do petróleo caiu 2 por cento na segunda-feira."),
    # a vow to strike is a threat, not yet a strike
    case("O Hezbollah prometeu na semana passada atacar alvos militares em Israel.",
         E("WARN", {"hezbollah"})),
    case("Putin prometeu visitar Pyongyang em breve.",
         E("VISIT", {"putin"}, {"pyongyang"}, modality="expected")),
    # an ultimatum and a declaration of war are threats; a junta named is no coup
    case("A União Europeia deu um ultimato de dez dias à junta militar do Níger.",
         E("WARN", {"EU"})),
    case("O Hezbollah declarou guerra aberta contra Israel.", E("WARN", {"hezbollah"}, {"IL"})),
    case("A UE decidiu suspender todas as transações comerciais com o Irã.",
         E("SANCTION", {"EU"}, {"IR"})),
    case("O Hezbollah declarou uma «guerra aberta» contra Israel.",
         E("WARN", {"hezbollah"}, {"IL"})),
    # calling an act a threat accuses it; the speaker threatens nothing
    case("A Rússia condenou os bombardeios contra o Irã, chamando-os de ameaça direta à paz.",
         E("ACCUSE", {"RU"})),
    # a state reached is a passive: the one held is no actor
    case("O jornalista está detido pelas forças russas desde março.", E("ARREST", {"RU"}),
         names={"forças russas": "RU"}),
    # a light verb's subject acts its noun; a light verb's participle leaves the agent to it
    case("Os Estados Unidos iniciaram ataques aéreos contra posições do Hezbollah.",
         E("ATTACK", {"US"}, {"hezbollah"})),
    case("O ataque realizado pelo Hamas deixou centenas de mortos.", E("ATTACK", {"hamas"}),
         tolerate=("CASUALTIES",)),
]


@pytest.mark.parametrize("c", CASES)
def test_news_pt(c: Case):
    check(c, "pt", NAMES)
