"""Step 2, clause filters: is a trigger an act the sentence tells, or only part of another's?

Each filter decides one thing, from the claim-type table and the language's clause words:

- `denied_content`    the act a denial denies ("denied sending troops"): the denial is the claim
- `asked_for`         the act a request asks for ("urged … to speed up deliveries"), or a
                      deadline demands ("the deadline for the release of …")
- `caused`            the act a causative verb makes another do ("forced them to surrender")
- `agreed_to`         the act an agreement verb promises ("agreed to withdraw his fighters")
- `referred`          a call or support named as another act's object ("支持を非難")
- `restated`          a warning's content that restates it ("warned they would be targets")
- `said_content`      an act a statement puts in an infinitive ("accusé Kiev d'avoir attaqué",
                      "menacé d'intervenir"): what is said, not an act told
- `kept_agreement`    an agreement to keep or break ("合意を履行"): made before, told elsewhere
- `governed_noun`     a ceasefire, coup or drill named as another act's object ("called for a
                      ceasefire", "condemned the coup", "停戦を呼びかけ")
- `subordinate`       a hypothesis ("if attacked"), an example ("such as shelling") or a
                      background clause ("since signing the treaty")
- `setting`           a meeting named as the scene of something else ("in the talks, …")
- `conditional`       a sentence stating a condition: its expected acts are a treaty's terms

`skipped_before_roles` runs the filters that need no roles; `skipped_after_dating` the ones that
need the claim's date (a scene or background clause with its own date still tells an act).
"""

from __future__ import annotations

import re

from newsweave.claims.draft import CONTEXT_DATED, Draft
from newsweave.claims.lexicon import Lexicon
from newsweave.claims.parties import country_of
from newsweave.claims.roles import CLAUSE_END, after_words_said
from newsweave.claims.table import claim_type
from newsweave.claims.triggers import Hit
from newsweave.claims.view import SentenceView


def skipped_before_roles(view: SentenceView, hit: Hit, hits: list[Hit],
                         lex: Lexicon) -> str | None:
    """The name of the first filter that rules `hit` out, or None."""
    text = view.text
    row = claim_type(hit.type)
    denials = [h for h in hits if claim_type(h.type).denial]
    requests = [h for h in hits if claim_type(h.type).appeal]
    if not row.denial and denied_content(hit, denials, lex):
        return "denied_content"
    if not (row.appeal or row.denial) and asked_for(text, hit, requests, lex):
        return "asked_for"
    if not (row.appeal or row.denial or row.symmetric) and caused(view, hit, hits, lex):
        # (a talk or a deal one side forces on the other has the forcing side as a party)
        return "caused"
    if _noun_after(text, hit, lex, "addressee_owner"):
        # "will never forget your support": the act is the one spoken to's, unnamed here;
        # the speaker is not its actor
        return "addressee_owner"
    if not (row.appeal or row.denial) and _noun_after(text, hit, lex, "deadline_before"):
        # "the deadline for the release of X", "مهلة الإفراج": what a deadline demands is
        # not done (`deadline_before`)
        return "asked_for"
    # (a visit an invitation's acceptance promises stays, as a plan: `invitation_after`)
    if not (row.agreement or row.appeal or row.denial or row.setting) and agreed_to(
            text, hit, hits, lex):
        return "agreed_to"
    if referred(hit, hits, text, lex):
        return "referred"
    if restated(view, hit, hits, lex):
        return "restated"
    if said_content(text, hit, hits, lex):
        return "said_content"
    if kept_agreement(text, hit, lex):
        return "kept_agreement"
    if governed_noun(text, hit, hits, lex):
        return "governed_noun"
    for kind in ("hypothetical", "example"):
        if subordinate(text, hit, lex, kind):
            return kind
    if hypothetical_noun(text, hit, lex):
        return "hypothetical"
    if epithet(text, hit, lex, view) or described_object(view, hit, lex):
        return "epithet"
    return None


def skipped_after_dating(view: SentenceView, hit: Hit, d: Draft | None, lex: Lexicon,
                         lookup) -> str | None:
    """The filters that need the claim's date; a background clause with a date of its own
    keeps the claim, with the clause's own parties (`clause_parties`)."""
    if setting(view.text, hit, lex) and not (self_dated(d) and dated_before(view, hit, d)):
        # "in the talks, Putin said" is a scene; "at the summit held in Russia on 16
        # September" still dates a meeting of its own
        return "setting"
    if hit.nominal and not self_dated(d) and _noun_after(view.text, hit, lex,
                                                         "background_noun_before"):
        # "pembatasan yang diberlakukan setelah pemberontakan Wagner": the mutiny dates the
        # restrictions; told as an act elsewhere, it is no claim here
        return "background"
    if subordinate(view.text, hit, lex, "background"):
        if not self_dated(d):
            # "since signing the treaty" is background; "since signing it at the June
            # summit" still tells a dated past act of its own
            return "background"
        if d is not None:
            clause_parties(d, view, hit, lex, lookup)
    if d is not None and d.modality == "expected" and conditional(view.text, lex):
        return "conditional"  # "will provide military aid if either is attacked"
    return None


def _noun_after(text: str, hit: Hit, lex: Lexicon, cue: str) -> bool:
    """Does a `cue` word stand right before the noun trigger (an adjective may come between)?"""
    before = lex.cues.get(cue)
    lead = text[max(0, hit.start - 30) : hit.start]
    gap = r"\s+(?:[\w\-]+\s+)?" if lex.spaced else r"\s*"  # あなたの支援: no space
    return before is not None and any(
        re.fullmatch(gap, lead[m.end() :]) for m in before.finditer(lead))


def caused(view: SentenceView, hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` what a causative verb before it makes someone unnamed do ("forced the rebels
    to surrender", "buộc chính quyền ly khai đầu hàng")? The causer is not its actor, and no
    name is left to be: no claim. A name between the two ("迫使乌克兰守军投降") is the actor
    the roles find. `causative_not` lists the words the causative is only part of ("cáo
    buộc": accuse)."""
    text = view.text
    cause = lex.cues.get("causative_before")
    if cause is None:
        return False
    lead = text[max(0, hit.start - 60) : hit.start]
    off = hit.start - len(lead)
    inside = [m.span() for m in lex.cues["causative_not"].finditer(text)] if (
        "causative_not" in lex.cues) else []
    for m in cause.finditer(lead):
        a, b = m.start() + off, m.end() + off
        if any(h is not hit and h.start < b and a < h.end for h in hits) or any(
                x <= a and b <= y for x, y in inside):
            continue  # part of another trigger or word ("cáo buộc")
        if CLAUSE_END.search(text, b, hit.start) or not re.search(r"\w", text[b : hit.start]):
            continue  # no object between: "forced to flee" tells the flight
        return not any(b <= m.start and m.end <= hit.start for m in view.mentions)
    return False


def denied_content(hit: Hit, denials: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` the act a denial verb denies (派兵を否定 / denied sending troops)?"""
    for d in denials:
        if lex.roles_after:  # verb-final: 派兵を否定; zh puts the act after 否认
            if hit.end <= d.start and d.start - hit.end <= 16:
                return True
        elif hit.start >= d.end and hit.start - d.end <= 40:
            return True
    return False


def asked_for(text: str, hit: Hit, requests: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` what a request asks for ("urged the West to speed up arms deliveries",
    "武器の供与を要請した")? That act has not happened; the request is the claim."""
    for r in requests:
        if lex.roles_after:
            lo, hi = hit.end, r.start  # verb-final: the content comes before the verb
            # ...in the request's own clause: "最後通告を突きつけ、…するよう要求" delivered
            # the ultimatum, then asked
            near = (0 <= hi - lo <= 30 and not _finite_then_joined(text, hit, lo, hi, lex)
                    and not re.search(r"[、,]", text[lo:hi])
                    and not _own_object_after_quote(text[lo:hi], lex))
        else:
            lo, hi = r.end, hit.start
            near = 0 <= hi - lo <= 80
        if near and not re.search(r"[.;!?。；！？]", text[lo:hi]):
            return True
    return False


def agreed_to(text: str, hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` what an agreement verb right before it agrees to do ("agreed to withdraw his
    fighters", "acordó retirar", "đồng ý hạ vũ khí", "중단하기로 합의")? The agreement is the
    claim; the act it promises has not happened."""
    for h in hits:
        if h is hit or h.nominal or not claim_type(h.type).agreement:
            continue
        if lex.roles_after:  # verb-final: the content comes before the verb
            lo, hi, reach = hit.end, h.start, 12
        else:
            lo, hi, reach = h.end, hit.start, 24
        if 0 <= hi - lo <= reach and not CLAUSE_END.search(text, lo, hi) and not re.search(
                r"[.;!?。；！？]", text[lo:hi]):
            return True
    return False


_CLOSE_QUOTE = re.compile("[”」』\"»]")


def _own_object_after_quote(gap: str, lex: Lexicon) -> bool:
    """"「…攻撃し、多数が死亡した」として責任者の処罰を要求": the request's own object stands
    after the quoted words, marked before its verb; the words quoted are the grounds told,
    not what it asks for (“공격을 중단하라”고 요구했다 asks for what it quotes)."""
    closes = list(_CLOSE_QUOTE.finditer(gap))
    marks = lex.roles_after.get("target", ())
    if not closes or not marks:
        return False
    rest = gap[closes[-1].end() :]
    alt = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return re.search(f"\\w(?:{alt})\\s*$", rest) is not None


def _finite_then_joined(text: str, hit: Hit, lo: int, hi: int, lex: Lexicon) -> bool:
    """hi "तख्तापलट की निंदा की और … का आह्वान किया": a trigger ending in a finite verb form
    (`cues.finite_forms`) that a coordination word follows is a clause of its own, not the
    content of the request after it."""
    finite, join = lex.cues.get("finite_forms"), lex.cues.get("coordination")
    if finite is None or join is None:
        return False
    last = text[hit.start : hit.end].split()[-1:]
    gap = text[lo:hi].lstrip()
    m = join.match(gap)
    return bool(last and finite.fullmatch(last[0]) and m and m.end() < len(gap)
                and not gap[m.end()].isalnum())


def setting(text: str, hit: Hit, lex: Lexicon) -> bool:
    """A meeting named only as the scene of something else ("in the talks, Putin said",
    "会談で…", "회담에서 나눈 합의") is not a claim of its own."""
    if not claim_type(hit.type).setting:
        return False
    after = lex.cues.get("setting_after")
    before = lex.cues.get("setting_before")
    if after and after.match(text, hit.end):
        return True
    lead = text[max(0, hit.start - 16) : hit.start]
    return bool(before and re.search(f"(?:{before.pattern})\\s*$", lead, re.IGNORECASE))


def subordinate(text: str, hit: Hit, lex: Lexicon, name: str) -> bool:
    """Does a `name` clause word govern the trigger: "if … attacked" / 攻撃された場合,
    "since … signed" / 署名して以来, "such as shelling" / 砲撃などの訓練? Such acts are
    hypotheses, background or examples, not news."""
    before = lex.cues.get(f"{name}_before")
    after = lex.cues.get(f"{name}_after")
    # a list of examples runs longer than a clause word's reach ("砲撃や無人機の運用などの")
    reach = 40 if lex.spaced else (16 if name == "example" else 8)
    if after:
        m = after.search(text, hit.end, min(len(text), hit.end + reach))
        if m and not CLAUSE_END.search(text, hit.end, m.start()):
            return True
    cause = lex.cues.get("cause_before") if name == "example" else None
    if before:
        lead = text[max(0, hit.start - reach) : hit.start]
        for m in before.finditer(lead):
            if cause is not None and cause.match(lead, m.start()):
                continue  # "como resultado de la ofensiva": a cause, not an example
            if not CLAUSE_END.search(lead, m.end()):
                return True
    return False


def epithet(text: str, hit: Hit, lex: Lexicon, view: SentenceView | None = None) -> bool:
    """Is a type said of what a party is (`epithet` in the claim-type table) used as an
    attribute: glued to a name ("Iran-backed"), in a relative clause ("the rebels, who are
    backed by Rwanda", "yang didukung oleh Iran"), or as a bare participle with its agent
    ("the militia, backed by Iran,")?"""
    if not claim_type(hit.type).epithet:
        return False
    if hit.start > 0 and text[hit.start - 1] in "-‐":
        return True
    lead = text[max(0, hit.start - 24) : hit.start]
    rel = lex.cues.get("attributive_before")
    if rel is not None and re.search(f"(?:^|[\\s,])(?:{rel.pattern})\\s*$", lead, re.IGNORECASE):
        return True
    if _participial_attribute(text, hit, lex):
        return True
    participle = lex.cues.get("passive_participle")
    agent = lex.roles_before.get("agent")
    word = hit.surface.split()[0] if lex.spaced and hit.surface.split() else ""
    nxt = re.match(r"\s*(\S+)", text[hit.end :])
    # ...set off by a comma, or right after the party's name ("les Houthis soutenus par l'Iran
    # ont attaqué", "the Houthis backed by Iran")
    named = view is not None and any(
        m.end <= hit.start and not text[m.end : hit.start].strip() for m in view.mentions)
    return bool(participle is not None and agent is not None and participle.fullmatch(word)
                and (lead.rstrip().endswith(",") or named) and nxt
                and agent.search(nxt.group(1) + " "))


def _participial_attribute(text: str, hit: Hit, lex: Lexicon) -> bool:
    """de "die von Iran unterstützten Huthis": an article, the agent and the participle as an
    adjective before its noun (`attributive_agent`; the noun capitalised) say who the noun
    is; "die Huthis werden von Iran unterstützt" still tells the act."""
    attributive = lex.cues.get("attributive_agent")
    if attributive is None:
        return False
    lead = text[max(0, hit.start - 60) : hit.start]
    opened = [m for m in attributive.finditer(lead)]
    if not opened or CLAUSE_END.search(lead, opened[-1].end()):
        return False
    # (a few words between: the agent's name, "seit Jahren"; no finite verb of its own)
    if len(lead[opened[-1].end() :].split()) > 5:
        return False
    nxt = re.match(r"\s+(\w)", text[hit.end :])
    return bool(nxt and nxt.group(1).isupper())


def described_object(view: SentenceView, hit: Hit, lex: Lexicon) -> bool:
    """zh "其部署于纳卡的军队遭攻击": a conditional verb whose object word follows a 的
    (`noun_modifier`) only describes that object ("its troops deployed in Karabakh"): the
    clause is about the troops, it tells no deployment. One that names who did it
    ("朝鲜向俄罗斯派遣的士兵") still tells the act."""
    modifier = lex.cues.get("noun_modifier")
    text = view.text
    if modifier is None or hit.object_word is None:
        return False
    lo = max((m.end() for m in CLAUSE_END.finditer(text, 0, hit.start)), default=0)
    if any(lo <= m.start < hit.start for m in view.mentions):
        return False
    at = text.find(hit.object_word, hit.end, hit.end + lex.window + len(hit.object_word))
    return at > 0 and not CLAUSE_END.search(text, hit.end, at) and bool(
        modifier.search(text, hit.end, at))


def hypothetical_noun(text: str, hit: Hit, lex: Lexicon) -> bool:
    """A noun trigger that is the subject of "would" ("an Israeli offensive on Rafah would have
    catastrophic consequences", "serangan … akan berdampak"): an act imagined, not told."""
    cue = lex.cues.get("hypothetical_after_noun")
    if not (hit.nominal and cue):
        return False
    m = cue.search(text, hit.end, min(len(text), hit.end + 40))
    return bool(m and not CLAUSE_END.search(text, hit.end, m.start()))


def kept_agreement(text: str, hit: Hit, lex: Lexicon) -> bool:
    """An agreement named as the thing to keep or break ("합의를 충실히 이행해야", "合意を履行",
    "violate the accord"): it was made before and is told elsewhere; this is no new act."""
    cue = lex.cues.get("kept_after")
    if not claim_type(hit.type).agreement or cue is None:
        return False
    marker = lex.cues.get("object_marker")
    follows = text[hit.end : hit.end + 2]
    rest = text[hit.end :].lstrip(" ")
    own = lex.roles_after.get("possessor", ())
    if cue.match(rest) and hit.end < len(text) and text[hit.end] == " ":
        return True  # hi "समझौता तोड़ने": the kept word right after the noun
    genitive = any(rest.startswith(mk + " ") for mk in own)  # hi "समझौते का उल्लंघन"
    if not genitive and (marker is None or not (marker.match(follows) or follows[:1] in "의の")):
        return False  # the verb "합의했다" / "合意した", not the noun
    m = cue.search(text, hit.end, min(len(text), hit.end + 20))
    return bool(m and not CLAUSE_END.search(text, hit.end, m.start()))


def governed_noun(text: str, hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """A noun of a type the table marks `noun_is_object` ("ceasefire", "coup", 停戦, 쿠데타)
    governed by another trigger's verb is that verb's object ("agreed on a cessation of
    hostilities", "condemned the coup", "停戦を呼びかけ"): the other act is the claim."""
    if not claim_type(hit.type).noun_is_object:
        return False
    objects = lex.roles_after.get("target", ())
    if hit.nominal and any(text.startswith(mk, hit.end) for mk in objects):
        return True  # クーデターを阻止, 쿠데타를 규탄: marked as some verb's object
    for h in hits:
        row = claim_type(h.type)
        if h is hit or h.nominal or h.type == hit.type:
            continue
        # a noun is any verb's object; a verb only an agreement's, appeal's or denial's
        # content ("agreed to release the hostages", "就停火和释放…达成协议")
        if not (hit.nominal or row.agreement or row.appeal or row.denial):
            continue
        spans = []
        if lex.roles_after or not lex.spaced:  # 停戦を呼びかけ, 就停火…达成协议
            spans.append((hit.end, h.start, 12 if lex.roles_after else 16))
        if not lex.roles_after:  # the verb before its object: "called for a ceasefire", 呼吁停火
            spans.append((h.end, hit.start, 40))
        for lo, hi, reach in spans:
            if 0 <= hi - lo <= reach and not CLAUSE_END.search(text, lo, hi) and not re.search(
                    r"[.;!?。；！？]", text[lo:hi]):
                return True
    return False


def told_about(view: SentenceView, hit: Hit, lex: Lexicon) -> bool:
    """ja, ko: a trigger right before `about_after` (攻撃について説明した, 공격에 대해
    설명했다) is what someone tells about; he did not do it. Only an owner right before it
    ("ウクライナの攻撃について") says who did: else no claim."""
    about = lex.cues.get("about_after")
    text = view.text
    rest = text[hit.end :]
    if about is None or not about.match(text, hit.end + len(rest) - len(
            rest.lstrip("」』”\"' "))):
        return False
    marks = lex.roles_after.get("possessor", ())
    lead = text[: hit.start].rstrip("「『“\"' ")
    return not any(lead.endswith(text[m.start : m.end] + mk) for m in view.mentions
                   for mk in marks)


def statement_about(text: str, hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """Preposition languages: a noun right after a statement's verb is what the statement is
    about ("Corea del Sur condenó el envío de tropas", "negó el ataque"); without an owner of
    its own ("el ataque de Rusia") the speaker is not its actor: no claim of its own."""
    if not hit.nominal or lex.roles_after:
        return False
    for h in hits:
        if h is hit or h.nominal or not claim_type(h.type).speech:
            continue
        if 0 <= hit.start - h.end <= 30 and not CLAUSE_END.search(text, h.end, hit.start):
            return True
    return False


def clause_parties(d: Draft, view: SentenceView, hit: Hit, lex: Lexicon, lookup) -> None:
    """A background clause names its own parties ("since Putin visited"); a person named
    only before its opening word ("Lavrov said ties grew since the signing in June") is the
    main clause's subject: he tells of his state's act, he is not its actor."""
    cue = lex.cues.get("background_before")
    if cue is None:
        return
    opens = [m.start() for m in cue.finditer(view.text, 0, hit.start)]
    if not opens:
        return
    inside = {m.entity_id for m in view.mentions if opens[-1] <= m.start < hit.end + 60}
    actors = []
    for a in d.actors:
        e = lookup(a)
        if a not in inside and e is not None and e.type == "person":
            a = country_of(e, lookup) or a
        if a not in actors:
            actors.append(a)
    d.actors = actors


def self_dated(d: Draft | None) -> bool:
    """Does the sentence itself date the claim (not the paragraph around it)?"""
    return d is not None and d.date is not None and CONTEXT_DATED not in d.notes


def dated_before(view: SentenceView, hit: Hit, d: Draft) -> bool:
    """Is the claim's date written before the trigger, in its own phrase ("9월 16일 러시아에서
    열린 정상회담", "the 13 September summit")? A date after it dates the main clause."""
    text = d.date.text if d.date else ""
    k = view.text.rfind(text, 0, hit.start) if text else -1
    return k >= 0 and hit.start - (k + len(text)) <= 40


def conditional(text: str, lex: Lexicon) -> bool:
    """Does the sentence state a condition ("if attacked", "攻撃された場合")?"""
    return any((p := lex.cues.get(f"hypothetical_{side}")) is not None and p.search(text)
               for side in ("before", "after"))


def referred(hit: Hit, hits: list[Hit], text: str, lex: Lexicon) -> bool:
    """A call, support or protest named as the object of another act ("ウクライナの呼びかけを
    支持し", "지지를 비난"): it refers to an act told elsewhere, it is not one of its own."""
    if (not (hit.nominal or not lex.spaced) or not claim_type(hit.type).speech
            or not lex.roles_after):
        return False
    marker = lex.cues.get("object_marker")
    for h in hits:
        if h is hit or h.start < hit.end or h.start - hit.end > 4:
            continue
        gap = text[hit.end : h.start].strip()
        if not gap or (marker is not None and marker.fullmatch(gap)):
            return True
    return False


def said_content(text: str, hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """Is `hit` an infinitive (`infinitive_before`: de, d'avoir) governed by a statement verb
    earlier in its clause ("Le Kremlin a accusé Kiev d'avoir attaqué un dépôt")?"""
    cue = lex.cues.get("infinitive_before")
    if cue is None or claim_type(hit.type).speech:
        return False
    lead = text[max(0, hit.start - 12) : hit.start]
    if not re.search(f"(?:{cue.pattern})\\s*$", lead, re.IGNORECASE):
        return False
    # ...in the statement's own clause: "mendukung Ukraina dan akan mengirim senjata" tells a
    # second act after "dan", no content of the support
    join = lex.cues.get("coordination")
    return any(claim_type(h.type).speech and 0 <= hit.start - h.end <= 60
               and not CLAUSE_END.search(text, h.end, hit.start)
               and not (join is not None and join.search(text, h.end, hit.start))
               for h in hits)


def restated(view: SentenceView, hit: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """A warning inside a warning ("…は正当な攻撃目標になると警告した", "warned they would be
    legitimate targets"): the governing verb's claim is the one; the content adds none."""
    if not claim_type(hit.type).speech:
        return False
    # a warning's content runs long ("warned that if the troops join the fighting in
    # Ukraine, they would become legitimate targets"): the whole sentence after the verb
    if lex.roles_after:  # verb-final: the governing verb comes later
        return any(h.type == hit.type and 0 <= h.start - hit.end <= 60 for h in hits)
    # "« Toute attaque sera punie », a averti Lavrov": the verb after the words governs them
    if not hit.nominal and after_words_said(view, hit, lex):
        return False
    return any(h.type == hit.type and (
        0 <= hit.start - h.end <= 160
        or (0 <= h.start - hit.end <= 160 and not h.nominal and after_words_said(view, h, lex)))
        for h in hits)
