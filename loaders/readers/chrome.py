"""Page chrome vs. news: label each line GOOD, SHORT or BAD, keep what the body reaches.

Like jusText, in small: a line is BAD (chrome) when a general rule says so: dense
in links, image-only, a login/share/comment/nav label, a licence/ICP/copyright/
reprint notice, a view counter, a quotation signed ``——Name``, a short list item or
label. GOOD lines are long, sentence-like and low in links. SHORT lines (a lede,
a sub-heading, a bare source URL) are kept only when a GOOD line reaches them
without crossing a BAD one; if the page has no GOOD line, every non-BAD line is kept.
"""
from __future__ import annotations

import re

from .inline import Line

GOOD, SHORT, BAD, DROP = "good", "short", "bad", "drop"  # DROP: removed but not a barrier

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_SENTENCE = re.compile(r"[。！？；，、.!?;,]")
_LICENCE = re.compile(
    r"©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|"
    r"版[权權](?:所有|属于|屬於|归|歸|声明|聲明)|ICP\s*[证證备備]|[备備]案[号號]|公安.{0,12}[备備]案|"
    r"[举舉][报報](?:电话|電話|邮箱|郵箱|专线|專線|专区|專區|中心)|不良信息|不良資訊|"
    r"(?:不得|禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿)[转轉][载載]|[转轉][载載][请請]|[转轉][载載](?:须|需|須)|"
    r"注册商标|註冊商標", re.I)
_COUNTER = re.compile(
    r"被?(?:查看|阅读|閱讀|浏览|瀏覽|点击|點擊)\s*[:：]?\s*[\d,]+\s*次|"
    r"(?:阅读|閱讀|浏览|瀏覽|views?|reads?)\s*[:：(（]?\s*[\d,.]+[kK万萬]?\s*[)）]?$|"
    r"^[\d,.]+[kK万萬]?\s*(?:次阅读|次閱讀|次浏览|次瀏覽|views|reads)$", re.I)
_ACCOUNT = re.compile(
    r"^(?:(?:登录|登入|登錄|注册|註冊|退出|登出|log ?in|log ?out|sign ?in|sign ?up|sign ?out|"
    r"register|subscribe|订阅|訂閱|my account)[\s|/｜·•]*)+$", re.I)
_NAV = re.compile(
    r"^(?:分享|share\b|tweet\b|[转轉][发發]|复制链接|複製連結|copy link|评论|評論|留言|回复|回覆|"
    r"comments?\b|reply\b|leave a (?:comment|reply)|[发發]表[评評]论|相[关關](?:阅读|閱讀|文章|新闻|新聞)|"
    r"推[荐薦][阅閱][读讀]|[热熱]门|[热熱]門|更多|read more|related\b|上一篇|下一篇|previous\b|next\b|"
    r"返回[顶頂]部|back to top|首[页頁]|home\b|advertisement|广告|廣告|[关關]注我[们們]|follow us|"
    r"newsletter|sponsored|[点點]击|[点點]擊|click here)|分享|share (?:on|this|to|via)\b", re.I)
# a label that heads page furniture ("分类:", "Tags:", "Follow us:"); a body label ("价格:", "以下为全文:") is not one;
# related-links labels ("相关阅读:", "Read more:") are _RELATED's, with or without headlines after them
_LABEL = re.compile(
    r"^(?:分[类類]|[标標][签籤]|[关關][键鍵][词詞字]|tags?|categor(?:y|ies)|topics?|filed under|keywords?|"
    r"分享(?:到|至)?|share(?: this| on| to)?|follow us(?: on)?|[关關]注我[们們]|[栏欄]目|[频頻]道|[专專][题題]|"
    r"[热熱]门|[热熱]門|更多|"
    r"[扫掃][码碼](?:[关關]注)?|more)\s*[:：]$", re.I)
# a line that opens with a related-links label and lists other stories' headlines after it ("相关阅读：A | B",
# "Related: A; B", "延伸閱讀：…", "Read more: …"): page furniture, however long the headlines run
_RELATED = re.compile(
    r"^[*_\s]*(?:相[关關](?:阅读|閱讀|文章|新闻|新聞|报道|報導|推荐|推薦|链接|連結)|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|"
    r"[热熱]门推荐|[热熱]門推薦|猜你喜[欢歡]|see also|related(?: articles| stories| posts| coverage| reading| news)?|"
    r"read more|also read|more on this(?: story)?|further reading|also worth reading|recommended(?: stories)?)"
    r"[*_\s]*[:：]", re.I)
_SIGNATURE = re.compile(r"[。！？.!?”\"」』]\s*(?:——|—\s?—|--|―)\s*[^\s—，。,.!?！？\"“”]{1,24}\s*$")


def weight(text: str) -> int:
    """How much prose a line holds: a CJK character counts 1, a Latin word 2."""
    # = len(_CJK.findall(text)) + 2 * len(_WORD.findall(_CJK.sub(" ", text))): one space per CJK run
    # splits the words the same way, and no list of one-character strings is built
    return len(_NOT_CJK.sub("", text)) + 2 * len(_WORD.findall(_CJK_RUN.sub(" ", text)))


def is_chrome(line: Line) -> bool:
    """A general rule says this line is chrome, whatever surrounds it."""
    text, size = line.text, line.size
    if size == 0:
        return bool(line.links or line.images)  # image-only or empty-link line
    if line.link_density >= 0.8 or (line.link_density >= 0.6 and size - line.link_chars < 10):
        return True
    if size <= 300 and _LICENCE.search(text):
        return True
    if size <= 40 and (_COUNTER.search(text) or _ACCOUNT.match(text)):
        return True
    ends_sentence = bool(re.search(r"[。！？.!?]$", text))
    if size <= 30 and not ends_sentence and _NAV.search(text):
        return True
    if size <= 300 and _RELATED.match(text):
        return True
    if size <= 200 and _SIGNATURE.search(text):
        return True
    if size <= 20 and text[-1] in ":：" and _LABEL.match(text):  # "分类:", "Follow us:", not "价格:"
        return True
    if size <= 20 and not _SENTENCE.search(text):
        if re.fullmatch(r"\s*(\*\*|__)[^*_]+\1\s*", line.raw):  # bold-only kicker
            return True
        if line.kind == "list" and size <= 8:  # a menu entry
            return True
    return False


def label(lines: list[Line], removed: set[int]) -> list[str]:
    """GOOD/SHORT/BAD per line (DROP for lines already taken as title or byline)."""
    labels = []
    for i, line in enumerate(lines):
        if i in removed:
            labels.append(DROP)
        elif line.kind == "blank":
            labels.append(DROP)
        elif is_chrome(line):
            labels.append(BAD)
        elif line.link_density < 0.3 and _SENTENCE.search(line.text) and weight(line.text) >= 30:
            labels.append(GOOD)
        else:
            labels.append(SHORT)
    _bad_link_blocks(lines, labels)
    return labels


def _bad_link_blocks(lines: list[Line], labels: list[str]) -> None:
    """A block of 3+ adjacent lines that is mostly link text is a menu: all of it is chrome."""
    start = 0
    for end in range(len(lines) + 1):
        if end == len(lines) or lines[end].kind == "blank":
            block = range(start, end)
            size = sum(lines[i].size for i in block)
            if len(block) >= 3 and size and sum(lines[i].link_chars for i in block) / size >= 0.5:
                for i in block:
                    labels[i] = BAD if labels[i] != DROP else DROP
            start = end + 1


def keep(labels: list[str]) -> list[bool]:
    """GOOD lines, and SHORT lines a GOOD line reaches without crossing a BAD line."""
    if GOOD not in labels:
        return [lab == SHORT for lab in labels]
    kept = [lab == GOOD for lab in labels]
    for order in (range(len(labels)), range(len(labels) - 1, -1, -1)):
        reach = False
        for i in order:
            if labels[i] == GOOD:
                reach = True
            elif labels[i] == BAD:
                reach = False
            elif labels[i] == SHORT and reach:
                kept[i] = True
    return kept
