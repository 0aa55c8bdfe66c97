"""The column names ``mapping.suggest_mapping`` knows, per kind of record and per tool.

Data only. ``GENERIC`` holds the names anyone may write, in English, Russian, Chinese
and Uzbek (Latin and Cyrillic): each kind maps a field key to its names. ``VENDORS``
holds what one tool's contact export writes, where it differs from plain words or needs
an explicit "ignore" (None): Outlook's "Title" is Mr/Ms, not the job title; HubSpot's
"Record ID" is not Rapport's. ``PATTERNS`` cover numbered columns ("E-mail 2 - Value")
as regular expressions over the folded header (``values.fold_text``: lower case, no
spaces or punctuation). ``WEAK`` names are used only when no better column claims the
field. Names are folded before use, so case, spaces, punctuation, ё/е and Uzbek
apostrophe variants do not matter here.

"middle_name" (a patronymic, Google's "Additional Name") is not a field of
``fields.py``; suggest_mapping drops keys a kind lacks, so those columns are ignored
until such a field exists.
"""

from __future__ import annotations

_FULL_NAME = (
    "Name", "Full name", "Contact name", "Display name", "Person", "ФИО", "Ф.И.О.",
    "Полное имя", "Имя и фамилия", "Фамилия и имя", "Фамилия Имя Отчество",
    "Фамилия, имя, отчество", "Контактное лицо", "Клиент", "姓名", "联系人", "全名",
    "客户姓名", "客户名称", "F.I.Sh.", "Ф.И.Ш.", "Toʻliq ism", "Тўлиқ исм", "Ism familiya",
    "Исм фамилия", "Mijoz", "Мижоз",
)
_EMAIL = (
    "Email", "E-mail", "Email address", "Mail", "Эл. почта", "Электронная почта", "Почта",
    "Адрес электронной почты", "Емейл", "Имейл", "邮箱", "电子邮件", "电子邮箱", "邮件",
    "邮箱地址", "電子郵件", "郵箱", "Elektron pochta", "Электрон почта", "E-pochta", "Pochta",
)
_PHONE = (
    "Phone", "Telephone", "Tel", "Phone number", "Mobile", "Cell", "Cellphone", "Телефон",
    "Тел", "Номер телефона", "Мобильный", "Сотовый", "Контактный телефон", "电话", "手机",
    "手机号", "手机号码", "电话号码", "联系电话", "移动电话", "電話", "手機", "Telefon",
    "Telefon raqami", "Телефон рақами", "Mobil", "Мобил",
)
_ADDRESS: dict[str, tuple[str, ...]] = {
    "street": ("Street", "Street address", "Address line 1", "Улица", "街道", "Koʻcha",
               "Кўча"),
    "city": ("City", "Town", "Город", "Населённый пункт", "城市", "市", "Shahar", "Шаҳар"),
    "region": ("Region", "State", "Province", "State/Province", "State/Region", "Регион",
               "Область", "省", "省份", "地区", "Viloyat", "Вилоят"),
    "postal_code": ("Postal code", "Postcode", "ZIP", "ZIP code", "Zip/Postal code",
                    "Индекс", "Почтовый индекс", "邮编", "邮政编码", "Pochta indeksi",
                    "Почта индекси", "Indeks"),
    "country": ("Country", "Country/Region", "Страна", "国家", "Mamlakat", "Мамлакат",
                "Davlat", "Давлат"),
}
_NOTES = (
    "Notes", "Note", "Comment", "Comments", "Description", "Remarks", "Примечание",
    "Примечания", "Заметки", "Комментарий", "Комментарии", "Описание", "备注", "说明",
    "Izoh", "Izohlar", "Изоҳ", "Изоҳлар",
)
_OWNER = ("Owner", "Contact owner", "Assigned to", "Responsible", "Ответственный",
          "Менеджер", "负责人", "所有者", "Masʼul", "Масъул")
_COMPANY = ("Company", "Company name", "Organization", "Organisation", "Organization name",
            "Компания", "Организация", "Фирма", "Название компании", "Место работы", "公司",
            "公司名称", "单位", "工作单位", "企业", "Kompaniya", "Tashkilot", "Ташкилот",
            "Korxona", "Корхона")
_WEAK_STREET = ("Address", "Адрес", "地址", "详细地址", "Manzil", "Манзил")

GENERIC: dict[str, dict[str, tuple[str, ...]]] = {
    "contacts": {
        "full_name": _FULL_NAME,
        "first_name": ("First name", "First", "Given name", "Forename", "Имя", "Ism", "Исм",
                       "名", "名字"),
        "last_name": ("Last name", "Last", "Surname", "Family name", "Фамилия", "Familiya",
                      "姓", "姓氏"),
        "middle_name": ("Middle name", "Patronymic", "Отчество", "Otasining ismi",
                        "Отасининг исми", "Sharifi", "Шарифи"),
        "email": _EMAIL,
        "phone": _PHONE,
        "company": _COMPANY,
        "title": ("Job title", "Title", "Position", "Role", "Должность", "职位", "职务",
                  "Lavozim", "Лавозим"),
        **_ADDRESS,
        "birthday": ("Birthday", "Birth date", "Birthdate", "Date of birth", "DOB",
                     "День рождения", "Дата рождения", "生日", "出生日期", "Tugʻilgan kun",
                     "Tugʻilgan sana", "Туғилган кун", "Туғилган сана"),
        "owner": _OWNER,
        "source": ("Source", "Lead source", "Original source", "Источник", "来源",
                   "客户来源", "Manba", "Манба"),
        "lifecycle_stage": ("Lifecycle stage", "Stage", "Стадия", "Этап", "阶段", "客户阶段",
                            "Bosqich", "Босқич"),
        "marketing_consent": ("Marketing consent", "Email opt-in", "Opted in", "Subscribed",
                              "Согласие на рассылку", "Подписка", "营销同意", "Rozilik",
                              "Розилик"),
        "consent_at": ("Consent date", "Дата согласия"),
        "tags": ("Tags", "Tag", "Labels", "Label", "Groups", "Group", "Categories",
                 "Теги", "Тэги", "Метки", "Группа", "Группы", "Категории", "标签", "分组",
                 "Teglar", "Теглар", "Yorliqlar", "Guruh"),
        "notes": _NOTES,
        "created_at": ("Created at", "Created date", "Create date", "Date created",
                       "Дата создания", "Создан", "创建时间", "创建日期", "Yaratilgan",
                       "Yaratilgan sana", "Яратилган"),
    },
    "companies": {
        "name": ("Name", "Account name", "Organization - Name", "Название", "Наименование",
                 "名称", "企业名称", "Nomi", "Номи") + _COMPANY,
        "industry": ("Industry", "Sector", "Отрасль", "Сфера деятельности", "行业", "Soha",
                     "Соҳа", "Tarmoq"),
        "website": ("Website", "Web site", "Site", "URL", "Web page", "Company domain name",
                    "Сайт", "Веб-сайт", "网站", "官网", "网址", "Veb-sayt", "Sayt"),
        "phone": _PHONE + ("Company phone", "Main phone", "Company main phone"),
        **_ADDRESS,
        "notes": _NOTES,
    },
    "interactions": {
        "contact_email": _EMAIL,
        "contact_name": _FULL_NAME + ("Client", "Customer"),
        "channel": ("Channel", "Type", "Activity type", "Канал", "Тип", "Способ связи",
                    "渠道", "类型", "方式", "Kanal", "Turi", "Тури"),
        "direction": ("Direction", "Направление", "方向", "Yoʻnalish", "Йўналиш"),
        "occurred_at": ("Date", "Date/time", "Date and time", "Time", "Timestamp",
                        "Occurred at", "Activity date", "Дата", "Дата и время", "Время",
                        "Когда", "日期", "时间", "日期时间", "Sana", "Vaqt", "Сана", "Вақт"),
        "subject": ("Subject", "Topic", "Title", "Тема", "Заголовок", "主题", "标题", "Mavzu",
                    "Мавзу"),
        "body": ("Body", "Description", "Details", "Content", "Notes", "Note", "Comment",
                 "Текст", "Описание", "Содержание", "Комментарий", "内容", "详情", "备注",
                 "Matn", "Матн", "Izoh", "Tavsif"),
        "outcome": ("Outcome", "Result", "Результат", "Итог", "结果", "Natija", "Натижа"),
    },
    "tasks": {
        "contact_email": _EMAIL,
        "contact_name": _FULL_NAME + ("Client", "Customer"),
        "title": ("Title", "Subject", "Task name", "Задача", "Название", "Тема", "任务",
                  "标题", "任务名称", "Vazifa", "Вазифа"),
        "due_date": ("Due date", "Deadline", "Due by", "Срок", "Дата выполнения",
                     "Крайний срок", "截止日期", "到期日", "Muddat", "Муддат"),
        "priority": ("Priority", "Приоритет", "优先级", "Muhimlik", "Ustuvorlik",
                     "Устуворлик"),
        "status": ("Status", "State", "Статус", "Состояние", "状态", "Holat", "Ҳолат"),
        "owner": _OWNER,
        "notes": _NOTES,
    },
    "purchases": {
        "contact_email": _EMAIL + ("Customer email", "Client email", "Email клиента",
                                   "Почта клиента", "客户邮箱", "Mijoz emaili"),
        "contact_phone": _PHONE + ("Customer phone", "Client phone", "Телефон клиента",
                                   "Телефон покупателя", "客户电话", "Mijoz telefoni",
                                   "Мижоз телефони"),
        "contact_name": _FULL_NAME + ("Client", "Customer", "Buyer", "Покупатель", "Заказчик",
                                      "顾客", "买家", "Xaridor", "Харидор"),
        "order": ("Order", "Order number", "Order no", "Order ID", "Receipt",
                  "Receipt number", "Invoice", "Invoice number", "Заказ", "Номер заказа",
                  "№ заказа", "Чек", "Номер чека", "订单", "订单号", "订单编号", "单号",
                  "Buyurtma", "Buyurtma raqami", "Буюртма", "Буюртма рақами", "Chek",
                  "Chek raqami"),
        "purchased_on": ("Date", "Order date", "Purchase date", "Date of purchase", "Дата",
                         "Дата заказа", "Дата покупки", "日期", "购买日期", "下单日期",
                         "订单日期", "Sana", "Xarid sanasi", "Сана", "Харид санаси"),
        "total": ("Total", "Amount", "Sum", "Order total", "Total amount", "Grand total",
                  "Сумма", "Итого", "Итог", "Сумма заказа", "Сумма покупки", "总额", "金额",
                  "总计", "合计", "订单金额", "Summa", "Jami", "Жами"),
        "currency": ("Currency", "Валюта", "货币", "币种", "Valyuta"),
        "channel": ("Channel", "Sales channel", "Канал", "Канал продаж", "渠道", "销售渠道",
                    "Kanal", "Savdo kanali", "Савдо канали"),
        "note": _NOTES,
        "product": ("Product", "Product name", "Item", "Item name", "Goods", "Товар",
                    "Продукт", "Наименование", "Наименование товара", "Название товара",
                    "商品", "产品", "商品名称", "品名", "Mahsulot", "Tovar", "Маҳсулот"),
        "sku": ("SKU", "Article", "Item code", "Product code", "Артикул", "Код товара",
                "货号", "商品编码", "Artikul"),
        "quantity": ("Quantity", "Qty", "Количество", "Кол-во", "数量", "Soni", "Miqdor",
                     "Miqdori", "Сони", "Миқдор"),
        "unit_price": ("Unit price", "Price", "Price per unit", "Цена", "Цена за единицу",
                       "Цена за шт", "单价", "价格", "Narx", "Narxi", "Нарх", "Нархи"),
    },
}

WEAK: dict[str, dict[str, tuple[str, ...]]] = {
    "contacts": {"street": _WEAK_STREET, "company": ("Associated company",)},
    "companies": {"street": _WEAK_STREET},
}

_IGNORED_PHONES = (
    "Company Main Phone", "Assistant's Phone", "Business Fax", "Home Fax", "Other Fax",
    "Pager", "Callback", "Car Phone", "ISDN", "Radio Phone", "Telex", "TTY/TDD Phone",
)
VENDORS: dict[str, dict[str, str | None]] = {
    "google": {
        "Given Name": "first_name", "Additional Name": "middle_name",
        "Family Name": "last_name", "Group Membership": "tags", "Labels": "tags",
        "Organization Name": "company", "Organization Title": "title",
        **dict.fromkeys(("Name Prefix", "Name Suffix", "Nickname", "File As", "Yomi Name",
                         "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi",
                         "Phonetic First Name", "Phonetic Middle Name",
                         "Phonetic Last Name", "Initials", "Short Name", "Maiden Name",
                         "Organization Department", "Photo", "Gender", "Location",
                         "Occupation", "Subject", "Priority", "Sensitivity",
                         "Billing Information", "Directory Server", "Mileage", "Hobby",
                         "Language")),
    },
    "outlook": {
        "Title": None, "Middle Name": "middle_name", "Categories": "tags",
        **{f"{place} {part}": key for place in ("Business", "Home", "Other")
           for part, key in (("Street", "street"), ("City", "city"), ("State", "region"),
                             ("Postal Code", "postal_code"), ("Country/Region", "country"))},
        **dict.fromkeys(("Suffix", "Department", "Business Street 2", "Business Street 3",
                         "Home Street 2", "Home Street 3", "Other Street 2",
                         "Other Street 3", "Web Page", "Anniversary", "Manager's Name",
                         "Assistant's Name", "Spouse", "Referred By", "Office Location",
                         "Profession", "Keywords", "Account", "Private", "Priority",
                         "Sensitivity", "Mileage", "Billing Information", "Initials",
                         "Gender", "Hobby", "Language", "Location", "User 1", "User 2",
                         "User 3", "User 4", "Internet Free Busy", "Directory Server",
                         "Government ID Number", "Organizational ID Number",
                         *_IGNORED_PHONES)),
    },
    "hubspot": {
        "Record ID": None, "Contact owner": "owner", "Original Source": "source",
        "Create Date": "created_at", "Phone Number": "phone",
        "Mobile Phone Number": "phone", "Company Name": "company",
        "Street Address": "street", "State/Region": "region", "Country/Region": "country",
        **dict.fromkeys(("Lead Status", "Marketing contact status", "Last Activity Date",
                         "Email Domain", "Associated Company IDs", "Associated Deals",
                         "Original Source Drill-Down 1", "Original Source Drill-Down 2",
                         "Persona", "Last Modified Date")),
    },
    "salesforce": {
        "Title": "title", "Account Name": "company", "Mobile": "phone",
        "Mailing Street": "street", "Mailing City": "city",
        "Mailing State/Province": "region", "Mailing Zip/Postal Code": "postal_code",
        "Mailing Country": "country", "Lead Source": "source", "Contact Owner": "owner",
        "Birthdate": "birthday", "Description": "notes", "Created Date": "created_at",
        # Opting out is the opposite of consent: it cannot fill "Marketing consent".
        **dict.fromkeys(("Contact ID", "Account ID", "Salutation", "Email Opt Out",
                         "Do Not Call", "Department", "Fax", "Reports To", "Assistant",
                         "Asst. Phone", "Last Activity", "Last Modified Date")),
    },
    "pipedrive": {
        "Person - Name": "full_name", "Person - First name": "first_name",
        "Person - Last name": "last_name", "Person - Organization": "company",
        "Organization - Name": "company", "Person - Email": "email",
        "Person - Phone": "phone", "Person - Label": "tags", "Person - Labels": "tags",
        "Person - Owner": "owner", "Person - Job title": "title",
        "Person - Birthday": "birthday", "Person - Notes": "notes",
        "Person - Postal address": "street", "Person - Person created": "created_at",
        "Person - Add time": "created_at",
        **dict.fromkeys(("Person - ID", "Organization - ID", "Person - Visible to",
                         "Person - Marketing status", "Person - Update time",
                         "Organization - Address", "Organization - Owner")),
    },
}

# (vendor or "" for any, regular expression over the folded header, key or None).
PATTERNS: tuple[tuple[str, str, str | None], ...] = (
    ("google", r"email\d+value", "email"),
    ("google", r"phone\d+value", "phone"),
    ("google", r"(email|phone|address|website|relation|event|im)\d+(type|label)", None),
    ("google", r"address\d+street", "street"),
    ("google", r"address\d+city", "city"),
    ("google", r"address\d+region", "region"),
    ("google", r"address\d+postalcode", "postal_code"),
    ("google", r"address\d+country", "country"),
    ("google", r"organization\d+name", "company"),
    ("google", r"organization\d+title", "title"),
    ("google", r"(address|organization|website|relation|event|im|customfield|externalid)"
               r"\d+\w*", None),
    ("outlook", r"email\d*address", "email"),
    ("outlook", r"email\d*(type|displayname)", None),
    ("pipedrive", r"personemail\w*", "email"),
    ("pipedrive", r"personphone\w*", "phone"),
    ("pipedrive", r"personpostaladdresscity\w*", "city"),
    ("pipedrive", r"personpostaladdress(state|adminarealevel1)\w*", "region"),
    ("pipedrive", r"personpostaladdress(zip|postalcode)\w*", "postal_code"),
    ("pipedrive", r"personpostaladdresscountry\w*", "country"),
    ("pipedrive", r"personpostaladdress(street|route)\w*", "street"),
)

#: Words around an email or phone name that keep its meaning: "Work Email",
#: "Mobile Phone 2", "Рабочий телефон", "Telefon (uy)". Numbers count, too.
QUALIFIERS = (
    "work", "home", "mobile", "cell", "other", "personal", "private", "business", "main",
    "primary", "office", "direct", "alternative", "alt", "secondary", "additional",
    "number", "no", "рабочий", "рабочая", "раб", "домашний", "дом", "мобильный", "моб",
    "сотовый", "личный", "личная", "основной", "основная", "другой", "дополнительный",
    "доп", "номер", "工作", "家庭", "私人", "个人", "号码", "ish", "uy", "mobil", "shaxsiy",
    "asosiy", "qoʻshimcha", "raqami", "иш", "уй", "мобил", "шахсий", "асосий", "қўшимча",
    "рақами",
)
