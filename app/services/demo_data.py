"""Word pools for the demo generator: names in four scripts with their Latin
spellings (for email addresses), company parts, and interaction texts."""

from __future__ import annotations

# (native, latin) pairs. Russian and Uzbek surnames take a feminine form.
EN_FIRST_M = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Thomas",
              "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Brian"]
EN_FIRST_F = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
              "Jessica", "Sarah", "Karen", "Emily", "Olivia", "Grace", "Hannah", "Chloe", "Amy"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
           "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "White",
           "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "O'Brien",
           "McAllister", "Fitzgerald-Hughes", "Montgomery-Whitfield"]

RU_FIRST_M = [("Александр", "aleksandr"), ("Дмитрий", "dmitry"), ("Сергей", "sergey"),
              ("Андрей", "andrey"), ("Алексей", "aleksey"), ("Иван", "ivan"),
              ("Михаил", "mikhail"), ("Николай", "nikolay"), ("Павел", "pavel"),
              ("Юрий", "yuriy"), ("Владимир", "vladimir"), ("Евгений", "evgeny")]
RU_FIRST_F = [("Анна", "anna"), ("Елена", "elena"), ("Ольга", "olga"), ("Наталья", "natalya"),
              ("Татьяна", "tatyana"), ("Ирина", "irina"), ("Мария", "maria"),
              ("Светлана", "svetlana"), ("Екатерина", "ekaterina"), ("Юлия", "yulia"),
              ("Ксения", "ksenia"), ("Людмила", "lyudmila")]
# (masculine, feminine, latin)
RU_LAST = [("Иванов", "Иванова", "ivanov"), ("Смирнов", "Смирнова", "smirnov"),
           ("Кузнецов", "Кузнецова", "kuznetsov"), ("Попов", "Попова", "popov"),
           ("Соколов", "Соколова", "sokolov"), ("Лебедев", "Лебедева", "lebedev"),
           ("Козлов", "Козлова", "kozlov"), ("Новиков", "Новикова", "novikov"),
           ("Морозов", "Морозова", "morozov"), ("Волков", "Волкова", "volkov"),
           ("Фёдоров", "Фёдорова", "fedorov"), ("Константинопольский", "Константинопольская",
                                                "konstantinopolsky")]

ZH_SURNAME = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
              ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
              ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("欧阳", "ouyang"),
              ("司马", "sima")]
ZH_GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
            ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"),
            ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
            ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia")]

UZ_FIRST_M = [("Aziz", "aziz"), ("Gʻulom", "gulom"), ("Bobur", "bobur"), ("Jasur", "jasur"),
              ("Sherzod", "sherzod"), ("Oʻtkir", "otkir"), ("Rustam", "rustam"),
              ("Shavkat", "shavkat"), ("Doniyor", "doniyor"), ("Sardor", "sardor"),
              ("Toʻlqin", "tolqin"), ("Nodir", "nodir")]
UZ_FIRST_F = [("Dilnoza", "dilnoza"), ("Gulnora", "gulnora"), ("Nilufar", "nilufar"),
              ("Madina", "madina"), ("Shahnoza", "shahnoza"), ("Oʻgʻiloy", "ogiloy"),
              ("Zarina", "zarina"), ("Feruza", "feruza"), ("Kamola", "kamola"),
              ("Mohira", "mohira"), ("Sevara", "sevara"), ("Barno", "barno")]
UZ_LAST = [("Karimov", "Karimova", "karimov"), ("Toshmatov", "Toshmatova", "toshmatov"),
           ("Yoʻldoshev", "Yoʻldosheva", "yoldoshev"), ("Qodirov", "Qodirova", "qodirov"),
           ("Rahimov", "Rahimova", "rahimov"), ("Gʻaniyev", "Gʻaniyeva", "ganiyev"),
           ("Usmonov", "Usmonova", "usmonov"), ("Ergashev", "Ergasheva", "ergashev"),
           ("Nazarov", "Nazarova", "nazarov"), ("Oʻrinboyev", "Oʻrinboyeva", "orinboyev"),
           ("Sultonov", "Sultonova", "sultonov"), ("Abdurahmonov", "Abdurahmonova",
                                                 "abdurahmonov")]

TITLES = ["Owner", "Director", "Sales Manager", "Buyer", "Office Manager", "CEO", "CFO",
          "Procurement Lead", "Marketing Manager", "Accountant", "Founder", None, None, None]

COMPANY_EN = (["Acme", "Northwind", "Blue Harbor", "Summit", "Evergreen", "Silverline",
               "Redwood", "Brightstar", "Ironbridge", "Maple Leaf", "Golden Gate", "Oakridge"],
              ["Trading", "Foods", "Logistics", "Textiles", "Software", "Consulting",
               "Supplies", "Motors", "Furniture", "Pharma", "Media", "Construction"],
              ["Ltd", "LLC", "Inc.", "Group", "& Sons", "Partners"])
COMPANY_RU = (["Северный", "Восток", "Альфа", "Прогресс", "Сибирь", "Волга", "Звезда",
               "Гранит", "Меридиан", "Байкал"],
              ["Торг", "Строй", "Логистика", "Текстиль", "Софт", "Снаб", "Авто", "Мебель"],
              ["ООО", "АО", "ИП", "Групп"])
COMPANY_ZH = (["华星", "东方", "长城", "金龙", "新世纪", "天宇", "恒通", "中鼎", "宏达", "瑞丰"],
              ["科技", "贸易", "物流", "纺织", "食品", "建设", "电子", "医药"],
              ["有限公司", "集团", "股份有限公司"])
COMPANY_UZ = (["Toshkent", "Samarqand", "Buxoro", "Navoiy", "Oʻzbekiston", "Farg'ona",
               "Zarafshon", "Chirchiq", "Andijon", "Registon"],
              ["Tekstil", "Savdo", "Logistika", "Qurilish", "Oziq-ovqat", "Avto",
               "Mebel", "Farm"],
              ["MChJ", "AJ", "XK", "Group"])

INDUSTRIES = ["Retail", "Wholesale", "Manufacturing", "Software", "Logistics", "Food",
              "Textiles", "Construction", "Healthcare", "Education", "Hospitality",
              "Professional services", "Automotive", "Agriculture"]

CITIES: dict[str, list[tuple[str, str | None, str]]] = {
    "en": [("New York", "NY", "US"), ("Chicago", "IL", "US"), ("London", None, "GB"),
           ("Manchester", None, "GB"), ("Berlin", None, "DE"), ("Austin", "TX", "US")],
    "ru": [("Москва", None, "RU"), ("Санкт-Петербург", None, "RU"), ("Новосибирск", None, "RU"),
           ("Казань", "Татарстан", "RU")],
    "zh": [("北京", None, "CN"), ("上海", None, "CN"), ("深圳", "广东", "CN"),
           ("杭州", "浙江", "CN")],
    "uz": [("Toshkent", None, "UZ"), ("Samarqand", None, "UZ"), ("Buxoro", None, "UZ"),
           ("Namangan", None, "UZ")],
}

STREETS: dict[str, list[str]] = {
    "en": ["Main St", "Oak Avenue", "High Street", "Park Road", "Elm Street", "King's Road"],
    "ru": ["ул. Ленина", "Невский пр.", "ул. Пушкина", "ул. Гагарина", "Тверская ул."],
    "zh": ["长安街", "南京路", "人民路", "解放路", "中山路"],
    "uz": ["Amir Temur koʻchasi", "Navoiy koʻchasi", "Mustaqillik shoh koʻchasi",
           "Bobur koʻchasi"],
}

TAGS = [("VIP", "#d4a017"), ("Wholesale", "#1f77b4"), ("Retail", "#2ca02c"),
        ("Newsletter", "#9467bd"), ("Partner", "#8c564b"), ("Key account", "#d62728"),
        ("Event 2025", "#17becf"), ("Event 2026", "#bcbd22"), ("Reseller", "#7f7f7f"),
        ("Поставщик", "#e377c2"), ("重要客户", "#ff7f0e"), ("Doimiy mijoz", "#2b8a3e")]

OWNERS = ["Alex Morgan", "Dilnoza Karimova", "Иван Петров", "李明", "Sam Carter"]

LIFECYCLE_WEIGHTS = [("subscriber", 8), ("lead", 30), ("prospect", 20), ("customer", 32),
                     ("advocate", 4), ("former", 6)]

SOURCE_WEIGHTS = [("referral", 20), ("website", 25), ("walk-in", 10), ("event", 8),
                  ("cold call", 7), ("social media", 15), ("advertising", 8), ("partner", 5),
                  (None, 2)]

CONSENT_SOURCES = ["web form", "in person", "paper form", "email reply", "phone call"]

#: Interaction templates: channel -> (direction, subject, body, outcome) choices.
INTERACTIONS: dict[str, list[tuple[str, str, str, str | None]]] = {
    "call": [("outbound", "Follow-up call", "Called to check on the last order; happy so far.",
              "connected"),
             ("outbound", "Intro call", "Left a voicemail introducing the spring catalogue.",
              "voicemail"),
             ("inbound", "Price question", "Asked about volume discounts for 500+ units.",
              "answered"),
             ("outbound", "Звонок", "Обсудили сроки поставки, перезвонить в пятницу.",
              "connected"),
             ("inbound", "来电咨询", "客户询问新产品的价格和交货时间。", "answered")],
    "email": [("outbound", "Quote #{n}", "Sent the quote with net-30 terms.", "sent"),
              ("inbound", "Re: Invoice", "Asked for a copy of last month's invoice.", "replied"),
              ("outbound", "Newsletter", "Monthly newsletter: new arrivals and offers.", "sent"),
              ("inbound", "Taklif", "Narxlar roʻyxatini yuborishni soʻradi.", "replied")],
    "meeting": [("outbound", "Quarterly review", "Reviewed orders and next quarter's plan.",
                 "positive"),
                ("outbound", "Demo", "Showed the new range; they want samples.", "samples"),
                ("outbound", "Встреча", "Презентация нового ассортимента в офисе клиента.",
                 "positive")],
    "visit": [("outbound", "Store visit", "Checked shelf placement and stock levels.", "ok"),
              ("inbound", "Showroom visit", "Came to the showroom with their designer.",
               "interested")],
    "sms": [("outbound", "Delivery reminder", "Your order ships tomorrow.", "delivered"),
            ("inbound", "SMS", "Can we move the meeting to 3pm?", "replied")],
    "chat": [("inbound", "Chat", "Asked whether the blue model is back in stock.", "answered"),
             ("inbound", "微信", "客户在微信上确认了订单。", "confirmed")],
    "social": [("inbound", "Instagram DM", "Liked the new collection, asked for prices.",
                "answered")],
    "letter": [("outbound", "Contract", "Posted the signed contract.", "sent"),
               ("inbound", "Письмо", "Получено письмо с подписанным договором.", "received")],
    "note": [("internal", "Note", "Prefers calls in the morning; decision maker is the CFO.",
              None),
             ("internal", "Eslatma", "Chegirma faqat yil oxirigacha amal qiladi.", None)],
}
#: How often each channel occurs, roughly as a small sales team works.
CHANNEL_WEIGHTS = [("call", 30), ("email", 35), ("meeting", 8), ("visit", 4), ("sms", 8),
                   ("chat", 8), ("social", 3), ("letter", 1), ("note", 3)]

TASK_TITLES = ["Call back about the quote", "Send catalogue", "Follow up on invoice",
               "Book a demo", "Check delivery", "Renewal reminder", "Перезвонить клиенту",
               "发送报价单", "Uchrashuvni tasdiqlash", "Ask for a referral",
               "Prepare proposal", "Thank-you note after purchase"]
