"""The words people write in spreadsheet cells for yes/no, stages, channels and directions.

Data only, in English, Russian, Chinese and Uzbek (Latin and Cyrillic), plus the names
other CRMs export (HubSpot's lifecycle stages...). ``values`` compares cells with these
words after folding both the same way (case, width, apostrophes, spaces and punctuation
ignored), so "Opted-in", "opted in" and "OPTED IN" are one word, as are "yoʻq", "yo'q"
and "yo’q". The stored values themselves (``app.models.enums``) and Rapport's own
English labels are always accepted and need not be listed.
"""

from __future__ import annotations

BOOL_WORDS: dict[bool, tuple[str, ...]] = {
    True: (
        "yes", "y", "true", "t", "1", "x", "on", "opted in", "opt in", "subscribed",
        "да", "д", "истина", "согласен", "согласна",
        "ha", "ҳа", "ха", "xa",
        "是", "是的", "对", "有", "真",
    ),
    False: (
        "no", "n", "false", "f", "0", "off", "opted out", "opt out", "unsubscribed",
        "not subscribed", "no consent",
        "нет", "н", "ложь", "не согласен", "не согласна",
        "yoʻq", "yoq", "йўқ", "йук", "йўк",
        "否", "不", "不是", "无", "没有", "假",
    ),
}
#: Marks that say yes and no (folding drops symbols, so they are looked up as typed).
#: A letter x is a yes (a ticked box); a drawn cross is a no (the other half of ✓/✗).
MARKS: dict[str, bool] = {"✓": True, "✔": True, "☑": True, "✅": True,
                          "✗": False, "✘": False, "☐": False, "❌": False}

# HubSpot's lifecycle stages map to the nearest Rapport stage: marketing-qualified leads
# are still leads, sales-qualified leads and opportunities are prospects, evangelists are
# advocates. HubSpot's "Other" (and an empty cell) means no stage: the default applies.
NO_STAGE = ("other", "другое", "boshqa", "бошқа", "其他")
STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "subscriber": ("subscriber", "подписчик", "obunachi", "обуначи", "订阅者", "订阅用户"),
    "lead": ("lead", "marketing qualified lead", "mql", "лид", "lid", "线索"),
    "prospect": (
        "prospect", "sales qualified lead", "sql", "opportunity", "potential customer",
        "потенциальный клиент", "potensial mijoz", "потенциал мижоз", "潜在客户", "商机",
    ),
    "customer": ("customer", "client", "клиент", "покупатель", "mijoz", "мижоз", "客户"),
    "advocate": (
        "advocate", "evangelist", "амбассадор", "адвокат", "targʻibotchi", "тарғиботчи",
        "推荐者",
    ),
    "former": (
        "former customer", "churned", "бывший клиент", "sobiq mijoz", "собиқ мижоз",
        "前客户", "流失客户",
    ),
}

CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    "call": ("phone", "phone call", "звонок", "телефон", "qoʻngʻiroq", "қўнғироқ", "通话",
             "电话"),
    "email": ("e-mail", "эл. почта", "электронная почта", "elektron pochta",
              "электрон почта", "电子邮件", "邮件"),
    "meeting": ("встреча", "uchrashuv", "учрашув", "会议", "见面"),
    "visit": ("визит", "tashrif", "ташриф", "拜访"),
    "sms": ("text", "text message", "смс", "短信"),
    "chat": ("messenger", "whatsapp", "telegram", "wechat", "чат", "聊天", "微信"),
    "social": ("social media", "соцсети", "социальные сети", "ijtimoiy tarmoqlar",
               "ижтимоий тармоқлар", "社交媒体"),
    "letter": ("post", "письмо", "xat", "хат", "信件"),
    "note": ("заметка", "qayd", "қайд", "备注", "笔记"),
}

DIRECTION_WORDS: dict[str, tuple[str, ...]] = {
    "inbound": ("in", "incoming", "входящее", "входящий", "входящая", "входящие",
                "kiruvchi", "кирувчи", "收到", "呼入", "来电", "入站"),
    "outbound": ("out", "outgoing", "исходящее", "исходящий", "исходящая", "исходящие",
                 "chiquvchi", "чиқувчи", "发出", "呼出", "去电", "出站"),
    "internal": ("внутреннее", "внутренний", "внутренняя", "внутренние", "ichki", "ички",
                 "内部"),
}

# Task priorities, by their stored number (app.models.enums.Priority).
PRIORITY_WORDS: dict[int, tuple[str, ...]] = {
    2: ("high", "urgent", "высокий", "срочно", "yuqori", "юқори", "高"),
    1: ("normal", "medium", "обычный", "средний", "oddiy", "оддий", "普通", "中"),
    0: ("low", "низкий", "past", "паст", "低"),
}
